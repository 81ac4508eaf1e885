export const id = 722;
export const ids = [722];
export const modules = {

/***/ 44885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IW: () => (/* binding */ NO_ARTIFACTS),
  M5: () => (/* binding */ loadSettings),
  rF: () => (/* binding */ noArtifacts),
  rt: () => (/* binding */ runMode)
});

// UNUSED EXPORTS: buildServices, environmentFrom, githubToken

// EXTERNAL MODULE: ./src/core/config/layering.ts
var layering = __webpack_require__(23171);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/config/inputs.ts + 1 modules
var inputs = __webpack_require__(86730);
// EXTERNAL MODULE: ./src/core/config/settings.ts + 1 modules
var settings = __webpack_require__(2748);
// EXTERNAL MODULE: ./src/usecases/gates/index.ts + 8 modules
var gates = __webpack_require__(28007);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/adapters/commands.ts

const TAIL_LINES = 30;
const shellRunner = {
    run(command, { cwd, timeoutMs, env }) {
        return new Promise(resolve => {
            let output = '';
            const keep = (chunk) => {
                output = (output + chunk.toString()).slice(-20_000);
            };
            const child = (0,external_node_child_process_.spawn)('bash', ['-c', command], {
                cwd,
                env: { ...process.env, ...env },
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe']
            });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, timeoutMs);
            child.stdout.on('data', keep);
            child.stderr.on('data', keep);
            const tail = () => output.trimEnd().split('\n').slice(-TAIL_LINES);
            child.on('error', error => {
                clearTimeout(timer);
                resolve({ exitCode: null, tail: tail(), error: `could not start: ${error.message}` });
            });
            child.on('close', code => {
                clearTimeout(timer);
                if (timedOut)
                    resolve({ exitCode: null, tail: tail(), error: `timed out after ${Math.round(timeoutMs / 1000)} s` });
                else
                    resolve({ exitCode: code, tail: tail() });
            });
        });
    }
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/adapters/confine.ts



/** Whether anything is at `target` (a dangling or looping symlink too), without an error thrown for a missing one. */
function present(target) {
    try {
        return (0,external_node_fs_.lstatSync)(target, { throwIfNoEntry: false }) !== undefined;
    }
    catch (error) {
        if (error.code === 'ENOTDIR')
            return false;
        throw error;
    }
}
/**
 * The real location of `target` with every symlink followed, also when it does not exist yet:
 * the deepest existing ancestor is resolved and the rest appended; a symlink to a missing path (a
 * write would create its target) is where it leads. A missing path is found with lstat (no error
 * made and thrown a level) and the rest resolved by the system's realpath: a plan confines a
 * hundred paths, most of them version files that are not there.
 */
function realLocation(target, links = 0) {
    const absolute = external_node_path_.resolve(target);
    const rest = [];
    let current = absolute;
    for (;;) {
        if (present(current)) {
            try {
                return external_node_path_.join(external_node_fs_.realpathSync.native(current), ...[...rest].reverse());
            }
            catch (error) {
                const code = error.code;
                if (code !== 'ENOENT' && code !== 'ENOTDIR')
                    throw error;
                // a symlink whose target is missing: follow it (as writing through it would)
                if ((0,external_node_fs_.lstatSync)(current).isSymbolicLink()) {
                    if (links >= 40)
                        throw Object.assign(new Error(`Too many symlinks: ${current}`), { code: 'ELOOP' });
                    // relative to the link's real folder (which exists: the link is in it)
                    const next = external_node_path_.resolve(external_node_fs_.realpathSync.native(external_node_path_.dirname(current)), (0,external_node_fs_.readlinkSync)(current));
                    return realLocation(external_node_path_.join(next, ...[...rest].reverse()), links + 1);
                }
            }
        }
        const parent = external_node_path_.dirname(current);
        if (parent === current)
            return absolute;
        rest.push(external_node_path_.basename(current));
        current = parent;
    }
}
function inside(child, parent) {
    const relative = external_node_path_.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/**
 * Keeps every path the action reads or writes inside the workspace and outside `.git/`, with
 * symlinks followed: `confine(what, relativePath)` returns the real absolute path or throws one
 * clear error naming the input and the path before anything is touched.
 */
class Workspace {
    root;
    gitDir;
    constructor(root, gitDir = external_node_path_.join(root, '.git')) {
        this.root = realLocation(root);
        this.gitDir = realLocation(external_node_path_.isAbsolute(gitDir) ? gitDir : external_node_path_.join(root, gitDir));
    }
    /** `relative` is resolved from `from` (the workspace root unless given), and named as given in errors. */
    confine(what, relative, from = this.root) {
        const real = realLocation(external_node_path_.resolve(from, relative));
        if (!inside(real, this.root)) {
            throw new errors/* ConfinementError */.Dy(`${what} "${relative}" resolves to ${real}, outside the workspace ${this.root} (a symlink or "..": nothing was changed). ` +
                'Name a file inside the repository, and do not commit symlinks that point out of it.');
        }
        if (inside(real, this.gitDir) || real.split(external_node_path_.sep).includes('.git')) {
            throw new errors/* ConfinementError */.Dy(`${what} "${relative}" resolves to ${real}, inside the git directory: nothing was changed. Name a file of the working tree.`);
        }
        return real;
    }
    /** Whether a path found by a glob stays inside the workspace (symlinks followed). */
    contains(absolute) {
        const real = realLocation(absolute);
        return inside(real, this.root) && !inside(real, this.gitDir);
    }
}
/**
 * The workspace of a run in `cwd`: GITHUB_WORKSPACE when the run is inside it, else the repository
 * root (the nearest folder up that holds `.git`), else `cwd` itself.
 */
function workspaceRoot(cwd, githubWorkspace) {
    const real = realLocation(cwd);
    if (githubWorkspace) {
        const workspace = realLocation(githubWorkspace);
        if (inside(real, workspace))
            return workspace;
    }
    for (let dir = real;; dir = external_node_path_.dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.git')))
            return dir;
        if (external_node_path_.dirname(dir) === dir)
            return real;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/side-files.ts
/**
 * The run's side files (the SBOM, SHA256SUMS, release-metrics.json) in RUNNER_TEMP/fastvlm-release,
 * or a new temporary folder outside Actions (or when RUNNER_TEMP is relative or not writable):
 * never in the workspace, so a later `npm pack` or `python -m build` does not ship them. Each is written scrubbed, like every file this action writes.
 */



/**
 * RUNNER_TEMP/fastvlm-release, made, when RUNNER_TEMP is an absolute path where a writable folder
 * can be made; else null (a relative one would resolve into the workspace; a file or a read-only
 * folder would fail the run after its release was made: a temporary folder serves instead).
 */
function runnerFolder(runnerTemp) {
    if (!runnerTemp || !external_node_path_.isAbsolute(runnerTemp))
        return null;
    const candidate = external_node_path_.join(external_node_path_.resolve(runnerTemp), 'fastvlm-release');
    try {
        (0,external_node_fs_.mkdirSync)(candidate, { recursive: true });
        (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.W_OK);
        return candidate;
    }
    catch {
        return null;
    }
}
function sideFilesIn(runnerTemp, scrub = text => text) {
    let dir = null;
    const folder = () => {
        dir ??= runnerFolder(runnerTemp) ?? (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'fastvlm-release-'));
        return dir;
    };
    const pathOf = (name) => {
        if (!name || name !== external_node_path_.basename(name) || name === '.' || name === '..')
            throw new Error(`a side file is named by a file name, not ${JSON.stringify(name)}`);
        return external_node_path_.join(folder(), name);
    };
    return {
        path: pathOf,
        write(name, text) {
            const file = pathOf(name);
            (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, scrub(text));
            return file;
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/files.ts




/** Whether a path (a link followed) is a folder; false when it can't be read. */
function isDirectory(full) {
    try {
        return (0,external_node_fs_.statSync)(full).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The files of a run, relative to `root`. Every path is confined to the workspace with symlinks
 * followed (src/adapters/confine.ts) before it is read or written, and every text written is scrubbed
 * of the run's secrets.
 */
class LocalFiles {
    root;
    workspace;
    scrub;
    constructor(root, options = {}) {
        this.root = root;
        this.workspace = options.workspace ?? new Workspace(root);
        this.scrub = options.scrub ?? (text => text);
    }
    absolute(file) {
        return external_node_path_.resolve(this.root, file);
    }
    confine(what, file) {
        return this.workspace.confine(what, file, this.root);
    }
    realRelative(file) {
        return external_node_path_.relative(realLocation(this.root), this.real(file)).split(external_node_path_.sep).join('/');
    }
    real(file) {
        return this.confine('The path', file);
    }
    read(file) {
        const full = this.real(file);
        return (0,external_node_fs_.existsSync)(full) && (0,external_node_fs_.statSync)(full).isFile() ? (0,external_node_fs_.readFileSync)(full, 'utf8') : null;
    }
    bytes(file) {
        const full = this.real(file);
        return (0,external_node_fs_.existsSync)(full) && (0,external_node_fs_.statSync)(full).isFile() ? (0,external_node_fs_.readFileSync)(full) : null;
    }
    write(file, text) {
        const full = this.real(file);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(full), { recursive: true });
        (0,external_node_fs_.writeFileSync)(full, this.scrub(text));
    }
    writeBytes(file, data) {
        const full = this.real(file);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(full), { recursive: true });
        // secrets are ASCII: scrubbed byte for byte (one character a byte), the rest untouched
        const binary = Buffer.from(data).toString('latin1');
        const scrubbed = this.scrub(binary);
        (0,external_node_fs_.writeFileSync)(full, scrubbed === binary ? data : Buffer.from(scrubbed, 'latin1'));
    }
    remove(file) {
        this.real(file); // a symlink out is refused; the link itself (not its target) is removed
        (0,external_node_fs_.rmSync)(this.absolute(file), { force: true });
    }
    /**
     * Symlinked folders that lead out of the workspace (or into .git), relative to the root, found
     * without following any link: a glob never enters them.
     */
    linksOut() {
        this.outLinks ??= this.findLinksOut();
        return this.outLinks;
    }
    /** Found once a run: the files we write are never links. */
    outLinks = null;
    findLinksOut() {
        const found = [];
        const walk = (dir) => {
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const entry of entries) {
                if (entry.name === '.git' || entry.name === 'node_modules')
                    continue;
                const full = external_node_path_.join(dir, entry.name);
                if (entry.isDirectory())
                    walk(full);
                else if (entry.isSymbolicLink() && !this.workspace.contains(full) && isDirectory(full)) {
                    found.push(external_node_path_.relative(this.root, full).split(external_node_path_.sep).join('/'));
                }
            }
        };
        walk(this.workspace.root);
        return found;
    }
    async glob(pattern) {
        const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
        const out = this.linksOut();
        const matches = await glob(pattern, {
            cwd: this.root,
            dot: true,
            onlyFiles: true,
            ignore: ['**/node_modules/**', '.git/**', '**/.git/**', ...out.map(link => `${link}/**`)]
        });
        for (const match of matches) {
            if (!this.workspace.contains(external_node_path_.resolve(this.root, match))) {
                throw new errors/* ConfinementError */.Dy(`The glob "${pattern}" matches ${match}, which resolves outside the workspace ${this.workspace.root} or into .git (a symlink or ".."): nothing was changed. ` +
                    'Narrow the glob to files inside the repository, and do not commit symlinks that point out of it.');
            }
        }
        return matches.sort();
    }
    list(dir) {
        const full = this.real(dir);
        if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isDirectory())
            return [];
        return (0,external_node_fs_.readdirSync)(full, { withFileTypes: true }).map(entry => ({
            name: entry.name,
            directory: entry.isDirectory()
        }));
    }
}

// EXTERNAL MODULE: ./src/core/commits/gitlog.ts
var gitlog = __webpack_require__(95810);
;// CONCATENATED MODULE: ./src/adapters/git-output.ts
/**
 * How many characters of tag names one `for-each-ref` takes: the command line stays under Windows'
 * 32,767 characters, and a release line's newest tags of 10,000 releases (1,000 names) are one call.
 */
const NAMES_PER_CALL = 30_000;
/** The names in batches of at most NAMES_PER_CALL characters of `refs/tags/NAME` arguments. */
function refBatches(names) {
    const batches = [];
    let batch = [];
    let length = 0;
    for (const name of new Set(names)) {
        const ref = `refs/tags/${name}`;
        if (batch.length > 0 && length + ref.length + 1 > NAMES_PER_CALL) {
            batches.push(batch);
            batch = [];
            length = 0;
        }
        batch.push(ref);
        length += ref.length + 1;
    }
    if (batch.length > 0)
        batches.push(batch);
    return batches;
}
/** `git show-ref -d` output: a line a ref, and for an annotated tag a `^{}` line with its commit. */
function parseShowRef(stdout) {
    const tags = new Map();
    for (const line of stdout.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 0)
            continue;
        const ref = line.slice(space + 1);
        if (!ref.startsWith('refs/tags/'))
            continue;
        const peeled = ref.endsWith('^{}');
        const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
        if (peeled || !tags.has(name))
            tags.set(name, line.slice(0, space));
    }
    return [...tags].map(([name, sha]) => ({ name, sha }));
}
/** The git commands that change the clone (HEAD, the index, the tree, refs, objects): the kept reads go. */
const WRITES = new Set([
    'add',
    'reset',
    'commit',
    'tag',
    'push',
    'fetch',
    'checkout',
    'switch',
    'merge',
    'rm',
    'mv'
]);
/** The git command of an argument list (after the `-c name=value` options). */
function commandOf(args) {
    return args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '-c');
}
/** `for-each-ref` of a field of named tags: each record `NAME\0VALUE\0\x1e`. */
const NAMED_FORMAT = (field) => `--format=%(refname:strip=2)%00${field}%00%1e`;
/** The records of NAMED_FORMAT: [name, value] (a pattern also matches refs below it: the caller filters). */
function parseNamedRecords(stdout) {
    const records = [];
    for (const record of stdout.split('\0\x1e')) {
        const cut = record.indexOf('\0');
        if (cut < 0)
            continue;
        records.push([record.slice(0, cut).replace(/^\n/, ''), record.slice(cut + 1)]);
    }
    return records;
}
/** `git status --porcelain=v1 -z`: the changed paths (a rename's source path skipped). */
function parseStatus(stdout) {
    const paths = [];
    const entries = stdout.split('\0');
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.length < 4)
            continue;
        paths.push(entry.slice(3));
        if (entry[0] === 'R' || entry[0] === 'C')
            i++; // the source path of a rename follows
    }
    return paths;
}
/**
 * `rev-parse --is-inside-work-tree --is-shallow-repository HEAD^{commit} --symbolic-full-name HEAD`;
 * null when it does not read as four answers.
 */
function parseProbe(stdout) {
    const lines = stdout.split('\n');
    if (lines.length !== 5 || !/^[0-9a-f]{40,64}$/.test(lines[2]))
        return null;
    const [inside, shallow, head, ref] = lines;
    return {
        inside: inside === 'true',
        shallow: shallow === 'true',
        head,
        branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null
    };
}
/**
 * `git ls-remote --tags` lines (`sha TAB refs/tags/NAME`): each tag with its commit. An annotated
 * tag's line is followed by its peeled line (`NAME^{}`): the commit wins.
 */
function parseRemoteTags(stdout) {
    const commits = new Map();
    for (const line of stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref?.startsWith('refs/tags/'))
            continue;
        const peeled = ref.endsWith('^{}');
        const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
        if (peeled || !commits.has(name))
            commits.set(name, sha);
    }
    return [...commits].map(([name, sha]) => ({ name, sha }));
}
/** `git ls-tree -z --full-name` entries (`mode SP type SP sha TAB path`): each path's mode. */
function parseFileModes(stdout) {
    const modes = new Map();
    for (const entry of stdout.split('\0').filter(Boolean)) {
        const tab = entry.indexOf('\t');
        modes.set(entry.slice(tab + 1), entry.split(' ')[0]);
    }
    return modes;
}
/** `git check-attr -z text eol` (path NUL attribute NUL value NUL, for each path and attribute). */
function parseTextAttributes(stdout) {
    const attributes = new Map();
    const fields = stdout.split('\0');
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const [file, attribute, value] = fields.slice(i, i + 3);
        const entry = attributes.get(file) ?? { text: 'unspecified', eol: 'unspecified' };
        if (attribute === 'text' || attribute === 'eol')
            entry[attribute] = value;
        attributes.set(file, entry);
    }
    return attributes;
}
/** `for-each-ref --format=NAME%00DATE` lines, for the tags of the list (each with its commit). */
function parseTagDates(stdout, tags) {
    const sha = new Map(tags.map(tag => [tag.name, tag.sha]));
    const details = [];
    for (const line of stdout.split('\n')) {
        const [name, time] = line.split('\0');
        if (name && sha.has(name))
            details.push({ name, sha: sha.get(name), time: Number(time) });
    }
    return details;
}

;// CONCATENATED MODULE: ./src/adapters/git-batch.ts
/**
 * One long-lived `git cat-file --batch` for the reads of a run (`show REV:PATH`, whether a commit
 * exists): one process instead of one a read. Argument arrays only; the names go to its standard
 * input, one a line, so a name that a line cannot carry (a newline, a carriage return) is never
 * written: the caller reads it on its own (`fallback`); a name with NUL names nothing (`missing`). A
 * process that dies, or an answer that does not read as the protocol's, also gives `fallback` to
 * every read it had not answered.
 */

/** Names the protocol cannot carry as they are, or that git reads relative to the current folder. */
function batchable(name) {
    return !/[\n\r\0]/.test(name) && !/:\.\.?\//.test(name) && name.trim() === name && name !== '';
}
/** `<oid> <type> <size>`: the header of a found object. */
const HEADER = /^([0-9a-f]{40,64}) ([a-z]+) (\d+)$/;
/** One `cat-file --batch` process and the reads it has not answered yet, in the order they were written. */
class BatchProcess {
    onGone;
    child;
    pending = [];
    /** Output not read yet: its chunks and their length. */
    chunks = [];
    length = 0;
    /** The object being read: its header's type and the bytes still to come (content and LF). */
    body = null;
    ended = false;
    constructor(cwd, env, onGone) {
        this.onGone = onGone;
        this.child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
            cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        this.child.stdin?.on('error', () => this.fail());
        this.child.stdout?.on('data', (chunk) => this.receive(chunk));
        this.child.stderr?.on('data', () => { }); // a warning (an ambiguous ref name) must never fill the pipe
        this.child.on('error', () => this.fail());
        this.child.on('close', () => this.fail());
        this.idle();
    }
    get open() {
        return !this.ended;
    }
    read(name) {
        return new Promise(resolve => {
            this.pending.push({ resolve });
            this.busy();
            this.child.stdin?.write(`${name}\n`);
        });
    }
    /** No more names: git answers the ones written, then exits. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        this.child.stdin?.end();
        if (this.pending.length === 0)
            this.idle();
    }
    /** The process keeps this one alive only while it owes an answer. */
    busy() {
        this.child.ref();
        for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr])
            refOf(stream)?.ref();
    }
    idle() {
        this.child.unref();
        for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr])
            refOf(stream)?.unref();
    }
    answer(answer) {
        this.pending.shift()?.resolve(answer);
        if (this.pending.length === 0)
            this.idle();
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        // a large object comes in many chunks: they are joined once it is all there
        if (this.body && this.length < this.body.size + 1)
            return;
        let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
        this.chunks = [];
        this.length = 0;
        for (;;) {
            if (this.body) {
                if (buffer.length < this.body.size + 1)
                    break;
                if (buffer[this.body.size] !== 10)
                    return this.fail();
                // the object alone in the buffer (a large one): no copy; else a copy, so the rest is not held
                const alone = buffer.length === this.body.size + 1;
                const content = alone ? buffer.subarray(0, this.body.size) : Buffer.from(buffer.subarray(0, this.body.size));
                buffer = buffer.subarray(this.body.size + 1);
                const type = this.body.type;
                this.body = null;
                this.answer({ kind: 'found', type, content });
                continue;
            }
            const newline = buffer.indexOf(10);
            if (newline < 0)
                break;
            const line = buffer.subarray(0, newline).toString();
            buffer = buffer.subarray(newline + 1);
            if (this.pending.length === 0)
                return this.fail();
            if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
                this.answer({ kind: 'missing' });
                continue;
            }
            const header = HEADER.exec(line);
            if (!header)
                return this.fail();
            this.body = { type: header[2], size: Number(header[3]) };
        }
        if (buffer.length > 0) {
            this.chunks.push(buffer);
            this.length = buffer.length;
        }
    }
    /** The process is gone or out of step: every read it owes is read alone, and the next read starts another. */
    fail() {
        const first = !this.ended;
        this.ended = true;
        for (const pending of this.pending.splice(0))
            pending.resolve({ kind: 'fallback' });
        if (this.child.exitCode === null && this.child.signalCode === null)
            this.child.kill();
        this.idle();
        if (first)
            this.onGone();
    }
}
/** `stdin`/`stdout` of a child are sockets, which can be unref'd (typed loosely by @types/node). */
function refOf(stream) {
    const socket = stream;
    return socket && typeof socket.ref === 'function' && typeof socket.unref === 'function'
        ? socket
        : null;
}
/**
 * The batch reader of one git client: started at the first read, started afresh after `renew()`
 * (the client wrote, or was told the clone changed: a long-lived git could answer from what it read
 * before), ended by `close()` or after `idleMs` without a read (a client nobody closes leaves no
 * process behind). It never keeps the program alive when it owes no answer.
 */
class CatFileBatch {
    cwd;
    env;
    idleMs;
    process = null;
    timer = null;
    constructor(cwd, env, idleMs) {
        this.cwd = cwd;
        this.env = env;
        this.idleMs = idleMs;
    }
    async read(name) {
        // no object name holds NUL (and no process argument can carry one): nothing is there
        if (name.includes('\0'))
            return { kind: 'missing' };
        if (!batchable(name))
            return { kind: 'fallback' };
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = null;
        if (!this.process?.open) {
            const started = new BatchProcess(this.cwd, this.env(), () => {
                if (this.process === started)
                    this.process = null;
            });
            this.process = started;
        }
        const answer = await this.process.read(name);
        this.scheduleIdle();
        return answer;
    }
    /** The reads from now on go to a new process (the current one answers what it owes, then exits). */
    renew() {
        this.process?.end();
        this.process = null;
    }
    close() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = null;
        this.renew();
    }
    scheduleIdle() {
        if (this.timer)
            return;
        this.timer = setTimeout(() => {
            this.timer = null;
            this.renew();
        }, this.idleMs);
        this.timer.unref();
    }
}

;// CONCATENATED MODULE: ./src/adapters/git-kept.ts
/**
 * The scopes each of our write commands makes stale. `fetch` brings objects (and a tag we name)
 * without moving HEAD or the branch; `push` changes origin only; `tag` only tags (the tag reads have
 * their own keeping). Any other write (add, commit, reset, …) changes the clone.
 */
const STALE_AFTER = {
    fetch: [],
    push: [],
    tag: []
};
function staleAfter(command) {
    return STALE_AFTER[command] ?? ['clone'];
}
/**
 * Our own writes ask git for no automatic upkeep afterwards (`maintenance run --auto`, `gc --auto`
 * are a process each, and more when they find work): see docs/architecture.md.
 */
const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0'];
/** The git commands that run automatic upkeep after they write. */
const MAINTAINING = new Set(['commit', 'fetch', 'merge', 'am', 'rebase']);
/** Reads kept until a write makes their scope stale (kept only when `enabled`); a failed read is not kept. */
class KeptReads {
    enabled;
    kept = new Map();
    constructor(enabled) {
        this.enabled = enabled;
    }
    keep(scope, key, read) {
        if (!this.enabled)
            return read();
        const known = this.kept.get(key);
        if (known)
            return known.value;
        const value = read();
        const entry = { scope, value };
        this.kept.set(key, entry);
        value.catch(() => this.kept.get(key) === entry && this.kept.delete(key));
        return value;
    }
    drop(scopes) {
        for (const [key, entry] of this.kept)
            if (scopes.includes(entry.scope))
                this.kept.delete(key);
    }
    clear() {
        this.kept.clear();
    }
}
/** git's white space in a message's lines (`isspace` of git's own ctype: no \v, no \f). */
const BLANK = /^[ \t\n\r]*$/;
const TRAILING = /[ \t\n\r]+$/;
/**
 * `%s` of a commit from its `%B`: the first paragraph (after leading blank lines), its lines
 * without trailing white space, joined by a space (git's format_subject).
 */
function subjectOf(message) {
    const lines = message.split('\n');
    let i = 0;
    while (i < lines.length && BLANK.test(lines[i]))
        i++;
    const subject = [];
    for (; i < lines.length && !BLANK.test(lines[i]); i++)
        subject.push(lines[i].replace(TRAILING, ''));
    return subject.join(' ');
}
/**
 * `git config -z --get-regexp ^user\.(name|email)$` (records `KEY LF VALUE NUL`): the identity
 * when both are set, the last value of each winning as `git config KEY` answers.
 */
function parseIdentity(stdout) {
    const values = new Map();
    for (const record of stdout.split('\0')) {
        const newline = record.indexOf('\n');
        const key = newline < 0 ? record : record.slice(0, newline);
        if (key === 'user.name' || key === 'user.email')
            values.set(key, newline < 0 ? '' : record.slice(newline + 1));
    }
    const name = values.get('user.name')?.trim() ?? '';
    const email = values.get('user.email')?.trim() ?? '';
    return name && email ? { name, email } : null;
}

;// CONCATENATED MODULE: ./src/adapters/git-facts.ts
/**
 * What a git client knows of its clone: a work tree or not, shallow or not, HEAD, the branch, the
 * common git folder. A run's client (runScoped) asks one `rev-parse` for all of them and keeps the
 * answers until a write makes them stale (git-kept.ts); any other client asks each time.
 */

class CloneFacts {
    run;
    kept;
    runScoped;
    constructor(run, kept, runScoped) {
        this.run = run;
        this.kept = kept;
        this.runScoped = runScoped;
    }
    /**
     * The common git folder, whether this is a work tree, a shallow clone, HEAD and its branch in one
     * process (runScoped); null where that does not answer (outside a repository, no commit yet, a git
     * older than --path-format): each is then read alone.
     */
    probe() {
        return this.kept.keep('clone', 'probe', async () => {
            const args = ['rev-parse', '--path-format=absolute', '--git-common-dir', '--is-inside-work-tree'];
            const more = ['--is-shallow-repository', 'HEAD^{commit}', '--symbolic-full-name', 'HEAD'];
            const result = await this.run([...args, ...more], { allowFailure: true });
            if (result.code !== 0)
                return null;
            const newline = result.stdout.indexOf('\n');
            // a folder whose name holds a newline gives one line more: the probe does not read, each is asked alone
            const probe = parseProbe(result.stdout.slice(newline + 1));
            return probe && { ...probe, commonDir: result.stdout.slice(0, newline) };
        });
    }
    /** A read the probe answers when it can (runScoped), else its own process. */
    async probed(key, read) {
        const probe = this.runScoped ? await this.probe() : null;
        return probe ? probe[key] : read();
    }
    isRepository() {
        return this.kept.keep('clone', 'isRepository', () => this.probed('inside', async () => (await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).stdout.trim() === 'true'));
    }
    /** The clone's git directory shared by all its worktrees (absolute), or null outside a repository. */
    commonDir() {
        return this.kept.keep('setup', 'commonDir', async () => {
            const probe = this.runScoped ? await this.probe() : null;
            if (probe?.commonDir)
                return probe.commonDir;
            const result = await this.run(['rev-parse', '--path-format=absolute', '--git-common-dir'], {
                allowFailure: true
            });
            return result.code === 0 && result.stdout.trim() ? result.stdout.trim() : null;
        });
    }
    isShallow() {
        return this.kept.keep('clone', 'isShallow', () => this.probed('shallow', async () => (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'));
    }
    head() {
        return this.kept.keep('clone', 'head', () => this.probed('head', async () => {
            const result = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
            return result.code === 0 ? result.stdout.trim() : null;
        }));
    }
    branch() {
        return this.kept.keep('clone', 'branch', () => this.probed('branch', async () => {
            const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
            return result.code === 0 ? result.stdout.trim() : null;
        }));
    }
}

;// CONCATENATED MODULE: ./src/adapters/git-tags.ts
/**
 * The tag reads of the git adapter: the tag list (every tag peeled to its commit, read once and again
 * after a tag write through `changing`), tags of a prefix, and fields of tags read by exact name.
 */


class GitTagReads {
    run;
    tagList = null;
    /** Each list's tags of a prefix, filtered once a list (the same objects: releaseTags parses each once). */
    byPrefix = new WeakMap();
    constructor(run) {
        this.run = run;
    }
    /**
     * Every tag, peeled to its commit, read once per instance (our own tag writes read it again):
     * `show-ref -d` takes the peeled commits from packed-refs, so no tag object is read.
     */
    all() {
        const args = ['show-ref', '--tags', '--dereference'];
        this.tagList ??= this.run(args, { allowFailure: true }).then(({ code, stdout, stderr }) => {
            if (code > 1 || (code === 1 && stdout.trim() !== ''))
                throw new errors/* GitError */.XS(args, code, stderr);
            return parseShowRef(stdout); // exit 1: no tag at all
        });
        this.tagList.catch(() => (this.tagList = null)); // a failed read is not kept
        return this.tagList;
    }
    /** A tag made, moved, fetched or deleted here: the next query reads the list again (even if it failed half-way). */
    async changing(write) {
        this.tagList = null;
        try {
            return await write();
        }
        finally {
            this.tagList = null;
        }
    }
    async tags(prefix, mergedInto) {
        // as the pattern refs/tags/PREFIX* matches (its * stops at a slash)
        const list = await this.all();
        let prefixes = this.byPrefix.get(list);
        if (!prefixes)
            this.byPrefix.set(list, (prefixes = new Map()));
        let all = prefixes.get(prefix);
        if (!all) {
            all = list.filter(tag => tag.name.startsWith(prefix) && tag.name.indexOf('/', prefix.length) < 0);
            prefixes.set(prefix, all);
        }
        if (!mergedInto)
            return [...all];
        // which are reachable: names only (the commits are known), so no tag object is read
        const { stdout } = await this.run([
            'for-each-ref',
            '--format=%(refname:strip=2)',
            `--merged=${mergedInto}`,
            `refs/tags/${prefix}*`
        ]);
        const reachable = new Set(stdout.split('\n').filter(Boolean));
        return all.filter(tag => reachable.has(tag.name));
    }
    async messages(names) {
        const messages = new Map();
        await this.named(names, '%(contents)', (name, value) => messages.set(name, value));
        return messages;
    }
    async times(names) {
        const times = new Map();
        await this.named(names, '%(creatordate:unix)', (name, value) => times.set(name, Number(value)));
        return times;
    }
    /**
     * One field of these tags by exact name, a batch of names per process: only their objects are
     * read (a pattern also matches refs below it: those are left out).
     */
    async named(names, field, onTag) {
        const wanted = new Set(names);
        for (const refs of refBatches(names)) {
            const { stdout } = await this.run(['for-each-ref', NAMED_FORMAT(field), ...refs]);
            for (const [name, value] of parseNamedRecords(stdout))
                if (wanted.has(name))
                    onTag(name, value);
        }
    }
    async details(prefix) {
        // the dates only (the commits come from the tag list, which reads no object): a tag's message is
        // read by name, for the few tags that need it (tagMessages)
        const [tags, { stdout }] = await Promise.all([
            this.tags(prefix),
            this.run(['for-each-ref', '--format=%(refname:strip=2)%00%(creatordate:unix)', `refs/tags/${prefix}*`])
        ]);
        return parseTagDates(stdout, tags);
    }
}

;// CONCATENATED MODULE: ./src/adapters/process.ts



/** The messages @actions/exec gave when the program or the folder is missing (kept for the users' sake). */
function startFailure(program, cwd, error) {
    if (error.code !== 'ENOENT')
        return error;
    if (!(0,external_node_fs_.existsSync)(cwd))
        return new Error(`The cwd: ${cwd} does not exist!`);
    return new Error(`Unable to locate executable file: ${program}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
}
/**
 * Runs a program straight through node:child_process (no PATH search of our own, no shell), and
 * resolves with its exit code and output once its streams are closed; a program killed by a signal
 * counts as exit 128 + the signal's number, as a shell reports it.
 */
function runProgram(program, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const out = [];
        const err = [];
        let errLength = 0;
        let failed = null;
        child.stdout?.on('data', (chunk) => {
            if (!options.onStdout)
                return void out.push(chunk);
            if (failed !== null)
                return;
            try {
                options.onStdout(chunk);
            }
            catch (error) {
                failed = error; // the reader gave up: the program is stopped and the run fails with its error
                child.kill();
            }
        });
        child.stderr?.on('data', (chunk) => {
            if (options.stderrLimit !== undefined && errLength >= options.stderrLimit)
                return;
            err.push(chunk);
            errLength += chunk.length;
        });
        if (options.input !== undefined) {
            child.stdin?.on('error', () => { }); // a program that exits without reading: its exit code tells
            child.stdin?.end(Buffer.from(options.input));
        }
        child.on('error', error => reject(startFailure(program, options.cwd, error)));
        child.on('close', (code, signal) => {
            if (failed !== null)
                return reject(failed instanceof Error ? failed : new Error(String(failed)));
            const exitCode = code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 0);
            resolve({ exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
        });
    });
}

;// CONCATENATED MODULE: ./src/adapters/git.ts








/** A hooks folder that holds no hook (it does not exist): our release commit runs none of the clone's hooks. */
const NO_HOOKS = process.platform === 'win32' ? 'NUL' : '/dev/null';
/** The environment of every git run: never a prompt, messages in English. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** git through node:child_process, argument arrays only: no shell ever sees a value. */
class ExecGit {
    cwd;
    scrub;
    runScoped;
    /**
     * `scrub` keeps the run's secrets out of the commit and tag messages it writes. `runScoped` (the
     * composition root's client of one run): the branch, HEAD, the status, a remote's URL and whether
     * this is a (shallow) repository are read once, and again only after a write through this client
     * or `forget()` (the run's file writes and commands call it).
     */
    constructor(cwd, scrub = text => text, runScoped = false) {
        this.cwd = cwd;
        this.scrub = scrub;
        this.runScoped = runScoped;
        this.kept = new KeptReads(runScoped);
        // a run's client is closed by its run; a reader idle for long (a client nobody closes, a run
        // waiting on GitHub) ends, and the next read starts another
        this.batch = new CatFileBatch(cwd, gitEnv, runScoped ? 10_000 : 1000);
        this.facts = new CloneFacts((args, options) => this.run(args, options), this.kept, runScoped);
    }
    kept;
    /** `show` and `hasCommit` through one `git cat-file --batch` (git-batch.ts). */
    batch;
    /** The newest commit of the last `log` that ended at HEAD: its subject needs no process. */
    logged = null;
    /** Ends the batch reader (the run is over): a later read starts another. */
    close() {
        this.batch.close();
    }
    /** The working tree, HEAD or the branch may have changed (a file written, a command run): read them again. */
    forget() {
        this.kept.clear();
        this.logged = null;
        this.batch.renew();
    }
    /** After (and during) a write of ours: what it makes stale is read again, the batch reader starts afresh. */
    written(command) {
        this.kept.drop(staleAfter(command));
        this.batch.renew();
    }
    async run(args, options = {}) {
        const command = commandOf(args) ?? '';
        const writes = WRITES.has(command);
        if (writes)
            this.written(command);
        // our own writes leave upkeep to the clone's next git command of the user's (docs/architecture.md)
        const argv = MAINTAINING.has(command) ? [...NO_AUTO_MAINTENANCE, ...args] : args;
        const result = await runProgram('git', argv, { cwd: this.cwd, env: gitEnv(), input: options.input }).finally(() => writes && this.written(command));
        if (result.exitCode !== 0 && !options.allowFailure)
            throw new errors/* GitError */.XS(args, result.exitCode, result.stderr);
        return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }
    /** Whether this is a work tree, a shallow clone, HEAD, its branch, the common git folder (git-facts.ts). */
    facts;
    isRepository() {
        return this.facts.isRepository();
    }
    /** The clone's git directory shared by all its worktrees (absolute), or null outside a repository. */
    commonDir() {
        return this.facts.commonDir();
    }
    isShallow() {
        return this.facts.isShallow();
    }
    head() {
        return this.facts.head();
    }
    branch() {
        return this.facts.branch();
    }
    /** The tag list and tag objects' reads (git-tags.ts), read once per instance and again after our tag writes. */
    tagReads = new GitTagReads((args, options) => this.run(args, options));
    tags(prefix, mergedInto) {
        return this.tagReads.tags(prefix, mergedInto);
    }
    async tagMessage(name) {
        return (await this.tagReads.messages([name])).get(name) ?? '';
    }
    tagMessages(names) {
        return this.tagReads.messages(names);
    }
    tagTimes(names) {
        return this.tagReads.times(names);
    }
    async log(exclude, onCommit, tips, limit) {
        const boundary = new Set();
        // a log that ends at HEAD has HEAD's message: its subject is known (subject('HEAD')); HEAD is
        // the newest commit, not always the first one out (a commit dated later), so a run's client knows it by its sha
        const head = !tips && this.runScoped ? await this.facts.head() : null;
        let looking = !tips;
        const parser = new gitlog/* LogStreamParser */.kS(commit => {
            if (commit.boundary)
                return void boundary.add(commit.sha);
            if (looking && (head === null || commit.sha === head)) {
                this.logged = { sha: commit.sha, message: commit.message };
                looking = false;
            }
            onCommit(commit);
        });
        const args = tips
            ? [
                'log',
                '-z',
                ...(exclude ? ['--boundary'] : []),
                `--format=${gitlog/* LOG_FORMAT */.N_}`,
                ...tips,
                ...(exclude ? [`^${exclude}`] : []),
                '--'
            ]
            : exclude
                ? ['log', '-z', '--boundary', `--format=${gitlog/* LOG_FORMAT */.N_}`, `${exclude}..HEAD`, '--']
                : ['log', '-z', `--format=${gitlog/* LOG_FORMAT */.N_}`, 'HEAD', '--'];
        if (limit !== undefined)
            args.splice(2, 0, `--max-count=${Math.max(1, Math.floor(limit))}`);
        const { exitCode: code, stderr } = await runProgram('git', args, {
            cwd: this.cwd,
            env: gitEnv(),
            onStdout: data => parser.push(data),
            stderrLimit: 10_000
        });
        parser.end();
        if (code !== 0)
            throw new errors/* GitError */.XS(args, code, stderr);
        return boundary;
    }
    async parents(rev) {
        const { stdout } = await this.run(['rev-list', '--parents', '-n', '1', rev, '--']);
        return stdout.trim().split(/\s+/).slice(1);
    }
    async subject(rev) {
        const logged = this.logged;
        if (logged && (rev === logged.sha || (rev === 'HEAD' && this.runScoped && (await this.head()) === logged.sha)))
            return subjectOf(logged.message).trim();
        return (await this.run(['log', '-1', '--format=%s', rev, '--'])).stdout.trim();
    }
    remoteUrl(remote) {
        return this.kept.keep('setup', `remoteUrl ${remote}`, async () => {
            const result = await this.run(['remote', 'get-url', remote], { allowFailure: true });
            return result.code === 0 ? result.stdout.trim() : null;
        });
    }
    async remoteHasTag(remote, tag) {
        const result = await this.run(['ls-remote', '--tags', remote, `refs/tags/${tag}`]);
        return result.stdout.trim() !== '';
    }
    async remoteTags(remote, prefix) {
        const { stdout } = await this.run(['ls-remote', '--tags', '--refs', remote, `refs/tags/${prefix}*`]);
        return parseRemoteTags(stdout).map(tag => tag.name);
    }
    async remoteTagCommits(remote, prefix) {
        return parseRemoteTags((await this.run(['ls-remote', '--tags', remote, `refs/tags/${prefix}*`])).stdout);
    }
    configuredIdentity() {
        const args = ['config', '-z', '--get-regexp', '^user\\.(name|email)$'];
        return this.kept.keep('setup', 'identity', async () => parseIdentity((await this.run(args, { allowFailure: true })).stdout));
    }
    identityArgs(identity) {
        return identity ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`] : [];
    }
    async add(paths) {
        if (paths.length > 0)
            await this.run(['add', '--', ...paths]);
    }
    async unstage(paths) {
        if (paths.length > 0)
            await this.run(['reset', '-q', 'HEAD', '--', ...paths], { allowFailure: true });
    }
    async commit(message, identity, paths) {
        // our own commit: no hook of the clone runs (--no-verify skips only some; prepare-commit-msg and post-commit too)
        const noHooks = ['-c', `core.hooksPath=${NO_HOOKS}`];
        await this.run([...noHooks, ...this.identityArgs(identity), 'commit', '--no-verify', '-F', '-', '--only', '--', ...paths], {
            input: this.scrub(message)
        });
        return (await this.head()) ?? '';
    }
    async tag(name, message, identity, target) {
        const on = target ? [target] : [];
        await this.tagReads.changing(() => this.run([...this.identityArgs(identity), 'tag', '-a', name, ...on, '-F', '-', '--cleanup=verbatim'], {
            input: this.scrub(message)
        }));
    }
    async forceTag(name, target, message, identity) {
        // annotated (and signed when git is configured to sign tags): a lightweight tag would open an
        // editor for its message under tag.gpgSign
        await this.tagReads.changing(() => this.run([...this.identityArgs(identity), 'tag', '-f', '-a', name, target, '-F', '-', '--cleanup=verbatim'], {
            input: message
        }));
    }
    async deleteTag(name) {
        await this.tagReads.changing(() => this.run(['tag', '-d', name]));
    }
    async resetKeep(sha) {
        await this.run(['reset', '--keep', sha]);
    }
    async pushAtomic(remote, refspecs) {
        await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs]);
    }
    async trackedFiles(paths) {
        if (paths.length === 0)
            return [];
        const result = await this.run(['ls-files', '-z', '--', ...paths], { allowFailure: true });
        return result.code === 0 ? result.stdout.split('\0').filter(Boolean) : [];
    }
    async changedPaths() {
        // a copy: the kept list stays as read
        return [...(await this.kept.keep('clone', 'changedPaths', () => this.status()))];
    }
    async status() {
        return parseStatus((await this.run(['status', '--porcelain=v1', '-z', '--untracked-files=all'])).stdout);
    }
    /**
     * Read at each question, never kept: anyone can push to origin during a run, and the up_to_date
     * gate and the rolled-back check decide on what origin says at that moment.
     */
    async remoteBranch(remote, branch) {
        const { stdout } = await this.run(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
        return stdout.trim().split(/\s+/)[0] || null;
    }
    async fetchObjects(remote, branch) {
        await this.run([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--refmap=',
            remote,
            `refs/heads/${branch}`
        ]);
    }
    async fetchTag(remote, tag) {
        await this.tagReads.changing(() => this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/tags/${tag}:refs/tags/${tag}`]));
    }
    async fileModes(rev, paths) {
        const modes = new Map();
        if (paths.length === 0)
            return modes;
        return parseFileModes((await this.run(['ls-tree', '-z', '--full-name', rev, '--', ...paths])).stdout);
    }
    async textAttributes(paths) {
        const attributes = new Map();
        if (paths.length === 0)
            return attributes;
        return parseTextAttributes((await this.run(['check-attr', '-z', 'text', 'eol', '--', ...paths])).stdout);
    }
    async hasCommit(sha) {
        const answer = await this.batch.read(`${sha}^{commit}`);
        if (answer.kind !== 'fallback')
            return answer.kind === 'found' && answer.type === 'commit';
        return (await this.run(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true })).code === 0;
    }
    async isAncestor(ancestor, descendant) {
        const args = ['merge-base', '--is-ancestor', ancestor, descendant];
        const { code, stderr } = await this.run(args, { allowFailure: true });
        // a tag naming a blob or a tree is in no commit's history (it is no release)
        if (code > 1 && !/is a (?:blob|tree), not a commit/.test(stderr))
            throw new errors/* GitError */.XS(args, code, stderr);
        return code === 0;
    }
    async countMissing(from, to) {
        if (from === to)
            return 0; // a revision lacks nothing of itself
        return Number((await this.run(['rev-list', '--count', `${from}..${to}`])).stdout.trim());
    }
    async diffNames(from, to) {
        const { stdout } = await this.run(['diff', '--name-only', '-z', from, to, '--']);
        return stdout.split('\0').filter(Boolean);
    }
    async show(rev, path) {
        const answer = await this.batch.read(`${rev}:${path}`);
        if (answer.kind === 'missing')
            return null;
        // a blob is its text; a tree or a submodule's commit is what `show` makes of it
        if (answer.kind === 'found' && answer.type === 'blob')
            return answer.content.toString();
        // `--`: a name with a wildcard is a revision only, never a pathspec (which answers nothing, successfully)
        const result = await this.run(['show', `${rev}:${path}`, '--'], { allowFailure: true });
        return result.code === 0 ? result.stdout : null;
    }
    tagDetails(prefix) {
        return this.tagReads.details(prefix);
    }
    async commitTimes(range) {
        const { stdout } = await this.run(['log', '--format=%ct', range, '--']);
        return stdout.split('\n').filter(Boolean).map(Number);
    }
    async messages(range) {
        const { stdout } = await this.run(['log', '-z', '--format=%B', range, '--']);
        return stdout.split('\0').filter(message => message.trim() !== '');
    }
    async deleteRemoteTag(remote, tag) {
        await this.run(['push', '--porcelain', remote, `:refs/tags/${tag}`]);
    }
    // the components' reads (src/usecases/components/ports.ts)
    async filesLog(args, onChunk) {
        const { exitCode: code, stderr } = await runProgram('git', args, {
            cwd: this.cwd,
            env: gitEnv(),
            onStdout: onChunk,
            stderrLimit: 10_000
        });
        if (code !== 0)
            throw new errors/* GitError */.XS(args, code, stderr);
    }
    async allFiles() {
        const { stdout } = await this.run(['ls-files', '-z']);
        return stdout.split('\0').filter(Boolean);
    }
    async mergeBase(shas) {
        if (shas.length === 1)
            return shas[0];
        const result = await this.run(['merge-base', '--octopus', ...shas, '--'], { allowFailure: true });
        return result.code === 0 && result.stdout.trim() ? result.stdout.trim().split('\n')[0] : null;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/client.ts
/**
 * The one way this action makes a GitHub client: Octokit from @actions/github with the retry and
 * throttling plugins, at GITHUB_API_URL. Every GitHub port (releases, gates, publisher, Git Data,
 * pull requests, watch) calls through a client made here, so each of them waits out a rate limit as
 * GitHub asks and retries a 5xx answer; each failure becomes a GitHubApiError naming the call.
 */

/** One API call may take this long before it is abandoned. */
const TIMEOUT_MS = 30_000;
/** GitHub.com's REST API, when GITHUB_API_URL is not set. */
const DEFAULT_API_URL = 'https://api.github.com';
/** The API's base URL: GITHUB_API_URL (GitHub Enterprise Server, or a test server), else GitHub.com's. */
function apiUrlFrom(env) {
    return env.GITHUB_API_URL || DEFAULT_API_URL;
}
/** Answers that a retry would not change. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/**
 * Makes an Octokit (loaded on the first call: runs that never call the API don't pay its start-up)
 * with the throttling and retry plugins: a primary or secondary rate limit waits as GitHub asks
 * (twice at most) instead of failing; 5xx answers are retried.
 */
async function createOctokit(token, apiUrl, options = {}) {
    const [github, { throttling }, { retry }] = await Promise.all([
        __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735))
    ]);
    const onWait = options.onWait ?? (() => undefined);
    const limit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= 2)
            return false;
        onWait(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
        return true;
    };
    return github.getOctokit(token, {
        baseUrl: apiUrl || DEFAULT_API_URL,
        throttle: {
            enabled: options.throttle ?? true,
            onRateLimit: limit('primary'),
            onSecondaryRateLimit: limit('secondary')
        },
        retry: {
            retries: options.retries ?? 2,
            retryAfterBaseValue: options.retryDelayMs ?? 1000,
            doNotRetry: DO_NOT_RETRY
        }
    }, throttling, retry);
}
/** The client of `repository` ("owner/name"): Octokit made on the first call, the token never in an error's text. */
function githubClient(token, repository, apiUrl, options = {}) {
    const [owner, repo] = repository.split('/');
    let client = null;
    const failure = (call, error) => {
        const cause = error;
        const detail = cause.response?.data?.message ?? cause.message ?? String(error);
        return new errors/* GitHubApiError */.OS(call, cause.status, detail.split(token).join('***'));
    };
    return {
        owner,
        repo,
        request: () => ({ signal: AbortSignal.timeout(TIMEOUT_MS) }),
        async call(call, fn, notFound) {
            try {
                client ??= createOctokit(token, apiUrl, options);
                return await fn(await client);
            }
            catch (error) {
                if (error instanceof errors/* GitHubApiError */.OS)
                    throw error; // already named (a malformed answer)
                if (notFound && error.status === 404)
                    return notFound();
                throw failure(call, error);
            }
        }
    };
}
/** What an answer lacks to be what the call returns, or null (a malformed answer never counts as done). */
function malformed(data, fields) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return 'it is not a JSON object';
    for (const [field, type] of Object.entries(fields)) {
        const value = data[field];
        if (typeof value !== type || (type === 'number' && !Number.isSafeInteger(value)))
            return `it has no ${type} "${field}"`;
    }
    return null;
}
/** A malformed answer of a call that looked successful: a GitHubApiError saying so (nothing is counted as done). */
function checkShape(call, data, fields) {
    const problem = malformed(data, fields);
    if (problem) {
        throw new errors/* GitHubApiError */.OS(call, undefined, `GitHub's answer is not what the call returns (${problem}), so the step is not counted as done. Check GITHUB_API_URL (a proxy or a wrong server answers this way)`);
    }
}
/** Whether the token may push to the repository (GET /repos/{owner}/{repo}: permissions.push); null when unsaid. */
function repositoryAccess(api) {
    return api.call(`GET /repos/${api.owner}/${api.repo}`, async (octokit) => {
        const { data } = await octokit.rest.repos.get({ owner: api.owner, repo: api.repo, request: api.request() });
        const push = data.permissions?.push;
        return { push: typeof push === 'boolean' ? push : null };
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/gates.ts

class OctokitGates {
    api;
    constructor(token, repository, apiUrl, client = {}) {
        this.api = githubClient(token, repository, apiUrl, client);
    }
    checkRuns(sha) {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/commits/${sha}/check-runs`, async (octokit) => {
            const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
                owner: this.api.owner,
                repo: this.api.repo,
                ref: sha,
                per_page: 100,
                request: this.api.request()
            });
            return runs.map(run => ({
                name: run.name,
                status: run.status,
                conclusion: run.conclusion,
                detailsUrl: run.details_url ?? null
            }));
        });
    }
    openCodeScanningAlerts(ref) {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/code-scanning/alerts`, async (octokit) => {
            const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, {
                owner: this.api.owner,
                repo: this.api.repo,
                state: 'open',
                ref,
                per_page: 100,
                request: this.api.request()
            });
            return alerts.map(alert => ({
                number: alert.number,
                ruleId: alert.rule.id ?? 'unknown-rule',
                securitySeverity: alert.rule.security_severity_level ?? null,
                severity: alert.rule.severity ?? null,
                description: alert.rule.description ?? alert.most_recent_instance?.message?.text ?? '',
                path: alert.most_recent_instance?.location?.path,
                line: alert.most_recent_instance?.location?.start_line,
                url: alert.html_url
            }));
        });
    }
    pullsForCommit(sha) {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/commits/${sha}/pulls`, async (octokit) => {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                owner: this.api.owner,
                repo: this.api.repo,
                commit_sha: sha,
                request: this.api.request()
            });
            if (!Array.isArray(data))
                checkShape(`GET /repos/${this.api.owner}/${this.api.repo}/commits/${sha}/pulls`, data, {});
            return data.map(pull => ({ number: pull.number, mergedAt: pull.merged_at, url: pull.html_url }));
        });
    }
    reviews(pull) {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/pulls/${pull}/reviews`, async (octokit) => {
            const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
                owner: this.api.owner,
                repo: this.api.repo,
                pull_number: pull,
                per_page: 100,
                request: this.api.request()
            });
            return reviews.map(review => ({
                user: review.user?.login ?? '',
                state: review.state,
                submittedAt: review.submitted_at ?? ''
            }));
        });
    }
    isTeamMember(org, team, user) {
        return this.api.call(`GET /orgs/${org}/teams/${team}/memberships/${user}`, async (octokit) => {
            const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
                org,
                team_slug: team,
                username: user,
                request: this.api.request()
            });
            return data.state === 'active';
        }, () => false);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/git-data.ts

/** The Git Data API: a release commit and its annotated tag made on GitHub (verified commits). */
class OctokitGitData {
    api;
    constructor(token, repository, apiUrl, client = {}) {
        this.api = githubClient(token, repository, apiUrl, client);
    }
    repositoryAccess() {
        return repositoryAccess(this.api);
    }
    commitTree(sha) {
        const call = `GET /repos/${this.api.owner}/${this.api.repo}/git/commits/${sha}`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.git.getCommit({
                owner: this.api.owner,
                repo: this.api.repo,
                commit_sha: sha,
                request: this.api.request()
            });
            checkShape(call, data.tree, { sha: 'string' });
            return data.tree.sha;
        }, () => null);
    }
    async createCommit(input) {
        const repo = `/repos/${this.api.owner}/${this.api.repo}`;
        const tree = [];
        for (const file of input.files) {
            const call = `POST ${repo}/git/blobs`;
            const sha = await this.api.call(call, async (octokit) => {
                const { data } = await octokit.rest.git.createBlob({
                    owner: this.api.owner,
                    repo: this.api.repo,
                    content: Buffer.from(file.content).toString('base64'),
                    encoding: 'base64',
                    request: this.api.request()
                });
                checkShape(call, data, { sha: 'string' });
                return data.sha;
            });
            tree.push({ path: file.path, mode: file.mode === '100755' ? '100755' : '100644', type: 'blob', sha });
        }
        const treeCall = `POST ${repo}/git/trees`;
        const treeSha = await this.api.call(treeCall, async (octokit) => {
            const { data } = await octokit.rest.git.createTree({
                owner: this.api.owner,
                repo: this.api.repo,
                base_tree: input.baseTree,
                tree,
                request: this.api.request()
            });
            checkShape(treeCall, data, { sha: 'string' });
            return data.sha;
        });
        const commitCall = `POST ${repo}/git/commits`;
        return this.api.call(commitCall, async (octokit) => {
            // no author or committer: GitHub makes the commit as the token's identity and signs it
            const { data } = await octokit.rest.git.createCommit({
                owner: this.api.owner,
                repo: this.api.repo,
                message: input.message,
                tree: treeSha,
                parents: [input.parent],
                request: this.api.request()
            });
            checkShape(commitCall, data, { sha: 'string' });
            return data.sha;
        });
    }
    updateBranch(branch, sha) {
        return this.api.call(`PATCH /repos/${this.api.owner}/${this.api.repo}/git/refs/heads/${branch}`, async (octokit) => {
            await octokit.rest.git.updateRef({
                owner: this.api.owner,
                repo: this.api.repo,
                ref: `heads/${branch}`,
                sha,
                force: false,
                request: this.api.request()
            });
        });
    }
    async createTag(input) {
        const repo = `/repos/${this.api.owner}/${this.api.repo}`;
        const tagCall = `POST ${repo}/git/tags`;
        const tagSha = await this.api.call(tagCall, async (octokit) => {
            const { data } = await octokit.rest.git.createTag({
                owner: this.api.owner,
                repo: this.api.repo,
                tag: input.tag,
                message: input.message,
                object: input.commit,
                type: 'commit',
                request: this.api.request()
            });
            checkShape(tagCall, data, { sha: 'string' });
            return data.sha;
        });
        await this.api.call(`POST ${repo}/git/refs`, async (octokit) => {
            await octokit.rest.git.createRef({
                owner: this.api.owner,
                repo: this.api.repo,
                ref: `refs/tags/${input.tag}`,
                sha: tagSha,
                request: this.api.request()
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/publisher.ts

/** How many pages of releases (100 each, newest first) are searched for a draft of a tag. */
const DRAFT_PAGES = 5;
function published(call, data) {
    checkShape(call, data, { id: 'number', html_url: 'string', upload_url: 'string' });
    if (data.assets !== undefined && !Array.isArray(data.assets))
        checkShape(call, null, {});
    return {
        id: data.id,
        draft: data.draft ?? false,
        url: data.html_url,
        uploadUrl: data.upload_url,
        immutable: data.immutable === true,
        assets: (data.assets ?? []).map(asset => ({
            id: asset.id,
            name: asset.name,
            ...(typeof asset.size === 'number' ? { size: asset.size } : {}),
            ...(typeof asset.digest === 'string' ? { digest: asset.digest } : {}),
            ...(typeof asset.browser_download_url === 'string' ? { url: asset.browser_download_url } : {})
        }))
    };
}
/** The GitHub release of a tag and its assets; the run's secrets scrubbed out of the title and body. */
class OctokitPublisher {
    options;
    api;
    /** `onWait` is told of each rate-limit wait; `options` also says how the client retries (client.ts). */
    constructor(token, repository, apiUrl, onWait = () => undefined, options = {}) {
        this.options = options;
        this.api = githubClient(token, repository, apiUrl, { onWait, ...options });
    }
    repositoryAccess() {
        return repositoryAccess(this.api);
    }
    async releaseByTag(tag) {
        const call = `GET /repos/${this.api.owner}/${this.api.repo}/releases/tags/${tag}`;
        const found = await this.api.call(call, async (octokit) => published(call, (await octokit.rest.repos.getReleaseByTag({ owner: this.api.owner, repo: this.api.repo, tag })).data), () => null);
        return found ?? this.draftByTag(tag);
    }
    /** A draft of the tag (the newest), found by listing releases: GitHub answers 404 for a draft's tag. */
    async draftByTag(tag) {
        for (let page = 1; page <= DRAFT_PAGES; page++) {
            const call = `GET /repos/${this.api.owner}/${this.api.repo}/releases?per_page=100&page=${page}`;
            const list = await this.api.call(call, async (octokit) => {
                const { data } = await octokit.rest.repos.listReleases({
                    owner: this.api.owner,
                    repo: this.api.repo,
                    per_page: 100,
                    page
                });
                if (!Array.isArray(data))
                    checkShape(call, null, {});
                return data;
            });
            const draft = list.find(release => release.draft === true && release.tag_name === tag);
            if (draft)
                return published(call, draft);
            if (list.length < 100)
                return null;
        }
        return null;
    }
    body(params) {
        const scrub = this.options.scrub ?? ((text) => text);
        return {
            owner: this.api.owner,
            repo: this.api.repo,
            tag_name: params.tag,
            name: scrub(params.title),
            body: scrub(params.body),
            draft: params.draft,
            prerelease: params.prerelease,
            make_latest: params.makeLatest,
            target_commitish: params.targetCommitish
        };
    }
    createRelease(params) {
        const call = `POST /repos/${this.api.owner}/${this.api.repo}/releases`;
        return this.api.call(call, async (octokit) => published(call, (await octokit.rest.repos.createRelease(this.body(params))).data));
    }
    updateRelease(id, params) {
        const call = `PATCH /repos/${this.api.owner}/${this.api.repo}/releases/${id}`;
        return this.api.call(call, async (octokit) => published(call, (await octokit.rest.repos.updateRelease({ ...this.body(params), release_id: id })).data));
    }
    deleteAsset(id) {
        return this.api.call(`DELETE /repos/${this.api.owner}/${this.api.repo}/releases/assets/${id}`, async (octokit) => {
            await octokit.rest.repos.deleteReleaseAsset({ owner: this.api.owner, repo: this.api.repo, asset_id: id });
        });
    }
    uploadAsset(uploadUrl, name, contentType, data) {
        const call = `POST ${uploadUrl.replace(/\{.*$/, '')}?name=${name}`;
        return this.api.call(call, async (octokit) => {
            const response = await octokit.request({
                method: 'POST',
                url: uploadUrl,
                name,
                data,
                headers: { 'content-type': contentType, 'content-length': data.length }
            });
            const asset = response.data;
            checkShape(call, asset, { id: 'number', browser_download_url: 'string' });
            return { id: asset.id, url: asset.browser_download_url };
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/identity.ts
/**
 * Who a token is, for trusting only what it wrote itself (the preview's comment, the watch's issue):
 * GraphQL's `viewer`, else GET /user (a personal access token). GitHub tells an installation token
 * (GITHUB_TOKEN, an app's) neither: its identity is then taken to be the workflow token's,
 * `github-actions[bot]` (the github_token input's default), so another login's text is never ours.
 */

/** The login `GITHUB_TOKEN` writes as. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The token's login as GitHub names it (GraphQL, else GET /user), or null when it names none. */
async function namedIdentity(api) {
    const graphql = await api
        .call('POST /graphql (viewer)', async (octokit) => {
        const data = await octokit.graphql('query { viewer { login } }', {
            request: api.request()
        });
        return typeof data?.viewer?.login === 'string' && data.viewer.login ? data.viewer.login : null;
    })
        .catch(() => null);
    if (graphql)
        return graphql;
    return api
        .call('GET /user', async (octokit) => {
        const { data } = await octokit.rest.users.getAuthenticated({ request: api.request() });
        return typeof data?.login === 'string' && data.login ? data.login : null;
    })
        .catch((error) => {
        // refused (an installation token): no login to name. Anything else (a 5xx past the retries, the
        // network) is a failure: guessing an identity then could post a second comment or issue
        if (error instanceof errors/* GitHubApiError */.OS && [401, 403, 404].includes(error.status ?? 0))
            return null;
        throw error;
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/pulls.ts


function stringOrNull(value) {
    return typeof value === 'string' ? value : null;
}
function boolOrNull(value) {
    return typeof value === 'boolean' ? value : null;
}
/** An issue comment as GitHub answers it (list, create, update), as the preview reads it. */
function commentOf(comment) {
    return {
        id: comment.id,
        body: comment.body ?? '',
        url: comment.html_url,
        author: comment.user?.login ?? '',
        authorIsBot: comment.user?.type === 'Bot'
    };
}
/** The preview's calls: the pull request, the repository's merge settings, the comment, the check. */
class OctokitPulls {
    scrub;
    api;
    /** `scrub` keeps the run's secrets out of what is written (the comment, the check's output). */
    constructor(token, repository, apiUrl, scrub = text => text, client = {}) {
        this.scrub = scrub;
        this.api = githubClient(token, repository, apiUrl, client);
    }
    pullRequest(number) {
        const call = `GET /repos/${this.api.owner}/${this.api.repo}/pulls/${number}`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.pulls.get({
                owner: this.api.owner,
                repo: this.api.repo,
                pull_number: number,
                request: this.api.request()
            });
            checkShape(call, data, { number: 'number', title: 'string' });
            checkShape(call, data.head, { sha: 'string' });
            checkShape(call, data.base, { sha: 'string', ref: 'string' });
            return {
                number: data.number,
                title: data.title,
                body: data.body ?? '',
                author: data.user?.login ?? '',
                headSha: data.head.sha,
                headRef: data.head.ref,
                headRepo: data.head.repo?.full_name ?? '',
                baseRef: data.base.ref,
                baseSha: data.base.sha,
                baseRepo: data.base.repo?.full_name ?? ''
            };
        });
    }
    mergeSettings() {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}`, async (octokit) => {
            const { data } = await octokit.rest.repos.get({
                owner: this.api.owner,
                repo: this.api.repo,
                request: this.api.request()
            });
            const fields = data;
            return {
                allowSquash: boolOrNull(fields.allow_squash_merge),
                allowMerge: boolOrNull(fields.allow_merge_commit),
                allowRebase: boolOrNull(fields.allow_rebase_merge),
                squashTitle: stringOrNull(fields.squash_merge_commit_title),
                squashMessage: stringOrNull(fields.squash_merge_commit_message)
            };
        });
    }
    /** Who the token is (src/adapters/github/identity.ts); null when GitHub names none. */
    viewer() {
        return namedIdentity(this.api);
    }
    comments(number) {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/issues/${number}/comments`, async (octokit) => {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, {
                owner: this.api.owner,
                repo: this.api.repo,
                issue_number: number,
                per_page: 100,
                request: this.api.request()
            });
            return comments.map(commentOf);
        });
    }
    createComment(number, body) {
        const call = `POST /repos/${this.api.owner}/${this.api.repo}/issues/${number}/comments`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.issues.createComment({
                owner: this.api.owner,
                repo: this.api.repo,
                issue_number: number,
                body: this.scrub(body),
                request: this.api.request()
            });
            checkShape(call, data, { id: 'number', html_url: 'string' });
            return commentOf(data);
        });
    }
    updateComment(id, body) {
        const call = `PATCH /repos/${this.api.owner}/${this.api.repo}/issues/comments/${id}`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.issues.updateComment({
                owner: this.api.owner,
                repo: this.api.repo,
                comment_id: id,
                body: this.scrub(body),
                request: this.api.request()
            });
            checkShape(call, data, { id: 'number', html_url: 'string' });
            return commentOf(data);
        });
    }
    createCheckRun(input) {
        const call = `POST /repos/${this.api.owner}/${this.api.repo}/check-runs`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.checks.create({
                owner: this.api.owner,
                repo: this.api.repo,
                name: input.name,
                head_sha: input.headSha,
                status: 'completed',
                conclusion: input.conclusion,
                ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
                output: { title: this.scrub(input.title), summary: this.scrub(input.summary) },
                request: this.api.request()
            });
            checkShape(call, data, { id: 'number' });
            return { id: data.id, url: data.html_url ?? '' };
        });
    }
    createStatus(sha, input) {
        return this.api.call(`POST /repos/${this.api.owner}/${this.api.repo}/statuses/${sha}`, async (octokit) => {
            await octokit.rest.repos.createCommitStatus({
                owner: this.api.owner,
                repo: this.api.repo,
                sha,
                state: input.state,
                context: input.context,
                description: this.scrub(input.description),
                ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
                request: this.api.request()
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/release-pulls.ts

function pullOf(data) {
    return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        author: data.user?.login ?? ''
    };
}
class OctokitReleasePulls {
    scrub;
    api;
    /** `scrub` keeps the run's secrets out of what is written (titles, bodies, comments). */
    constructor(token, repository, apiUrl, scrub = text => text, client = {}) {
        this.scrub = scrub;
        this.api = githubClient(token, repository, apiUrl, client);
    }
    get repoPath() {
        return `/repos/${this.api.owner}/${this.api.repo}`;
    }
    branchHead(branch) {
        const call = `GET ${this.repoPath}/git/ref/heads/${branch}`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.git.getRef({
                owner: this.api.owner,
                repo: this.api.repo,
                ref: `heads/${branch}`,
                request: this.api.request()
            });
            checkShape(call, data.object, { sha: 'string' });
            return data.object.sha;
        }, () => null);
    }
    commit(sha) {
        const call = `GET ${this.repoPath}/git/commits/${sha}`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.git.getCommit({
                owner: this.api.owner,
                repo: this.api.repo,
                commit_sha: sha,
                request: this.api.request()
            });
            checkShape(call, data, { message: 'string' });
            return { message: data.message, parents: (data.parents ?? []).map(parent => parent.sha) };
        }, () => null);
    }
    async setBranch(branch, sha, exists) {
        if (exists) {
            await this.api.call(`PATCH ${this.repoPath}/git/refs/heads/${branch}`, async (octokit) => {
                await octokit.rest.git.updateRef({
                    owner: this.api.owner,
                    repo: this.api.repo,
                    ref: `heads/${branch}`,
                    sha,
                    force: true,
                    request: this.api.request()
                });
            });
            return;
        }
        await this.api.call(`POST ${this.repoPath}/git/refs`, async (octokit) => {
            await octokit.rest.git.createRef({
                owner: this.api.owner,
                repo: this.api.repo,
                ref: `refs/heads/${branch}`,
                sha,
                request: this.api.request()
            });
        });
    }
    openPull(head, base) {
        const call = `GET ${this.repoPath}/pulls?head=${this.api.owner}:${head}&base=${base}&state=open`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.pulls.list({
                owner: this.api.owner,
                repo: this.api.repo,
                head: `${this.api.owner}:${head}`,
                base,
                state: 'open',
                per_page: 10,
                request: this.api.request()
            });
            if (!Array.isArray(data))
                checkShape(call, data, {});
            const first = data[0];
            if (!first)
                return null;
            checkShape(call, first, { number: 'number', title: 'string', html_url: 'string' });
            return pullOf(first);
        });
    }
    createPull(input) {
        const call = `POST ${this.repoPath}/pulls`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.pulls.create({
                owner: this.api.owner,
                repo: this.api.repo,
                title: this.scrub(input.title),
                body: this.scrub(input.body),
                head: input.head,
                base: input.base,
                request: this.api.request()
            });
            checkShape(call, data, { number: 'number', title: 'string', html_url: 'string' });
            return pullOf(data);
        });
    }
    async updatePull(number, fields) {
        await this.api.call(`PATCH ${this.repoPath}/pulls/${number}`, async (octokit) => {
            await octokit.rest.pulls.update({
                owner: this.api.owner,
                repo: this.api.repo,
                pull_number: number,
                ...(fields.title !== undefined ? { title: this.scrub(fields.title) } : {}),
                ...(fields.body !== undefined ? { body: this.scrub(fields.body) } : {}),
                ...(fields.state ? { state: fields.state } : {}),
                request: this.api.request()
            });
        });
    }
    async comment(number, body) {
        await this.api.call(`POST ${this.repoPath}/issues/${number}/comments`, async (octokit) => {
            await octokit.rest.issues.createComment({
                owner: this.api.owner,
                repo: this.api.repo,
                issue_number: number,
                body: this.scrub(body),
                request: this.api.request()
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/releases.ts

class OctokitReleases {
    api;
    constructor(token, repository, apiUrl, client = {}) {
        this.api = githubClient(token, repository, apiUrl, client);
    }
    findReleaseByTag(tag) {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/releases/tags/${tag}`, async (octokit) => {
            const { data } = await octokit.rest.repos.getReleaseByTag({
                owner: this.api.owner,
                repo: this.api.repo,
                tag,
                request: this.api.request()
            });
            checkShape(`GET /repos/${this.api.owner}/${this.api.repo}/releases/tags/${tag}`, data, { id: 'number' });
            const immutable = data.immutable === true;
            return { id: data.id, url: data.html_url, name: data.name ?? '', body: data.body ?? '', immutable };
        }, () => null);
    }
    editRelease(id, fields) {
        return this.api.call(`PATCH /repos/${this.api.owner}/${this.api.repo}/releases/${id}`, async (octokit) => {
            await octokit.rest.repos.updateRelease({
                owner: this.api.owner,
                repo: this.api.repo,
                release_id: id,
                ...(fields.name === undefined ? {} : { name: fields.name }),
                ...(fields.body === undefined ? {} : { body: fields.body }),
                ...(fields.makeLatest === undefined ? {} : { make_latest: fields.makeLatest }),
                request: this.api.request()
            });
        });
    }
    deleteRelease(id) {
        return this.api.call(`DELETE /repos/${this.api.owner}/${this.api.repo}/releases/${id}`, async (octokit) => {
            await octokit.rest.repos.deleteRelease({
                owner: this.api.owner,
                repo: this.api.repo,
                release_id: id,
                request: this.api.request()
            });
        }, () => undefined); // already gone
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/watch.ts


/** The release watch's calls: open critical code scanning alerts, and its one issue per release. */
class OctokitWatch {
    api;
    identity = null;
    constructor(token, repository, apiUrl, client = {}) {
        this.api = githubClient(token, repository, apiUrl, client);
    }
    criticalAlerts() {
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/code-scanning/alerts`, async (octokit) => {
            const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, {
                owner: this.api.owner,
                repo: this.api.repo,
                state: 'open',
                severity: 'critical',
                per_page: 100,
                request: this.api.request()
            });
            return alerts
                .map(alert => ({
                number: alert.number,
                ruleId: alert.rule.id ?? 'unknown-rule',
                securitySeverity: alert.rule.security_severity_level ?? null,
                url: alert.html_url,
                createdAt: alert.created_at
            }))
                .filter(alert => alert.securitySeverity === 'critical');
        });
    }
    /**
     * Only an issue the token's own identity opened counts (identity.ts): anyone may open an issue
     * carrying the marker, and a stranger's must not silence the watch's alert.
     */
    async findIssue(marker, since) {
        this.identity ??= namedIdentity(this.api).then(login => login ?? ACTIONS_BOT_LOGIN);
        const identity = await this.identity;
        return this.api.call(`GET /repos/${this.api.owner}/${this.api.repo}/issues`, async (octokit) => {
            const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
                owner: this.api.owner,
                repo: this.api.repo,
                state: 'all',
                since,
                per_page: 100,
                request: this.api.request()
            });
            const found = issues.find(issue => !issue.pull_request && issue.user?.login === identity && (issue.body ?? '').includes(marker));
            return found ? { number: found.number, url: found.html_url, state: found.state } : null;
        });
    }
    createIssue(input) {
        const call = `POST /repos/${this.api.owner}/${this.api.repo}/issues`;
        return this.api.call(call, async (octokit) => {
            const { data } = await octokit.rest.issues.create({
                owner: this.api.owner,
                repo: this.api.repo,
                title: input.title,
                body: input.body,
                labels: input.labels,
                request: this.api.request()
            });
            checkShape(call, data, { number: 'number', html_url: 'string' });
            return { number: data.number, url: data.html_url, state: data.state };
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/index.ts
/** The GitHub REST calls of this action, one file per port, all through one client factory (client.ts). */









;// CONCATENATED MODULE: ./src/adapters/event.ts
/** The workflow's event: its name and the JSON payload the runner writes to GITHUB_EVENT_PATH. */


function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME || undefined;
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: null };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`GITHUB_EVENT_PATH names a file that can't be read (${error.code ?? 'error'}): the event payload is needed here.`);
    }
    try {
        return { name, payload: JSON.parse(text) };
    }
    catch {
        throw new errors/* ConfigurationError */.j1('GITHUB_EVENT_PATH does not hold a JSON event payload.');
    }
}

;// CONCATENATED MODULE: ./src/adapters/http.ts
/** A small JSON-over-HTTP client with timeouts and bounded retries (429 and 5xx, honouring Retry-After). */

function fetchClient(options = {}) {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const attempts = options.attempts ?? 3;
    const maxWait = options.maxWaitSeconds ?? 30;
    const sleep = options.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    const scrub = options.scrub ?? ((text) => text);
    return {
        async send(request) {
            let last = null;
            for (let attempt = 1; attempt <= attempts; attempt++) {
                let response;
                try {
                    response = await fetch(request.url, {
                        method: request.method,
                        headers: {
                            ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
                            accept: 'application/json',
                            ...request.headers
                        },
                        body: request.json === undefined ? undefined : scrub(JSON.stringify(request.json)),
                        signal: AbortSignal.timeout(timeoutMs)
                    });
                }
                catch (error) {
                    const cause = error.name === 'TimeoutError'
                        ? `no answer within ${timeoutMs / 1000} s`
                        : `could not connect (${(error.cause ?? error).message})`;
                    last = new errors/* HttpError */.j$(request.label, null, cause);
                    if (attempt < attempts)
                        await sleep(1000 * attempt);
                    continue;
                }
                const text = await response.text();
                let json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                }
                catch {
                    json = null;
                }
                if (response.ok)
                    return { status: response.status, text, json };
                const detail = json?.message ??
                    json?.errorMessages?.join('; ') ??
                    (text.slice(0, 200) || response.statusText);
                last = new errors/* HttpError */.j$(request.label, response.status, detail);
                if (response.status !== 429 && response.status < 500)
                    break;
                if (attempt < attempts) {
                    const retryAfter = Number(response.headers.get('retry-after'));
                    await sleep(Math.min(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : attempt, maxWait) * 1000);
                }
            }
            throw last ?? new errors/* HttpError */.j$(request.label, null, 'no attempt was made');
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/lock.ts




/** A lock older than this is stale whatever its process (a runner's job can't last longer). */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
/**
 * A lock file younger than this whose holder cannot be read yet is being written (the exclusive
 * create and the write of its holder are two steps): never taken over as if abandoned.
 */
const YOUNG_MS = 10_000;
/** How long ago the lock file was last written (Infinity: it is gone; negative: its mtime is in the future). */
async function fileAge(file) {
    try {
        return Date.now() - (await external_node_fs_.promises.stat(file)).mtimeMs;
    }
    catch {
        return Infinity;
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
async function readHolder(file) {
    try {
        const holder = JSON.parse(await external_node_fs_.promises.readFile(file, 'utf8'));
        if (typeof holder.pid !== 'number' || typeof holder.host !== 'string' || typeof holder.started !== 'string')
            return null;
        return holder;
    }
    catch {
        return null;
    }
}
/**
 * One run at a time per clone: `fastvlm-release.lock` in the git directory, made with an exclusive
 * create. A lock whose process is gone (same host) or that is older than six hours (or dated more
 * than six hours ahead: a wrong clock) is stale and taken over; one whose holder is not written yet
 * is taken over only once its file is more than YOUNG_MS from now, either way (its run may be
 * between the create and the write); otherwise the run refuses with the holder
 * named and changes nothing.
 */
async function acquireRunLock(gitDir, now = () => new Date()) {
    const file = external_node_path_.join(gitDir, 'fastvlm-release.lock');
    const token = `${process.pid}-${now().getTime()}-${Math.random().toString(36).slice(2)}`;
    const mine = { pid: process.pid, host: external_node_os_.hostname(), started: now().toISOString(), token };
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            await external_node_fs_.promises.writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
            return {
                file,
                release: async () => {
                    const holder = await readHolder(file);
                    if (holder?.token === token)
                        await external_node_fs_.promises.rm(file, { force: true });
                }
            };
        }
        catch (error) {
            const code = error.code;
            if (code !== 'EEXIST') {
                throw new errors/* ConfigurationError */.j1(`Cannot create the run lock ${file} (${code ?? String(error)}): the git directory must be writable. ` +
                    'Check the checkout step and the file permissions of .git.');
            }
            const holder = await readHolder(file);
            const fileYoung = Math.abs(await fileAge(file)) < YOUNG_MS;
            if (!holder && fileYoung) {
                throw new errors/* ConfigurationError */.j1(`Another release run is taking the run lock ${file} at this moment (created ${Math.max(0, Math.round((await fileAge(file)) / 1000))} s ago, its holder not written yet): ` +
                    'this run changed nothing. Let that run finish (workflows: a concurrency group keeps runs apart), and run again.');
            }
            const age = holder ? now().getTime() - Date.parse(holder.started) : Infinity;
            // a holder that started more than six hours from now (either way) is stale: a clock that was
            // wrong when it was written must not hold the lock until that clock's future comes
            const stale = !holder || !(Math.abs(age) <= STALE_AFTER_MS) || (holder.host === external_node_os_.hostname() && !alive(holder.pid));
            if (!stale) {
                throw new errors/* ConfigurationError */.j1(`Another release run is under way in this clone (process ${holder.pid} on ${holder.host}, since ${holder.started}): ` +
                    'this run changed nothing. Let that run finish (workflows: a concurrency group keeps runs apart), ' +
                    `or, if no run is active, delete ${file}.`);
            }
            await external_node_fs_.promises.rm(file, { force: true });
        }
    }
    throw new errors/* ConfigurationError */.j1(`Another run keeps taking the run lock ${file}: this run changed nothing. Try again when it has finished.`);
}

;// CONCATENATED MODULE: ./src/usecases/context.ts
/** The release date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
function releaseDate(env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

// EXTERNAL MODULE: ./src/usecases/gates/run.ts
var run = __webpack_require__(32454);
// EXTERNAL MODULE: ./src/usecases/paths.ts
var paths = __webpack_require__(62932);
// EXTERNAL MODULE: ./src/usecases/modes/index.ts
var modes = __webpack_require__(69371);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/compose.ts
/**
 * The composition root: builds the services of a run (one git client, one file store, the GitHub
 * clients, HTTP) for a working directory and the settings, and runs the mode's handler. The action
 * (main.ts) and the CLI (cli.ts) are thin shells over it; the one thing each brings is how it logs
 * and whether it can upload workflow artifacts.
 */




















/**
 * The run's files and commands, each write or command followed by `forget()` of the run's git client:
 * what it keeps (the status, HEAD, the branch) is read again after the tree may have changed.
 */
function forgetting(files, commands, git) {
    const after = (fn) => (...args) => {
        try {
            return fn(...args);
        }
        finally {
            git.forget();
        }
    };
    return {
        files: {
            read: file => files.read(file),
            bytes: file => files.bytes(file),
            confine: (what, file) => files.confine(what, file),
            realRelative: file => files.realRelative(file),
            list: dir => files.list(dir),
            absolute: file => files.absolute(file),
            glob: pattern => files.glob(pattern),
            write: after((file, text) => files.write(file, text)),
            writeBytes: after((file, data) => files.writeBytes(file, data)),
            remove: after((file) => files.remove(file))
        },
        commands: { run: (command, options) => commands.run(command, options).finally(() => git.forget()) }
    };
}
/** An HTTP client for a run that may not send (the CLI without --push): every request is refused. */
const noNetwork = {
    send: () => Promise.reject(new errors/* OfflineError */.M_('This would send a request (a notifier); the CLI does only with --push.'))
};
const NO_ARTIFACTS = 'upload_artifact needs a workflow run: use the action, or leave upload_artifact off.';
/** An uploader for where there is no workflow run: upload_artifact is then an input error. */
const noArtifacts = {
    upload: () => Promise.reject(new errors/* ConfigurationError */.j1(NO_ARTIFACTS))
};
/** The run's environment, from the variables the runner sets (the CLI outside Actions: USER as actor). */
function environmentFrom(env) {
    return {
        serverUrl: env.GITHUB_SERVER_URL,
        repository: env.GITHUB_REPOSITORY,
        refName: env.GITHUB_REF_TYPE === 'tag' ? undefined : env.GITHUB_REF_NAME,
        baseRef: env.GITHUB_BASE_REF || undefined,
        actor: env.GITHUB_ACTOR || env.USER,
        now: releaseDate(env),
        runId: env.GITHUB_RUN_ID
    };
}
/** The token: the github_token input, else GITHUB_TOKEN (the action and the CLI alike). */
function githubToken(settings, env) {
    return settings.githubToken || env.GITHUB_TOKEN || '';
}
/** Builds every service once for this directory and these settings. */
function buildServices(cwd, settings, env, options) {
    const network = options.network ?? 'write';
    const token = network === 'none' ? '' : githubToken(settings, env);
    const repository = env.GITHUB_REPOSITORY;
    const apiUrl = apiUrlFrom(env);
    const api = token && repository;
    const writes = api && network === 'write';
    const scrub = options.scrub ?? ((text) => text);
    const log = {
        info: message => options.log.info(scrub(message)),
        warning: message => options.log.warning(scrub(message)),
        group: (name, fn) => options.log.group(scrub(name), fn)
    };
    const workspace = new Workspace(workspaceRoot(cwd, env.GITHUB_WORKSPACE));
    const files = new LocalFiles(cwd, { workspace, scrub });
    // one client configuration for every GitHub port: rate-limit waits are logged
    const client = { onWait: message => log.warning(message), ...options.github };
    // one client for the run: it reads the branch, HEAD, the status and origin's URL once (until a write)
    const git = new ExecGit(cwd, scrub, true);
    const run = forgetting(files, options.commands ?? shellRunner, git);
    return {
        cwd,
        git,
        remote: network === 'none' ? null : git,
        origin: network === 'write' ? git : null,
        planOnly: options.preview ?? false,
        files: run.files,
        sideFiles: sideFilesIn(env.RUNNER_TEMP, scrub),
        commands: run.commands,
        http: network === 'write' ? fetchClient({ scrub, sleep: options.sleep }) : noNetwork,
        artifact: options.artifact,
        log,
        scrub,
        env: environmentFrom(env),
        github: {
            releases: writes ? new OctokitReleases(token, repository, apiUrl, client) : null,
            gates: api ? new OctokitGates(token, repository, apiUrl, client) : null,
            gitData: writes ? new OctokitGitData(token, repository, apiUrl, client) : null,
            watch: writes ? new OctokitWatch(token, repository, apiUrl, client) : null,
            publisher: writes ? new OctokitPublisher(token, repository, apiUrl, client.onWait, { ...client, scrub }) : null,
            pulls: writes ? new OctokitPulls(token, repository, apiUrl, scrub, client) : null,
            releasePulls: writes ? new OctokitReleasePulls(token, repository, apiUrl, scrub, client) : null
        },
        event: () => readEvent(env),
        toolVersion: version/* TOOL_VERSION */.w
    };
}
/**
 * The settings of a run: the inputs, over the configuration file of the repository in `cwd`
 * (.github/release-action.yml, or the config input), over the defaults. The file is read here, once:
 * its keys and blocks go down typed in the settings (`sections`). A value from the file that is
 * invalid is reported with the file's name.
 */
async function loadSettings(input, cwd) {
    const { path, given } = (0,settings/* configPathFrom */.Ut)(input);
    // the configuration file is confined like every other path (a symlink can't lead it out)
    const files = new LocalFiles(cwd, { workspace: new Workspace(workspaceRoot(cwd, process.env.GITHUB_WORKSPACE)) });
    const text = files.read(path);
    if (text === null && (0,external_node_fs_.existsSync)(files.confine('config', path))) {
        throw new errors/* ConfigurationError */.j1(`The configuration path ${path} is a directory or not a regular file. Name a YAML or JSON file, such as ${inputs/* DEFAULTS */.zY.config}${given ? ', in the config input' : ''}.`);
    }
    if (text === null && given) {
        throw new errors/* ConfigurationError */.j1(`Input config names ${path}, which does not exist in the repository. Fix the path, or remove the input to use ${inputs/* DEFAULTS */.zY.config} when present.`);
    }
    // the YAML parser and the schema validator are loaded only for a file to parse
    const config = text === null ? null : (await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 85498))).parseConfigFile(text, path, gates/* GATES */.J);
    const { read, overrides } = (0,layering/* layered */.dZ)(input, config);
    try {
        return { settings: (0,settings/* parseSettings */.P$)(read, (0,layering/* sectionsOf */.Ks)(config)), configFile: config ? path : null, overrides };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        const name = /^Input (\w+) /.exec(error.message)?.[1];
        if (config &&
            name &&
            input(name) === undefined &&
            config.values[name] !== undefined) {
            throw new errors/* ConfigurationError */.j1(error.message.replace(/^Input (\w+) /, `${path}: key $1 `));
        }
        throw error;
    }
}
/**
 * The run lock of the clone `cwd` is in (null outside a repository: the mode then says so). It lives in
 * the common git directory, so a worktree's run and the main checkout's run exclude each other too
 * (they share tags and branches).
 */
async function runLock(git) {
    const dir = await git.commonDir();
    return dir ? acquireRunLock(dir) : null;
}
/**
 * Runs the settings' mode in `cwd`, one writing run at a time per clone; inputs that won over the
 * configuration file are reported.
 */
async function runMode(settings, cwd, env, options, loaded = { configFile: null, overrides: [] }) {
    (0,run/* checkGateNames */.eQ)(settings.gates); // the gates' registry knows the names: fail before anything is read
    const services = buildServices(cwd, settings, env, options);
    await (0,paths/* checkPaths */.nn)(settings, services.files, services.git); // every path inside the workspace, before anything is touched
    const handler = await (0,modes/* loadHandler */.Pw)(settings.mode); // the code of this mode only
    // the run's git client: its answers (the common git folder too) and its batch reader, closed after the run
    const git = services.git instanceof ExecGit ? services.git : new ExecGit(cwd);
    let result;
    try {
        const lock = (0,modes/* takesRunLock */.Rd)(settings.mode, settings.dryRun) ? await runLock(git) : null;
        try {
            result = await handler(settings, services);
        }
        finally {
            await lock?.release();
        }
    }
    finally {
        git.close();
    }
    if (loaded.configFile && loaded.overrides.length > 0) {
        const lines = (0,layering/* overrideLines */.Ow)(loaded.overrides, loaded.configFile);
        result.summary = `${result.summary}\n### Configuration\n\n${lines.map(line => `- ${line}`).join('\n')}\n`;
        result.report.push(...lines);
        for (const line of lines)
            result.annotations.push({ level: 'notice', title: 'Input over configuration file', message: line });
    }
    return result;
}


/***/ }),

/***/ 33563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ analyzeCommit)
});

// UNUSED EXPORTS: unquoted

// EXTERNAL MODULE: ./src/core/commits/type-table.ts
var type_table = __webpack_require__(24405);
;// CONCATENATED MODULE: ./src/core/commits/body-changes.ts
/**
 * Changes written in a commit's body. release-please publishes every line of a commit's body that
 * is a conventional header (`feat: enable overriding release-as`, `fix!: …`) as a change of its
 * own (python-semantic-release too): googleapis/python-api-core's `fix(deps): require
 * googleapis-common-protos >= 1.56.2` and launchdarkly/js-core's lists of `feat!:` lines are in
 * their changelogs. A squash merge's listing of its branch (`* feat: …` bullets, and the lines
 * between them) is not: there the header decides; nor is a dependency bot's body (other projects'
 * release notes, in `<details>`).
 */

/** A body line longer than this is prose, not a header (and no regular expression runs over it). */
const MAX_HEADER = 300;
const HEADER = /^(\w+)(?:\([^()\r\n]*\))?!?: \S/;
/** GitHub's squash-merge body lists the branch's commits as `* message` bullets. */
const SQUASH_BULLET = /^\* \S/m;
/** A dependency bot's body (its release notes folded in `<details>`): what it says is other projects'. */
const BOT_BODY = /<details\b/i;
/** The message without a trailing `(#123)`, lower case, white space collapsed. */
function comparable(text) {
    return text
        .replace(/\(#\d+\)\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/**
 * The conventional headers written as lines of the body of `message` (read without what `unquote`
 * blanks: quotes, fences), each once, the header's own copy left out. None for a squash merge's
 * branch listing or a dependency bot's body.
 */
function bodyHeaders(message, unquote) {
    if (BOT_BODY.test(message))
        return [];
    const unquotedBody = unquote(message);
    // the body starts after the first blank line: a line glued to the header is part of its paragraph
    const blank = /\n[ \t]*\n/.exec(unquotedBody);
    if (!blank)
        return [];
    const end = unquotedBody.indexOf('\n');
    const header = comparable(unquotedBody.slice(0, end));
    const body = unquotedBody.slice(blank.index + blank[0].length);
    if (SQUASH_BULLET.test(body))
        return [];
    const seen = new Set([header]);
    const found = [];
    let nested = false; // a BEGIN_NESTED_COMMIT block is a change of its own (changes.ts reads it)
    for (const raw of body.split('\n')) {
        const line = raw.trimEnd();
        if (line.trim() === 'BEGIN_NESTED_COMMIT')
            nested = true;
        else if (line.trim() === 'END_NESTED_COMMIT')
            nested = false;
        if (nested || line.length > MAX_HEADER || line.length < 4)
            continue;
        const match = HEADER.exec(line);
        if (!match || !type_table/* KNOWN_TYPES */.EE.has(match[1]))
            continue;
        const key = comparable(line);
        if (seen.has(key))
            continue;
        seen.add(key);
        found.push(line);
    }
    return found;
}

// EXTERNAL MODULE: ./src/core/commits/parser.ts
var parser = __webpack_require__(88675);
;// CONCATENATED MODULE: ./src/core/text/strings.ts
/**
 * A copy of a short string that does not keep the message it was cut from alive (V8 keeps the
 * whole parent of a sliced string): a range of 100,000 commits holds headers, not messages.
 */
function detached(text) {
    return text.length < 13 ? text : (' ' + text).slice(1);
}

;// CONCATENATED MODULE: ./src/core/commits/changes.ts



const NO_NOTES = Object.freeze([]);
const SKIP = /\[(?:skip\s+release|release\s+skip)\]/i;
const VERSION = String.raw `v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)`;
const SKIP_CI = String.raw `(?:\s+\[(?:skip ci|ci skip)\])?`;
/**
 * Headers of release commits, made by hand or by a release tool; the version is group 1, 2 or 3.
 * A word between `Release` and the version is a package name (`gtoken`, `google-api-core`), not
 * a word such as `candidate` or `notes` (`Release candidate 2.0.0` is not a release commit).
 */
const RELEASE_COMMIT = new RegExp(String.raw `^(?:${VERSION}|(?:(?:chore|build|ci|release)(?:\([^()\r\n]*\))?!?:\s*)?release\s+(?:(?!(?:candidates?|notes|branch|prep|preparation|for|of|to|script|process)\s)[\w@./-]+\s+)?${VERSION}|(?:chore|build)\(release\)!?:\s*${VERSION})${SKIP_CI}(?:\s*\(#\d+\))?\.?${SKIP_CI}$`, 'i');
/**
 * `Revert "header"` (also behind a type: `chore(revert): Revert "feat: x" (#9)`), and git's
 * `Reapply "header"` for a revert that is reverted.
 */
const REVERT_HEADER = /^(?:\w+(?:\([^()\r\n]*\))?!?:\s*)?(revert|reapply)\s+"(.+)"(?:\s*\(#\d+\))?$/i;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i;
const CONVENTIONAL_HEADER = /^\w+(?:\([^()\r\n]*\))?!?: \S/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** What `unquoted` protects: notes, Release-As, override and nested blocks, skip markers. */
const MAY_BE_QUOTED = /breaking[ -]change|release-as:|begin_(?:nested|commit)|\[(?:skip|release)/i;
/**
 * The message without quoted material: lines inside code fences, `<details>` blocks and `> `
 * quotes (dependency bots quote other projects' changelogs, docs quote examples) become empty, so
 * a quoted `BREAKING CHANGE:`, `Release-As:` or override block is not ours. The header stays.
 */
function unquoted(message) {
    const quoting = message.includes('```') ||
        message.includes('~~~') ||
        (message.includes('\n') && message.includes('>') && /\n {0,3}>/.test(message)) ||
        (message.includes('<') && /<details/i.test(message));
    if (!quoting)
        return message;
    const lines = message.split('\n');
    let fence = null;
    let details = 0;
    for (let index = 1; index < lines.length; index++) {
        const line = lines[index];
        const quoted = fence !== null || details > 0;
        const marker = FENCE.exec(line);
        if (fence !== null) {
            if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && line.trim() === marker[1])
                fence = null;
        }
        else if (marker)
            fence = marker[1];
        if (line.includes('<')) {
            details += (line.match(/<details\b/gi) ?? []).length;
            details = Math.max(0, details - (line.match(/<\/details>/gi) ?? []).length);
        }
        if (quoted || marker || details > 0 || /^\s{0,3}>/.test(line) || /<\/?details\b/i.test(line))
            lines[index] = '';
    }
    return lines.join('\n');
}
/** The text of each block between a line `begin` and a line `end`, found line by line. */
function blocks(message, begin, end) {
    const found = [];
    let current = null;
    for (const line of message.split('\n')) {
        const trimmed = line.trim();
        if (current === null) {
            if (trimmed === begin)
                current = [];
        }
        else if (trimmed === end) {
            found.push(current.join('\n'));
            current = null;
        }
        else
            current.push(line);
    }
    return found;
}
/** The value of the first `Release-As:` line (no regular expression runs over the value). */
function releaseAsValue(message) {
    const match = /^release-as:/im.exec(message);
    if (!match)
        return null;
    const start = match.index + match[0].length;
    const end = message.indexOf('\n', start);
    return message.slice(start, end < 0 ? undefined : end).trim();
}
function mainChange(sha, parsed, message, nested) {
    const header = parsed.header ?? '';
    const breaking = parsed.notes.length > 0;
    const breakingNotes = breaking
        ? parsed.notes.map((note) => detached(note.text)).filter(text => text.length > 0)
        : NO_NOTES;
    const type = parsed.type ? parsed.type.toLowerCase() : null;
    const quoted = header.length > 7 && /revert|reapply/i.test(header) ? REVERT_HEADER.exec(header) : null;
    const isRevert = type === 'revert' || parsed.revert !== null || quoted !== null;
    const subject = parsed.subject ?? header;
    const revertOf = parsed.revert?.hash ?? (isRevert ? (REVERTS_COMMIT.exec(message)?.[1] ?? null) : null);
    // git's `Reapply "x"` reverts the commit `Revert "x"`
    const reapplied = quoted && quoted[1].toLowerCase() === 'reapply' ? `Revert "${quoted[2]}"` : null;
    const revertHeader = reapplied ?? parsed.revert?.header ?? quoted?.[2] ?? (type === 'revert' ? subject : null);
    const headerCopy = detached(header);
    return {
        sha,
        header: headerCopy,
        type,
        scope: parsed.scope === null ? null : detached(parsed.scope),
        subject: subject === header ? headerCopy : detached(subject),
        breaking,
        breakingNotes: breaking ? (breakingNotes.length === 0 ? [subject] : breakingNotes) : NO_NOTES,
        revertOf: revertOf === null ? null : detached(revertOf),
        revertHeader: revertHeader === null ? null : detached(revertHeader),
        isRevert,
        nested
    };
}
/**
 * Explicit further changes of one commit, as release-please reads them: each
 * `BEGIN_NESTED_COMMIT` … `END_NESTED_COMMIT` block is a message of its own. A squash merge's
 * body bullets (`* feat: …`, the PR's own history) are not changes: the header decides.
 */
function nestedChanges(sha, message) {
    const changes = [];
    for (const block of blocks(message, 'BEGIN_NESTED_COMMIT', 'END_NESTED_COMMIT')) {
        const text = block.trim();
        if (text)
            changes.push(mainChange(sha, (0,parser/* parseCommitMessage */.o)(text), text, changes.length + 1));
    }
    return changes;
}
/**
 * A `BEGIN_COMMIT_OVERRIDE` … `END_COMMIT_OVERRIDE` section replaces what the commit says:
 * each conventional header in it starts a change, the lines after it are that change's body.
 */
function overrideChanges(sha, text) {
    const messages = [];
    for (const line of text.split(/\r?\n/)) {
        if (CONVENTIONAL_HEADER.test(line))
            messages.push(line);
        else if (messages.length > 0)
            messages[messages.length - 1] += `\n${line}`;
    }
    return messages.map((message, index) => mainChange(sha, (0,parser/* parseCommitMessage */.o)(message), message, index));
}
/**
 * Line endings as CommonMark and git read them: a lone CR is a line break; Unicode line and
 * paragraph separators (which no regular expression's `.` crosses) are spaces.
 */
function normalizeLineEndings(message) {
    return message.includes('\r') || message.includes('\u2028') || message.includes('\u2029')
        ? message
            .replace(/\r\n/g, '\n')
            .replace(/\r/g, '\n')
            .replace(/[\u2028\u2029]/g, ' ')
        : message;
}
function analyzeCommit(commit) {
    // what is kept of a commit must not keep its whole message alive
    const sha = detached(commit.sha);
    const merge = commit.parents.length > 1;
    const raw = normalizeLineEndings(commit.message);
    // quoted material matters only when the message holds something a quote could fake
    const message = MAY_BE_QUOTED.test(raw) ? unquoted(raw) : raw;
    const skip = message.includes('[') && SKIP.test(message);
    const releaseAs = /as:/i.test(message) ? releaseAsValue(message) : null;
    const parsed = (0,parser/* parseCommitMessage */.o)(message);
    if (message !== raw && parsed.notes.length > 0) {
        // a note outside quotes keeps its whole text, code fences of its migration guide included
        const full = (0,parser/* parseCommitMessage */.o)(raw).notes;
        const firstLine = (text) => text.split('\n')[0];
        parsed.notes = parsed.notes.map(note => full.find(each => firstLine(each.text) === firstLine(note.text)) ?? note);
    }
    const header = parsed.header ?? '';
    const named = header.length < 200 && /\d\.\d/.test(header) ? RELEASE_COMMIT.exec(header) : null;
    const namesVersion = named ? detached(named[1] ?? named[2] ?? named[3]) : null;
    let changes;
    const override = message.includes('BEGIN_COMMIT_OVERRIDE')
        ? blocks(message, 'BEGIN_COMMIT_OVERRIDE', 'END_COMMIT_OVERRIDE')[0]
        : undefined;
    const overridden = override !== undefined ? overrideChanges(sha, override) : [];
    if (overridden.length > 0)
        changes = overridden;
    else {
        changes = [mainChange(sha, parsed, message, 0)];
        if (!merge && message.includes('BEGIN_NESTED_COMMIT'))
            changes.push(...nestedChanges(sha, message));
        // conventional lines of the body are changes too (release-please's rule), not in a release commit
        if (!merge && namesVersion === null && message.includes(': ')) {
            for (const line of bodyHeaders(raw, text => (message === raw ? unquoted(text) : message)))
                changes.push(mainChange(sha, (0,parser/* parseCommitMessage */.o)(line), line, changes.length));
        }
    }
    return {
        sha,
        time: commit.time,
        changes,
        merge,
        skip,
        releaseAs: releaseAs === null ? null : detached(releaseAs),
        namesVersion
    };
}


/***/ }),

/***/ 95810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ LOG_FORMAT),
/* harmony export */   kS: () => (/* binding */ LogStreamParser),
/* harmony export */   tT: () => (/* binding */ parseLogRecord)
/* harmony export */ });
/**
 * The `git log` format this project reads: fields separated by US (0x1f), records by NUL
 * (`-z`). The message comes last, so a stray US inside it does no harm. `%m` marks boundary
 * commits of `--boundary` with `-`.
 */
const LOG_FORMAT = '%m%H%x1f%P%x1f%ct%x1f%an%x1f%B';
function parseLogRecord(record) {
    const a = record.indexOf('\x1f');
    const b = record.indexOf('\x1f', a + 1);
    const c = record.indexOf('\x1f', b + 1);
    const d = record.indexOf('\x1f', c + 1);
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return null;
    let start = 0;
    while (record.charCodeAt(start) === 10)
        start++;
    const boundary = record.charCodeAt(start) === 45; /* - */
    const parents = record.slice(a + 1, b);
    return {
        sha: record.slice(start + 1, a),
        boundary,
        parents: parents ? parents.split(' ') : [],
        time: Number(record.slice(b + 1, c)),
        author: record.slice(c + 1, d),
        message: record.slice(d + 1)
    };
}
/** Splits streamed `git log -z` output into commits as the chunks arrive. */
class LogStreamParser {
    onCommit;
    pending = null;
    decoder = new TextDecoder('utf-8');
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    /**
     * Raw bytes as the pipe delivers them: each record is decoded on its own (invalid UTF-8
     * becomes U+FFFD), so no chunk-sized string is made, copied or kept alive by a commit.
     */
    push(chunk) {
        let start = 0;
        if (this.pending) {
            const end = chunk.indexOf(0);
            const joined = new Uint8Array(this.pending.length + (end < 0 ? chunk.length : end));
            joined.set(this.pending);
            joined.set(end < 0 ? chunk : chunk.subarray(0, end), this.pending.length);
            if (end < 0) {
                this.pending = joined;
                return;
            }
            this.pending = null;
            this.emit(this.decoder.decode(joined));
            start = end + 1;
        }
        for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
            this.emit(this.decoder.decode(chunk.subarray(start, end)));
            start = end + 1;
        }
        if (start < chunk.length)
            this.pending = chunk.slice(start);
    }
    end() {
        if (this.pending)
            this.emit(this.decoder.decode(this.pending));
        this.pending = null;
    }
    emit(record) {
        const commit = parseLogRecord(record);
        if (commit)
            this.onCommit(commit);
    }
}


/***/ }),

/***/ 88675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ parseCommitMessage)
/* harmony export */ });
/* unused harmony export normalizeMessage */
/**
 * A single-pass parser for conventional commit messages.
 *
 * It follows the semantics of `conventional-commits-parser` with the options of the
 * `conventionalcommits` preset for every field this project uses: `type`, `scope`,
 * `subject`, `header`, `notes` (title and text) and `revert` (header and hash).
 * The library is the oracle in `__tests__/core/commit-parser.differential.test.ts`, which
 * compares both on every message of the shared real histories.
 *
 * One deliberate normalisation happens before parsing: leading white space of the
 * message is removed (git's own `cleanup` does this; a hand-written ` feat: x` is a feature).
 */
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const NOTE = /^(?:\*\s+)?(BREAKING CHANGE|BREAKING-CHANGE):\s*(.*)/i;
const FOOTER_TOKEN = /^(?:BREAKING CHANGE|[\w-]+)(?::\s+|\s+(?:#)).+/i;
const FIELD = /^-(?=.*\w)(.*?)-$/;
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i;
const GPG = /^\s*gpg:/;
/** Any text a note could start with (NOTE is tested line by line only when this matches). */
const BREAKING_TEXT = /breaking[ -]change/i;
/** Removes leading and trailing CR/LF characters (not other white space). */
function trimNewLines(input) {
    let start = 0;
    let end = input.length;
    while (start < end && (input.charCodeAt(start) === 10 || input.charCodeAt(start) === 13))
        start++;
    while (end > start && (input.charCodeAt(end - 1) === 10 || input.charCodeAt(end - 1) === 13))
        end--;
    return start === 0 && end === input.length ? input : input.slice(start, end);
}
function appendLine(src, line) {
    return src ? `${src}\n${line ?? ''}` : (line ?? '');
}
/** Leading white space is not part of a message (see the module comment). */
function normalizeMessage(message) {
    return message.replace(/^\s+/, '');
}
function isField(line) {
    return (line.length > 1 && line.charCodeAt(0) === 45 /* - */ && line.charCodeAt(line.length - 1) === 45 && FIELD.test(line));
}
function mayBeNote(line) {
    // cheap pre-check before the case-insensitive regular expression
    return line.length >= 15 && NOTE.test(line);
}
function parseCommitMessage(rawMessage) {
    const message = normalizeMessage(rawMessage);
    const result = {
        header: null,
        type: null,
        scope: null,
        subject: null,
        notes: [],
        revert: null
    };
    if (message.length === 0)
        return result;
    const text = trimNewLines(message);
    let lines;
    if (message.includes('gpg:') || BREAKING_TEXT.test(text)) {
        lines = text.split(/\r?\n/);
        if (message.includes('gpg:'))
            lines = lines.filter(line => !GPG.test(line));
    }
    else {
        // no note can come from the body: the header is all that is read (most messages)
        const end = text.indexOf('\n');
        const first = end < 0 ? text : text.slice(0, end);
        lines = [first.endsWith('\r') ? first.slice(0, -1) : first];
    }
    const header = lines[0];
    if (header) {
        result.header = header;
        const match = BREAKING_HEADER.exec(header) ?? HEADER.exec(header);
        if (match) {
            result.type = match[1] || null;
            result.scope = match[2] || null;
            result.subject = match[3] || null;
        }
    }
    // Body and footer: only notes matter here, with the library's state machine.
    let i = 1;
    const n = lines.length;
    // `-field-` lines start a field that swallows every following line.
    const parseMeta = () => {
        if (i >= n)
            return false;
        let inField = false;
        let parsed = false;
        while (i < n) {
            if (isField(lines[i])) {
                inField = true;
                i++;
                continue;
            }
            if (inField) {
                parsed = true;
                i++;
            }
            else
                break;
        }
        return parsed;
    };
    const noteAt = () => (i < n && mayBeNote(lines[i]) ? NOTE.exec(lines[i]) : null);
    // a note runs until a footer token, a field or the next note (a loop, not recursion: 20,000
    // consecutive note lines must not overflow the stack)
    const parseNotes = () => {
        let match = noteAt();
        if (!match)
            return false;
        for (;;) {
            const note = { title: match[1], text: match[2] };
            result.notes.push(note);
            i++;
            let next = null;
            while (i < n) {
                if (parseMeta())
                    return true;
                next = noteAt();
                if (next)
                    break;
                const line = lines[i];
                const isFooterToken = FOOTER_TOKEN.test(line);
                if (!isFooterToken)
                    note.text = appendLine(note.text, line);
                i++;
                if (isFooterToken)
                    break;
            }
            if (!next)
                return true;
            match = next;
        }
    };
    while (i < n) {
        parseMeta();
        parseNotes();
        if (i < n)
            i++; // a body or footer line: nothing of it is used
    }
    if (result.notes.length === 0 && result.header) {
        const match = BREAKING_HEADER.exec(result.header);
        if (match)
            result.notes.push({ title: 'BREAKING CHANGE', text: match[3] });
    }
    for (const note of result.notes)
        note.text = trimNewLines(note.text);
    const first = message.charCodeAt(0);
    if ((first === 82 || first === 114) /* R r */ && /this reverts commit/i.test(message)) {
        // the lazy match is quadratic on long runs of white space: a revert's message is short
        const match = REVERT.exec(message.length > 20_000 ? message.slice(0, 20_000) : message);
        if (match)
            result.revert = { header: match[1] || null, hash: match[2] || null };
    }
    return result;
}


/***/ }),

/***/ 24405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ KNOWN_TYPES),
/* harmony export */   FF: () => (/* binding */ typeRow),
/* harmony export */   H0: () => (/* binding */ RELEASING_TYPES),
/* harmony export */   HT: () => (/* binding */ MAINTENANCE_KEYS),
/* harmony export */   Jj: () => (/* binding */ COMPLETE_SECTIONS),
/* harmony export */   UU: () => (/* binding */ LINT_GUESSES),
/* harmony export */   by: () => (/* binding */ UNWRITTEN_TYPES),
/* harmony export */   lv: () => (/* binding */ LINT_ALIASES),
/* harmony export */   nd: () => (/* binding */ isFeatureType),
/* harmony export */   oS: () => (/* binding */ releasingTypesList),
/* harmony export */   t_: () => (/* binding */ typeBump),
/* harmony export */   vu: () => (/* binding */ DEFAULT_SECTIONS)
/* harmony export */ });
/* unused harmony exports COMMIT_TYPES, HIGHLIGHT_TYPES, sectionsText */
const HIGHLIGHTS = 'highlights';
const PERF = { title: '📊 Performance Improvements', order: 1 };
const TECHNICAL = { title: '🔧 Technical Changes', order: 2 };
const FIXES = { title: '🐛 Bug Fixes', order: 3 };
const DOCS = { title: '📚 Documentation Updates', order: 4 };
const REVERTS = { title: '⏪ Reverts', order: 5 };
const DEPENDENCIES = { title: '📦 Dependencies', order: 6 };
const MAINTENANCE = { title: '🏠 Maintenance', order: 7, hidden: true };
const OTHER = { title: '📝 Other Changes', order: 8, hidden: true };
/** The table. Within a section (and in reasons), types are listed in this order. */
const COMMIT_TYPES = Object.freeze([
    {
        type: 'feat',
        conventional: true,
        written: true,
        bump: 'minor',
        reason: 'feature',
        notes: HIGHLIGHTS,
        synonyms: ['feature'],
        aliases: ['features'],
        words: [
            'add',
            'adds',
            'added',
            'implement',
            'implements',
            'introduce',
            'introduces',
            'support',
            'supports',
            'allow',
            'allows',
            'enable',
            'enables',
            'new',
            'create',
            'creates'
        ]
    },
    {
        type: 'fix',
        conventional: true,
        written: true,
        bump: 'patch',
        notes: FIXES,
        aliases: ['bugfix', 'hotfix', 'bug'],
        words: [
            'fix',
            'fixes',
            'fixed',
            'correct',
            'corrects',
            'resolve',
            'resolves',
            'repair',
            'prevent',
            'prevents',
            'handle',
            'handles',
            'bug'
        ]
    },
    {
        type: 'perf',
        conventional: true,
        written: true,
        bump: 'patch',
        notes: PERF,
        aliases: ['performance'],
        words: ['speed', 'faster', 'optimize', 'optimise', 'optimizes', 'perf', 'performance']
    },
    {
        type: 'refactor',
        conventional: true,
        written: true,
        bump: 'none',
        notes: TECHNICAL,
        aliases: ['refactoring'],
        words: [
            'refactor',
            'refactors',
            'rename',
            'renames',
            'move',
            'moves',
            'simplify',
            'simplifies',
            'extract',
            'clean',
            'cleanup'
        ]
    },
    {
        type: 'docs',
        conventional: true,
        written: true,
        bump: 'none',
        notes: DOCS,
        aliases: ['doc'],
        words: ['doc', 'docs', 'document', 'documents', 'readme', 'typo']
    },
    { type: 'revert', conventional: true, written: true, bump: 'patch', notes: REVERTS },
    { type: 'deps', conventional: false, written: true, bump: 'none', notes: DEPENDENCIES },
    {
        type: 'chore',
        conventional: true,
        written: true,
        bump: 'none',
        notes: MAINTENANCE,
        aliases: ['dependencies', 'deps'],
        words: ['bump', 'update', 'updates', 'upgrade', 'upgrades', 'pin']
    },
    { type: 'build', conventional: true, written: true, bump: 'none', notes: MAINTENANCE },
    { type: 'ci', conventional: true, written: true, bump: 'none', notes: MAINTENANCE },
    {
        type: 'test',
        conventional: true,
        written: true,
        bump: 'none',
        notes: MAINTENANCE,
        aliases: ['tests'],
        words: ['test', 'tests', 'testing']
    },
    { type: 'style', conventional: true, written: true, bump: 'none', notes: MAINTENANCE },
    { type: 'deps-dev', conventional: false, written: false, bump: 'none', notes: MAINTENANCE },
    { type: 'other', conventional: false, written: false, bump: 'none', notes: OTHER }
]);
// ---------------------------------------------------------------------------------------------
// What the rest of the code reads, derived from the table once
/** A type as written (a synonym included) → its row. */
const ROW_OF = new Map();
for (const row of COMMIT_TYPES) {
    ROW_OF.set(row.type, row);
    for (const synonym of row.synonyms ?? [])
        ROW_OF.set(synonym, row);
}
/** The row of a type as written (lower case), synonyms included; undefined for an unknown type. */
function typeRow(type) {
    return type === null ? undefined : ROW_OF.get(type);
}
/** Conventional types, synonyms included: a header with one of them is a conventional commit. */
const KNOWN_TYPES = new Set(COMMIT_TYPES.filter(row => row.conventional).flatMap(row => [row.type, ...(row.synonyms ?? [])]));
/** Types (synonyms included) that release by themselves: what a `deps` scope turns into a shipped dependency update. */
const RELEASING_TYPES = new Set(COMMIT_TYPES.filter(row => row.bump !== 'none').flatMap(row => [row.type, ...(row.synonyms ?? [])]));
/** Types (synonyms included) listed with the highlights (features). */
const HIGHLIGHT_TYPES = new Set(COMMIT_TYPES.filter(row => row.notes === HIGHLIGHTS).flatMap(row => [row.type, ...(row.synonyms ?? [])]));
/** A feature: a type the highlights list (a revert of one is a revert). */
function isFeatureType(type) {
    return type !== null && HIGHLIGHT_TYPES.has(type);
}
/** Section keys of hidden sections: the same text under any of them is one entry (maintenance). */
const MAINTENANCE_KEYS = new Set(COMMIT_TYPES.filter(row => row.notes !== HIGHLIGHTS && row.notes.hidden).map(row => row.type));
/** What a type bumps on its own, and the word the reason uses; null for none. */
function typeBump(type) {
    const row = typeRow(type);
    if (!row || row.bump === 'none')
        return null;
    return { level: row.bump, why: row.reason ?? type };
}
/** `feat, fix, perf, revert`: the types that release, for reasons. */
function releasingTypesList() {
    return COMMIT_TYPES.filter(row => row.bump !== 'none')
        .map(row => row.type)
        .join(', ');
}
function sectionsOf(rows) {
    const sections = [];
    for (const row of rows) {
        if (row.notes === HIGHLIGHTS)
            continue;
        const { title, order } = row.notes;
        const section = sections.find(each => each.title === title);
        if (section)
            section.types.push(row.type);
        else
            sections.push({ title, order, types: [row.type] });
    }
    return sections.sort((a, b) => a.order - b.order).map(({ title, types }) => ({ title, types }));
}
/** The default `notes_sections`: every section the table does not hide, in order. */
const DEFAULT_SECTIONS = Object.freeze(sectionsOf(COMMIT_TYPES.filter(row => row.notes === HIGHLIGHTS || !row.notes.hidden)));
/** Every section, hidden ones included: the notes of a release made by hand list every change. */
const COMPLETE_SECTIONS = Object.freeze(sectionsOf(COMMIT_TYPES));
/** The `notes_sections` text of the defaults (`perf: 📊 Performance Improvements`, one a line). */
function sectionsText(sections) {
    return sections.map(section => `${section.types.join(',')}: ${section.title}`).join('\n');
}
/** Types that are never written in a header (`other`, `deps-dev`): the lint does not allow them. */
const UNWRITTEN_TYPES = new Set(COMMIT_TYPES.filter(row => !row.written).map(row => row.type));
/** Lint advice: a type people write → the type it means (`bugfix` → `fix`; synonyms too: `feature` → `feat`). */
const LINT_ALIASES = Object.freeze(Object.fromEntries(COMMIT_TYPES.flatMap(row => [...(row.synonyms ?? []), ...(row.aliases ?? [])].map(alias => [alias, row.type]))));
/** Lint advice: the first words that say what kind of change a plain message is, in table order. */
const LINT_GUESSES = Object.freeze(COMMIT_TYPES.filter(row => row.words && row.words.length > 0).map(row => [new RegExp(`^(?:${row.words.join('|')})\\b`, 'i'), row.type]));


/***/ }),

/***/ 57949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ attributor),
/* harmony export */   Lj: () => (/* binding */ unmatchedPath),
/* harmony export */   pd: () => (/* binding */ foldersOf)
/* harmony export */ });
/* unused harmony export globRegExp */
const node = () => ({ children: new Map(), owners: [] });
/** `*` one segment's characters, `**` any number of segments: the folder the glob names. */
function globRegExp(glob) {
    const source = glob
        .split('/')
        .map(part => part === '**' ? '(?:[^/]+/)*?[^/]*' : part.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '[^/]*'))
        .join('/');
    return new RegExp(`^(${source})(?:/|$)`);
}
function matcher(entries) {
    const literal = node();
    const globs = [];
    for (const { index, paths } of entries) {
        for (const path of paths) {
            if (path.includes('*')) {
                globs.push({ index, re: globRegExp(path) });
                continue;
            }
            let at = literal;
            for (const part of path === '' ? [] : path.split('/')) {
                let child = at.children.get(part);
                if (!child)
                    at.children.set(part, (child = node()));
                at = child;
            }
            at.owners.push(index);
        }
    }
    return { literal, globs };
}
/** The components whose paths the file lies under, with the depth (segments) of the path, deepest first. */
function matches(m, file) {
    const found = [];
    let at = m.literal;
    let depth = 0;
    const parts = file.split('/');
    for (;;) {
        for (const index of at.owners)
            found.push({ index, depth });
        if (depth >= parts.length - 1)
            break; // a path names a folder: the file's own name is no folder
        at = at.children.get(parts[depth]);
        if (!at)
            break;
        depth++;
    }
    for (const glob of m.globs) {
        const match = glob.re.exec(file);
        if (match && match[1].length < file.length)
            found.push({ index: glob.index, depth: match[1].split('/').length });
    }
    return found.sort((a, b) => b.depth - a.depth);
}
function attributor(components) {
    const owned = matcher(components.map((c, index) => ({ index, paths: c.paths })));
    const shared = matcher(components.map((c, index) => ({ index, paths: c.sharedPaths })));
    const excluded = components.map(c => (c.exclude.length > 0 ? matcher([{ index: 0, paths: c.exclude }]) : null));
    const cache = new Map();
    const owners = (file) => {
        const cached = cache.get(file);
        if (cached)
            return cached;
        const result = [];
        for (const { index } of matches(owned, file)) {
            const exclude = excluded[index];
            if (exclude && matches(exclude, file).length > 0)
                continue;
            result.push(index);
            break;
        }
        for (const { index } of matches(shared, file))
            if (!result.includes(index))
                result.push(index);
        if (cache.size < 200_000)
            cache.set(file, result);
        return result;
    };
    return { owners };
}
/** The folders the files lie in (every prefix), to look a literal path up at once. */
function foldersOf(files) {
    const folders = new Set();
    for (const file of files) {
        for (let at = file.indexOf('/'); at > 0; at = file.indexOf('/', at + 1))
            folders.add(file.slice(0, at));
    }
    return folders;
}
/** A path of a component that no file of the repository lies under (a typo): the first such, or null. */
function unmatchedPath(component, files, folders = foldersOf(files)) {
    for (const path of [...component.paths, ...component.sharedPaths]) {
        if (path === '')
            continue;
        if (!path.includes('*')) {
            if (!folders.has(path))
                return path;
            continue;
        }
        const m = matcher([{ index: 0, paths: [path] }]);
        if (!files.some(file => matches(m, file).length > 0))
            return path;
    }
    return null;
}


/***/ }),

/***/ 16628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ COMPONENT_GROUPS_SCHEMA),
/* harmony export */   $v: () => (/* binding */ componentsFrom),
/* harmony export */   J2: () => (/* binding */ COMPONENTS_SCHEMA)
/* harmony export */ });
/* unused harmony export normalizePath */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _notes_notes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47588);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73819);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64854);





const STRINGS = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
/** The `components` block's JSON Schema (the configuration file's schema embeds it). */
const COMPONENTS_SCHEMA = {
    description: 'several packages released from one repository: one entry per component (name, path, and its own tag format, changelog, version files and rules)',
    type: 'array',
    items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'path'],
        properties: {
            name: { type: 'string', description: 'the component name (letters, digits, ., _, -)' },
            path: {
                ...STRINGS,
                description: 'its folders or globs (`.` is the root); a file belongs to the longest path it lies under'
            },
            shared_paths: { ...STRINGS, description: 'folders whose changes count for it too, such as proto/' },
            exclude: { ...STRINGS, description: 'folders or globs inside its path that are not its own' },
            version_files: {
                ...STRINGS,
                description: 'its version files; empty: auto-detected among its tracked files (git ls-files) inside its path'
            },
            tag_format: { type: 'string', description: 'default {name}-v{version} below the root, v{version} at it' },
            changelog: { type: 'string', description: 'default <path>/CHANGELOG.md; empty for none' },
            package_name: { type: 'string', description: 'the package of its install line' },
            depends_on: { ...STRINGS, description: 'components it depends on (released first; pinned versions updated)' },
            prerelease: { type: 'string', description: 'its prerelease identifier' },
            initial_version: { type: 'string', description: 'the version of its first release' },
            bump_minor_pre_major: { type: 'boolean', description: 'below 1.0.0, breaking changes bump minor' },
            bump_patch_for_minor_pre_major: { type: 'boolean', description: 'below 1.0.0, a feat bumps patch' },
            notes_sections: { ...STRINGS, description: 'its notes sections, one a line: type[,type]: Title' }
        }
    }
};
/** The `component_groups` block's JSON Schema. */
const COMPONENT_GROUPS_SCHEMA = {
    description: 'groups of components: fixed (members share one version and release together); the default is independent',
    type: 'array',
    items: {
        type: 'object',
        additionalProperties: false,
        required: ['fixed'],
        properties: {
            name: { type: 'string', description: 'the group name (default: its first member)' },
            fixed: {
                type: 'array',
                items: { type: 'string' },
                description: 'the members; their tags and version files must hold one version before a release'
            }
        }
    }
};
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function list(value) {
    if (value === undefined || value === null)
        return [];
    return (Array.isArray(value) ? value : [value]).map(item => String(item).trim()).filter(Boolean);
}
/** `./packages/a/` → `packages/a`; `.` → `` (the root). A path leaving the repository is refused. */
function normalizePath(raw, where) {
    const path = raw
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    if (path === '.' || path === '')
        return '';
    if (path.startsWith('/') || path.split('/').includes('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: "${raw}" is not inside the repository. Use a path relative to its root, such as packages/core.`);
    return path;
}
function stringField(entry, key) {
    const value = entry[key];
    return value === undefined || value === null ? null : String(value).trim();
}
function componentFrom(entry, index, file) {
    const name = stringField(entry, 'name') ?? '';
    const where = `components[${index}]${name ? ` (${name})` : ''} of ${file}`;
    if (!NAME.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: the name "${name}" is not a component name. Use letters, digits, ".", "_" and "-", such as core or ios-kit.`);
    const paths = list(entry.path).map(path => normalizePath(path, `${where}, path`));
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: path is empty. Name its folder, such as packages/${name} (or . for the root).`);
    const atRoot = paths.includes('');
    const tagFormat = stringField(entry, 'tag_format') || (atRoot ? 'v{version}' : '{name}-v{version}');
    const changelogRaw = stringField(entry, 'changelog');
    const base = paths[0] === '' || paths[0].includes('*') ? '' : `${paths[0]}/`;
    const changelog = changelogRaw === ''
        ? null
        : changelogRaw
            ? normalizePath(changelogRaw, `${where}, changelog`)
            : `${base}CHANGELOG.md`;
    const initialVersion = stringField(entry, 'initial_version');
    if (initialVersion !== null && (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(initialVersion) !== initialVersion || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(initialVersion)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: initial_version "${initialVersion}" is not a stable semantic version. Use one such as 0.1.0 or 1.0.0.`);
    const prerelease = stringField(entry, 'prerelease');
    if (prerelease && !/^[A-Za-z][0-9A-Za-z-]*$/.test(prerelease))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: prerelease "${prerelease}" is not an identifier. Use letters, digits and hyphens starting with a letter, such as rc.`);
    const boolOrNull = (key) => {
        const value = entry[key];
        if (value === undefined || value === null)
            return null;
        if (typeof value !== 'boolean')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: ${key} must be true or false.`);
        return value;
    };
    const notesLines = list(entry.notes_sections);
    return {
        name,
        paths,
        sharedPaths: list(entry.shared_paths).map(path => normalizePath(path, `${where}, shared_paths`)),
        exclude: list(entry.exclude).map(path => normalizePath(path, `${where}, exclude`)),
        versionFiles: list(entry.version_files).map(path => path.startsWith('!') ? `!${normalizePath(path.slice(1), where)}` : normalizePath(path, where)),
        tagFormat,
        tagPrefix: (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .tagPrefixOf */ .OX)(tagFormat, name, where),
        changelog,
        packageName: stringField(entry, 'package_name') ?? '',
        dependsOn: list(entry.depends_on),
        prerelease,
        bumpMinorPreMajor: boolOrNull('bump_minor_pre_major'),
        bumpPatchForMinorPreMajor: boolOrNull('bump_patch_for_minor_pre_major') ?? false,
        initialVersion,
        notesSections: notesLines.length === 0 ? null : notesLines.flatMap(line => (0,_notes_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNotesSections */ .lq)(line))
    };
}
/** Two components owning the same folder: a file there would have two owners and no rule to choose. */
function checkPathClaims(components, file) {
    const owner = new Map();
    for (const component of components) {
        for (const path of component.paths) {
            const other = owner.get(path);
            if (other && other !== component.name)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Components ${other} and ${component.name} of ${file} both claim the path "${path || '.'}". Give each its own folder, or list the folder under shared_paths of the one that only shares it.`);
            owner.set(path, component.name);
        }
    }
}
function groupsFrom(raw, components, file) {
    const names = new Set(components.map(c => c.name));
    const seen = new Map();
    return (Array.isArray(raw) ? raw : []).map((entry, index) => {
        const members = list(entry.fixed);
        const name = stringField(entry, 'name') || members[0] || `group ${index + 1}`;
        if (members.length < 2)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`component_groups[${index}] (${name}) of ${file} has ${members.length} member(s). A fixed group needs two or more components.`);
        for (const member of members) {
            if (!names.has(member))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`component_groups[${index}] (${name}) of ${file} names "${member}", which is no component. Use one of: ${[...names].join(', ')}.`);
            const other = seen.get(member);
            if (other)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Component ${member} is in two fixed groups of ${file} (${other} and ${name}). Put it in one.`);
            seen.set(member, name);
        }
        return { name, members };
    });
}
/**
 * The `components` and `component_groups` blocks, checked: duplicate names, paths claimed twice,
 * tag formats that collide or git refuses, unknown or cyclic `depends_on`, fixed
 * groups naming no component. Null when the file has no `components` (a single-package repository).
 */
function componentsFrom(raw, groups, file) {
    if (raw === undefined || raw === null) {
        if (groups !== undefined && groups !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} has component_groups but no components. Declare the components first.`);
        return null;
    }
    if (!Array.isArray(raw) || raw.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`components of ${file} is empty. List each component with name and path, or remove the key.`);
    const components = raw.map((entry, index) => componentFrom(entry, index, file));
    const names = new Set();
    for (const component of components) {
        if (names.has(component.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Two components of ${file} are named ${component.name}. Give each a name of its own.`);
        names.add(component.name);
    }
    checkPathClaims(components, file);
    (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .checkTagFormats */ .bW)(components, file);
    const fixed = groupsFrom(groups, components, file);
    return { components: (0,_groups_js__WEBPACK_IMPORTED_MODULE_4__/* .dependencyOrder */ .g1)(components, file), fixed, warnings: [] };
}


/***/ }),

/***/ 64854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ checkFixedVersions),
/* harmony export */   Uy: () => (/* binding */ disagreeingFixedFiles),
/* harmony export */   g1: () => (/* binding */ dependencyOrder)
/* harmony export */ });
/* unused harmony exports groupOf, dependentsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * The components in dependency order (each after the ones it depends on), otherwise as configured;
 * an unknown name or a cycle in `depends_on` is an error naming it.
 */
function dependencyOrder(components, file) {
    const byName = new Map(components.map(c => [c.name, c]));
    for (const component of components) {
        for (const dependency of component.dependsOn) {
            if (!byName.has(dependency))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Component ${component.name} of ${file} depends_on "${dependency}", which is no component. Use one of: ${[...byName.keys()].join(', ')}.`);
            if (dependency === component.name)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Component ${component.name} of ${file} depends on itself. Remove it from its depends_on.`);
        }
    }
    const order = [];
    const state = new Map();
    const visit = (component, trail) => {
        const now = state.get(component.name);
        if (now === 'done')
            return;
        if (now === 'visiting') {
            const cycle = [...trail.slice(trail.indexOf(component.name)), component.name];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The depends_on of ${file} make a cycle: ${cycle.join(' → ')}. A component cannot depend on itself through others; remove one of these.`);
        }
        state.set(component.name, 'visiting');
        for (const dependency of component.dependsOn)
            visit(byName.get(dependency), [...trail, component.name]);
        state.set(component.name, 'done');
        order.push(component);
    };
    for (const component of components)
        visit(component, []);
    return order;
}
/** The fixed group a component is in, or null. */
function groupOf(groups, name) {
    return groups.find(group => group.members.includes(name)) ?? null;
}
/**
 * A fixed group's members share one version: their current versions (read from their tags or
 * version files) must agree before a release, or the error names each.
 */
function checkFixedVersions(groups, current) {
    for (const group of groups) {
        const versions = group.members.map(member => ({ member, version: current.get(member) ?? null }));
        const distinct = new Set(versions.map(v => v.version ?? 'none'));
        if (distinct.size > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The fixed group ${group.name} has members whose versions disagree today: ${versions.map(v => `${v.member} ${v.version ?? '(no release)'}`).join(', ')}. ` +
                'Members of a fixed group share one version: set their version files to the same version (or tag them alike), or make the group independent.');
    }
}
/**
 * Whether a fixed group's members' version files disagree today: the version most of their files
 * hold (a tie: the one the group's tags hold, else the first member's) is the group's; the first
 * file holding another is named, with its component and what to do. Null when they agree (or a
 * member has no version file: a Docker image has nothing to disagree with).
 */
function disagreeingFixedFiles(group, members) {
    const all = members.flatMap(member => member.files.map(file => ({ member, file })));
    if (new Set(all.map(({ file }) => file.semver)).size <= 1)
        return null;
    const count = new Map();
    for (const { file } of all)
        count.set(file.semver, (count.get(file.semver) ?? 0) + 1);
    const most = Math.max(...count.values());
    const tagged = members.find(member => member.tagVersion !== null)?.tagVersion ?? null;
    const leading = [...count].filter(([, n]) => n === most).map(([version]) => version);
    const version = tagged !== null && leading.includes(tagged)
        ? tagged
        : all.find(({ file }) => leading.includes(file.semver)).file.semver;
    const holder = all.find(({ file }) => file.semver === version);
    const odd = all.find(({ file }) => file.semver !== version);
    return (`component ${odd.member.name} of the fixed group ${group.name} has ${odd.file.path} at ${odd.file.version}, but ${holder.member.name === odd.member.name ? 'its' : `${holder.member.name}'s`} ${holder.file.path} is at ${holder.file.version}: members of a fixed group share one version, and their version files disagree today. ` +
        `Set ${odd.file.path} to ${holder.file.version} (the group's version) and commit it, or take ${odd.member.name} out of the group (independent), or leave the file out of its version_files ("!${odd.file.path}"). Nothing was changed.`);
}
/** The components that depend on `name`, directly or not. */
function dependentsOf(components, name) {
    const result = [];
    const seen = new Set([name]);
    let frontier = [name];
    while (frontier.length > 0) {
        const next = [];
        for (const component of components) {
            if (seen.has(component.name))
                continue;
            if (component.dependsOn.some(d => frontier.includes(d))) {
                seen.add(component.name);
                result.push(component);
                next.push(component.name);
            }
        }
        frontier = next;
    }
    return result;
}


/***/ }),

/***/ 99574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ FilesLogParser),
/* harmony export */   lm: () => (/* binding */ FILES_LOG_FORMAT),
/* harmony export */   z: () => (/* binding */ filesLogArgs)
/* harmony export */ });
/* harmony import */ var _commits_gitlog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95810);

/**
 * The `git log -z --name-only` format the components read: each commit's record starts with RS
 * (0x1e), then the fields of the single-package log (US-separated, the message last) and NUL;
 * its changed files follow, each ended by NUL (the first after a newline). Paths can hold any
 * byte but NUL, so `-z` keeps them whole; a record is told from a path by its RS and sha.
 */
const FILES_LOG_FORMAT = '%x1e%H%x1f%P%x1f%ct%x1f%an%x1f%B';
/** The arguments of that log over `HEAD` minus the commits every component has released. */
function filesLogArgs(exclude) {
    return [
        'log',
        '-z',
        '--topo-order',
        '--name-only',
        '--no-renames',
        `--format=${FILES_LOG_FORMAT}`,
        'HEAD',
        ...exclude.map(sha => `^${sha}`),
        '--'
    ];
}
// eslint-disable-next-line no-control-regex
const HEADER = /^\n?\x1e[0-9a-f]{40,64}\x1f/;
/** Splits streamed output into commits with their files, as the chunks arrive (bytes, decoded per token). */
class FilesLogParser {
    onCommit;
    pending = null;
    decoder = new TextDecoder('utf-8');
    commit = null;
    files = [];
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    push(chunk) {
        let start = 0;
        if (this.pending) {
            const end = chunk.indexOf(0);
            const joined = new Uint8Array(this.pending.length + (end < 0 ? chunk.length : end));
            joined.set(this.pending);
            joined.set(end < 0 ? chunk : chunk.subarray(0, end), this.pending.length);
            if (end < 0) {
                this.pending = joined;
                return;
            }
            this.pending = null;
            this.token(this.decoder.decode(joined));
            start = end + 1;
        }
        for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
            this.bytes(chunk, start, end);
            start = end + 1;
        }
        if (start < chunk.length)
            this.pending = chunk.slice(start);
    }
    end() {
        if (this.pending)
            this.token(this.decoder.decode(this.pending));
        this.pending = null;
        this.flush();
    }
    /** A token straight from the chunk: a path of ASCII bytes (most) is made without a decoder. */
    bytes(chunk, start, end) {
        if (this.commit && end - start < 256) {
            let from = start;
            if (chunk[from] === 10)
                from++;
            let ascii = chunk[from] !== 0x1e && from < end;
            for (let i = from; ascii && i < end; i++)
                if (chunk[i] >= 0x80 || chunk[i] < 0x20)
                    ascii = false;
            if (ascii) {
                this.files.push(String.fromCharCode.apply(null, chunk.subarray(from, end)));
                return;
            }
        }
        this.token(this.decoder.decode(chunk.subarray(start, end)));
    }
    flush() {
        if (this.commit)
            this.onCommit(this.commit, this.files);
        this.commit = null;
        this.files = [];
    }
    token(text) {
        if (text === '' || text === '\n')
            return;
        if (HEADER.test(text)) {
            this.flush();
            const at = text.indexOf('\x1e');
            this.commit = (0,_commits_gitlog_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLogRecord */ .tT)(` ${text.slice(at + 1)}`);
            return;
        }
        if (this.commit)
            this.files.push(text.charCodeAt(0) === 10 ? text.slice(1) : text);
    }
}


/***/ }),

/***/ 61819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ releasesJson),
/* harmony export */   Nf: () => (/* binding */ componentsSummary),
/* harmony export */   v5: () => (/* binding */ releaseCommitSubject),
/* harmony export */   wF: () => (/* binding */ parseReleaseCommitSubject)
/* harmony export */ });
/* harmony import */ var _versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50964);

/** The subject of the one release commit of a run: `chore(release): kit 1.3.0, ios 0.4.1`. */
function releaseCommitSubject(releases) {
    return `chore(release): ${releases
        .filter(r => r.released)
        .map(r => `${r.name} ${r.version}`)
        .join(', ')}`;
}
const PAIR = /^([A-Za-z0-9][A-Za-z0-9._-]*) (\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/** The `name version` pairs of such a subject (an earlier run's release commit), or null when it is none. */
function parseReleaseCommitSubject(subject, names) {
    const prefix = 'chore(release): ';
    if (!subject.startsWith(prefix))
        return null;
    const pairs = new Map();
    for (const part of subject.slice(prefix.length).split(', ')) {
        const match = PAIR.exec(part);
        if (!match || !names.has(match[1]))
            return null;
        pairs.set(match[1], match[2]);
    }
    return pairs.size > 0 ? pairs : null;
}
/**
 * The `releases` output: a JSON array in dependency order, for `strategy.matrix: ${{ fromJSON(...) }}`;
 * `release_url` is the component's GitHub release made by the run ('' when none was made).
 */
function releasesJson(releases, releaseUrls = new Map()) {
    return JSON.stringify(releases.map(r => ({
        name: r.name,
        version: r.version,
        tag: r.tag,
        pep440_version: r.version ? ((0,_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .pep440Version */ .ul)(r.version) ?? '') : '',
        docker_version: r.version ? (0,_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerTag */ .TU)(r.version) : '',
        path: r.path,
        notes_file: r.notesFile,
        released: r.released,
        release_url: releaseUrls.get(r.name) ?? ''
    })));
}
/** What the components' notes may take of the job summary (GitHub shows up to 1 MiB of it). */
const SUMMARY_NOTES_BUDGET = 600_000;
/** The per-component section of the job summary and the dry run. */
function componentsSummary(releases, dryRun) {
    const lines = ['## Components', '', '| component | version | tag | bump | why |', '| --- | --- | --- | --- | --- |'];
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    for (const r of releases)
        lines.push(`| ${cell(r.name)} | ${r.released ? `${r.previousVersion || '—'} → **${r.version}**` : r.previousVersion || '—'} | ${r.released ? `\`${r.tag}\`` : '—'} | ${r.released ? r.bump : 'none'} | ${cell(r.reason)} |`);
    // the job summary takes 1 MiB: each component's notes within its share, the rest in its notes file
    const released = releases.filter(each => each.released);
    const share = Math.floor(SUMMARY_NOTES_BUDGET / Math.max(1, released.length));
    for (const r of released) {
        lines.push('', `### ${r.name} ${r.version}${dryRun ? ' (dry run)' : ''}`, '');
        for (const file of r.versionFiles)
            lines.push(`- \`${file.path}\`: ${file.from} → ${file.to}`);
        if (r.versionFiles.length > 0)
            lines.push('');
        const notes = r.notes.trim();
        if (notes.length <= share)
            lines.push(notes);
        else {
            const cut = notes.lastIndexOf('\n', share);
            lines.push(notes.slice(0, cut > 0 ? cut : 0), '', `_…cut to fit the job summary: all of it is in ${r.notesFile}._`);
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 73819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OX: () => (/* binding */ tagPrefixOf),
/* harmony export */   Vx: () => (/* binding */ checkSwiftTags),
/* harmony export */   bW: () => (/* binding */ checkTagFormats)
/* harmony export */ });
/* unused harmony exports prefixesCollide, isBareVersionPrefix */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _versioning_refname_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19806);


/**
 * The tag prefix of a tag format: `{name}-v{version}` → `core-v`. `{version}` comes last and once
 * (the tags are read back by their prefix); the tags it makes must be names git accepts.
 */
function tagPrefixOf(format, name, where) {
    const at = format.indexOf('{version}');
    if (at < 0 ||
        at !== format.length - '{version}'.length ||
        format.indexOf('{version}') !== format.lastIndexOf('{version}'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: tag_format "${format}" must end with {version} (once), such as {name}-v{version} or v{version}.`);
    const prefix = format.slice(0, at).split('{name}').join(name);
    if (/[{}]/.test(prefix))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: tag_format "${format}" has a placeholder other than {name} and {version}.`);
    const problem = (0,_versioning_refname_js__WEBPACK_IMPORTED_MODULE_1__/* .refNameProblem */ .C)(`refs/tags/${prefix}1.0.0`);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: tag_format "${format}" makes tags such as ${prefix}1.0.0 that git refuses: ${problem}. Use letters, digits, "-", "_", "." and "/", such as {name}-v{version}.`);
    if (prefix.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: tag_format "${format}" makes tags starting with "-", which git reads as options.`);
    return prefix;
}
/**
 * Whether the tags of prefix `a` can be read as tags of prefix `b`: `b` is a prefix of `a` and what
 * is left could start a version (`v` and `v2-v`), or they are the same. `v` and `vue-v` do not
 * collide: `vue-v1.0.0` read with the prefix `v` is `ue-v1.0.0`, no version.
 */
function prefixesCollide(a, b) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (!long.startsWith(short))
        return false;
    const rest = long.slice(short.length);
    return rest === '' || /^[0-9]/.test(rest);
}
/** Tag formats that collide with another component's; a fixed group shares one prefix only if its members all use it. */
function checkTagFormats(components, file) {
    for (let i = 0; i < components.length; i++) {
        for (let j = i + 1; j < components.length; j++) {
            const [a, b] = [components[i], components[j]];
            if (prefixesCollide(a.tagPrefix, b.tagPrefix))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Components ${a.name} and ${b.name} of ${file} have tag formats that collide ("${a.tagFormat}" makes ${a.tagPrefix}1.0.0, "${b.tagFormat}" makes ${b.tagPrefix}1.0.0): one's tags would read as the other's. Give each a prefix of its own, such as {name}-v{version}.`);
        }
    }
}
/** A prefix whose tags SwiftPM reads as versions of the package at the root: `1.2.3` and `v1.2.3`. */
function isBareVersionPrefix(prefix) {
    return prefix === '' || prefix === 'v' || prefix === 'V';
}
/**
 * SwiftPM reads every bare version tag (`1.2.3`, `v1.2.3`) of a repository as a version of the
 * package whose Package.swift is at its root. With one there, only the root's component may make
 * such tags: another component's would be read as a Swift release (an error naming the rule). A
 * Swift package below the root cannot be used through git at all: a warning pointing to the
 * package registry (`swift package-registry publish`).
 * @param swiftManifests the Package.swift files of the repository (paths from its root)
 */
function checkSwiftTags(components, swiftManifests, file) {
    const warnings = [];
    const rootSwift = swiftManifests.includes('Package.swift');
    if (rootSwift) {
        for (const component of components) {
            if (!component.paths.includes('') && isBareVersionPrefix(component.tagPrefix))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Component ${component.name} of ${file}: its tag format "${component.tagFormat}" makes bare version tags (${component.tagPrefix}1.0.0), and SwiftPM reads every such tag as a version of the Swift package at the repository root (Package.swift). ` +
                    'SwiftPM-safe tags: only the root component may tag bare versions; use a prefix such as {name}-v{version}.');
        }
    }
    for (const manifest of swiftManifests) {
        if (manifest === 'Package.swift')
            continue;
        const folder = manifest.slice(0, -'/Package.swift'.length);
        const owner = components.find(c => c.paths.some(path => path !== '' && (folder === path || folder.startsWith(`${path}/`))));
        if (owner)
            warnings.push(`Component ${owner.name} is a Swift package below the repository root (${manifest}): SwiftPM resolves packages through git only from the root, so it cannot use ${owner.tagPrefix}X.Y.Z tags. Publish it to a package registry (swift package-registry publish; see docs/examples/workflows).`);
    }
    return warnings;
}


/***/ }),

/***/ 60427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ checkLinesComponent),
/* harmony export */   bY: () => (/* binding */ chooseComponent),
/* harmony export */   pG: () => (/* binding */ componentNamed)
/* harmony export */ });
/* unused harmony exports namedVersion, componentOfBranch */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Which component a mode acting on one package acts on (rollback, hotfix, a release line), in a
 * repository with `components`. action.yml has no input left for it, so it is named where the mode
 * already reads a name:
 *
 * - the `version` input: `name@1.2.3`, or the component's tag (`name-v1.2.3`);
 * - the branch: `hotfix/<name>/…` (or `hotfix/<name>`), `<name>/1.x`, `<name>/next`;
 * - a `component:` of the configuration file's `release_lines` block (every line releases it);
 * - the CLI's `--component NAME`.
 */


function names(config) {
    return config.components.map(c => c.name).join(', ');
}
/** The component of that name, or one error listing the names. */
function componentNamed(config, name, where) {
    const found = config.components.find(c => c.name === name);
    if (found)
        return found;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where} names the component "${name.slice(0, 100)}", which is not one of the configuration file's components: ${names(config)}. Name one of them. Nothing was changed.`);
}
const NAMED = /^([^@\s]+)@v?(\S+)$/;
/** A version input that names its component (`name@1.2.3` or a tag), or null for a bare version. */
function namedVersion(config, value) {
    const named = NAMED.exec(value);
    if (named) {
        const component = componentNamed(config, named[1], `The version input "${value.slice(0, 100)}"`);
        if (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(named[2]) !== named[2])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The version input "${value.slice(0, 100)}": "${named[2].slice(0, 60)}" is not a semantic version. Use ${component.name}@X.Y.Z, such as ${component.name}@1.3.0.`);
        return { component, version: named[2] };
    }
    // a tag: the longest prefix of a component's tags that leaves a version
    const tagged = config.components
        .filter(c => c.tagPrefix !== '' && value.startsWith(c.tagPrefix))
        .filter(c => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(value.slice(c.tagPrefix.length)) === value.slice(c.tagPrefix.length))
        .sort((a, b) => b.tagPrefix.length - a.tagPrefix.length)[0];
    return tagged ? { component: tagged, version: value.slice(tagged.tagPrefix.length) } : null;
}
/** The component a branch names: `hotfix/<name>/…`, `hotfix/<name>`, or `<name>/…` (a line). */
function componentOfBranch(config, branch) {
    const parts = branch.split('/');
    const candidates = parts[0] === 'hotfix' ? [parts[1] ?? ''] : parts.length > 1 ? [parts[0]] : [];
    // `hotfix/api-crash` names no component: only a whole part does
    return config.components.find(c => candidates.includes(c.name)) ?? null;
}
/**
 * The one component the mode acts on: named outright, by the version input, or by the branch
 * (in that order; two that disagree are an error); a repository of one component needs no name.
 */
function chooseComponent(config, query) {
    const found = [];
    if (query.name)
        found.push({
            component: componentNamed(config, query.name, `The component "${query.name}"`),
            version: '',
            by: 'named'
        });
    const named = query.version ? namedVersion(config, query.version) : null;
    if (named)
        found.push({ ...named, by: `the version input ${query.version}` });
    const fromBranch = query.branch ? componentOfBranch(config, query.branch) : null;
    if (fromBranch)
        found.push({ component: fromBranch, version: '', by: `the branch ${query.branch}` });
    const distinct = [...new Set(found.map(f => f.component.name))];
    if (distinct.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${query.what}: ${found.map(f => `${f.by} names ${f.component.name}`).join(', ')}. Name one component only. Nothing was changed.`);
    const version = named ? named.version : query.version;
    if (found.length > 0)
        return { component: found[0].component, version, by: found.map(f => f.by).join(' and ') };
    if (config.components.length === 1)
        return { component: config.components[0], version, by: 'the only component' };
    const example = config.components[0].name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${query.what} acts on one component, and this repository has several (${names(config)}): say which. ` +
        `Give the version as ${example}@X.Y.Z (or its tag), name the branch hotfix/${example}/… (or ${example}/1.x for a release line), ` +
        `set component: ${example} in release_lines, or on the command line --component ${example}. Nothing was changed.`);
}
/** release_lines' `component:` names one of the components (and is only meaningful with them). */
function checkLinesComponent(lines, config, file) {
    if (!lines.component)
        return;
    if (!config)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: release_lines.component is "${lines.component.slice(0, 100)}", but there is no components block: a repository of one package releases it on every line. Remove release_lines.component, or add the components block.`);
    componentNamed(config, lines.component, `${file}: release_lines.component`);
}


/***/ }),

/***/ 79805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ jiraProjects),
/* harmony export */   GR: () => (/* binding */ checkWrittenPaths),
/* harmony export */   L5: () => (/* binding */ validBranch),
/* harmony export */   OD: () => (/* binding */ datadogSite),
/* harmony export */   Rs: () => (/* binding */ serviceUrl),
/* harmony export */   iZ: () => (/* binding */ relativePath),
/* harmony export */   xK: () => (/* binding */ commitWords)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** The checks of single values the settings apply: paths, URLs, names. */
function relativePath(name, value) {
    const plain = value.replace(/\\/g, '/').replace(/^\.\//, '');
    // one spelling per file (`docs//x.md`, `././x.md`, `docs/./x.md` are docs/x.md, x.md): paths are
    // compared as strings to find a file named twice (checkWrittenPaths)
    const segments = plain.split('/').filter((segment, i) => segment !== '.' && (segment !== '' || i === 0));
    const joined = segments.join('/').replace(/\/$/, '');
    const normalized = joined === '' || joined === '/' ? plain : joined;
    if (normalized.startsWith('/') || normalized.split('/').includes('..') || /^[A-Za-z]:/.test(normalized)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input ${name} has the invalid value "${value}". Use a path relative to the repository root, inside it.`);
    }
    return normalized;
}
function datadogSite(value) {
    if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input datadog_site has the invalid value "${value}". Use a Datadog site such as datadoghq.com or datadoghq.eu.`);
    return value;
}
/** An https URL (http only for 127.0.0.1/localhost, for local testing); the value is not echoed (it may hold a secret). */
function serviceUrl(name, value) {
    if (value === '')
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input ${name} is not a URL. Use an https:// URL.`);
    }
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input ${name} must be an https:// URL (http:// is allowed only for 127.0.0.1).`);
    }
    return value.replace(/\/+$/, '');
}
function jiraProjects(keys) {
    for (const key of keys) {
        if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input jira_projects has the invalid project key "${key}". Use JIRA project keys such as FVLM, comma-separated.`);
    }
    return keys;
}
/** commit_types / commit_scopes: words as the commit grammar reads a type or a scope. */
function commitWords(name, words) {
    const pattern = name === 'commit_types' ? /^\w+$/ : /^[^\s()]+$/;
    for (const word of words) {
        if (!pattern.test(word))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input ${name} has the invalid value "${word.slice(0, 80)}". List ${name === 'commit_types' ? 'types such as feat, fix, docs (letters, digits, _)' : 'scopes such as api, decoder (no spaces or parentheses)'}, one a line or comma-separated.`);
    }
    return name === 'commit_types' ? words.map(word => word.toLowerCase()) : words;
}
function validBranch(value) {
    if (value !== '' &&
        (/[\s~^:?*[\\]|\.\.|@\{/.test(value) || value.startsWith('-') || value.endsWith('/') || value.endsWith('.lock'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input base_branch has the invalid value "${value}". Use a branch name such as main.`);
    }
    return value;
}
/** The pattern of a path whose `{major}`, `{minor}`, `{patch}`, `{version}` stand for any name part. */
function pathPattern(path) {
    const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escaped.replace(/\{(?:major|minor|patch|version)\}/g, '[^/]+')}$`);
}
/**
 * The files a run writes (the rollback record, the release notes, the changelog, the migration
 * guide) are neither version files (found, listed, or named as one: `pyproject.toml`, `*.py`) nor
 * each other: each would corrupt the other. One ConfigurationError naming both and the fix.
 */
function checkWrittenPaths(written, versionFiles, isVersionFileName) {
    for (const [i, entry] of written.entries()) {
        const pattern = pathPattern(entry.path);
        const example = entry.path.replace(/\{(?:major|minor|patch|version)\}/g, '1');
        const clash = versionFiles.find(file => pattern.test(file));
        if (clash || isVersionFileName(example)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${entry.setting} ${entry.path} is ${clash ? `the version file ${clash}` : 'named as a version file'}: the run would write its own text into it and corrupt the version. ` +
                `Name a separate Markdown file for ${entry.setting} (its default is best), or remove the file from version_files. Nothing was changed.`);
        }
        for (const other of written.slice(i + 1)) {
            const otherExample = other.path.replace(/\{(?:major|minor|patch|version)\}/g, '1');
            if (pattern.test(otherExample) || pathPattern(other.path).test(example)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${entry.setting} ${entry.path} and ${other.setting} ${other.path} are the same file: one would overwrite the other. ` +
                    `Give each its own path (the defaults are docs/ROLLBACKS.md, release-notes.md, CHANGELOG.md, docs/migrations/v{major}.md). Nothing was changed.`);
            }
        }
    }
}


/***/ }),

/***/ 86730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zY: () => (/* reexport */ keys/* DEFAULTS */.zY),
  mc: () => (/* reexport */ keys/* INPUTS */.mc),
  Qh: () => (/* reexport */ keys/* INPUT_NAMES */.Qh)
});

// UNUSED EXPORTS: ACTION_INPUTS, CONFIG_KEYS, OUTPUTS, SECRET_INPUTS, actionDefault, camelCase, scopeOf, specOf, typeOf

// EXTERNAL MODULE: ./src/core/config/keys.ts
var keys = __webpack_require__(45188);
;// CONCATENATED MODULE: ./src/core/config/outputs.ts
/** The outputs, as action.yml declares them, with the docs' meaning. */
const OUTPUTS = {
    released: '`true` when a release was made (in a dry run: would be)',
    new_version: 'the new version without prefix (empty without a release); also `NEW_VERSION` and `VERSION` for later steps',
    previous_version: 'the previous release version (empty for a first release)',
    tag: 'the new tag name',
    previous_tag: 'the previous tag name',
    bump: '`major`, `minor`, `patch` or `none`',
    reason: 'why: the commits (short shas and kind) or the input that decided',
    release_notes: 'the notes file path',
    notes: 'the notes text (cut below 1 MB; the file has all of it)',
    commit_sha: 'the release commit (empty in a dry run)',
    dry_run: 'whether this was a dry run',
    pushed: '`true` when the branch and tag were pushed',
    resumed: '`true` when HEAD was already released by an earlier run (interrupted, or a rerun): this run completed or re-reported that release, so later steps can finish their part idempotently',
    severity: 'the severity input, as validated',
    hotfix: '`true` for a hotfix release',
    release_url: 'the GitHub release page',
    release_id: 'the GitHub release id',
    upload_url: "the release's upload URL template",
    assets: 'JSON of the assets: name, size, sha256, url',
    hashes: 'base64 of `SHA256SUMS` (decoded: the `subject-checksums` file of `actions/attest`)',
    sbom: 'the SBOM path (in `RUNNER_TEMP` unless `release_dir` is set: never in the workspace, so no package ships it)',
    checksums: 'the `SHA256SUMS` path (in `RUNNER_TEMP` unless `release_dir` is set)',
    metrics: 'the DORA metrics (JSON)',
    metrics_file: 'the path of `release-metrics.json` (in `RUNNER_TEMP`; not set in a dry run)',
    jira_issues: 'the JIRA issues updated (JSON: key, status, detail)',
    gates: 'JSON: each gate run with its status (`pass`, `fail`, `skipped`), reason and details',
    rolled_back_version: 'rollback: the version rolled back',
    restored_version: 'rollback: the version users are back on',
    rollback_steps: "rollback: each step's status (JSON)",
    major_tag: 'the major tag moved to this release (such as `v1`); empty when none was',
    version_files: 'the version files updated (or that would be), one a line',
    pep440_version: 'the new version in PEP 440 (`1.3.0rc1`, `1.3.0.dev2`), as Python files and wheel names hold it',
    docker_version: 'the new version as a Docker tag (`+` becomes `-`)',
    releases: 'with `components`: JSON array, in dependency order, of each component (name, version, tag, pep440_version, docker_version, path, notes_file, released, release_url: its GitHub release made by the run, else empty), for `strategy.matrix: ${{ fromJSON(...) }}`; not set for a single package',
    migration_guide: 'migration_guide: the guide written (or, in a dry run, that would be); empty when the next release is not major',
    release_pr_number: 'release_pr: the release pull request opened or updated (empty when none is open)',
    release_pr_url: 'release_pr: its page',
    watch_verdict: 'watch: `ok`, `fired` or `no-decision`',
    watch_report: "watch: JSON of the windows and each trigger's numbers and verdict, and the action taken"
};

;// CONCATENATED MODULE: ./src/core/config/inputs.ts
/**
 * The table of inputs and outputs lives in src/core/config/ (keys.ts, outputs.ts, docs.ts); this
 * module re-exports it for the modules that import it from here.
 */




/***/ }),

/***/ 45188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ scopeOf),
/* harmony export */   QP: () => (/* binding */ typeOf),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   mC: () => (/* binding */ CONFIG_KEYS),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   rI: () => (/* binding */ specOf),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports ACTION_INPUTS, actionDefault, camelCase */
/**
 * The one table of configuration keys: every action input, configuration-file key and CLI flag is
 * defined here once — its type, default, where it may be set, its choices or range, and its
 * documentation. From it: the settings' parser (src/core/config/settings.ts, src/core/config/values.ts),
 * the configuration file's JSON Schema (src/core/config/schema.ts → release-action.schema.json), the
 * inputs of action.yml, the CLI's flags and usage (src/cli.ts), the secrets the action masks, and the
 * reference docs (`npm run docs` → docs/configuration.md, docs/outputs.md). Tests fail when
 * action.yml, the schema or the docs drift from it.
 */
const INPUTS = {
    config: {
        default: '.github/release-action.yml',
        cli: 'string',
        scope: 'run',
        doc: 'the configuration file (what belongs to the repository; see Configuration); read when it exists'
    },
    mode: {
        scope: 'run',
        default: 'release',
        cli: 'command',
        choices: [
            'release',
            'hotfix',
            'rollback',
            'publish',
            'metrics',
            'migration_guide',
            'preview',
            'watch',
            'release_pr'
        ],
        doc: '`release`, `hotfix`, `rollback`, `publish`, `metrics`, `migration_guide`, `preview`, `watch` or `release_pr` (see below); `release` on a `hotfix/*` branch is a hotfix'
    },
    bump: {
        scope: 'run',
        default: 'auto',
        cli: 'string',
        choices: ['auto', 'patch', 'minor', 'major'],
        doc: '`auto` decides from the commits; `patch`, `minor`, `major` force that level (and always release)'
    },
    dry_run: {
        scope: 'run',
        default: 'false',
        cli: 'command',
        doc: 'compute everything, write only the notes file and the job summary'
    },
    severity: {
        scope: 'run',
        default: '',
        cli: 'string',
        choices: ['', 'critical', 'high', 'medium'],
        doc: '`critical`, `high` or `medium`; required for hotfixes'
    },
    gates: {
        scope: 'both',
        default: '',
        cli: 'string',
        doc: 'validation gates to run, comma-separated, or `none` (see Validation gates)'
    },
    gates_config: {
        default: '',
        cli: 'string',
        doc: 'the gates configuration; empty: `.github/release-gates.yml` when it exists'
    },
    base_branch: {
        default: '',
        cli: 'string',
        doc: "the branch `up_to_date` compares with; empty: the configuration's, else `main`"
    },
    tag_prefix: { default: 'v', cli: 'string', doc: 'prefix of release tags; other tags are ignored' },
    initial_version: {
        default: '1.0.0',
        cli: 'string',
        doc: 'version of the first release, when no release tag is reachable'
    },
    prerelease: {
        scope: 'both',
        default: '',
        cli: 'string',
        doc: 'an identifier such as `rc`: `1.3.0-rc.1`, `-rc.2`, … counted from existing tags'
    },
    version_files: {
        list: true,
        default: '',
        cli: 'string',
        doc: 'further files holding the version (newline- or comma-separated); `!path` turns auto-detection off for a file'
    },
    changelog_file: {
        default: 'CHANGELOG.md',
        cli: 'string',
        doc: 'gets the new section prepended (created if missing); empty to skip'
    },
    release_notes_file: {
        default: 'release-notes.md',
        cli: 'string',
        doc: 'where the notes are written (not committed)'
    },
    notes_sections: {
        list: true,
        split: 'lines',
        default: '',
        cli: 'string',
        doc: 'sections below the highlights, one a line: `type[,type]: Title` (`deps`: dependency updates that ship, `deps-dev`: development dependency updates, `other`: plain messages); empty: the defaults (see Release notes)'
    },
    package_name: {
        default: '',
        cli: 'string',
        doc: 'the Python distribution for the `pip install` line and the PyPI rollback step; empty reads `pyproject.toml`'
    },
    push: {
        scope: 'both',
        default: 'false',
        cli: 'boolean',
        doc: 'push the branch and the tag with `git push --atomic`'
    },
    release_commit: {
        default: 'true',
        cli: 'string',
        choices: ['true', 'false', 'api'],
        doc: '`true`: commit here and push; `false`: tag-only, for branches that take no push (no file written, the tag on `HEAD`); `api`: commit and tag through the GitHub API, a verified commit (needs `push: true`)'
    },
    major_tag: {
        default: 'false',
        cli: 'boolean',
        doc: 'move the major tag (`v1`) to each stable release of that major, as action repositories do (pushed with `push`)'
    },
    bump_minor_pre_major: { default: 'false', cli: 'boolean', doc: 'below 1.0.0, breaking changes bump minor' },
    infer_convention: {
        default: 'true',
        cli: 'boolean',
        doc: "learn the project's versioning convention from its last 20 releases (breaking changes as minor, types that release a patch, plain messages that release nothing) when at least 3 releases agree and none contradicts; the reason says what was applied; `false`: the standard rules"
    },
    release_rules: {
        list: true,
        default: '',
        cli: 'string',
        doc: 'what kinds of commits release, `KIND=LEVEL` (`breaking=minor`, `0.x breaking=minor`, `0.x feat=patch`, `chore(deps)=patch`, `plain=none`; LEVEL `major`, `minor`, `patch` or `none`); wins over `infer_convention`'
    },
    allow_features: {
        scope: 'run',
        default: 'false',
        cli: 'boolean',
        doc: 'hotfix: let `feat`/breaking commits through (still a patch)'
    },
    version: {
        scope: 'run',
        default: '',
        cli: 'command',
        doc: 'rollback: the version to roll back (`1.3.0` or `v1.3.0`); publish: the release to publish (empty: the tag at HEAD)'
    },
    reason: {
        scope: 'run',
        default: '',
        cli: 'string',
        doc: 'rollback: why, for the record'
    },
    force: {
        scope: 'run',
        default: 'false',
        cli: 'boolean',
        doc: 'rollback: allow a version other than the latest'
    },
    migration_guide: {
        default: 'docs/migrations/v{major}.md',
        cli: 'string',
        doc: 'the migration guide of a major release (`{major}`, `{minor}`, `{patch}`, `{version}` replaced): the docs_updated gate asks for it, `mode: migration_guide` drafts it (see Migration guides)'
    },
    rollback_record: {
        default: 'docs/ROLLBACKS.md',
        cli: 'string',
        doc: 'rollback: the record rollbacks are appended to'
    },
    docker_image: { default: '', cli: 'string', doc: 'rollback: the image whose tags the manual steps name' },
    create_release: {
        scope: 'both',
        default: 'false',
        cli: 'boolean',
        doc: 'create or update the GitHub release and upload the assets'
    },
    release_title: {
        default: 'Release {tag}',
        cli: 'string',
        doc: 'the GitHub release title (`{tag}`, `{version}` replaced; with `components`, `{name}` too)'
    },
    draft: {
        default: 'false',
        cli: 'boolean',
        doc: 'the GitHub release as a draft'
    },
    make_latest: {
        default: 'auto',
        cli: 'string',
        choices: ['auto', 'true', 'false', 'legacy'],
        doc: '`auto`: latest unless a prerelease or a hotfix below the newest release'
    },
    assets: {
        list: true,
        split: 'lines',
        default: '',
        cli: 'string',
        doc: 'newline-separated globs of files to upload'
    },
    expected_assets: {
        list: true,
        default: '',
        cli: 'string',
        doc: 'asset names the release should have, one a line (`{version}`: SemVer, `{pep440_version}`: as Python wheels and sdists name it, `{docker_version}`); empty: none'
    },
    require_assets: { default: 'false', cli: 'boolean', doc: 'a missing expected asset or an empty glob is an error' },
    release_dir: {
        default: '',
        cli: 'string',
        doc: 'a workspace folder for `SBOM-{version}.json` and `SHA256SUMS`; empty: `RUNNER_TEMP` (outside the workspace, so no package ships them; outputs `sbom`, `checksums`)'
    },
    sbom: { default: 'true', cli: 'boolean', doc: 'when publishing, write the SPDX SBOM' },
    upload_artifact: {
        default: 'false',
        cli: 'boolean',
        doc: 'notes, SBOM and checksums as a workflow artifact (action only)'
    },
    metrics_window: {
        range: { min: 1, max: 3650, integer: true, example: '90', unit: 'a whole number of days' },
        scope: 'both',
        default: '90',
        cli: 'string',
        doc: 'days of history for the DORA metrics'
    },
    summary_metrics: {
        default: 'false',
        cli: 'boolean',
        doc: 'also show the DORA metrics in the job summary of a release, folded under `<details>` (`mode: metrics` always shows them)'
    },
    datadog_api_key: {
        default: '',
        cli: 'env',
        secret: true,
        doc: 'Datadog: the metrics as gauges after a release (masked)'
    },
    datadog_app_key: {
        default: '',
        cli: 'env',
        secret: true,
        doc: 'Datadog application key: with `datadog_api_key`, `mode: watch` reads metrics (masked)'
    },
    datadog_site: { default: 'datadoghq.com', cli: 'string', doc: 'Datadog site, such as `datadoghq.eu`' },
    datadog_api_url: { default: '', cli: 'string', doc: 'Datadog API base URL when not `https://api.{datadog_site}`' },
    datadog_strict: { default: 'false', cli: 'boolean', doc: 'a Datadog failure fails the step' },
    watch_window_hours: {
        range: { min: 0, max: 168, exclusiveMin: true, example: '2 or 0.5', unit: 'a number of hours' },
        default: '2',
        cli: 'string',
        doc: "watch: the hours after each release compared (the release's, up to now, and the previous release's same length)"
    },
    watch_error_rate_query: {
        default: '',
        cli: 'string',
        doc: 'watch: the Datadog query of the error rate (`{version}`, `{tag}`: the release each window belongs to); empty: not watched'
    },
    watch_latency_query: {
        default: '',
        cli: 'string',
        doc: 'watch: the Datadog query of the latency (`{version}`, `{tag}` replaced); empty: not watched'
    },
    watch_action: {
        default: 'issue',
        cli: 'string',
        choices: ['issue', 'rollback'],
        doc: 'watch: when a trigger fires, `issue` opens one issue and tells Slack once; `rollback` rolls the release back (as `mode: rollback`)'
    },
    slack_webhook_url: { default: '', cli: 'env', secret: true, doc: 'Slack incoming webhook, https only (masked)' },
    slack_on_failure: { default: 'false', cli: 'boolean', doc: 'also tell Slack when a release gate fails' },
    jira_base_url: { default: '', cli: 'string', doc: 'JIRA Cloud base URL' },
    jira_user: { default: '', cli: 'string', doc: 'JIRA user (email) of the API token' },
    jira_token: { default: '', cli: 'env', secret: true, doc: 'JIRA API token (masked)' },
    jira_projects: {
        list: true,
        split: 'words',
        default: '',
        cli: 'string',
        doc: 'JIRA project keys whose issues are marked released'
    },
    jira_version_name: { default: '{tag}', cli: 'string', doc: 'the JIRA version added to `fixVersions`' },
    jira_transition: {
        default: 'Released',
        cli: 'string',
        doc: 'the transition each issue is moved through (empty: none)'
    },
    jira_strict: { default: 'false', cli: 'boolean', doc: 'a JIRA failure fails the step' },
    webhook_url: {
        default: '',
        cli: 'env',
        secret: true,
        doc: 'a webhook that gets each release as JSON, https only (masked)'
    },
    preview_merge_method: {
        default: 'auto',
        cli: 'string',
        choices: ['auto', 'squash', 'merge', 'rebase'],
        doc: 'preview: how pull requests are merged; `auto` reads the repository settings (only squash allowed: `squash`, else `merge`; see Preview on pull requests)'
    },
    preview_lint: {
        default: 'warn',
        cli: 'string',
        choices: ['warn', 'fail'],
        doc: 'preview: a title or commit message that is not a conventional commit gets a suggestion (`warn`), or also fails the check (`fail`)'
    },
    commit_types: {
        list: true,
        default: '',
        cli: 'string',
        doc: 'preview: the commit types the lint allows; empty: the conventional types and those of `notes_sections`'
    },
    commit_scopes: {
        list: true,
        default: '',
        cli: 'string',
        doc: 'preview: the scopes the lint allows (a commit without scope is fine); empty: any scope'
    },
    github_token: {
        default: '${{ github.token }}',
        cli: 'env',
        secret: true,
        doc: 'API calls (release, rollback, gates); masked in logs; else `GITHUB_TOKEN`'
    }
};
const INPUT_NAMES = Object.keys(INPUTS);
/** The spec of a key, widened (the table is `as const`). */
function specOf(name) {
    return INPUTS[name];
}
/** A key's type, as the parser, the schema and the docs read it. */
function typeOf(name) {
    const spec = specOf(name);
    if (spec.cli === 'boolean' || name === 'dry_run')
        return 'boolean';
    if (spec.choices)
        return 'choice';
    if (spec.range)
        return spec.range.integer ? 'integer' : 'number';
    if (spec.list)
        return 'list';
    return 'string';
}
/** The defaults by input name, as action.yml declares them. */
const DEFAULTS = Object.fromEntries(INPUT_NAMES.map(name => [name, INPUTS[name].default]));
/** Where an input is set: `run`, `repo` or `both` (secrets: `run`). */
function scopeOf(name) {
    const spec = specOf(name);
    return spec.secret ? 'run' : (spec.scope ?? 'repo');
}
/** The inputs action.yml declares: per-run choices and secrets. */
const ACTION_INPUTS = INPUT_NAMES.filter(name => scopeOf(name) !== 'repo');
/** The keys of the configuration file: what belongs to the repository. */
const CONFIG_KEYS = INPUT_NAMES.filter(name => scopeOf(name) !== 'run');
/** The default action.yml declares: empty for an input the configuration file may also set. */
function actionDefault(name) {
    return scopeOf(name) === 'both' ? '' : INPUTS[name].default;
}
/** Inputs whose values are masked in logs. */
const SECRET_INPUTS = INPUT_NAMES.filter(name => specOf(name).secret);
function camelCase(name) {
    return name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
}


/***/ }),

/***/ 23171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ sectionsOf),
/* harmony export */   Ow: () => (/* binding */ overrideLines),
/* harmony export */   dZ: () => (/* binding */ layered)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45188);
/* harmony import */ var _versioning_release_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28363);
/**
 * What a run does with its configuration file once parsed (config-file.ts parses it): the sections
 * passed down, the inputs layered over the file's keys, the summary's lines for inputs that won.
 * Apart from the parser, so that a run without a file never loads the YAML parser and the validator.
 */


/** The sections a run passes down: the file's blocks, or the defaults without a file. */
function sectionsOf(config) {
    return {
        file: config?.file ?? null,
        releaseLines: config?.releaseLines ?? _versioning_release_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LINES */ .Mg,
        releaseGates: config?.gates ?? null,
        components: config?.components ?? null
    };
}
/** A value as the summary shows it and as an input and the file are compared. */
function shownValue(value) {
    return Array.isArray(value) ? value.map(String).join('\n') : String(value);
}
/**
 * Inputs over the configuration file over the defaults: a reader for parseSettings, and where an
 * input and the file disagree (the input wins; the summary says so). An empty input of scope
 * `both` (action.yml's default) is "not given".
 */
function layered(input, config) {
    const given = (name) => {
        const value = input(name);
        if (value === undefined)
            return undefined;
        if (value.trim() === '' && (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeOf */ .Od)(name) === 'both')
            return undefined;
        return value;
    };
    const overrides = [];
    for (const [name, raw] of Object.entries(config?.values ?? {})) {
        const value = given(name);
        const file = shownValue(raw);
        if (value !== undefined && normalized(value) !== normalized(file))
            overrides.push({ name, input: value, file });
    }
    return {
        read: name => given(name) ?? config?.values[name],
        overrides
    };
}
function normalized(value) {
    return value
        .split(/[\n,]/)
        .map(part => part.trim())
        .filter(Boolean)
        .join('\n');
}
/** The summary's lines for inputs that won over the configuration file. */
function overrideLines(overrides, file) {
    const shown = (value) => `"${value.replace(/\n/g, ', ')}"`;
    return overrides.map(({ name, input, file: value }) => `Input ${name} (${shown(input)}) overrides ${name}: ${shown(value)} of ${file}.`);
}


/***/ }),

/***/ 2748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ut: () => (/* binding */ configPathFrom),
  P$: () => (/* binding */ parseSettings),
  _y: () => (/* binding */ secretInputs)
});

// UNUSED EXPORTS: DEFAULTS, NO_SECTIONS, SETTINGS_MATCH_INPUTS

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/config/keys.ts
var keys = __webpack_require__(45188);
// EXTERNAL MODULE: ./src/core/versioning/convention-rules.ts
var convention_rules = __webpack_require__(48819);
;// CONCATENATED MODULE: ./src/core/config/values.ts


function invalid(name, value, allowed) {
    return new errors/* ConfigurationError */.j1(`Input ${name} has the invalid value "${String(value)}". ${allowed}`);
}
/** The value, or the key's default; a string trimmed. */
function rawOf(read, name) {
    const value = read(name) ?? keys/* DEFAULTS */.zY[name];
    return typeof value === 'string' ? value.trim() : value;
}
/** A string key (a YAML number or boolean where a string is meant reads as its text). */
function textOf(read, name) {
    const value = rawOf(read, name);
    if (Array.isArray(value))
        throw invalid(name, value.join(', '), 'Use one value, not a list.');
    return String(value);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function boolValue(name, value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && TRUE.includes(value))
        return true;
    if (typeof value === 'string' && FALSE.includes(value))
        return false;
    throw invalid(name, value, 'Allowed values: true, false.');
}
function boolOf(read, name) {
    return boolValue(name, rawOf(read, name));
}
/** One of the key's choices; a YAML true/false is the choice `true`/`false`. */
function choiceOf(read, name, allowed) {
    const raw = rawOf(read, name);
    const value = typeof raw === 'boolean' ? String(raw) : raw;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    const shown = allowed.map(a => (a === '' ? '(empty)' : a)).join(', ');
    throw invalid(name, value, `Allowed values: ${shown}.`);
}
/** A number within the key's range: one rule for the input's text and the file's number. */
function numberOf(read, name) {
    const range = (0,keys/* specOf */.rI)(name).range;
    if (!range)
        throw new Error(`${name} has no range`);
    const raw = rawOf(read, name);
    const pattern = range.integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && pattern.test(raw) ? Number(raw) : NaN;
    const low = range.exclusiveMin ? value <= range.min : value < range.min;
    if (!Number.isFinite(value) || low || value > range.max || (range.integer && !Number.isInteger(value))) {
        const bounds = range.exclusiveMin
            ? `above ${range.min} and at most ${range.max}`
            : `from ${range.min} to ${range.max}`;
        throw invalid(name, raw, `Use ${range.unit} ${bounds}, such as ${range.example}.`);
    }
    return value;
}
const SPLIT = { lines: /\r?\n/, 'lines-commas': /[\n,]/, words: /[\s,]+/ };
/** A list key: the file's list item by item; an input's text split by the key's rule. */
function listOf(read, name) {
    const raw = rawOf(read, name);
    const items = Array.isArray(raw)
        ? raw.map(item => String(item))
        : String(raw).split(SPLIT[(0,keys/* specOf */.rI)(name).split ?? 'lines-commas']);
    return items.map(item => item.trim()).filter(Boolean);
}

// EXTERNAL MODULE: ./src/core/config/checks.ts
var checks = __webpack_require__(79805);
// EXTERNAL MODULE: ./src/core/notes/notes.ts + 2 modules
var notes = __webpack_require__(47588);
// EXTERNAL MODULE: ./src/core/versioning/release-lines.ts
var release_lines = __webpack_require__(28363);
// EXTERNAL MODULE: ./src/core/versioning/refname.ts
var refname = __webpack_require__(19806);
;// CONCATENATED MODULE: ./src/core/config/settings.ts









/** The sections of a run without a configuration file. */
const NO_SECTIONS = { file: null, releaseLines: release_lines/* DEFAULT_LINES */.Mg, releaseGates: null };

const SETTINGS_MATCH_INPUTS = true;
/**
 * The secrets of a run as the scrubber wants them (src/core/text/secrets.ts): every secret input of the
 * table, read raw (so that even an input that fails validation is never echoed), jira_token with
 * jira_user (Basic authentication), and `GITHUB_TOKEN` from the environment (the token's fallback).
 */
function secretInputs(read, envToken = '') {
    const secrets = keys/* SECRET_INPUTS */.pH.map(name => ({
        value: read(name) ?? '',
        ...(name === 'jira_token' ? { user: (read('jira_user') ?? '').trim() } : {})
    }));
    if (envToken)
        secrets.push({ value: envToken });
    return secrets.filter(secret => secret.value.trim() !== '');
}
/** release_commit: true | false (as booleans, any spelling a boolean takes) or api. */
function releaseCommitFrom(read) {
    const raw = rawOf(read, 'release_commit');
    if (raw === 'api')
        return 'api';
    if (typeof raw === 'boolean' || ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(String(raw)))
        return boolValue('release_commit', raw);
    throw new errors/* ConfigurationError */.j1(`Input release_commit has the invalid value "${String(raw)}". Allowed values: ${keys/* INPUTS */.mc.release_commit.choices.join(', ')}.`);
}
/** The configuration file's path, read before the other settings (they may come from it). */
function configPathFrom(read) {
    const value = (read('config') ?? '').trim();
    return { path: (0,checks/* relativePath */.iZ)('config', value || keys/* DEFAULTS */.zY.config), given: value !== '' && value !== keys/* DEFAULTS */.zY.config };
}
/**
 * The settings from the inputs (or, layered, the inputs over the configuration file: see
 * src/core/config/load.ts) and the file's other blocks, validated; each key read by its type's reader.
 */
function parseSettings(read, sections = NO_SECTIONS) {
    const get = (name) => textOf(read, name);
    /** A secret: the input's text, untrimmed (secrets are inputs only). */
    const secret = (name) => {
        const value = read(name);
        return typeof value === 'string' ? value : '';
    };
    const mode = choiceOf(read, 'mode', keys/* INPUTS */.mc.mode.choices);
    const bump = choiceOf(read, 'bump', keys/* INPUTS */.mc.bump.choices);
    const dryRun = boolOf(read, 'dry_run');
    const severity = choiceOf(read, 'severity', keys/* INPUTS */.mc.severity.choices);
    const gatesRaw = get('gates');
    let gates = null;
    if (gatesRaw === 'none')
        gates = [];
    else if (gatesRaw !== '') {
        // the names are checked against the gates' registry (src/usecases/gates/) when the run starts
        gates = gatesRaw
            .split(/[,\n]/)
            .map(g => g.trim())
            .filter(Boolean);
    }
    const tagPrefix = get('tag_prefix');
    // git's own ref-name rules (src/core/versioning/refname.ts), checked before anything is written
    const prefixProblem = (0,refname/* tagPrefixProblem */.q)(tagPrefix);
    if (prefixProblem)
        throw new errors/* ConfigurationError */.j1(`Input ${prefixProblem}`);
    if (tagPrefix.startsWith('-')) {
        throw new errors/* ConfigurationError */.j1(`Input tag_prefix "${tagPrefix}" starts with "-": git would read its tags as options. Use a prefix such as v or release-.`);
    }
    const initialVersion = get('initial_version');
    if (semver_default().valid(initialVersion) !== initialVersion || semver_default().prerelease(initialVersion)) {
        throw new errors/* ConfigurationError */.j1(`Input initial_version has the invalid value "${initialVersion}". Use a stable semantic version without prefix, such as 1.0.0 or 0.1.0.`);
    }
    const prerelease = get('prerelease');
    if (prerelease !== '' && !/^[A-Za-z][0-9A-Za-z-]*$/.test(prerelease)) {
        throw new errors/* ConfigurationError */.j1(`Input prerelease has the invalid value "${prerelease}". Use empty, or an identifier of letters, digits and hyphens that starts with a letter, such as rc, beta or alpha.`);
    }
    const versionFiles = listOf(read, 'version_files')
        // `!path`: a file auto-detection would update, left alone
        .map(f => f.startsWith('!') ? `!${(0,checks/* relativePath */.iZ)('version_files', f.slice(1).trim())}` : (0,checks/* relativePath */.iZ)('version_files', f));
    const changelogRaw = get('changelog_file');
    const changelogFile = changelogRaw === '' ? null : (0,checks/* relativePath */.iZ)('changelog_file', changelogRaw);
    const notesRaw = get('release_notes_file');
    if (notesRaw === '')
        throw new errors/* ConfigurationError */.j1('Input release_notes_file is empty. Name the file the release notes are written to, such as release-notes.md.');
    const releaseNotesFile = (0,checks/* relativePath */.iZ)('release_notes_file', notesRaw);
    const notesLines = listOf(read, 'notes_sections');
    const notesSections = notesLines.length === 0 ? null : notesLines.flatMap(line => (0,notes/* parseNotesSections */.lq)(line));
    const packageName = get('package_name');
    if (packageName !== '' && !/^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(packageName)) {
        throw new errors/* ConfigurationError */.j1(`Input package_name has the invalid value "${packageName}". Use a Python distribution name, such as fast-vlm-ondevice.`);
    }
    let version = get('version').replace(/^v(?=\d)/, '');
    if (mode === 'publish' && version !== '' && semver_default().valid(version) !== version) {
        throw new errors/* ConfigurationError */.j1(`Input version has the invalid value "${get('version')}". Use the released version to publish, such as 1.3.0, or leave it empty for the release tag at HEAD.`);
    }
    else if (mode === 'publish') {
        // kept: the version to publish ('' for the tag at HEAD)
    }
    else if (mode === 'rollback') {
        if (version === '')
            throw new errors/* ConfigurationError */.j1('mode: rollback needs the version input: the version to roll back, such as 1.3.0.');
        // with components, `name@1.2.3` or a component's tag (checked against them: src/core/components/target.ts)
        if (semver_default().valid(version) !== version && !sections.components) {
            throw new errors/* ConfigurationError */.j1(`Input version has the invalid value "${get('version')}". Use the semantic version to roll back, such as 1.3.0.`);
        }
    }
    else {
        version = '';
    }
    const dockerImage = get('docker_image');
    if (dockerImage !== '' &&
        !/^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(dockerImage)) {
        throw new errors/* ConfigurationError */.j1(`Input docker_image has the invalid value "${dockerImage}". Use an image name without tag, such as fastvlm/ondevice-kit.`);
    }
    return {
        config: (0,checks/* relativePath */.iZ)('config', get('config') || keys/* DEFAULTS */.zY.config),
        mode,
        bump,
        dryRun,
        severity,
        gates,
        tagPrefix,
        initialVersion,
        prerelease,
        versionFiles,
        changelogFile,
        releaseNotesFile,
        notesSections,
        packageName,
        push: boolOf(read, 'push'),
        githubToken: secret('github_token'),
        bumpMinorPreMajor: boolOf(read, 'bump_minor_pre_major'),
        inferConvention: boolOf(read, 'infer_convention'),
        releaseRules: releaseRulesOf(listOf(read, 'release_rules')),
        majorTag: boolOf(read, 'major_tag'),
        releaseCommit: releaseCommitFrom(read),
        allowFeatures: boolOf(read, 'allow_features'),
        version,
        reason: get('reason'),
        force: boolOf(read, 'force'),
        rollbackRecord: (0,checks/* relativePath */.iZ)('rollback_record', get('rollback_record') || keys/* DEFAULTS */.zY.rollback_record),
        migrationGuide: (0,checks/* relativePath */.iZ)('migration_guide', get('migration_guide') || keys/* DEFAULTS */.zY.migration_guide),
        dockerImage,
        gatesConfig: get('gates_config') === '' ? '' : (0,checks/* relativePath */.iZ)('gates_config', get('gates_config')),
        baseBranch: (0,checks/* validBranch */.L5)(get('base_branch')),
        createRelease: boolOf(read, 'create_release'),
        releaseTitle: get('release_title') || keys/* DEFAULTS */.zY.release_title,
        draft: boolOf(read, 'draft'),
        makeLatest: choiceOf(read, 'make_latest', keys/* INPUTS */.mc.make_latest.choices),
        assets: listOf(read, 'assets'),
        expectedAssets: listOf(read, 'expected_assets'),
        requireAssets: boolOf(read, 'require_assets'),
        releaseDir: get('release_dir') ? (0,checks/* relativePath */.iZ)('release_dir', get('release_dir')) : '',
        sbom: boolOf(read, 'sbom'),
        uploadArtifact: boolOf(read, 'upload_artifact'),
        metricsWindow: numberOf(read, 'metrics_window'),
        summaryMetrics: boolOf(read, 'summary_metrics'),
        datadogApiKey: secret('datadog_api_key'),
        datadogSite: (0,checks/* datadogSite */.OD)(get('datadog_site')),
        datadogApiUrl: (0,checks/* serviceUrl */.Rs)('datadog_api_url', get('datadog_api_url')),
        datadogStrict: boolOf(read, 'datadog_strict'),
        datadogAppKey: secret('datadog_app_key'),
        watchWindowHours: numberOf(read, 'watch_window_hours'),
        watchErrorRateQuery: get('watch_error_rate_query'),
        watchLatencyQuery: get('watch_latency_query'),
        watchAction: choiceOf(read, 'watch_action', keys/* INPUTS */.mc.watch_action.choices),
        slackWebhookUrl: (0,checks/* serviceUrl */.Rs)('slack_webhook_url', secret('slack_webhook_url').trim()),
        slackOnFailure: boolOf(read, 'slack_on_failure'),
        jiraBaseUrl: (0,checks/* serviceUrl */.Rs)('jira_base_url', get('jira_base_url')),
        jiraUser: get('jira_user'),
        jiraToken: secret('jira_token'),
        jiraProjects: (0,checks/* jiraProjects */.Fd)(listOf(read, 'jira_projects')),
        jiraVersionName: get('jira_version_name') || keys/* DEFAULTS */.zY.jira_version_name,
        jiraTransition: get('jira_transition'),
        jiraStrict: boolOf(read, 'jira_strict'),
        webhookUrl: (0,checks/* serviceUrl */.Rs)('webhook_url', secret('webhook_url').trim()),
        previewMergeMethod: choiceOf(read, 'preview_merge_method', keys/* INPUTS */.mc.preview_merge_method.choices),
        previewLint: choiceOf(read, 'preview_lint', keys/* INPUTS */.mc.preview_lint.choices),
        commitTypes: (0,checks/* commitWords */.xK)('commit_types', listOf(read, 'commit_types')),
        commitScopes: (0,checks/* commitWords */.xK)('commit_scopes', listOf(read, 'commit_scopes')),
        sections
    };
}
/** `release_rules`, checked when the settings are read: a bad entry stops the run before anything is read or written. */
function releaseRulesOf(entries) {
    (0,convention_rules/* parseReleaseRules */.o5)(entries);
    return entries;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ ReportError),
/* harmony export */   Dy: () => (/* binding */ ConfinementError),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   M_: () => (/* binding */ OfflineError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   cp: () => (/* binding */ adviceFor),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports isConfigurationError, gitAdvice */
/**
 * Every error class of the project, split in two (as codeql-action splits ConfigurationError from the
 * rest): a user error says what is wrong with the input, the repository or a service, and what to do;
 * anything else is a bug, reported as "Unexpected error (please report it)".
 */
/** An error caused by the user's input or repository state (not a bug in this action). */
class ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
/** A path that resolves outside the workspace or into `.git/` (a ConfigurationError: nothing was touched). */
class ConfinementError extends ConfigurationError {
    constructor(message) {
        super(message);
        this.name = 'ConfinementError';
    }
}
/**
 * The CLI keeps off the network unless asked: a remote read without --online (or --push), a remote
 * write without --push. A user error: the message names the flag.
 */
class OfflineError extends ConfigurationError {
    constructor(message) {
        super(message);
        this.name = 'OfflineError';
    }
}
/** A git command failed: its arguments, exit code and stderr (the use cases turn it into advice). */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args[0]} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** A failed GitHub API call: which call, the HTTP status and GitHub's message (never the token). */
class GitHubApiError extends Error {
    call;
    status;
    constructor(call, status, detail) {
        super(`GitHub API ${call} failed${status ? ` with ${status}` : ''}: ${detail}`);
        this.call = call;
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
/** A failed HTTP call to Datadog, Slack, JIRA or a webhook. */
class HttpError extends Error {
    call;
    status;
    constructor(
    /** What was called, without secrets (a webhook URL is a secret). */
    call, status, detail) {
        super(`${call} failed${status ? ` with ${status}` : ''}: ${detail}`);
        this.call = call;
        this.status = status;
        this.name = 'HttpError';
    }
}
/** A report that cannot be read: the message names the file and, where known, the position. */
class ReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReportError';
    }
}
/** What to do about a failed GitHub call, by status. */
function adviceFor(status) {
    if (status === 401)
        return 'The token is invalid or expired: check github_token.';
    if (status === 403 || status === 404)
        return 'The token needs contents: write on this repository (permissions: contents: write in the workflow).';
    return 'GitHub failed or did not answer in time: run again later.';
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** What a failed git command means and what to do, from its stderr (LC_ALL=C: git's English messages). */
function gitAdvice(error) {
    const stderr = error.stderr;
    // the subcommand, after any `-c name=value` pairs
    const args = [...error.args];
    while (args[0] === '-c')
        args.splice(0, 2);
    const command = `git ${args[0] ?? ''}`.trim();
    const detail = stderr.trim().split('\n').slice(-3).join(' | ') || `exit ${error.exitCode}`;
    const lock = /Unable to create '([^']+\.lock)': File exists/.exec(stderr);
    if (lock)
        return `${command} failed: another git process holds the lock ${lock[1]}. Wait for it to finish; if none is running, a git process crashed earlier: remove ${lock[1]} and run again.`;
    if (/Permission denied|Read-only file system|unable to create|insufficient permission|cannot lock ref|unable to write/i.test(stderr))
        return `${command} failed: the repository's .git directory is not writable (${detail}). Make the checkout writable by the user running the action (check its owner and mount), and run again.`;
    if (/hook declined|pre-receive hook|hook\b.*(failed|exited|declined)|remote rejected/i.test(stderr))
        return `${command} failed: a git hook or the remote refused it (${detail}). Fix what the hook reports (or ask the remote's administrator), and run again.`;
    if (/not a git repository/i.test(stderr))
        return `${command} failed: this directory is not a git repository (${detail}). Run in a clone (actions/checkout with fetch-depth: 0).`;
    if (/could not read Username|Authentication failed|could not read from remote|Could not resolve host|unable to access/i.test(stderr))
        return `${command} failed: the remote could not be reached or refused the credentials (${detail}). Check the remote URL, the network and the token's permissions (contents: write), and run again.`;
    return `${command} failed (${detail}). Check the repository's state with git status, fix what git reports, and run again.`;
}
const ERRNO_ADVICE = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOENT: 'no such file or directory',
    ELOOP: 'too many levels of symbolic links'
};
/** A user error (its message is the whole story) or a bug (to report, with its stack for debugging). */
function describeFailure(error) {
    const text = error instanceof Error ? error.message : String(error);
    if (isConfigurationError(error))
        return { userError: true, message: text };
    if (error instanceof GitError)
        return { userError: true, message: gitAdvice(error) };
    if (error instanceof GitHubApiError)
        return { userError: true, message: `${text} ${adviceFor(error.status)}` };
    if (error instanceof HttpError)
        return {
            userError: true,
            message: `${text}. Check the service's URL and credentials, or run again later if the service was down.`
        };
    if (error instanceof ReportError)
        return { userError: true, message: `${text} Fix or regenerate the report.` };
    const errno = error;
    const code = errno && typeof errno === 'object' ? errno.code : undefined;
    if (code && code in ERRNO_ADVICE) {
        const where = errno?.path ? ` ${errno.path}` : '';
        return {
            userError: true,
            message: `Could not ${errno?.syscall ?? 'access'}${where}: ${ERRNO_ADVICE[code]} (${code}). Make the checkout writable by the user running the action, with room on its disk, and run again.`
        };
    }
    return {
        userError: false,
        message: `Unexpected error (please report it): ${text}`,
        stack: error instanceof Error ? error.stack : undefined
    };
}


/***/ }),

/***/ 67316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ stringList),
/* harmony export */   e: () => (/* binding */ defaultGatesConfig)
/* harmony export */ });
/** A schema of a list of non-empty strings, for gate parameters. */
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
/** The configuration when there is no file. */
function defaultGatesConfig() {
    return {
        requiredChecks: [],
        approvalRequirements: [],
        rollbackTriggers: [],
        slowGates: null,
        baseBranch: 'main',
        params: {}
    };
}


/***/ }),

/***/ 36337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ result)
/* harmony export */ });
function result(gate, status, reason, details = [], annotations = []) {
    return { gate, status, reason, details, annotations };
}


/***/ }),

/***/ 20847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parseChangelog),
/* harmony export */   Jf: () => (/* binding */ DEFAULT_ENTRY_STYLE),
/* harmony export */   S9: () => (/* binding */ scopeMark),
/* harmony export */   SI: () => (/* binding */ entryShas),
/* harmony export */   X1: () => (/* binding */ entryStyleOf),
/* harmony export */   aY: () => (/* binding */ entryWords),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   d0: () => (/* binding */ titleKeys),
/* harmony export */   kz: () => (/* binding */ titleKey)
/* harmony export */ });
/* harmony import */ var _commits_type_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24405);
/* harmony import */ var _text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74048);
/**
 * Reading the changelog formats real tools write (pure): release-please and
 * conventional-changelog / standard-version (`* **scope:** text ([abc1234](…))`),
 * python-semantic-release v7–v10 (`### Chores`, `- **scope**: text` wrapped onto a second line with
 * ``([`abc1234`](…))``), git-cliff (`### ⚙️ Miscellaneous Tasks`, `- *(scope)* text`), commitizen
 * (`### Feat`, `- **scope**: text`) and keep-a-changelog (`## [1.2.0] - date`, `### Added`).
 * What a title means, what an entry says once its scope and references are dropped, and how the
 * entries are written (the style the notes then follow).
 */


/** The style of the notes when nothing was learned: release-please's. */
const DEFAULT_ENTRY_STYLE = Object.freeze({ scope: 'bold-colon', commitLinks: true });
/** `## [1.2.3](…) (date)`, `## v1.2.3 (date)`, `### [1.0.1]` (standard-version's patches), `## Version 1.2.3`. */
const RELEASE_HEADING = /^(#{1,3})\s+(?:\[\s*)?(?:(?:version|release)\s+)?v?(\d+\.\d+\.\d+[^\]\s)]*)/i;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** A code fence's opening or closing line (CommonMark: three spaces of indentation at most), and what follows it. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** An HTML comment's first line: up to its `-->`, nothing is the changelog's. */
const COMMENT = /^ {0,3}<!--/;
/** A top-level list item (one space of indentation at most). */
const ITEM = /^ ?[-*+]\s+(\S.*)$/;
/** The release sections of a changelog, newest first (as written), each with its titled groups of entries. */
function parseChangelog(text) {
    const releases = [];
    let current = null;
    let level = 0;
    let group = null;
    /** The entry the next indented line continues (python-semantic-release wraps its entries), else null. */
    let open = false;
    /** Inside a code fence (its character and length) or an HTML comment: nothing there is the changelog's. */
    let fence = null;
    let comment = false;
    for (const raw of text.split(/\r?\n/)) {
        // a heading or an entry is read from its first 2,000 characters: the patterns stay linear on a 1 MB line
        const line = raw.slice(0, 2_000).trimEnd();
        if (fence) {
            const close = FENCE.exec(line);
            if (close && close[1][0] === fence.char && close[1].length >= fence.length && !close[2])
                fence = null;
            continue;
        }
        if (comment) {
            comment = !raw.includes('-->');
            continue;
        }
        const opened = FENCE.exec(line);
        if (opened && !(opened[1][0] === '`' && opened[2].includes('`'))) {
            fence = { char: opened[1][0], length: opened[1].length };
            open = false;
            continue;
        }
        if (COMMENT.test(line)) {
            comment = !raw.includes('-->', raw.indexOf('<!--') + 4);
            open = false;
            continue;
        }
        const release = RELEASE_HEADING.exec(line);
        if (release) {
            current = { version: release[2], groups: [] };
            level = release[1].length;
            releases.push(current);
            group = null;
            open = false;
            continue;
        }
        const heading = HEADING.exec(line);
        if (heading) {
            open = false;
            // `## Unreleased`, `## Older releases`: the release ends (a `### Bug Fixes` under standard-version's `### [1.0.1]` does not)
            if (heading[1].length <= Math.min(level, 2)) {
                current = null;
                group = null;
                continue;
            }
            if (!current)
                continue;
            // cut before it is made literal: a cut after could leave a code span open (and a mention in it free)
            group = { title: (0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(heading[2].replace(/[*_`]/g, '').trim().slice(0, 80).trim()), entries: [] };
            current.groups.push(group);
            continue;
        }
        if (!current)
            continue;
        const item = ITEM.exec(line);
        // a flat changelog: entries right under the release heading are one group without a title
        if (!group && item)
            current.groups.push((group = { title: '', entries: [] }));
        if (!group)
            continue;
        if (item) {
            group.entries.push(item[1].slice(0, 1_000));
            open = true;
        }
        else if (open && /^\s{2,}\S/.test(line) && !/^\s+[-*+]\s/.test(line)) {
            const last = group.entries.length - 1;
            if (group.entries[last].length < 1_000)
                group.entries[last] = `${group.entries[last]} ${line.trim()}`.slice(0, 1_000);
        }
        else
            open = false;
    }
    return releases;
}
/** The words of titles that mean a kind of change, when no entry says it (the titles the tools above write). */
const TITLE_WORDS = [
    [/breaking/i, 'breaking'],
    [/feat|addition|\badded\b/i, 'feat'],
    [/bug|fix/i, 'fix'],
    [/perf/i, 'perf'],
    [/revert/i, 'revert'],
    [/doc/i, 'docs'],
    [/depend/i, 'deps'],
    [/refactor/i, 'refactor'],
    [/styl|formatting/i, 'style'],
    [/test/i, 'test'],
    [/continuous integration|\bci\b/i, 'ci'],
    [/build|packag/i, 'build'],
    [/chore|maintenance|misc|\btasks\b/i, 'chore']
];
/** The kind a group's title names, or null (`Changed`, `Security`, `Other`: the entries must say). */
function titleKey(title) {
    return TITLE_WORDS.find(([words]) => words.test(title))?.[1] ?? null;
}
/** Every kind a title's words name (`Chores / CI`: chore and ci). */
function titleKeys(title) {
    return TITLE_WORDS.filter(([words]) => words.test(title)).map(([, key]) => key);
}
/** A leading scope, in any of the tools' ways: `**scope:**`, `**scope**:`, `*(scope)*`, `**(scope)**`. */
const SCOPE_MARK = /^(?:\*\*[^*]{1,80}:\*\*|\*\*[^*]{1,80}\*\*:|\*\*?\([^)]{1,80}\)\*\*?:?)\s*/;
/** Trailing references: `(#12)`, `(#12, abc1234)`, `([#12](…), [abc1234](…))`, `, closes #12`. */
const TRAILING_REFERENCES = /(?:\s*\((?:[\s,]*(?:#\d+|[0-9a-f]{7,40}\b|PR#\d+))+\s*\)|,?\s+closes\s+#\d+)\s*$/i;
/** The entry's words: links to their text, no code marks, no scope, no type prefix, no trailing references. */
function entryWords(entry) {
    // white space collapsed first: the trailing references' `\s*` is quadratic on a run of spaces
    let text = entry
        .replace(/\s+/g, ' ')
        .replace(/\[([^\]]{0,200})\]\([^)\s]{0,500}\)/g, '$1')
        .replace(/`/g, '')
        .replace(/^\[\*\*breaking\*\*\]\s*/i, '');
    for (let strip = 0; strip < 4; strip++) {
        const next = text.replace(TRAILING_REFERENCES, '');
        if (next === text)
            break;
        text = next;
    }
    text = text.replace(SCOPE_MARK, '').replace(/^\[\*\*breaking\*\*\]\s*/i, '');
    text = text.replace(/^[A-Za-z]+(?:\([^)]{0,80}\))?!?:\s+/, '');
    return text.trim();
}
/** The commit shas an entry names (links or bare). */
function entryShas(entry) {
    return [...entry.matchAll(/\[`?([0-9a-f]{7,40})`?\]\(|\b([0-9a-f]{7,40})\b/g)].map(match => match[1] ?? match[2]);
}
const COMMIT_LINK = /\[`?[0-9a-f]{7,40}`?\]\(/;
const TYPE_PREFIX = /^(?:\*\*[^*]{1,80}\*\*:?\s*)?[a-z]+(?:\([^)]{0,80}\))?!?:\s/;
/** An entry that is its commit's header: `fix(io): close the file`, `chores(build): …` (the type is then checked). */
const KEPT_TYPE = /^([a-z]{1,20})(?:\([^)]{0,80}\))?!?:\s/;
/** How a release section's entries are written: with a `type:` prefix or not, with commit links or not. */
function formatOf(release) {
    const entries = release.groups.flatMap(group => group.entries);
    const share = (test) => entries.filter(entry => test.test(entry)).length * 2 > entries.length;
    return `${share(TYPE_PREFIX)}/${share(COMMIT_LINK)}`;
}
/** The entry style most entries show (a scope style needs entries with a scope to say). */
function entryStyleOf(entries) {
    const counts = { 'bold-colon': 0, bold: 0, 'italic-paren': 0 };
    let links = 0;
    for (const entry of entries) {
        if (COMMIT_LINK.test(entry))
            links++;
        if (/^\*\*[^*]{1,80}:\*\*/.test(entry))
            counts['bold-colon']++;
        else if (/^\*\*[^*]{1,80}\*\*:/.test(entry))
            counts.bold++;
        else if (/^\*\(([^)]{1,80})\)\*/.test(entry))
            counts['italic-paren']++;
    }
    const scoped = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
    const prefixed = entries.filter(entry => {
        const type = KEPT_TYPE.exec(entry)?.[1] ?? null;
        return ((0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_0__/* .typeRow */ .FF)(type) ?? (0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_0__/* .typeRow */ .FF)(type?.replace(/s$/, '') ?? null))?.written;
    }).length;
    return {
        scope: scoped[1] > 0 ? scoped[0] : DEFAULT_ENTRY_STYLE.scope,
        commitLinks: entries.length === 0 || links * 2 >= entries.length,
        // most entries keep their type: so do ours
        ...(entries.length > 0 && prefixed * 2 > entries.length ? { typePrefix: true } : {})
    };
}
/** A change's scope as the style writes it (the scope already sanitized), with the space after it. */
function scopeMark(scope, style) {
    switch (style) {
        case 'bold':
            return `**${scope}**: `;
        case 'italic-paren':
            return `*(${scope})* `;
        default:
            return `**${scope}:** `;
    }
}


/***/ }),

/***/ 36623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tx: () => (/* binding */ RECENT_SECTIONS),
  Yp: () => (/* binding */ describeConventions),
  bC: () => (/* binding */ learnConventions),
  EY: () => (/* reexport */ changelog_format/* parseChangelog */.EY)
});

// UNUSED EXPORTS: EVIDENCE_SECTIONS, EVIDENCE_TO_PUBLISH

// EXTERNAL MODULE: ./src/core/commits/changes.ts + 2 modules
var commits_changes = __webpack_require__(33563);
// EXTERNAL MODULE: ./src/core/commits/type-table.ts
var type_table = __webpack_require__(24405);
// EXTERNAL MODULE: ./src/core/notes/notes.ts + 2 modules
var notes = __webpack_require__(47588);
// EXTERNAL MODULE: ./src/core/notes/changelog-format.ts
var changelog_format = __webpack_require__(20847);
// EXTERNAL MODULE: ./src/core/text/sanitize.ts
var sanitize = __webpack_require__(74048);
;// CONCATENATED MODULE: ./src/core/notes/tool-defaults.ts
/**
 * The default sections of the changelog tools whose layout changelog-format.ts reads. When every
 * section the changelog has so far was written by one of them (its titles, its entry layout), the
 * tool's own default set of types is the evidence for the kinds its few sections have not shown yet:
 * a project on python-semantic-release publishes its chores, build and CI changes from its first
 * release on, a project on commitizen publishes features, fixes, refactors and performance changes
 * only. Pure; a plain-object registry.
 */

const entriesOf = (release) => release.groups.flatMap(group => group.entries);
/** More than half of the entries pass the test. */
const most = (entries, test) => entries.length > 0 && entries.filter(entry => test.test(entry)).length * 2 > entries.length;
const none = (entries, test) => !entries.some(entry => test.test(entry));
/** Every group title is one of the tool's (breaking changes have a group of their own in every tool). */
function titledBy(release, titles) {
    return (release.groups.length > 0 &&
        release.groups.every(group => titles.has(comparableTitle(group.title)) || /^breaking/i.test(group.title)));
}
/** A title without its emoji, spaces collapsed, lower case (git-cliff's `⛰️  Features` and `🚀 Features` are one title). */
function comparableTitle(title) {
    return title
        .replace(/[^\p{L}\p{N}\s/&-]/gu, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/** python-semantic-release's commit links: ``[`abc1234`](…)``. */
const BACKTICKED_SHA_LINK = /\[`[0-9a-f]{7,40}`\]\(/;
const COMMIT_LINK = /\[`?[0-9a-f]{7,40}`?\]\(/;
/** A leading scope as git-cliff writes it, and as the other tools do. */
const CLIFF_SCOPE = /^\*\([^)]{1,80}\)\*/;
const BOLD_SCOPE = /^\*\*[^*]{1,80}/;
/** commitizen's scope: `**scope**: text`. */
const COMMITIZEN_SCOPE = /^\*\*[^*]{1,80}\*\*:\s/;
const PSR_TITLES = Object.freeze({
    feat: 'Features',
    fix: 'Bug Fixes',
    deps: 'Bug Fixes',
    perf: 'Performance Improvements',
    refactor: 'Refactoring',
    docs: 'Documentation',
    chore: 'Chores',
    'deps-dev': 'Chores',
    build: 'Build System',
    ci: 'Continuous Integration',
    test: 'Testing',
    style: 'Code Style'
});
const CLIFF_TITLES = Object.freeze({
    feat: '🚀 Features',
    fix: '🐛 Bug Fixes',
    deps: '🐛 Bug Fixes',
    perf: '⚡ Performance',
    refactor: '🚜 Refactor',
    docs: '📚 Documentation',
    style: '🎨 Styling',
    test: '🧪 Testing',
    chore: '⚙️ Miscellaneous Tasks',
    ci: '⚙️ Miscellaneous Tasks',
    build: '⚙️ Miscellaneous Tasks',
    revert: '◀️ Revert'
});
const COMMITIZEN_TITLES = Object.freeze({
    feat: 'Feat',
    fix: 'Fix',
    deps: 'Fix',
    refactor: 'Refactor',
    perf: 'Perf'
});
const titleSet = (titles, more = []) => new Set([...Object.values(titles), ...more].map(comparableTitle));
const PSR_SET = titleSet(PSR_TITLES);
const CLIFF_SET = titleSet(CLIFF_TITLES, ['Security']);
const COMMITIZEN_SET = titleSet(COMMITIZEN_TITLES);
/** The tools, in the order they are tried (their layouts do not overlap). */
const TOOL_DEFAULTS = Object.freeze([
    {
        // v8 and later: every type of the angular parser, the commits linked as ``[`abc1234`](…)``
        name: 'python-semantic-release',
        titles: PSR_TITLES,
        wrote: release => titledBy(release, PSR_SET) && most(entriesOf(release), BACKTICKED_SHA_LINK)
    },
    {
        // the default cliff.toml: emoji titles, `*(scope)*`, no commit links; chore(deps) skipped
        name: 'git-cliff',
        titles: CLIFF_TITLES,
        wrote: release => titledBy(release, CLIFF_SET) &&
            release.groups.some(group => /^[^\p{L}\p{N}]/u.test(group.title)) &&
            none(entriesOf(release), COMMIT_LINK) &&
            none(entriesOf(release), BOLD_SCOPE)
    },
    {
        // cz_conventional_commits: `### Feat`, `### Fix`, `### Refactor`, `### Perf`, no commit links
        name: 'commitizen',
        titles: COMMITIZEN_TITLES,
        wrote: release => titledBy(release, COMMITIZEN_SET) &&
            none(entriesOf(release), COMMIT_LINK) &&
            none(entriesOf(release), CLIFF_SCOPE),
        // a `### Fix` section of sentences (`Fixed the crash.`) may be anyone's: commitizen's own scope mark
        // says it is its, or entries that read as commit subjects do (most start in lower case, as subjects do)
        signed: release => entriesOf(release).some(entry => COMMITIZEN_SCOPE.test(entry)) || most(entriesOf(release), /^[a-z]/)
    }
]);
/** The tool that wrote every one of the sections (newest first), or null (none, or several tools, or edited by hand). */
function toolOf(releases) {
    if (releases.length === 0)
        return null;
    return (TOOL_DEFAULTS.find(tool => releases.every(release => tool.wrote(release)) && (!tool.signed || releases.some(tool.signed))) ?? null);
}
/**
 * The kinds the sections did not decide (not in `decided`), as the tool that wrote them all has them:
 * the newest section that says anything of the kind first (listed under a title, or left out although
 * its commits were there: `newest` gives null), else the tool's default set. Every kind of the
 * complete sections is decided, plain messages included (the tools list conventional commits only),
 * so that a release made by hand lists what the tool would have listed.
 */
function followTool(tool, decided, newest) {
    const sections = [];
    const hidden = [];
    const kinds = new Set([...Object.keys(tool.titles), ...type_table/* COMPLETE_SECTIONS */.Jj.flatMap(section => section.types)]);
    for (const key of kinds) {
        // features and breaking changes are the highlights, whatever the tool
        if (key === 'feat' || key === 'breaking' || decided.has(key))
            continue;
        const said = newest(key);
        const title = said ? said.title : said === null ? null : (tool.titles[key] ?? null);
        if (title === null) {
            hidden.push(key);
            continue;
        }
        const section = sections.find(each => each.title.toLowerCase() === title.toLowerCase());
        if (section)
            section.types.push(key);
        else
            sections.push({ title, types: [key] });
    }
    return { name: tool.name, sections, hidden };
}

;// CONCATENATED MODULE: ./src/core/notes/conventions.ts
/**
 * The repository's own notes convention, learned from the recent sections of its CHANGELOG.md: which
 * kinds of change it publishes and under which titles, and how an entry looks. A title is mapped to
 * section keys (commit types, `deps`, `deps-dev`, `other`) by matching its entries to the commits of
 * that release when they are given, else by the entry's own `type:` prefix, else by the title's words.
 * A mapping is learned only with evidence from at least EVIDENCE_SECTIONS release sections.
 */







/** A title ↔ kind mapping needs this many release sections showing it. */
const EVIDENCE_SECTIONS = 2;
/** Publishing a kind the default sections hide (chores, CI, build…) needs this many sections listing it. */
const EVIDENCE_TO_PUBLISH = 3;
const SHOWN_BY_DEFAULT = new Set(type_table/* DEFAULT_SECTIONS */.vu.flatMap(section => section.types));
/** How many of the newest release sections are read. */
const RECENT_SECTIONS = 10;
/** Lower case letters and digits of an entry's words (scope, type, links and references dropped): for matching it to a commit. */
function plain(text) {
    return (0,changelog_format/* entryWords */.aY)(text)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '');
}
/** The section key of one entry: from the commit it names or describes, else its own `type:` prefix; null if neither says. */
function entryKey(entry, changes) {
    if (changes && changes.length > 0) {
        const text = plain(entry);
        for (const sha of (0,changelog_format/* entryShas */.SI)(entry)) {
            // a commit with changes in its body has several: the one the entry's words are, else its header's
            const ofCommit = changes.filter(each => each.sha.startsWith(sha));
            const change = ofCommit.find(each => text.length > 0 && (plain(each.subject) === text || plain(each.header) === text)) ??
                ofCommit.find(each => each.nested === 0);
            if (change)
                return { key: keyOf(change), by: 'commits' };
        }
        if (text.length >= 8) {
            const change = changes.find(each => plain(each.subject) === text || plain(each.header) === text);
            if (change)
                return { key: keyOf(change), by: 'commits' };
        }
    }
    const prefixed = /^(?:\*\*[^*]{1,80}\*\*:?\s*)?([A-Za-z]+)(?:\(([^)]*)\))?!?:\s+\S/.exec(entry);
    if (!prefixed)
        return null;
    const change = (0,commits_changes/* analyzeCommit */.I)({
        sha: '',
        parents: [],
        time: 0,
        author: '',
        message: entry.replace(/^\*\*[^*]{1,80}\*\*:?\s*/, '').replace(/^(\w+)s\(/, '$1(')
    }).changes[0];
    return change.type === null ? null : { key: keyOf(change), by: 'entries' };
}
/**
 * Publishing a kind the defaults hide also needs a title that says it: its own (`Build System`,
 * `Continuous Integration`) or maintenance at large (`Chores`, `⚙️ Miscellaneous Tasks`). A catch-all
 * such as `Internal / Testing Changes`, where a tool listed every commit, publishes only what it names.
 */
function namesKind(title, key) {
    // a flat changelog has no titles: its entries' types say what it lists
    if (title === '')
        return true;
    const named = (0,changelog_format/* titleKeys */.d0)(title);
    if (named.includes(key))
        return true;
    // development dependencies are chores or build changes (`chore(deps)`, `build(deps)`)
    if (key === 'deps-dev' && named.some(each => each === 'build' || each === 'ci'))
        return true;
    return named.includes('chore') && MAINTENANCE_KINDS.has(key);
}
const MAINTENANCE_KINDS = new Set(['chore', 'build', 'ci', 'test', 'style', 'deps-dev']);
/** The title a kind listed in a flat changelog is published under: its section of the complete sections. */
function flatTitle(key) {
    return type_table/* COMPLETE_SECTIONS */.Jj.find(section => section.types.includes(key))?.title ?? key;
}
function keyOf(change) {
    if (change.breaking)
        return 'breaking';
    return (0,type_table/* isFeatureType */.nd)(change.type) && !change.isRevert ? 'feat' : (0,notes/* sectionKey */.Yc)(change);
}
/**
 * Learns the repository's notes convention from its changelog; null when there is none, or nothing
 * was learned with enough evidence (a new repository gets the default sections).
 * `changesOf(version)` gives the changes of that release when known (newest first), else null.
 */
function learnConventions(changelog, changesOf = () => null) {
    if (!changelog || !changelog.trim())
        return null;
    const written = (0,changelog_format/* parseChangelog */.EY)(changelog).filter(release => release.groups.some(group => group.entries.length > 0));
    // the current convention: the newest sections written the way the newest one is (a new tool, a new era)
    const era = written.length > 0 ? (0,changelog_format/* formatOf */.be)(written[0]) : '';
    const end = written.findIndex(release => (0,changelog_format/* formatOf */.be)(release) !== era);
    const releases = written.slice(0, end === -1 ? RECENT_SECTIONS : Math.min(end, RECENT_SECTIONS));
    // sections all written by one tool's default template: one is evidence enough of its defaults
    const writer = toolOf(releases);
    if (releases.length < EVIDENCE_SECTIONS && !writer)
        return null;
    /**
     * For each kind, what each release (newest first) says of it: listed under a title, or left out
     * although its commits were there (null). Kinds without commits in a release say nothing there.
     */
    const said = new Map();
    const titleOrder = new Map();
    const entries = [];
    for (const release of releases) {
        const changes = changesOf(release.version);
        /** For each kind, the groups listing it and how many of its entries each holds. */
        const listed = new Map();
        const list = (key, title, by) => {
            const groups = listed.get(key) ?? [];
            const group = groups.find(each => each.title === title);
            if (group)
                group.count++;
            else
                groups.push({ title, by, count: 1 });
            listed.set(key, groups);
        };
        let unknown = 0;
        for (const group of release.groups) {
            const titled = (0,changelog_format/* titleKey */.kz)(group.title);
            if (titled === 'breaking')
                continue;
            if (!titleOrder.has(group.title.toLowerCase()))
                titleOrder.set(group.title.toLowerCase(), titleOrder.size);
            let known = 0;
            for (const entry of group.entries) {
                entries.push(entry);
                const found = entryKey(entry, changes);
                if (!found)
                    continue;
                known++;
                list(found.key, group.title, found.by);
            }
            if (known === 0 && titled && group.entries.length > 0 && !listed.has(titled))
                list(titled, group.title, 'title');
            else
                unknown += group.entries.length - known;
        }
        // a kind's home in this release: the group holding most of its entries (a stray one elsewhere does not move it)
        const here = new Map([...listed].map(([key, groups]) => [key, groups.reduce((best, each) => (each.count > best.count ? each : best))]));
        // a kind left out is only seen where the section's entries were recognised: a reworded entry may be it
        const testifies = unknown * 10 <= release.groups.reduce((sum, group) => sum + group.entries.length, 0);
        const present = new Set((changes ?? []).map(keyOf));
        for (const key of new Set([...here.keys(), ...(testifies ? present : [])])) {
            if (!said.has(key))
                said.set(key, []);
            const home = here.get(key);
            said.get(key).push(home ? { title: home.title, by: home.by } : null);
        }
    }
    // a kind follows its newest EVIDENCE_SECTIONS releases when they agree: listed under one title, or left out
    const homes = new Map();
    const hidden = [];
    for (const [key, says] of said) {
        // features and breaking changes are the highlights; plain messages follow the manual-era rules (reworded by hand)
        if (key === 'feat' || key === 'breaking' || key === 'other' || says.length < EVIDENCE_SECTIONS)
            continue;
        const newest = says.slice(0, EVIDENCE_SECTIONS);
        if (newest.every(say => say === null))
            hidden.push(key);
        else {
            // publishing a kind the defaults hide takes more evidence: a tool's change of era costs less
            const shown = SHOWN_BY_DEFAULT.has(key);
            const needed = shown ? EVIDENCE_SECTIONS : EVIDENCE_TO_PUBLISH;
            const agree = says.slice(0, needed);
            if (agree.length === needed &&
                agree.every(say => say !== null && say.title.toLowerCase() === agree[0].title.toLowerCase()) &&
                (shown || namesKind(agree[0].title, key)))
                homes.set(key, agree[0]);
        }
    }
    const tool = writer ? followTool(writer, new Set([...homes.keys(), ...hidden]), key => said.get(key)?.[0]) : null;
    const titles = new Map();
    const order = new Map();
    for (const [key, home] of homes) {
        // a flat changelog's kinds (no title) go under the titles of the complete sections
        const title = home.title || flatTitle(key);
        const name = title.toLowerCase();
        let section = titles.get(name);
        if (!section)
            titles.set(name, (section = { title, types: [], evidence: {}, by: home.by }));
        if (!order.has(name))
            order.set(name, titleOrder.get(home.title.toLowerCase()) ?? titleOrder.size);
        section.types.push(key);
        section.evidence[key] = said.get(key).filter(say => say?.title.toLowerCase() === home.title.toLowerCase()).length;
        if (home.by === 'commits' || (home.by === 'entries' && section.by === 'title'))
            section.by = home.by;
    }
    const learned = [...titles.entries()]
        .sort((a, b) => order.get(a[0]) - order.get(b[0]))
        .map(([, section]) => section);
    const style = (0,changelog_format/* entryStyleOf */.X1)(entries);
    const restyled = style.scope !== changelog_format/* DEFAULT_ENTRY_STYLE */.Jf.scope ||
        style.commitLinks !== changelog_format/* DEFAULT_ENTRY_STYLE */.Jf.commitLinks ||
        style.typePrefix === true;
    if (learned.length === 0 && hidden.length === 0 && !restyled && !tool)
        return null;
    const taken = new Set([...homes.keys(), ...hidden, ...(tool?.sections.flatMap(section => section.types) ?? [])]);
    for (const key of tool?.hidden ?? [])
        taken.add(key);
    // the learned sections, the tool's kinds joining a learned section of the same title
    const followed = learned.map(({ title, types }) => ({ title, types: [...types] }));
    for (const section of tool?.sections ?? []) {
        const same = followed.find(each => each.title.toLowerCase() === section.title.toLowerCase());
        if (same)
            same.types.push(...section.types);
        else
            followed.push({ title: section.title, types: [...section.types] });
    }
    // then the kinds nothing decided, as the defaults have them; each section writes its entries the way the changelog does
    const withRest = (defaults) => [
        ...followed,
        ...defaults
            .map(section => ({ title: section.title, types: section.types.filter(type => !taken.has(type)) }))
            .filter(section => section.types.length > 0)
    ].map(section => (restyled ? { ...section, style } : { ...section }));
    return {
        sections: withRest(type_table/* DEFAULT_SECTIONS */.vu),
        handMade: withRest(type_table/* COMPLETE_SECTIONS */.Jj),
        learned,
        hidden,
        from: releases.map(release => release.version),
        style,
        tool
    };
}
/** One line for the summary: what was learned and from which sections. */
function describeConventions(conventions, file) {
    if (!conventions)
        return [];
    const { learned, from } = conventions;
    // the versions are the headings' text: shown literally
    const range = from.length > 1
        ? `${(0,sanitize/* sanitizeInline */.nW)(from[from.length - 1])} to ${(0,sanitize/* sanitizeInline */.nW)(from[0])}`
        : (0,sanitize/* sanitizeInline */.nW)(from[0]);
    const lines = [
        `Notes sections follow ${file} (learned from its ${from.length} newest release sections, ${range}; a kind of change needs the same title in the newest ${EVIDENCE_SECTIONS} that have it, ${EVIDENCE_TO_PUBLISH} for kinds the default sections hide):`,
        ''
    ];
    for (const section of learned)
        lines.push(`- ${section.title}: ${section.types.map(type => `\`${type}\` (${section.evidence[type]} sections)`).join(', ')}, by ${section.by === 'commits' ? 'matching commits' : section.by === 'entries' ? 'the entries’ types' : 'the title'}`);
    if (conventions.tool) {
        const { name, sections, hidden } = conventions.tool;
        const listed = sections.map(section => `${section.types.map(type => `\`${type}\``).join(', ')} under ${section.title}`);
        lines.push(`- every section read is ${name}'s default layout: the kinds they have not shown often enough follow its default sections${listed.length > 0 ? ` (${listed.join('; ')})` : ''}${hidden.length > 0 ? `, leaving out ${hidden.map(type => `\`${type}\``).join(', ')}` : ''}`);
    }
    if (conventions.hidden.length > 0)
        lines.push(`- not published: ${conventions.hidden.map(type => `\`${type}\``).join(', ')}`);
    const { scope, commitLinks, typePrefix } = conventions.style;
    lines.push(`- entries written as in ${file}: ${typePrefix ? 'with their type, as `type(scope): text`' : `scope as \`${(0,changelog_format/* scopeMark */.S9)('scope', scope).trim()}\``}, ${commitLinks ? 'commits linked' : 'no commit links'}`);
    return lines;
}


/***/ }),

/***/ 47588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jj: () => (/* reexport */ type_table/* COMPLETE_SECTIONS */.Jj),
  vu: () => (/* reexport */ type_table/* DEFAULT_SECTIONS */.vu),
  fS: () => (/* binding */ RELEASE_BODY_LIMIT),
  lq: () => (/* binding */ parseNotesSections),
  FR: () => (/* binding */ prependChangelog),
  aG: () => (/* binding */ renderChangelogSection),
  nA: () => (/* binding */ renderReleaseNotes),
  H1: () => (/* binding */ renderSections),
  Yc: () => (/* binding */ sectionKey)
});

// UNUSED EXPORTS: entryLine, installLines

// EXTERNAL MODULE: ./src/core/commits/type-table.ts
var type_table = __webpack_require__(24405);
// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text/sanitize.ts
var sanitize = __webpack_require__(74048);
// EXTERNAL MODULE: ./src/core/notes/changelog-format.ts
var changelog_format = __webpack_require__(20847);
;// CONCATENATED MODULE: ./src/core/notes/entry.ts



/** `#12` becomes a link to the issue, outside code spans (and not after `!`, `&`, or before `;`). */
function linkReferences(text, repoUrl) {
    if (!repoUrl || !text.includes('#'))
        return text;
    const link = (prose) => prose.replace(/(?<![\w/[!\\&])#(\d+)\b(?![\]@;])/g, (_all, number) => `[#${number}](${repoUrl}/issues/${number})`);
    let out = '';
    let at = 0;
    for (const [open, close] of (0,sanitize/* codeSpans */.tE)(text)) {
        out += link(text.slice(at, open)) + text.slice(open, close);
        at = close;
    }
    return out + link(text.slice(at));
}
function shaLink(sha, repoUrl) {
    const short = sha.slice(0, 7);
    return repoUrl ? `[${short}](${repoUrl}/commit/${sha})` : short;
}
/**
 * The entry of one or more changes with the same text: the first's scope, every commit linked
 * (none with a style learned from a changelog whose entries name no commit).
 */
function entry_entry(changes, repoUrl, text, marker = '', style = changelog_format/* DEFAULT_ENTRY_STYLE */.Jf) {
    const change = changes[0];
    const scoped = change.scope?.trim() ? (0,sanitize/* sanitizeInline */.nW)(change.scope.trim()) : '';
    // a changelog whose entries keep their type (`fix(io): close the file`): so do ours, for conventional commits
    const kept = style.typePrefix && change.type !== null && (0,type_table/* typeRow */.FF)(change.type)?.written;
    const scope = kept
        ? `${(0,sanitize/* sanitizeInline */.nW)(change.type)}${scoped ? `(${scoped})` : ''}${change.breaking ? '!' : ''}: `
        : scoped
            ? (0,changelog_format/* scopeMark */.S9)(scoped, style.scope)
            : '';
    const shas = changes.map(each => shaLink(each.sha, repoUrl)).join(', ');
    // a changelog whose entries name no commit (git-cliff's, keep-a-changelog's): nor do ours
    return `- ${marker}${scope}${linkReferences((0,sanitize/* sanitizeEntry */.u$)(text), repoUrl)}${style.commitLinks ? ` (${shas})` : ''}`;
}
/** The text a change is listed with: its subject, or the whole header when it is not conventional. */
function entry_entryText(change) {
    return (0,type_table/* typeRow */.FF)(change.type)?.written ? change.subject : change.header;
}
/**
 * The text without its trailing `(#123)` (all of them), trimmed. White space is trimmed by hand: `\s*\(#\d+\)\s*$` is
 * quadratic on a subject of many spaces (100,000 spaces took 20 s), and commit text is a stranger's.
 */
function withoutPullNumber(text) {
    // every trailing number, one at a time: a synced commit keeps its source's (`(#1392) (#420)`);
    // read backwards from the end, so a subject of many numbers costs one pass
    const space = /\s/;
    let end = text.length;
    for (;;) {
        while (end > 0 && space.test(text[end - 1]))
            end--;
        if (text[end - 1] !== ')')
            break;
        let at = end - 2;
        while (at >= 0 && text[at] >= '0' && text[at] <= '9')
            at--;
        if (at === end - 2 || text[at] !== '#' || text[at - 1] !== '(')
            break;
        end = at - 1;
    }
    return text.slice(0, end).trim();
}

;// CONCATENATED MODULE: ./src/core/notes/breaking.ts



const MARKER = '⚠️ **BREAKING:** ';
/** A breaking text longer than this (characters) is cut at a line end; the commit has the rest. */
const BREAKING_TEXT_LIMIT = 4_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that starts a block of its own: list item, heading, quote, table row, thematic break. */
const BLOCK_START = /^[ \t]*(?:[*+-][ \t]|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\|)|^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/;
/** Lower case, white space collapsed: how two texts are compared. */
function comparable(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/**
 * Hard-wrapped lines joined: a line continues the paragraph (or list item) above it unless it starts
 * a block, the line above ends with a hard break, or it is inside a code fence or an indented code
 * block. One pass over the lines.
 */
function unwrapped(text) {
    const out = [];
    let current = [];
    let fence = null;
    let code = false; // the current paragraph is indented code: its lines stay lines
    let joinable = false;
    const flush = () => {
        if (current.length > 0)
            out.push(current.join(' '));
        current = [];
    };
    for (const line of text.split('\n')) {
        if (fence !== null) {
            out.push(line);
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
            if (close && close[1][0] === fence[0] && close[1].length >= fence.length)
                fence = null;
            continue;
        }
        const open = FENCE.exec(line);
        if (open) {
            flush();
            fence = open[1];
            out.push(line);
            joinable = false;
            continue;
        }
        if (line.trim() === '') {
            flush();
            out.push('');
            joinable = false;
            code = false;
            continue;
        }
        const hardBreak = / {2}$/.test(line);
        const end = (text) => (hardBreak ? `${text.trimEnd()}  ` : text.trimEnd());
        if (joinable && !code && !BLOCK_START.test(line))
            current.push(end(line.trimStart()));
        else {
            flush();
            code = !joinable && /^(?: {4}|\t)/.test(line) && (out.length === 0 || out[out.length - 1] === '');
            current.push(code ? line : end(line));
        }
        // a heading is one line; a hard break (two spaces, a backslash) ends the line
        joinable = !/(?: {2}|\\)$/.test(line) && !/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line);
        if (code)
            flush();
    }
    flush();
    return out.join('\n');
}
/** The text cut at a line end (or a space) within the limit, and whether it was cut. */
function bounded(text) {
    if (text.length <= BREAKING_TEXT_LIMIT)
        return { text, cut: false };
    const head = text.slice(0, BREAKING_TEXT_LIMIT);
    const at = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    return { text: (at > BREAKING_TEXT_LIMIT / 2 ? head.slice(0, at) : head).trimEnd(), cut: true };
}
function indent(text) {
    return text
        .split('\n')
        .map(line => (line ? `  ${line}` : line))
        .join('\n');
}
/**
 * A breaking text as Markdown under an entry: unwrapped, made inert (sanitizeBlock closes a fence
 * left open), a prose line that starts with `::` escaped (no workflow command when printed), indented.
 */
function renderText(text, shas, repoUrl) {
    const { text: shown, cut } = bounded(text);
    let fence = null;
    const safe = (0,sanitize/* sanitizeBlock */.jQ)(unwrapped(shown))
        .split('\n')
        .map(line => {
        const marker = FENCE.exec(line);
        if (fence !== null) {
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
            if (close && close[1][0] === fence[0] && close[1].length >= fence.length)
                fence = null;
            return line;
        }
        if (marker) {
            fence = marker[1];
            return line;
        }
        return line.replace(/^(\s*)::/, '$1\\::');
    })
        .join('\n');
    const links = shas.map(sha => shaLink(sha, repoUrl));
    const named = shas.length > 1 ? [`_The breaking change of ${joined(links)}:_`, ''] : [];
    const rest = cut ? ['', `_…cut here: the whole text is in the commit message of ${links[0]}._`] : [];
    return indent([...named, linkReferences(safe, repoUrl), ...rest].join('\n'));
}
function joined(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** The breaking text of a change that says more than its subject (the `!` alone says nothing more). */
function textOf(change) {
    const subject = comparable(withoutPullNumber(change.subject));
    const header = comparable(change.header);
    return change.breakingNotes
        .map(note => note.trim())
        .filter(note => {
        const same = comparable(withoutPullNumber(note));
        return same !== '' && same !== subject && same !== header;
    })
        .join('\n\n');
}
/**
 * The blocks of the breaking changes (newest first), each one or more entries and the text under
 * them: changes with the same text are listed together, the text once; the same subject twice (a
 * cherry-pick) is one entry. Each entry is written in the `style` the other entries follow (the one
 * learned from the changelog: its scope mark, commit links or none).
 */
function renderBreaking(breaking, repoUrl, style = changelog_format/* DEFAULT_ENTRY_STYLE */.Jf) {
    const groups = new Map();
    const order = [];
    for (const change of breaking) {
        const text = textOf(change);
        const key = comparable(text);
        const group = key ? groups.get(key) : undefined;
        if (group)
            group.changes.push(change);
        else {
            const created = { text, changes: [change] };
            if (key)
                groups.set(key, created);
            order.push(created);
        }
    }
    return order.map(({ text, changes }) => {
        const entries = new Map();
        for (const change of changes) {
            const key = `${change.scope?.toLowerCase() ?? ''}\u0000${comparable(withoutPullNumber(entry_entryText(change)))}`;
            const same = entries.get(key);
            if (same)
                same.push(change);
            else
                entries.set(key, [change]);
        }
        const lines = [...entries.values()].map(members => entry_entry(members, repoUrl, entry_entryText(members[0]), MARKER, style));
        if (!text)
            return lines.join('\n');
        const shas = changes.map(change => change.sha);
        return `${lines.join('\n')}\n\n${renderText(text, shas, repoUrl)}\n`;
    });
}

;// CONCATENATED MODULE: ./src/core/notes/notes.ts





/** The install lines of the notes: pip (PEP 440), npm, Swift Package Manager. */
function installLines(input) {
    const lines = [];
    if (input.packageName) {
        const version = (0,ecosystem_versions/* pep440Version */.ul)(input.version) ?? input.version;
        lines.push(`**Installation**: \`pip install ${input.packageName}==${version}\``);
    }
    for (const install of input.installs ?? []) {
        if (install.kind === 'npm')
            lines.push(`**Installation**: \`npm install ${install.name}@${input.version}\``);
        else
            lines.push(`**Installation** (Swift Package Manager): \`.package(url: "${install.url}", exact: "${input.version}")\``);
    }
    return lines;
}
/**
 * The sections below the highlights come from the table of commit types (commits/type-table.ts): by
 * default perf, refactor, fix, docs, revert and dependency updates; a release made by hand lists
 * every change (maintenance and plain messages too). The `notes_sections` input replaces them.
 */

const HIGHLIGHTS_TITLE = '✨ Highlights';
/** More dependency updates than this are folded into a `<details>` block. */
const DEPENDENCIES_FOLDED_OVER = 5;
/** A subject that changes what users must install: a requirement, a range, a widened pin. */
const RUNTIME_REQUIREMENT = /\b(?:requires?|required|widen|widens|relax|relaxes|allow|allows|loosen|loosens)\b|>=|<=|[<>]\s*\d|~=|\bpeer\b|\bengines?\b/i;
const DEPENDENCY_SUBJECT = /^(?:update|bump|upgrade|pin|require)\b.*\b(?:dependenc|to v?\d|from v?\d|to version|>=|<)/i;
/**
 * The section key of a change: its type; `deps` for a dependency update that ships (a releasing
 * type with the `deps` scope, or a `package` scope update), `revert` for any revert, `other`
 * for a plain message.
 */
function sectionKey(change) {
    if (change.isRevert)
        return 'revert';
    const type = change.type;
    // a type written in headers that is not conventional (`deps`) is its own key
    if (type === null || !type_table/* KNOWN_TYPES */.EE.has(type))
        return (0,type_table/* typeRow */.FF)(type)?.written ? type : 'other';
    const scope = change.scope?.toLowerCase() ?? null;
    const dependency = scope === 'deps' || (scope === 'package' && DEPENDENCY_SUBJECT.test(change.subject));
    if (dependency && type_table/* RELEASING_TYPES */.H0.has(type) && !(0,type_table/* isFeatureType */.nd)(type))
        return 'deps';
    // a build(deps) that widens or raises a runtime requirement (`require x >= 2`, `allow protobuf 4`) ships
    if (dependency && type === 'build' && RUNTIME_REQUIREMENT.test(change.subject))
        return 'deps';
    // development dependencies (dependency bots' chore(deps), build(deps)): hidden unless configured
    if (dependency && !type_table/* RELEASING_TYPES */.H0.has(type))
        return 'deps-dev';
    return type;
}
/**
 * Kinds whose same text is one entry: the same fix twice merges, a fix and a feat don't; the same
 * text under any hidden (maintenance) section does.
 */
function groupKind(change) {
    if ((0,type_table/* isFeatureType */.nd)(change.type) && !change.isRevert)
        return 'feat';
    const key = sectionKey(change);
    return type_table/* MAINTENANCE_KEYS */.HT.has(key) ? 'maintenance' : key;
}
/**
 * Parses the `notes_sections` input: one section a line, `type[,type…]: Title`
 * (`fix: 🐛 Bug Fixes`, `chore,build: 🏠 Maintenance`, `other: 📝 Other Changes`).
 */
function parseNotesSections(text) {
    const sections = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line)
            continue;
        const match = /^([\w-]+(?:\s*,\s*[\w-]+)*)\s*:\s*(\S.*)$/.exec(line);
        if (!match) {
            throw new errors/* ConfigurationError */.j1(`notes_sections: "${line.slice(0, 80)}" is not "type[,type…]: Title". Write one section a line, for example "fix: 🐛 Bug Fixes".`);
        }
        sections.push({ title: match[2].trim(), types: match[1].split(',').map(type => type.trim().toLowerCase()) });
    }
    return sections;
}
/** The notes line of a change (its subject, or the whole header when it is not conventional). */
function entryLine(change, repoUrl) {
    return entry([change], repoUrl, entryText(change));
}
/** GitHub rejects a release body over 125,000 characters; release notes stay below it. */
const RELEASE_BODY_LIMIT = 125_000;
/** Changes with the same scope and text (the same fix landed twice, a cherry-pick) are one entry. */
function grouped(changes) {
    const groups = new Map();
    for (const change of changes) {
        const key = `${groupKind(change)}\u0000${change.scope?.toLowerCase() ?? ''}\u0000${withoutPullNumber(entry_entryText(change)).toLowerCase()}`;
        const group = groups.get(key);
        if (group)
            group.push(change);
        else
            groups.set(key, [change]);
    }
    return [...groups.values()];
}
/**
 * The sections of a release (highlights, then the configured sections), without the title,
 * newest first. Each change appears once: breaking changes and features only in the highlights.
 * With `maxChars`, entries that do not fit are counted instead of listed (breaking changes are
 * always listed in full), so a huge release still makes a release body GitHub accepts.
 */
function renderSections(changes, repoUrl, maxChars = Infinity, moreText = 'see the full changelog', sections = type_table/* DEFAULT_SECTIONS */.vu) {
    const sectionOf = new Map();
    sections.forEach((section, index) => section.types.forEach(type => sectionOf.has(type) || sectionOf.set(type, index)));
    const groups = sections.map(() => []);
    const breaking = [];
    const features = [];
    const newestFirst = [];
    for (let index = changes.length - 1; index >= 0; index--) {
        if (changes[index].breaking)
            breaking.push(changes[index]);
        else
            newestFirst.push(changes[index]);
    }
    const isFeature = (change) => (0,type_table/* isFeatureType */.nd)(change.type) && !change.isRevert;
    const visible = newestFirst.filter(change => isFeature(change) || sectionOf.has(sectionKey(change)));
    // the same text twice (a fix landed twice, a cherry-pick) is one entry, where its newest copy goes
    for (const group of grouped(visible)) {
        if (isFeature(group[0]))
            features.push(group);
        else
            groups[sectionOf.get(sectionKey(group[0]))].push(group);
    }
    let budget = maxChars;
    /** Adds rendered entries to `lines` while the budget lasts, then one line that counts the rest. */
    const add = (lines, members, render, always = false) => {
        let shown = 0;
        for (const group of members) {
            const line = render(group);
            if (!always && budget - line.length < 200)
                break;
            budget -= line.length + 1;
            lines.push(line);
            shown++;
        }
        if (shown < members.length) {
            const more = `- _…and ${(members.length - shown).toLocaleString('en-US')} more: ${moreText}._`;
            budget -= more.length + 1;
            lines.push(more);
        }
    };
    // the highlights follow the style the sections learned from the changelog
    const learnedStyle = sections.find(section => section.style)?.style;
    const line = (group, style = learnedStyle) => entry_entry(group, repoUrl, entry_entryText(group[0]), '', style);
    const parts = [];
    if (breaking.length > 0 || features.length > 0) {
        const lines = [`### ${HIGHLIGHTS_TITLE}`, ''];
        // every breaking change is listed, its text once however many commits carry it
        for (const block of renderBreaking(breaking, repoUrl, learnedStyle)) {
            budget -= block.length + 1;
            lines.push(block);
        }
        add(lines, features, line);
        parts.push(lines.join('\n'));
    }
    groups.forEach((members, index) => {
        if (members.length === 0)
            return;
        const entries = members;
        const lines = [`### ${sections[index].title}`, ''];
        const fold = sections[index].types.includes('deps') && entries.length > DEPENDENCIES_FOLDED_OVER;
        if (fold)
            lines.push(`<details><summary>${entries.length} dependency updates</summary>`, '');
        add(lines, entries, group => line(group, sections[index].style));
        if (fold)
            lines.push('', '</details>');
        parts.push(lines.join('\n'));
    });
    return parts.join('\n\n');
}
function compareLine(input) {
    const { repoUrl, previousTag, tag } = input;
    if (repoUrl) {
        return previousTag
            ? `**Full Changelog**: ${repoUrl}/compare/${previousTag}...${tag}`
            : `**Full Changelog**: ${repoUrl}/commits/${tag}`;
    }
    return `**Full Changelog**: ${previousTag ? `${previousTag}...${tag}` : tag}`;
}
/** release-notes.md: the reference design's template. */
function renderReleaseNotes(input) {
    const parts = [`## What's Changed in ${input.tag}`];
    if (input.banner)
        parts.push(input.banner);
    parts.push(input.sections || '_No notable changes._');
    const footer = [compareLine(input)];
    footer.push(...installLines(input));
    // separate paragraphs: a standard renderer joins consecutive lines into one
    parts.push(footer.join('\n\n'));
    return parts.join('\n\n') + '\n';
}
/** One section of CHANGELOG.md. */
function renderChangelogSection(input) {
    const title = input.repoUrl && input.previousTag
        ? `## [${input.version}](${input.repoUrl}/compare/${input.previousTag}...${input.tag}) (${input.date})`
        : `## ${input.version} (${input.date})`;
    const parts = [title];
    if (input.banner)
        parts.push(input.banner);
    parts.push(input.sections || '_No notable changes._');
    return parts.join('\n\n') + '\n';
}
/**
 * Puts a section at the top of an existing changelog (after its title, before the first
 * release section) so that everything that was there stays byte-identical.
 */
function prependChangelog(existing, section, eol = '\n') {
    if (existing === null || existing.trim() === '')
        return `# Changelog${eol}${eol}${section}`;
    const lines = existing.split('\n');
    let offset = 0;
    for (const line of lines) {
        if (/^## /.test(line) && !/^## \[?unreleased\]?/i.test(line)) {
            return existing.slice(0, offset) + section + eol + existing.slice(offset);
        }
        offset += line.length + 1;
    }
    const separator = existing.endsWith(eol + eol) ? '' : existing.endsWith(eol) ? eol : eol + eol;
    return existing + separator + section;
}


/***/ }),

/***/ 54183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ repoUrlFrom)
/* harmony export */ });
/** The web URL of the repository, from the Actions environment or the origin remote. */
function repoUrlFrom(serverUrl, repository, originUrl) {
    if (serverUrl && repository && /^[\w.-]+\/[\w.-]+$/.test(repository))
        return `${serverUrl.replace(/\/+$/, '')}/${repository}`;
    if (!originUrl)
        return null;
    const https = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(originUrl);
    if (https)
        return `https://${https[1]}/${https[2]}/${https[3]}`;
    const scp = /^(?:ssh:\/\/)?(?:[\w.-]+@)([\w.-]+)[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(originUrl);
    if (scp)
        return `https://${scp[1]}/${scp[2]}/${scp[3]}`;
    return null;
}


/***/ }),

/***/ 6632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   V3: () => (/* binding */ parseTagMessage),
/* harmony export */   Z4: () => (/* binding */ appendRollback),
/* harmony export */   dr: () => (/* binding */ rollbackCommitMessage),
/* harmony export */   fT: () => (/* binding */ parseRollbacks),
/* harmony export */   vn: () => (/* binding */ formatTagMessage)
/* harmony export */ });
/* harmony import */ var _text_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74048);

const TRAILER = /^([A-Z][A-Za-z-]*): (.+)$/;
function formatTagMessage(notes, meta) {
    const trailers = [`Release-Type: ${meta.type}`];
    if (meta.severity)
        trailers.push(`Severity: ${meta.severity}`);
    if (meta.hotfixOf)
        trailers.push(`Hotfix-Of: ${meta.hotfixOf}`);
    return `${notes.trimEnd()}\n\n${trailers.join('\n')}\n`;
}
/** Splits a tag message into the notes and the trailers this action wrote (none for other tags). */
function parseTagMessage(message) {
    const text = message.trimEnd();
    const cut = text.lastIndexOf('\n\n');
    const block = cut >= 0 ? text.slice(cut + 2) : '';
    const lines = block.split('\n');
    if (lines.length === 0 || !lines.every(line => TRAILER.test(line)))
        return { notes: `${text}\n`, meta: null };
    const fields = new Map(lines.map(line => {
        const [, key, value] = TRAILER.exec(line);
        return [key.toLowerCase(), value.trim()];
    }));
    const type = fields.get('release-type');
    if (type !== 'release' && type !== 'hotfix')
        return { notes: `${text}\n`, meta: null };
    const meta = { type };
    if (fields.has('severity'))
        meta.severity = fields.get('severity');
    if (fields.has('hotfix-of'))
        meta.hotfixOf = fields.get('hotfix-of');
    return { notes: `${text.slice(0, cut)}\n`, meta };
}
const RECORD_HEADER = [
    '# Rollbacks',
    '',
    'Releases rolled back by fastvlm-release-action. One row a rollback, newest last; the rollback',
    'commits carry the trailers `Rollback-Of:` and `Restored-Version:`.',
    '',
    '| Version | Date | Reason | Actor | Users are back on | Released |',
    '| --- | --- | --- | --- | --- | --- |'
];
function row(entry) {
    const cell = (text) => (0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeCell */ .CN)(text || '—');
    return `| ${cell(entry.version)} | ${cell(entry.date)} | ${cell(entry.reason || '(no reason given)')} | ${cell(entry.actor)} | ${cell(entry.restored)} | ${cell(entry.released ?? '')} |`;
}
/** The record with the entry added (created when missing); earlier content stays byte-identical. */
function appendRollback(existing, entry) {
    if (existing === null || existing.trim() === '')
        return `${[...RECORD_HEADER, row(entry)].join('\n')}\n`;
    return `${existing}${existing.endsWith('\n') ? '' : '\n'}${row(entry)}\n`;
}
/** Reads the entries back (rows whose first cell is a version, or a component's `name@version`). */
function parseRollbacks(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const cells = line
            .split(/(?<!\\)\|/)
            .slice(1, -1)
            .map(cell => cell.trim().replace(/\\\|/g, '|'));
        if ((cells.length !== 5 && cells.length !== 6) || !/^(?:[A-Za-z0-9][A-Za-z0-9._-]*@)?\d+\.\d+\.\d+/.test(cells[0]))
            continue;
        const [version, date, reason, actor, restored, released] = cells;
        entries.push({
            version,
            date,
            reason,
            actor,
            restored: restored === '—' ? '' : restored,
            ...(released && released !== '—' ? { released } : {})
        });
    }
    return entries;
}
/** Free text on one line: control characters and line breaks become spaces. */
function oneLine(text) {
    return Array.from(text, char => (char.charCodeAt(0) < 0x20 || char === '\u007f' ? ' ' : char))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
}
function rollbackCommitMessage(tag, restored, reason) {
    // the reason on one line: free text can't start a paragraph of its own trailers, nor a comment
    const line = oneLine(reason);
    const why = line ? `\n\nReason: ${line}` : '';
    return `chore(release): roll back ${tag}${why}\n\nRollback-Of: ${tag}\nRestored-Version: ${restored || 'none'}\n`;
}


/***/ }),

/***/ 9011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ab: () => (/* binding */ editableText),
/* harmony export */   bA: () => (/* binding */ withEntries),
/* harmony export */   ve: () => (/* binding */ changelogEntries)
/* harmony export */ });
/**
 * The part of a release's notes a maintainer edits in the release pull request: the entries (the
 * text of the changelog section below its heading, which the release notes hold too, between their
 * heading and their compare and install lines). An edit replaces it in both, so the changelog
 * section and the GitHub release publish the same text. Pure: no I/O.
 */
/** The entries: the changelog section below its heading (null when the notes do not hold them as they are). */
function editableText(texts) {
    const newline = texts.changelogSection.indexOf('\n');
    if (newline < 0)
        return null;
    const entries = texts.changelogSection.slice(newline + 1).trim();
    if (!entries || !texts.notes.includes(entries))
        return null;
    return entries;
}
/** The notes and the changelog section with the entries replaced by a maintainer's text. */
function withEntries(texts, entries) {
    const current = editableText(texts);
    const edited = entries.replace(/\r\n?/g, '\n').trim();
    if (current === null || current === edited)
        return texts;
    return {
        ...texts,
        notes: texts.notes.split(current).join(edited),
        changelogSection: texts.changelogSection.split(current).join(edited)
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The entries of a version's section in a changelog (`## [1.4.0](…) (date)`, `## 1.4.0 (date)`,
 * `## [1.4.0] - date`, a `v` before the version too), up to the next `## ` heading; null when the
 * changelog has no such section.
 */
function changelogEntries(changelog, version) {
    const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
    const heading = new RegExp(`^## \\[?v?${escapeRegExp(version)}(?:\\]|\\s|\\(|$)`);
    const start = lines.findIndex(line => heading.test(line));
    if (start < 0)
        return null;
    let end = start + 1;
    while (end < lines.length && !/^## /.test(lines[end]))
        end++;
    const entries = lines
        .slice(start + 1, end)
        .join('\n')
        .trim();
    return entries || null;
}


/***/ }),

/***/ 74048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ sanitizeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   jQ: () => (/* binding */ sanitizeBlock),
/* harmony export */   nW: () => (/* binding */ sanitizeInline),
/* harmony export */   tE: () => (/* binding */ codeSpans),
/* harmony export */   u$: () => (/* binding */ sanitizeEntry)
/* harmony export */ });
/**
 * Commit text is written by strangers. Before it goes into Markdown that GitHub renders
 * (release notes, changelog, tag messages, job summary, Slack) it must not render HTML, images
 * or links of its own, nor ping people. Code spans and fenced code blocks are kept as written
 * (they render literally); everything else is escaped where it could start such a construct.
 *
 * The rules follow CommonMark + GFM as GitHub applies them; `__tests__/core/sanitize.test.ts`
 * renders our output with markdown-it over a corpus of hostile inputs and property-based fuzzing.
 */
const NAME = /[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether the character at `index` is a letter or a digit (any script); false outside the text. */
function isWordChar(text, index) {
    if (index < 0 || index >= text.length)
        return false;
    const code = text.charCodeAt(index);
    if (code < 128)
        return isAlphanumeric(code);
    const at = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)));
}
function isAlphanumeric(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/**
 * Prose (outside code spans) with every construct that could make an element or a ping made inert,
 * and rendered literally: backslashes and backticks are escaped (so no escape or code span of the
 * author's survives), so are `*`, `~`, `$` and any `_` that could open or close emphasis (the
 * `__init__` of `src/pkg/__init__.py` is not bold; GitHub reads `$…$` as math, `~x~` as struck),
 * `<` becomes `&lt;` (no HTML, no autolink), `[`/`]` are escaped (no link, no image), an entity
 * reference's `&` becomes `&amp;` (`&#64;` can't spell an `@`), and a mention (`@name` not preceded by
 * a letter or digit, as in `_@user_` or `x-@user`) goes into a code span.
 */
function sanitizeProse(text, afterCode = false, beforeCode = false) {
    let out = '';
    let wrapped = -1; // where the last mention put into a code span ends: a text node starts after it
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        switch (char) {
            case '\\':
            case '`':
            case '[':
            case ']':
            case '*':
            case '~':
            case '$':
                out += `\\${char}`;
                break;
            case '_': {
                // a run of `_` between two letters or digits can neither open nor close emphasis (`snake_case`)
                let end = index;
                while (text.charCodeAt(end) === 95)
                    end++;
                const run = text.slice(index, end);
                out += isWordChar(text, index - 1) && isWordChar(text, end) ? run : run.replace(/_/g, '\\_');
                index = end - 1;
                break;
            }
            case '<':
                out += '&lt;';
                break;
            case '&': {
                ENTITY.lastIndex = index;
                out += ENTITY.test(text) ? '&amp;' : '&';
                break;
            }
            case '@': {
                NAME.lastIndex = index + 1;
                const glued = index > 0 && index !== wrapped && isAlphanumeric(text.charCodeAt(index - 1));
                const name = glued ? null : NAME.exec(text);
                if (name) {
                    // a zero-width space keeps our backtick from joining an adjacent code span's run
                    // (also between two mentions: `@a@b` must not make one code span of both)
                    const before = (index === 0 && afterCode) || index === wrapped ? '\u200b' : '';
                    const after = index + name[0].length + 1 === text.length && beforeCode ? '\u200b' : '';
                    out += `${before}\`@${name[0]}\`${after}`;
                    index += name[0].length;
                    wrapped = index + 1;
                }
                else
                    out += char;
                break;
            }
            default:
                out += char;
        }
    }
    return out;
}
/**
 * The code spans of one line as CommonMark finds them when backslashes are literal: a run of N
 * backticks closes at the next run of exactly N; an unmatched run is text. `[start, end)` pairs,
 * found in one pass over the runs (a line of thousands of runs stays linear).
 */
function codeSpans(text) {
    const runs = [];
    for (let index = text.indexOf('`'); index >= 0; index = text.indexOf('`', index)) {
        let end = index;
        while (text.charCodeAt(end) === 96)
            end++;
        runs.push([index, end - index]);
        index = end;
    }
    const nextSame = new Array(runs.length).fill(-1);
    const seen = new Map();
    for (let at = runs.length - 1; at >= 0; at--) {
        nextSame[at] = seen.get(runs[at][1]) ?? -1;
        seen.set(runs[at][1], at);
    }
    const spans = [];
    for (let at = 0; at < runs.length; at++) {
        const close = nextSame[at];
        if (close < 0)
            continue;
        spans.push([runs[at][0], runs[close][0] + runs[close][1]]);
        at = close;
    }
    return spans;
}
/**
 * Sanitizes one line of inline Markdown: code spans (`codeSpans`) are kept as written, the rest is
 * `sanitizeProse`. Line breaks become spaces (CommonMark also breaks lines at a lone CR).
 */
function sanitizeInline(input) {
    const text = /[\r\n]/.test(input) ? input.replace(/\r\n|[\r\n]/g, ' ') : input;
    if (!/[\\`<>[\]&@*_~$]/.test(text))
        return text;
    let out = '';
    let prose = 0;
    for (const [open, close] of codeSpans(text)) {
        out += sanitizeProse(text.slice(prose, open), prose > 0, true) + text.slice(open, close);
        prose = close;
    }
    return out + sanitizeProse(text.slice(prose), prose > 0, false);
}
/**
 * The start of a line that would open a block of its own (heading, quote, list, rule, fence) at
 * the start of a list item: `# x`, `> x`, `- x`, `1. x`, `~~~`, `***`, `___`.
 */
const BLOCK_START = /^( {0,3})(?:#(?=[#\s]|$)|[>+*~_-]|\d{1,9}(?=[.)]))/;
/**
 * Sanitizes the text of one entry (a line after `- ` or `**scope:** `): inline text whose start
 * can't open a block either.
 */
function sanitizeEntry(text) {
    const safe = sanitizeInline(text);
    const match = BLOCK_START.exec(safe);
    if (!match)
        return safe;
    const at = match[1].length;
    if (/\d/.test(safe[at])) {
        const digits = match[0].length - at;
        return `${safe.slice(0, at + digits)}\\${safe.slice(at + digits)}`;
    }
    return `${safe.slice(0, at)}\\${safe.slice(at)}`;
}
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** Block markers at the start of a line: list items (`- `, `* `, `1. `), headings, quotes. */
const BLOCK_PREFIX = /^[ \t]*(?:(?:[*+-]|\d{1,9}[.)]|#{1,6})[ \t]+|>[ \t]?)*/;
/**
 * Sanitizes multi-line Markdown (a breaking change's migration text). Fenced code blocks, found
 * with CommonMark's rules (up to three spaces of indent; a backtick fence's info string has no
 * backtick; the closing fence is the same character, at least as long, with nothing after it),
 * are kept as written, and one left open is closed; every other line is inline text (headings,
 * lists and quotes of the author's stay formatting; raw HTML blocks can't start, `<` is escaped).
 */
function sanitizeBlock(text) {
    let fence = null;
    const lines = [];
    // CommonMark's line endings, and leading tabs as the spaces they stand for (tab stops of 4):
    // a tab-indented fence must close where CommonMark closes it, also inside an indented list item
    const normalized = text.replace(/\r\n?/g, '\n').replace(/^[ \t]+/gm, lead => {
        let column = 0;
        for (const char of lead)
            column = char === '\t' ? column + 4 - (column % 4) : column + 1;
        return ' '.repeat(column);
    });
    for (const line of normalized.split('\n')) {
        if (fence) {
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
            if (close && close[1][0] === fence.char && close[1].length >= fence.length)
                fence = null;
            lines.push(line);
            continue;
        }
        const open = FENCE_OPEN.exec(line);
        if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
            fence = { char: open[2][0], length: open[2].length };
            lines.push(line);
        }
        else {
            // the author's block markers (lists, headings, quotes) stay formatting; the text after them is inline
            const prefix = BLOCK_PREFIX.exec(line)[0];
            lines.push(prefix + sanitizeInline(line.slice(prefix.length)));
        }
    }
    if (fence)
        lines.push(fence.char.repeat(fence.length));
    return lines.join('\n');
}
/** For a Markdown table cell: one line, no pipes breaking the table. */
function sanitizeCell(text) {
    return sanitizeInline(text.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
}
/**
 * Text as a code span, rendered literally whatever it holds: the fence is one backtick longer than
 * the longest run inside, with a space inside each end when the text starts or ends with a backtick
 * (or a space). Line breaks become spaces.
 */
function codeSpan(input) {
    const text = /[\r\n]/.test(input) ? input.replace(/\r\n|[\r\n]/g, ' ') : input;
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(text) && text.trim() !== '' ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ }),

/***/ 29422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ secretParts),
/* harmony export */   uS: () => (/* binding */ scrubberFor)
/* harmony export */ });
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36129);
/**
 * Secrets and the parts of them that are secret on their own: a webhook URL's path (Slack's
 * `/services/T…/B…/…`), a token, `user:token` in Basic authentication (and its base64), and the
 * URL-encoded forms. Everything we print or write goes through `scrub`, including text that a
 * remote server echoes back and the job summary (which the runner does not mask).
 */


const MASK = '***';
/** Shorter parts are not secret on their own (and would mask ordinary words). */
const MIN_PART = 6;
function base64(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
function secretLooking(part) {
    return (part.length >= 8 && /\d/.test(part)) || part.length >= 20;
}
/** The secret-bearing parts of one secret value. */
function secretParts(secret, user = '') {
    const value = secret.trim();
    if (value.length < MIN_PART)
        return value ? [value] : [];
    const parts = new Set([value, encodeURIComponent(value)]);
    if (/^https?:\/\//i.test(value)) {
        try {
            const url = new URL(value);
            const path = url.pathname + url.search;
            if (path.length >= MIN_PART)
                parts.add(path);
            // an identifier or key in the path (T0123ABCD, a 24-character key), not a word such as services
            for (const segment of url.pathname.split('/'))
                if (secretLooking(segment))
                    parts.add(segment);
            for (const [, param] of url.searchParams)
                if (param.length >= MIN_PART)
                    parts.add(param);
            if (url.password)
                parts.add(url.password);
        }
        catch {
            // not a URL after all: the value itself is masked
        }
    }
    else {
        parts.add(base64(value));
        if (user)
            parts.add(base64(`${user}:${value}`));
    }
    return [...parts];
}
/**
 * A function that replaces every secret part in a text (longest first) with `***`, then every
 * token-shaped secret that is not the run's own (`scrubTokens`: a token pasted into a commit message).
 */
function scrubberFor(secrets) {
    const parts = [...new Set(secrets.flatMap(({ value, user }) => secretParts(value, user)))]
        .filter(Boolean)
        .sort((a, b) => b.length - a.length);
    if (parts.length === 0)
        return _tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubTokens */ .U;
    return text => {
        let out = text;
        for (const part of parts)
            if (out.includes(part))
                out = out.split(part).join(MASK);
        return (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubTokens */ .U)(out);
    };
}


/***/ }),

/***/ 36129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ scrubTokens)
/* harmony export */ });
/**
 * Secrets that are not the run's own but look like one: a token someone pasted into a commit
 * message, a rollback reason or an error a service echoes back. Each pattern is a token format its
 * issuer documents with a prefix of its own (so ordinary text, commit shas and checksums are left
 * alone); a bare hex key (Datadog's) only counts where a key's name stands before it.
 */
const MASK = '***';
const TOKEN_PATTERNS = [
    // GitHub: personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained PATs
    /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    // Slack: bot, user, app-level, configuration tokens; incoming webhooks
    /\bxox[abposre]-[A-Za-z0-9-]{10,}/g,
    /\bxapp-\d-[A-Za-z0-9-]{10,}/g,
    /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g,
    // npm, PyPI, AWS access key ids, GitLab
    /\bnpm_[A-Za-z0-9]{36}\b/g,
    // (PyPI's tokens are macaroons: `pypi-AgE…`; a branch named pypi-… in a merge subject is not one)
    /\bpypi-AgE[A-Za-z0-9_-]{50,}/g,
    /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
    /\bglpat-[A-Za-z0-9_-]{20,}/g,
    // a private key block; without its end line, the header and the key's lines after it (base64,
    // PEM headers), not the rest of the text (a commit subject that names the header is not a key)
    /-----BEGIN [A-Z ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----|(?:[ \t]+[A-Za-z0-9+/]{16,}={0,2})*(?:\r?\n[ \t]*(?:[A-Za-z0-9+/]{16,}={0,2}[ \t]*(?=\r?\n|$)|(?:Proc-Type|DEK-Info|Comment):[^\r\n]*|(?=\r?\n[ \t]*[A-Za-z0-9+/]{16,}={0,2}[ \t]*(?:\r?\n|$))))*)/g
];
/**
 * Datadog's API (32 hex) and application (40 hex) keys have no prefix: masked where a key's name
 * (DD_API_KEY, dd-application-key, api_key, "apiKey": …) stands just before them.
 */
const NAMED_HEX_KEY = /\b((?:dd[-_]?)?(?:api|app|application)[-_ ]?key["']?\s*(?:[:=]|\bis\b)?\s*["']?)([0-9a-fA-F]{32}(?:[0-9a-fA-F]{8})?)\b/gi;
/**
 * A name made of lowercase words after a token's prefix (`xoxb-token-handling`, a branch
 * `glpat-rotation-and-cleanup` in a merge subject): words, not a token's random characters (Slack's
 * start with a digit; a random GitLab token is almost never lowercase words).
 */
function namedLikeWords(match) {
    return /^(?:xox[abposre]|glpat)-[a-z]+(?:-[a-z0-9]+)+$/.test(match);
}
/** Whether the text may hold a token (a cheap test before the patterns run). */
const HINT = /gh[pousr]_|github_pat_|xox|xapp-|hooks\.slack|npm_|pypi-|AKIA|ASIA|glpat-|PRIVATE KEY|key/i;
/** The text with every token-shaped secret replaced by `***`. */
function scrubTokens(text) {
    if (!HINT.test(text))
        return text;
    let out = text;
    for (const pattern of TOKEN_PATTERNS)
        out = out.replace(pattern, match => (namedLikeWords(match) ? match : MASK));
    return out.replace(NAMED_HEX_KEY, (_match, name) => `${name}${MASK}`);
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ BUMP_ORDER)
/* harmony export */ });
const BUMP_ORDER = { none: 0, patch: 1, minor: 2, major: 3 };


/***/ }),

/***/ 80328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ decodeFile),
/* harmony export */   M$: () => (/* binding */ insertable),
/* harmony export */   rN: () => (/* binding */ encodeFile)
/* harmony export */ });
const BOM = [0xef, 0xbb, 0xbf];
function bytesToBinary(bytes) {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return text;
}
function binaryToBytes(text) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++)
        bytes[i] = text.charCodeAt(i) & 0xff;
    return bytes;
}
function eolOf(text) {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > 0 && crlf >= lf ? '\r\n' : '\n';
}
function decodeFile(bytes) {
    const bom = bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte);
    const body = bom ? bytes.subarray(3) : bytes;
    let text;
    let binary = false;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    }
    catch {
        text = bytesToBinary(body);
        binary = true;
    }
    return { text, binary, bom, eol: eolOf(text) };
}
/** The file's bytes for a text decoded by decodeFile (and edited with `insertable` text). */
function encodeFile(file, text) {
    const body = file.binary ? binaryToBytes(text) : new TextEncoder().encode(text);
    if (!file.bom)
        return body;
    const out = new Uint8Array(body.length + 3);
    out.set(BOM);
    out.set(body, 3);
    return out;
}
/** New text (our own, `\n`-separated) as the file holds text: its line ending, and UTF-8 bytes in a binary file. */
function insertable(file, text) {
    const lines = file.eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
    return file.binary ? bytesToBinary(new TextEncoder().encode(lines)) : lines;
}


/***/ }),

/***/ 44754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ds: () => (/* binding */ detected),
  Mg: () => (/* binding */ ecosystemOf),
  gx: () => (/* binding */ followedBy),
  I: () => (/* binding */ kindOf),
  TX: () => (/* binding */ locateVersion),
  J_: () => (/* binding */ replaceVersion)
});

// UNUSED EXPORTS: VERSION_FORMATS

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/version-files/format.ts
const SEMVER_TEXT = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?';
/** A PEP 440 public version with an optional local part (`1.3.0rc1`, `1.3.0.dev2`, `2.0.0.post1+g1a2b`). */
const PEP440_TEXT = '\\d+(?:\\.\\d+)*(?:(?:a|b|rc)\\d+)?(?:\\.post\\d+)?(?:\\.dev\\d+)?(?:\\+[0-9a-z]+(?:\\.[0-9a-z]+)*)?';
/** What a Python file may hold: its own PEP 440 spelling, or a SemVer version written earlier. */
const PYTHON_VERSION_TEXT = `(?:${SEMVER_TEXT}|${PEP440_TEXT})`;
/** Offsets of each line start, and the lines. */
function lineStarts(text) {
    const lines = text.split('\n');
    const starts = [];
    let offset = 0;
    for (const line of lines) {
        starts.push(offset);
        offset += line.length + 1;
    }
    return { lines, starts };
}
/** Finds `key = "value"` inside an INI/TOML section. */
function findInSection(text, section, key) {
    const { lines, starts } = lineStarts(text);
    let inSection = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*\[/.test(line)) {
            inSection = section.test(line);
            continue;
        }
        if (!inSection)
            continue;
        const match = key.exec(line);
        if (match?.groups?.v !== undefined) {
            const start = starts[i] + (match.index ?? 0) + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0);
            return { version: match.groups.v, start, end: start + match.groups.v.length };
        }
    }
    return null;
}
/** The first match of a pattern with the groups `v` (the version) and `q` (its closing quote, if any). */
function findFirst(text, pattern) {
    const match = pattern.exec(text);
    if (!match?.groups?.v)
        return null;
    const start = match.index + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0);
    return { version: match.groups.v, start, end: start + match.groups.v.length };
}
/** `version = "X.Y.Z"` in TOML (either quote). */
const TOML_VERSION_KEY = /^\s*version\s*=\s*(?<q>["'])(?<v>[^"'\n]*)["']/;

;// CONCATENATED MODULE: ./src/core/version-files/cargo.ts



/**
 * Cargo.toml: [package] version, else a workspace's [workspace.package] version (which members
 * inherit with `version.workspace = true`: such a member has no version of its own).
 */
const cargo = {
    kind: 'cargo',
    matches: name => name === 'Cargo.toml',
    detect: (_name, place) => place === 'root',
    locate(text) {
        let data;
        try {
            data = (0,dist/* parse */.qg)(text);
        }
        catch (error) {
            throw new core_errors/* ConfigurationError */.j1(`Cargo.toml is not valid TOML: ${error.message.split('\n')[0]}`);
        }
        if (typeof data.package?.version === 'string')
            return findInSection(text, /^\s*\[\s*package\s*\]/, TOML_VERSION_KEY);
        if (typeof data.workspace?.package?.version === 'string')
            return findInSection(text, /^\s*\[\s*workspace\.package\s*\]/, TOML_VERSION_KEY);
        return null;
    }
};

;// CONCATENATED MODULE: ./src/core/version-files/generic.ts

/** Any other listed text file: the first `version = "X.Y.Z"` or `version: X.Y.Z` (never found without being listed). */
const generic = {
    kind: 'generic',
    matches: () => true,
    locate: text => findFirst(text, new RegExp(`\\bversion\\b["']?\\s*[=:]\\s*(?<q>["']?)(?<v>${SEMVER_TEXT})\\k<q>`, 'i'))
};

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/core/version-files/package-json.ts


/** package.json: the top-level "version", edited with jsonc-parser. */
const packageJson = {
    kind: 'package.json',
    matches: name => name === 'package.json',
    detect: (_name, place) => place === 'root',
    locate(text) {
        const errors = [];
        const data = (0,main.parse)(text, errors, { allowTrailingComma: false });
        if (errors.length > 0 || !data || typeof data !== 'object')
            throw new core_errors/* ConfigurationError */.j1('package.json is not valid JSON');
        if (typeof data.version !== 'string')
            return null;
        const edits = (0,main.modify)(text, ['version'], '\u0000', {});
        if (edits.length !== 1)
            return null;
        const { offset, length } = edits[0];
        // the edit replaces the quoted value; the version sits inside the quotes
        return { version: data.version, start: offset + 1, end: offset + length - 1 };
    }
};

;// CONCATENATED MODULE: ./src/core/version-files/package-lock.ts


/** Where jsonc-parser would write a string at `path`: the characters inside its quotes. */
function stringAt(text, path, version) {
    const edits = (0,main.modify)(text, path, '\u0000', {});
    if (edits.length !== 1)
        return null;
    const { offset, length } = edits[0];
    return { version, start: offset + 1, end: offset + length - 1 };
}
/**
 * package-lock.json (and npm-shrinkwrap.json): the top-level "version" and the root package's
 * `packages[""].version`. It follows package.json: changed only when package.json is.
 */
function locateAll(text) {
    const errors = [];
    const data = (0,main.parse)(text, errors, { allowTrailingComma: false });
    if (errors.length > 0 || !data || typeof data !== 'object')
        throw new core_errors/* ConfigurationError */.j1('package-lock.json is not valid JSON');
    const found = [];
    if (typeof data.version === 'string') {
        const at = stringAt(text, ['version'], data.version);
        if (at)
            found.push(at);
    }
    const root = data.packages?.[''];
    if (root && typeof root.version === 'string') {
        const at = stringAt(text, ['packages', '', 'version'], root.version);
        if (at)
            found.push(at);
    }
    return found;
}
const packageLock = {
    kind: 'package-lock.json',
    matches: name => name === 'package-lock.json' || name === 'npm-shrinkwrap.json',
    follows: 'package.json',
    locate: text => locateAll(text)[0] ?? null,
    locateAll
};

;// CONCATENATED MODULE: ./src/core/version-files/plain.ts

/** A VERSION file: the version alone (white space around it is kept). */
const plain = {
    kind: 'VERSION',
    matches: name => name === 'VERSION',
    detect: (_name, place) => place === 'root',
    locate: text => findFirst(text, new RegExp(`^\\s*(?<v>${SEMVER_TEXT})(?=\\s*$)`))
};

;// CONCATENATED MODULE: ./src/core/version-files/pyproject.ts



/** pyproject.toml: [project] version, or [tool.poetry] version; read with a TOML parser, edited in place. */
const pyproject = {
    kind: 'pyproject',
    ecosystem: 'pep440',
    matches: name => name === 'pyproject.toml',
    detect: (_name, place) => place === 'root',
    locate(text) {
        let data;
        try {
            data = (0,dist/* parse */.qg)(text);
        }
        catch (error) {
            throw new core_errors/* ConfigurationError */.j1(`pyproject.toml is not valid TOML: ${error.message.split('\n')[0]}`);
        }
        const project = data.project;
        if (project && typeof project.version === 'string') {
            return findInSection(text, /^\s*\[\s*project\s*\]/, TOML_VERSION_KEY);
        }
        const poetry = data.tool?.poetry;
        if (poetry && typeof poetry.version === 'string') {
            return findInSection(text, /^\s*\[\s*tool\.poetry\s*\]/, TOML_VERSION_KEY);
        }
        return null;
    }
};

// EXTERNAL MODULE: ./src/core/version-files/layout.ts
var layout = __webpack_require__(11526);
;// CONCATENATED MODULE: ./src/core/version-files/python.ts


/** A Python module's `__version__ = "X.Y.Z"` (found as __init__.py, __version__.py, _version.py, version.py, __about__.py at the root, in src/NAME/ and in the package folder the metadata names). */
const python = {
    kind: 'python',
    ecosystem: 'pep440',
    matches: name => name.endsWith('.py'),
    detect: (name, place) => place !== 'swift' && layout/* PYTHON_VERSION_MODULES */.EY.includes(name),
    locate: text => findFirst(text, new RegExp(`^__version__\\s*(?::\\s*str\\s*)?=\\s*(?<q>["'])(?<v>${PYTHON_VERSION_TEXT})["']`, 'm'))
};

;// CONCATENATED MODULE: ./src/core/version-files/setup-cfg.ts

/** setup.cfg: `version = X.Y.Z` in [metadata]. */
const setupCfg = {
    kind: 'setup.cfg',
    ecosystem: 'pep440',
    matches: name => name === 'setup.cfg',
    detect: (_name, place) => place === 'root',
    locate: text => findInSection(text, /^\s*\[\s*metadata\s*\]/, new RegExp(`^\\s*version\\s*[=:]\\s*(?<q>)(?<v>${PYTHON_VERSION_TEXT})\\s*$`))
};

;// CONCATENATED MODULE: ./src/core/version-files/setup-py.ts

/** setup.py: the `version="X.Y.Z"` argument. */
const setupPy = {
    kind: 'setup.py',
    ecosystem: 'pep440',
    matches: name => name === 'setup.py',
    detect: (_name, place) => place === 'root',
    locate: text => findFirst(text, new RegExp(`\\bversion\\s*=\\s*(?<q>["'])(?<v>${PYTHON_VERSION_TEXT})["']`))
};

;// CONCATENATED MODULE: ./src/core/version-files/swift.ts

/** A Swift constant such as `let version = "X.Y.Z"` or `static let sdkVersion: String = "X.Y.Z"`. */
const swift = {
    kind: 'swift',
    matches: name => name.endsWith('.swift'),
    detect: () => true,
    locate: text => findFirst(text, new RegExp(`\\b(?:let|var)\\s+\\w*[vV]ersion\\s*(?::\\s*String\\s*)?=\\s*(?<q>")(?<v>${SEMVER_TEXT})"`))
};

;// CONCATENATED MODULE: ./src/core/version-files/uv-lock.ts



/** The project's own entry of a uv.lock: the [[package]] whose source is the project itself (`editable` or `virtual` "."). */
function ownEntry(text) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new core_errors/* ConfigurationError */.j1(`uv.lock is not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const own = (data.package ?? []).filter(entry => entry.source?.editable === '.' || entry.source?.virtual === '.');
    if (own.length !== 1 || typeof own[0].version !== 'string')
        return null;
    // the same entry in the text: the [[package]] block with that source line
    const lines = text.split('\n');
    let offset = 0;
    let block = null;
    const blocks = [];
    for (const line of lines) {
        if (/^\s*\[/.test(line)) {
            block = /^\s*\[\[\s*package\s*\]\]/.test(line) ? { version: null, own: false } : null;
            if (block)
                blocks.push(block);
        }
        else if (block) {
            if (/^\s*source\s*=\s*\{\s*(?:editable|virtual)\s*=\s*"\."\s*\}/.test(line))
                block.own = true;
            const match = TOML_VERSION_KEY.exec(line);
            if (match?.groups?.v !== undefined && !block.version) {
                const start = offset + match[0].length - match.groups.v.length - 1;
                block.version = { version: match.groups.v, start, end: start + match.groups.v.length };
            }
        }
        offset += line.length + 1;
    }
    const found = blocks.filter(candidate => candidate.own && candidate.version);
    return found.length === 1 && found[0].version?.version === own[0].version ? found[0].version : null;
}
/** uv.lock: the project's own entry. It follows pyproject.toml: changed only when pyproject.toml is. */
const uvLock = {
    kind: 'uv.lock',
    ecosystem: 'pep440',
    matches: name => name === 'uv.lock',
    follows: 'pyproject.toml',
    locate: ownEntry
};

;// CONCATENATED MODULE: ./src/core/version-files/index.ts











/**
 * Every version-file format; a file is of the first whose `matches` takes its name, so the
 * catch-all `generic` stays last. Adding a format: its file here and a line in this list.
 */
const VERSION_FORMATS = [
    pyproject,
    setupCfg,
    setupPy,
    packageJson,
    packageLock,
    uvLock,
    cargo,
    plain,
    python,
    swift,
    generic
];

// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
;// CONCATENATED MODULE: ./src/core/version-files/files.ts



function formatOf(path) {
    const name = path.split('/').pop() ?? path;
    return VERSION_FORMATS.find(format => format.matches(name)) ?? VERSION_FORMATS[VERSION_FORMATS.length - 1];
}
function kindOf(path) {
    return formatOf(path).kind;
}
/** Which spelling of the version a file takes (PEP 440 for Python files, else SemVer). */
function ecosystemOf(path) {
    return formatOf(path).ecosystem ?? 'semver';
}
/** The file name this file follows (package-lock.json → package.json), or null. */
function followedBy(path) {
    return formatOf(path).follows ?? null;
}
/** Whether a file of this name at this place is updated without being listed in version_files. */
function detected(name, place) {
    return formatOf(name).detect?.(name, place) ?? false;
}
/** Where the version string of a file is, or null when it has none. */
function locateVersion(kind, text) {
    const format = VERSION_FORMATS.find(candidate => candidate.kind === kind);
    return format ? format.locate(text) : null;
}
/**
 * The file's text with only the version string(s) changed, or null when it has no version. The
 * release's SemVer version is written in the file's own spelling (`1.3.0rc1` in pyproject.toml).
 */
function replaceVersion(path, text, releaseVersion) {
    const format = formatOf(path);
    const locations = format.locateAll ? format.locateAll(text) : [format.locate(text)].filter(l => l !== null);
    if (locations.length === 0)
        return null;
    const newVersion = (0,ecosystem_versions/* versionFor */.GX)(format.ecosystem ?? 'semver', releaseVersion, path);
    let updated = text;
    for (const location of [...locations].sort((a, b) => b.start - a.start)) {
        updated = updated.slice(0, location.start) + newVersion + updated.slice(location.end);
    }
    // read it back with the same parser (TOML and JSON through their libraries)
    if (format.locate(updated)?.version !== newVersion) {
        throw new Error(`version edit of ${path} did not read back as ${newVersion}`);
    }
    return { text: updated, oldVersion: locations[0].version, newVersion };
}


/***/ }),

/***/ 11526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ cargoMemberFiles),
/* harmony export */   EY: () => (/* binding */ PYTHON_VERSION_MODULES),
/* harmony export */   En: () => (/* binding */ pythonVersionFiles)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/**
 * Where a project keeps its version beyond the root: the Python package its metadata names (flat
 * `NAME/` or `src/NAME/`, hatch's version path, setuptools' `attr:`), and the member crates of a
 * Cargo workspace (`members` globs). Pure: it reads through the callbacks it is given.
 */

/** The modules beside a package's `__init__.py` that may hold `__version__`. */
const PYTHON_VERSION_MODULES = ['__init__.py', '__version__.py', '_version.py', 'version.py', '__about__.py'];
function tomlOf(text) {
    if (text === null)
        return null;
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch {
        return null; // a file we can't parse is named by its own format's error when it is edited
    }
}
function table(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** A distribution name as an import name: `fast-vlm.kit` → `fast_vlm_kit`. */
function importName(name) {
    return name.trim().toLowerCase().replace(/[-.]+/g, '_');
}
/** A relative path inside the repository, or null (absolute, `..`, empty). */
function inside(path) {
    const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (clean === '' || clean === '.' || clean.startsWith('/') || clean.split('/').includes('..'))
        return null;
    return clean;
}
/** `pkg.sub.__version__` (setuptools' `attr:`) → the module paths that may define it. */
function attrModules(attr) {
    const parts = attr.trim().split('.');
    if (parts.length < 2 || parts.some(part => !/^\w+$/.test(part)))
        return [];
    const module = parts.slice(0, -1).join('/');
    return [`${module}.py`, `${module}/__init__.py`];
}
function pyprojectHints(data, hints) {
    const project = table(data.project);
    const tool = table(data.tool);
    const poetry = table(tool.poetry);
    const setuptools = table(tool.setuptools);
    const hatch = table(tool.hatch);
    for (const name of [project.name, poetry.name])
        if (typeof name === 'string')
            hints.names.push(importName(name));
    for (const entry of Array.isArray(poetry.packages) ? poetry.packages : []) {
        const include = table(entry).include;
        const from = table(entry).from;
        if (typeof include === 'string')
            hints.folders.push(typeof from === 'string' ? `${from}/${include}` : include);
    }
    for (const name of strings(setuptools.packages))
        hints.names.push(name.replace(/\./g, '/'));
    const packageDir = table(setuptools['package-dir']);
    if (typeof packageDir[''] === 'string')
        hints.roots.push(packageDir['']);
    const dynamic = table(table(setuptools.dynamic).version);
    if (typeof dynamic.attr === 'string')
        hints.files.push(...attrModules(dynamic.attr));
    // `version = { file = "src/acme/VERSION" }`: the file holds the version (paths from the project root)
    hints.files.push(...(typeof dynamic.file === 'string' ? [dynamic.file] : strings(dynamic.file)));
    const versionPath = table(hatch.version).path;
    if (typeof versionPath === 'string')
        hints.files.push(versionPath);
    const wheel = table(table(table(table(hatch.build).targets).wheel));
    hints.folders.push(...strings(wheel.packages));
}
/** setup.cfg's [metadata] name and `version = attr: pkg.__version__`, [options] package_dir. */
function setupCfgHints(text, hints) {
    let section = '';
    for (const line of text.split(/\r?\n/)) {
        const header = /^\s*\[\s*([^\]]+?)\s*\]/.exec(line);
        if (header) {
            section = header[1].toLowerCase();
            continue;
        }
        const entry = /^\s*([\w-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (!entry)
            continue;
        const [, key, value] = entry;
        if (section === 'metadata' && key === 'name' && value)
            hints.names.push(importName(value));
        if (section === 'metadata' && key === 'version') {
            const attr = /^attr:\s*(\S+)$/.exec(value);
            if (attr)
                hints.files.push(...attrModules(attr[1]));
            const file = /^file:\s*(\S+)$/.exec(value);
            if (file)
                hints.files.push(file[1]);
        }
        if (section === 'options' && key === 'package_dir') {
            const root = /^=\s*(\S+)$/.exec(value);
            if (root)
                hints.roots.push(root[1]);
        }
    }
    // package_dir is often on its own line: `package_dir =\n    = src`
    const continued = /^\s*package_dir\s*=\s*\r?\n\s+=\s*(\S+)/m.exec(text);
    if (continued)
        hints.roots.push(continued[1]);
}
/** setup.py's `name="..."` and `package_dir={"": "src"}`. */
function setupPyHints(text, hints) {
    const name = /\bname\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text);
    if (name)
        hints.names.push(importName(name[1]));
    const root = /package_dir\s*=\s*\{\s*["']{2}\s*:\s*["']([^"']+)["']/.exec(text);
    if (root)
        hints.roots.push(root[1]);
}
function exists(tree, path, directory) {
    const slash = path.lastIndexOf('/');
    const dir = slash >= 0 ? path.slice(0, slash) : '.';
    const name = path.slice(slash + 1);
    return tree.list(dir).some(entry => entry.name === name && entry.directory === directory);
}
/**
 * The Python files that may hold the version, from the project's metadata: the package folder
 * (flat `NAME/` or `src/NAME/`) and its version modules, hatch's version path, setuptools' attr module.
 */
function pythonVersionFiles(tree) {
    const hints = { names: [], folders: [], files: [], roots: ['', 'src'] };
    const pyproject = tomlOf(tree.read('pyproject.toml'));
    if (pyproject)
        pyprojectHints(pyproject, hints);
    const cfg = tree.read('setup.cfg');
    if (cfg !== null)
        setupCfgHints(cfg, hints);
    const py = tree.read('setup.py');
    if (py !== null)
        setupPyHints(py, hints);
    const found = new Set();
    const folders = new Set();
    for (const folder of hints.folders) {
        const clean = inside(folder);
        if (clean)
            folders.add(clean);
    }
    for (const name of hints.names) {
        for (const root of hints.roots) {
            const base = root === '' ? '' : inside(root);
            if (base === null)
                continue;
            folders.add(base ? `${base}/${name}` : name);
        }
    }
    for (const folder of folders) {
        if (!exists(tree, folder, true) || !exists(tree, `${folder}/__init__.py`, false))
            continue;
        for (const entry of tree.list(folder))
            if (!entry.directory && PYTHON_VERSION_MODULES.includes(entry.name))
                found.add(`${folder}/${entry.name}`);
    }
    for (const file of hints.files) {
        for (const root of [...new Set(['', ...hints.roots])]) {
            const base = root === '' ? '' : inside(root);
            if (base === null)
                continue;
            const path = inside(base ? `${base}/${file}` : file);
            if (path && exists(tree, path, false))
                found.add(path);
        }
    }
    return [...found];
}
/** Expands a workspace member pattern (`crates/*`, `cli`): `*` and `?` within one folder name. */
function expand(tree, pattern) {
    const clean = inside(pattern);
    if (!clean)
        return [];
    let paths = [''];
    for (const segment of clean.split('/')) {
        if (segment === '**')
            return []; // not a pattern Cargo members use in practice
        const wild = /[*?[]/.test(segment);
        const regex = wild
            ? new RegExp(`^${segment
                .replace(/[.+^${}()|\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]')}$`)
            : null;
        const next = [];
        for (const path of paths) {
            const dir = path || '.';
            for (const entry of tree.list(dir)) {
                if (!entry.directory || entry.name.startsWith('.'))
                    continue;
                if (regex ? regex.test(entry.name) : entry.name === segment)
                    next.push(path ? `${path}/${entry.name}` : entry.name);
            }
        }
        paths = next;
    }
    return paths;
}
/** The member crates' Cargo.toml of the root Cargo.toml's [workspace] (members globs, minus exclude). */
function cargoMemberFiles(tree) {
    const root = tomlOf(tree.read('Cargo.toml'));
    if (!root)
        return [];
    const workspace = table(root.workspace);
    const excluded = new Set(strings(workspace.exclude).flatMap(pattern => expand(tree, pattern)));
    const found = new Set();
    for (const pattern of strings(workspace.members)) {
        for (const folder of expand(tree, pattern)) {
            if (excluded.has(folder) || folder === '')
                continue;
            if (exists(tree, `${folder}/Cargo.toml`, false))
                found.add(`${folder}/Cargo.toml`);
        }
    }
    return [...found];
}


/***/ }),

/***/ 39502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decideBump)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24405);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/* harmony import */ var _convention_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48819);





/** `named` is `previous` bumped by one level (a prerelease of that counts too). */
/** Text a person wrote: a letter, and no control characters or undecodable bytes. */
function hasText(header) {
    // eslint-disable-next-line no-control-regex
    return /\p{L}/u.test(header) && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(header);
}
/** The level between two versions (`previous` bumped to `next`). */
function levelBetween(previous, next) {
    const from = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(previous);
    const to = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(next);
    return to.major !== from.major ? 'major' : to.minor !== from.minor ? 'minor' : 'patch';
}
function isNextStep(previous, named) {
    const version = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(named);
    if (!version || !semver__WEBPACK_IMPORTED_MODULE_0___default().valid(previous))
        return false;
    const base = `${version.major}.${version.minor}.${version.patch}`;
    return ['patch', 'minor', 'major'].some(level => semver__WEBPACK_IMPORTED_MODULE_0___default().inc(previous, level) === base);
}
/** What a change bumps: breaking → major; else what its type bumps (commits/type-table.ts); a revert → patch. */
function standardLevelOf(change) {
    if (change.breaking)
        return { level: 'major', why: 'breaking change' };
    const byType = (0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .typeBump */ .t_)(change.type);
    if (byType)
        return byType;
    if (change.isRevert)
        return (0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .typeBump */ .t_)('revert');
    return null;
}
/**
 * What a change bumps under the project's rules: the standard level unless a rule (explicit or
 * inferred) says otherwise; `{ level: null }` with the rule when the rule releases nothing for it.
 */
function levelOf(change, preMajor, convention) {
    const standard = standardLevelOf(change);
    const conventional = isConventional(change) || change.isRevert;
    const rule = conventional ? (0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleFor */ .sG)(change, preMajor, convention) : convention.rules.get('plain');
    if (!rule || rule.level === (standard?.level ?? 'none'))
        return standard;
    const why = standard?.why ?? (conventional ? (change.type ?? 'change') : 'plain message');
    return { level: rule.level === 'none' ? null : rule.level, why, rule, standard: standard?.level ?? 'none' };
}
/** A change written as a conventional commit (a known type, or a breaking change). */
function isConventional(change) {
    return change.breaking || (change.type !== null && _commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_TYPES */ .EE.has(change.type));
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
/**
 * Reverts, newest first: a live revert cancels its target (named by sha, full or abbreviated to
 * 7+ characters, or else by the quoted header of an older commit in range, as when history was
 * rebased); a cancelled revert cancels nothing. Only the shas and headers the reverts name are
 * indexed, in one pass over the range.
 */
function resolveReverts(commits) {
    const cancelled = new Set();
    const revertPairs = new Set();
    const reverts = [];
    for (let index = 0; index < commits.length; index++) {
        const commit = commits[index];
        if (!commit.merge && !commit.skip && commit.changes[0].isRevert)
            reverts.push(index);
    }
    if (reverts.length === 0)
        return { cancelled, revertPairs };
    const hashes = new Set();
    const headers = new Map();
    for (const index of reverts) {
        const { revertOf, revertHeader } = commits[index].changes[0];
        if (revertOf && revertOf.length >= 7)
            hashes.add(revertOf.toLowerCase());
        if (revertHeader)
            headers.set(revertHeader, []);
    }
    const abbreviated = new Set([...hashes].filter(hash => hash.length < 40).map(hash => hash.slice(0, 7)));
    const bySha = new Map(); // a named hash → the shas it matches
    for (let index = 0; index < commits.length; index++) {
        const { sha, merge, changes } = commits[index];
        if (hashes.has(sha))
            bySha.set(sha, [sha]);
        if (abbreviated.size > 0 && abbreviated.has(sha.slice(0, 7))) {
            for (const hash of hashes) {
                if (hash.length < 40 && sha.startsWith(hash))
                    bySha.set(hash, [...(bySha.get(hash) ?? []), sha]);
            }
        }
        if (!merge)
            headers.get(changes[0].header)?.push(index); // ascending positions
    }
    for (const index of reverts) {
        const { sha } = commits[index];
        if (cancelled.has(sha))
            continue;
        const main = commits[index].changes[0];
        const matches = main.revertOf ? bySha.get(main.revertOf.toLowerCase()) : undefined;
        let target = matches?.length === 1 ? matches[0] : null;
        if (!target && main.revertHeader) {
            // the nearest older commit with that header that is still live
            for (const position of headers.get(main.revertHeader) ?? []) {
                if (position > index && !cancelled.has(commits[position].sha)) {
                    target = commits[position].sha;
                    break;
                }
            }
        }
        if (target && target !== sha) {
            cancelled.add(target);
            revertPairs.add(sha);
        }
    }
    return { cancelled, revertPairs };
}
/**
 * Decides the bump for the commits of a range.
 * @param commits the range as `git log` lists it, newest first
 */
function decideBump(commits, options) {
    const { cancelled, revertPairs } = resolveReverts(commits);
    for (const sha of revertPairs)
        cancelled.add(sha);
    const changes = [];
    const drivers = [];
    const skipped = [];
    const convention = options.convention ?? _convention_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .STANDARD */ .iW;
    const preMajor = options.currentMajor === 0;
    /** Rules that lowered a change below its standard level, or released nothing for it. */
    const lowered = [];
    /** Why no rule decided some change: its kind's releases contradict each other. */
    const contested = new Set();
    let releaseAs = null;
    for (let index = commits.length - 1; index >= 0; index--) {
        const analyzed = commits[index];
        const sha = analyzed.sha;
        if (analyzed.skip) {
            skipped.push(sha);
            continue;
        }
        if (analyzed.merge)
            continue;
        if (cancelled.has(sha)) {
            // a revert and its target leave the notes together, but the revert still releases a patch:
            // the projects in the real histories released such ranges (a reverted chore included)
            if (revertPairs.has(sha))
                drivers.push({ change: analyzed.changes[0], level: 'patch', why: 'revert' });
            continue;
        }
        if (analyzed.releaseAs !== null) {
            const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(analyzed.releaseAs);
            if (!version) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Commit ${shortSha(sha)} has the footer "Release-As: ${analyzed.releaseAs.slice(0, 80)}", which is not a version. ` +
                    'Write Release-As: X.Y.Z (for example Release-As: 2.0.0), or revert that commit.');
            }
            releaseAs = { version, sha, source: 'footer' }; // the newest wins
        }
        // a release commit (`chore: release 1.2.0`, `1.2.0`) is neither a change nor a reason to release
        if (analyzed.namesVersion !== null)
            continue;
        for (const change of analyzed.changes) {
            if (change.type === null && !hasText(change.header))
                continue; // an empty or binary message is no change
            changes.push(change);
            const decided = levelOf(change, preMajor, convention);
            if (convention.contested && !decided?.rule)
                for (const key of (0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleKeys */ .dv)(change, preMajor)) {
                    const note = convention.contested.get(key);
                    if (note)
                        contested.add(note);
                }
            if (!decided)
                continue;
            const { level, ...rest } = decided;
            if (level)
                drivers.push({ change, level, ...rest });
            if (decided.rule && _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[level ?? 'none'] < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[decided.standard ?? 'none'])
                lowered.push({ change, level: level ?? 'patch', ...rest });
        }
    }
    // A range without a single conventional commit is a manual era (plain messages, released by
    // hand): the real histories released every such range, so each plain message counts as a patch.
    // Among conventional commits, a plain message releases nothing (as a chore would).
    // A rule for plain messages (plain=none: a conventional-commits repository) replaces this.
    const plainRule = convention.rules.get('plain');
    // (a rule that releases them, plain=patch, made their drivers already)
    const noConventional = changes.length > 0 && !changes.some(isConventional);
    const manualEra = noConventional && (plainRule ? plainRule.level !== 'none' : drivers.length === 0);
    if (manualEra && !plainRule)
        for (const change of changes)
            drivers.push({ change, level: 'patch', why: 'plain message' });
    // strongest first, in history order within a level (a stable bucket sort)
    const byLevel = { major: [], minor: [], patch: [] };
    for (const driver of drivers)
        byLevel[driver.level].push(driver);
    drivers.length = 0;
    drivers.push(...byLevel.major, ...byLevel.minor, ...byLevel.patch);
    let bump = drivers.length > 0 ? drivers[0].level : 'none';
    if (bump === 'major' && options.bumpMinorPreMajor && options.currentMajor === 0)
        bump = 'minor';
    // A release commit at HEAD itself (`1.2.0`, `chore: release 1.2.0`, a release tool's commit; not a
    // commit further down, which a merged branch could bring) names the version its maintainer
    // chose, when it is one step above the previous release; a footer still wins. Maintainers in the
    // real histories released below what the commits called for (a feat as 0.6.2), so the commit
    // is followed, and the reason says so.
    const head = commits.length > 0 && !commits[0].merge ? commits[0] : undefined;
    let belowCommits = '';
    if (!releaseAs && head?.namesVersion && options.previous && isNextStep(options.previous, head.namesVersion)) {
        releaseAs = { version: semver__WEBPACK_IMPORTED_MODULE_0___default().valid(head.namesVersion), sha: head.sha, source: 'release commit' };
        const named = levelBetween(options.previous, head.namesVersion);
        if (_types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[named] < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[bump])
            belowCommits = ` (a ${named}, below the ${bump} the commits call for)`;
    }
    let reason;
    if (options.bump !== 'auto') {
        reason = `bump input set to ${options.bump}`;
        bump = options.bump;
    }
    else if (releaseAs) {
        reason =
            releaseAs.source === 'footer'
                ? `Release-As: ${releaseAs.version} footer in ${shortSha(releaseAs.sha)}`
                : `release commit ${shortSha(releaseAs.sha)} names ${releaseAs.version}${belowCommits}`;
        if (bump === 'none')
            bump = 'patch';
    }
    else if (bump === 'none') {
        reason =
            changes.length === 0
                ? 'no commits to release since the previous release'
                : `no releasable commits: none of the ${changes.length} change(s) is a ${(0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .releasingTypesList */ .oS)()} or breaking change`;
        // a conventional-commits repository: plain messages alone release nothing (today's rule released a patch)
        if (plainRule?.level === 'none' && !changes.some(isConventional))
            reason +=
                ` (${changes.length} plain message(s), such as ${shortSha(changes[0].sha)}, release nothing here; ` +
                    `write the commit message or pull request title as a conventional commit, such as "fix: …" for a patch or "feat: …" for a minor; ${(0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRule */ .IO)(plainRule)})`;
    }
    else {
        const strongest = drivers.filter(driver => driver.level === drivers[0].level);
        const listed = strongest
            .slice(0, 5)
            .map(driver => `${shortSha(driver.change.sha)} ${driver.why}`)
            .join(', ');
        const more = strongest.length > 5 ? ` and ${strongest.length - 5} more` : '';
        reason = `${bump} because of ${listed}${more}`;
        if (manualEra && !plainRule)
            reason += ' (no conventional commits in the range: plain messages release a patch)';
        if (drivers[0].level === 'major' && bump === 'minor')
            reason += ' (breaking changes bump minor before 1.0.0: bump_minor_pre_major)';
    }
    // the project's rules that decided this release: those of the deciding level, and those that lowered a stronger one
    if (options.bump === 'auto' && !releaseAs) {
        const applied = new Set();
        for (const driver of [...drivers, ...lowered]) {
            if (!driver.rule)
                continue;
            const decides = driver.level === bump && _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[driver.standard ?? 'none'] < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[driver.level];
            if (decides || _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[driver.standard ?? 'none'] > _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUMP_ORDER */ .q[bump])
                applied.add(driver.rule);
        }
        for (const rule of applied)
            reason += `; ${(0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRule */ .IO)(rule)}`;
        for (const note of contested)
            reason += `; ${note}`;
    }
    if (cancelled.size > 0)
        reason += `; ${cancelled.size} commit(s) cancelled by reverts in the range`;
    if (skipped.length > 0)
        reason += `; ${skipped.length} commit(s) skipped by [skip release]`;
    const handMade = releaseAs?.source === 'release commit' && head?.changes[0].type === null;
    return { bump, changes, drivers, cancelled, skipped, releaseAs, reason, handMade, manualEra };
}


/***/ }),

/***/ 85051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   ut: () => (/* binding */ nthBelow),
/* harmony export */   wv: () => (/* binding */ sortByVersion)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version order without semver's objects for the common case: a plain X.Y.Z compares as three
 * numbers (a repository of 10,000 release tags sorts them without 10,000 × log n semver parses);
 * anything else (a prerelease, build metadata) falls back to semver.compare, so the order is
 * semver's exactly.
 */

/** Each number of a key's X.Y.Z below 2^17: three of them make one exact integer (51 bits). */
const PART = 2 ** 17;
/**
 * A plain X.Y.Z (no leading zero, each number below 2^17) as one number that orders as the version
 * does, read character by character (no regex, no array: thousands of tags are keyed per run); null
 * for anything else (a prerelease, metadata, a bigger number), which semver compares.
 */
function versionKey(version) {
    let key = 0;
    let part = 0;
    let digits = 0;
    let dots = 0;
    for (let i = 0; i < version.length; i++) {
        const code = version.charCodeAt(i);
        if (code === 46) {
            if (digits === 0 || dots === 2)
                return null;
            key = key * PART + part;
            part = 0;
            digits = 0;
            dots++;
            continue;
        }
        if (code < 48 || code > 57)
            return null;
        if (digits === 1 && part === 0)
            return null; // a leading zero
        part = part * 10 + (code - 48);
        if (part >= PART)
            return null;
        digits++;
    }
    if (digits === 0 || dots !== 2)
        return null;
    return key * PART + part;
}
/** semver.compare(a, b)'s sign: negative when a is lower, 0 when equal, positive when higher. */
function compareVersions(a, b) {
    const x = versionKey(a);
    const y = versionKey(b);
    if (x !== null && y !== null)
        return Math.sign(x - y);
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b);
}
/**
 * The items sorted by their version (ascending; `descending` for highest first), each version
 * parsed once instead of once a comparison. Stable, as Array.prototype.sort is.
 */
function sortByVersion(items, versionOf, descending = false) {
    return sortKeyed(items.map(item => keyOf(item, versionOf(item))), descending).map(entry => entry.item);
}
function keyOf(item, version) {
    return { item, version, key: versionKey(version) };
}
function compareKeyed(a, b) {
    return a.key !== null && b.key !== null ? a.key - b.key : semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a.version, b.version);
}
function sortKeyed(keyed, descending) {
    const order = descending ? -1 : 1;
    return keyed.sort((a, b) => order * compareKeyed(a, b));
}
/**
 * The `count`th highest of the items below `ceiling` (1: the highest below it), or null when none
 * is: one pass keeping the `count` highest (the convention window's start among thousands of release
 * tags), no sort of them all. Of equal versions the first in the input wins, as a stable sort's.
 */
function nthBelow(items, versionOf, ceiling, count) {
    const limit = keyOf(null, ceiling);
    const wanted = Math.max(1, count);
    // the highest seen so far, highest first (at most `wanted` of them)
    const best = [];
    for (const item of items) {
        const version = versionOf(item);
        const key = versionKey(version);
        if (key !== null && limit.key !== null ? key >= limit.key : semver__WEBPACK_IMPORTED_MODULE_0___default().compare(version, ceiling) >= 0)
            continue;
        const entry = { item, version, key };
        if (best.length === wanted && compareKeyed(entry, best[wanted - 1]) <= 0)
            continue;
        let at = best.length;
        while (at > 0 && compareKeyed(entry, best[at - 1]) > 0)
            at--;
        best.splice(at, 0, entry);
        if (best.length > wanted)
            best.pop();
    }
    return best.length === 0 ? null : best[Math.min(count, best.length) - 1].item;
}


/***/ }),

/***/ 48819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   L5: () => (/* binding */ mergeConventions),
/* harmony export */   dv: () => (/* binding */ ruleKeys),
/* harmony export */   iW: () => (/* binding */ STANDARD),
/* harmony export */   o5: () => (/* binding */ parseReleaseRules),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   y2: () => (/* binding */ typeKey)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24405);
/**
 * A project's release rules: what a kind of commit releases when the project's own convention
 * differs from the standard rules (commits/type-table.ts). One rule set, two sources: the
 * configuration file's `release_rules` (explicit, always wins) and the rules inferred from the
 * project's own releases (convention.ts). bump.ts applies them.
 *
 * Keys, lower case:
 * - `breaking`: a breaking change at or above 1.0.0; `0.x breaking`: below 1.0.0
 * - `0.x feat`: a feature below 1.0.0
 * - `plain`: a plain (non-conventional) message
 * - `TYPE` or `TYPE(SCOPE)`: a commit of that type (and scope) that is not breaking
 */


const STANDARD = Object.freeze({ rules: new Map(), note: '' });
const LEVELS = ['major', 'minor', 'patch', 'none'];
/** A type or a scope a rule may name: a word (no mention, markup or marker can ride along). */
const WORD = /^[a-z][a-z0-9_-]{0,30}$/;
const SCOPE = /^[a-z0-9][a-z0-9_.-]{0,30}$/;
/** The rule key of a type and scope (`chore(deps)`), or null when they are not plain words. */
function typeKey(type, scope) {
    const lower = type.toLowerCase();
    if (!WORD.test(lower))
        return null;
    if (scope === null)
        return lower;
    const scoped = scope.toLowerCase();
    return SCOPE.test(scoped) ? `${lower}(${scoped})` : null;
}
function validKey(key) {
    if (key === 'breaking' || key === '0.x breaking' || key === '0.x feat' || key === 'plain')
        return true;
    const match = /^([^()\s]+)(?:\(([^()\s]+)\))?$/.exec(key);
    return match !== null && typeKey(match[1], match[2] ?? null) === key;
}
/** `release_rules` entries (`breaking=minor`, `chore(deps)=patch`, `plain=none`): the explicit rules. */
function parseReleaseRules(entries) {
    const rules = new Map();
    for (const entry of entries) {
        const match = /^\s*([^=]+?)\s*=\s*([a-z]+)\s*$/i.exec(entry);
        const key = match?.[1].toLowerCase().replace(/\s+/g, ' ') ?? '';
        const level = (match?.[2].toLowerCase() ?? '');
        if (!match || !validKey(key) || !LEVELS.includes(level)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`release_rules has the entry "${entry.slice(0, 80)}", which is not KIND=LEVEL. ` +
                'Write entries such as breaking=minor, 0.x feat=patch, chore(deps)=patch or plain=none (KIND: breaking, 0.x breaking, 0.x feat, plain, TYPE or TYPE(SCOPE); LEVEL: major, minor, patch or none).');
        }
        rules.set(key, { key, level, source: 'configuration', evidence: `release_rules: ${key}=${level}` });
    }
    return rules;
}
/** Explicit rules win over inferred ones, key by key. */
function mergeConventions(explicit, inferred) {
    if (explicit.size === 0)
        return inferred;
    return { ...inferred, rules: new Map([...inferred.rules, ...explicit]) };
}
/** The rule keys that may decide a (conventional or breaking) change, most specific first. */
function ruleKeys(change, preMajor) {
    if (change.breaking)
        return [preMajor ? '0.x breaking' : 'breaking'];
    if (change.type === null)
        return [];
    const keys = preMajor && (0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .isFeatureType */ .nd)(change.type) ? ['0.x feat'] : [];
    const scoped = typeKey(change.type, change.scope);
    if (scoped !== null && change.scope !== null)
        keys.push(scoped);
    keys.push(change.type.toLowerCase());
    return keys;
}
/** The rule that decides a (conventional or breaking) change, if any. */
function ruleFor(change, preMajor, convention) {
    if (convention.rules.size === 0)
        return undefined;
    for (const key of ruleKeys(change, preMajor)) {
        const rule = convention.rules.get(key);
        if (rule)
            return rule;
    }
    return undefined;
}
/** How the rule reads in a reason: its evidence, and the configuration that makes an inferred rule explicit. */
function describeRule(rule) {
    return rule.source === 'configuration'
        ? rule.evidence
        : `convention inferred from this repository's releases: ${rule.evidence} (to make it explicit, set release_rules: [${rule.key}=${rule.level}] in the configuration file; infer_convention: false turns inference off)`;
}


/***/ }),

/***/ 39229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ inferConvention),
/* harmony export */   jf: () => (/* binding */ WINDOW)
/* harmony export */ });
/* unused harmony export MIN_EVIDENCE */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24405);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39502);
/* harmony import */ var _convention_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48819);
/**
 * Inferring a project's convention from its own releases: the commits of each of its last
 * releases, and the level the project released them at. Where the project consistently released
 * differently from the standard rules (breaking changes as minor releases, dependency updates as
 * patches, plain messages never), the convention becomes rules (convention-rules.ts) that decide the
 * next release; where the evidence is thin or contradicts itself, nothing is inferred and the note
 * says why. Pure: the releases are read by the caller (src/usecases/release/convention-window.ts).
 */




/**
 * A rule is inferred from at least this many releases, with none against it. Measured on the seven
 * shared histories, each release replayed with only its earlier releases (`MEASURE=1 …
 * __tests__/histories.test.ts`): 1 changes a release for the worse (gcp-metadata v0.9.0, from
 * `0.x feat=patch` and `build=patch` each learned from a single release); 2, 3 and 4 change none.
 * 3 keeps a margin over the lowest safe value; git-cliff's 2.x line has 7 such releases.
 */
const MIN_EVIDENCE = 3;
/** The releases read back: the last 20 (the cost follows this window, not the history's length). */
const WINDOW = 20;
function levelBetween(prev, next) {
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().inc(prev, 'major') === next.version)
        return 'major';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().inc(prev, 'minor') === next.version)
        return 'minor';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().inc(prev, 'patch') === next.version)
        return 'patch';
    return null;
}
function isConventional(change) {
    return change.breaking || (change.type !== null && _commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_TYPES */ .EE.has(change.type));
}
function observe(sample) {
    const prev = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(sample.prev.version);
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(sample.next.version);
    if (!prev || !next || prev.prerelease.length > 0 || next.prerelease.length > 0)
        return null;
    const real = levelBetween(prev, next);
    if (!real)
        return null;
    let decision;
    try {
        decision = (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .decideBump */ .D)(sample.commits, { bump: 'auto', bumpMinorPreMajor: false, currentMajor: prev.major });
    }
    catch {
        // an earlier release's commits this run cannot decide (a Release-As footer that is no version):
        // already released, they say nothing of the project's rules, and never stop today's release
        return null;
    }
    // a footer chose the version: it says nothing of the project's rules
    if (decision.releaseAs?.source === 'footer')
        return null;
    const drivers = decision.drivers.filter(driver => driver.why !== 'plain message');
    const quiet = new Set();
    for (const change of decision.changes) {
        if (change.breaking || change.type === null || !_commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_TYPES */ .EE.has(change.type) || (0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_1__/* .typeBump */ .t_)(change.type))
            continue;
        const scoped = (0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .typeKey */ .y2)(change.type, change.scope);
        const bare = (0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .typeKey */ .y2)(change.type, null);
        if (scoped)
            quiet.add(scoped);
        if (bare)
            quiet.add(bare);
    }
    return {
        sample,
        real,
        preMajor: prev.major === 0,
        breaking: drivers.some(driver => driver.why === 'breaking change'),
        feature: drivers.some(driver => driver.level === 'minor'),
        standard: drivers[0]?.level ?? 'none',
        plainOnly: decision.manualEra,
        conventional: decision.changes.some(isConventional),
        quiet
    };
}
function since(observed) {
    return observed.length > 0 ? ` since ${observed[0].sample.prev.name}` : '';
}
/** A level rule for one kind of release: all of them at `level`, at least MIN_EVIDENCE, none against. */
function levelRule(key, what, observed, level, contested) {
    const at = observed.filter(entry => entry.real === level);
    if (at.length === 0)
        return null;
    if (at.length < observed.length) {
        contested.set(key, `no convention inferred for ${what}: the releases contradict each other (${level} in ${at.length} of ${observed.length} releases${since(observed)}); the standard rules apply`);
        return null;
    }
    if (at.length < MIN_EVIDENCE)
        return null;
    return {
        key,
        level,
        source: 'inferred',
        evidence: `${what} released as ${level} in ${at.length} of ${observed.length} releases${since(observed)}`
    };
}
/**
 * `breaking=minor`: every release of the current major line (the previous release's major) with a
 * breaking change was a minor, at least MIN_EVIDENCE of them. The major release that started the
 * line is no contradiction; a breaking change released as a patch in the line is.
 */
function breakingRule(observed, contested) {
    const newest = observed.at(-1);
    const major = newest ? semver__WEBPACK_IMPORTED_MODULE_0___default().major(newest.sample.next.version) : 0;
    if (major === 0)
        return null;
    const line = observed.filter(entry => entry.breaking && semver__WEBPACK_IMPORTED_MODULE_0___default().major(entry.sample.prev.version) === major);
    const minor = line.filter(entry => entry.real === 'minor');
    if (minor.length === 0)
        return null;
    const start = observed.find(entry => entry.sample.next.version === `${major}.0.0`);
    const since = ` since ${start ? start.sample.next.name : line[0].sample.prev.name}`;
    if (minor.length < line.length) {
        contested.set('breaking', `no convention inferred for breaking changes: the releases contradict each other (minor in ${minor.length} of ${line.length} releases${since}); the standard rules apply`);
        return null;
    }
    if (minor.length < MIN_EVIDENCE)
        return null;
    return {
        key: 'breaking',
        level: 'minor',
        source: 'inferred',
        evidence: `breaking changes released as minor in ${minor.length} of ${line.length} releases${since}`
    };
}
/**
 * The project's convention, from its earlier releases (oldest first; the last WINDOW are read).
 * @param ignoredTags tags of the prefix that are not releases (`v1`), for the note
 */
function inferConvention(samples, options) {
    const observed = samples
        .slice(-WINDOW)
        .map(observe)
        .filter((entry) => entry !== null);
    const ignored = options.ignoredTags && options.ignoredTags > 0
        ? ` (${options.ignoredTags} tag(s) of the prefix, such as a floating major tag, are not releases)`
        : '';
    if (observed.length < MIN_EVIDENCE) {
        return {
            rules: new Map(),
            note: `no convention inferred: ${observed.length} earlier release(s) to learn from, ${MIN_EVIDENCE} needed${ignored}; the standard rules apply`
        };
    }
    const rules = [];
    const contested = new Map();
    const add = (rule) => {
        if (rule)
            rules.push(rule);
    };
    // breaking changes at and above 1.0.0: the current major line's releases (a major release starts
    // a line, as git-cliff's 2.0.0 did before it released breaking changes as minor throughout 2.x)
    add(breakingRule(observed, contested));
    if (!options.bumpMinorPreMajor)
        add(levelRule('0.x breaking', 'breaking changes below 1.0.0', observed.filter(entry => entry.breaking && entry.preMajor), 'minor', contested));
    add(levelRule('0.x feat', 'features below 1.0.0', observed.filter(entry => entry.feature && !entry.breaking && entry.preMajor), 'patch', contested));
    // types (and scopes) that released a patch on their own: releases the standard rules would not have made
    const unexplained = observed.filter(entry => entry.standard === 'none' && !entry.plainOnly && entry.real === 'patch');
    const explained = new Set();
    for (const scoped of [true, false]) {
        const counts = new Map();
        for (const entry of unexplained) {
            if (explained.has(entry))
                continue;
            for (const key of entry.quiet)
                if (key.includes('(') === scoped)
                    counts.set(key, [...(counts.get(key) ?? []), entry]);
        }
        for (const [key, entries] of [...counts].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
            const left = entries.filter(entry => !explained.has(entry));
            if (left.length < MIN_EVIDENCE)
                continue;
            for (const entry of left)
                explained.add(entry);
            rules.push({
                key,
                level: 'patch',
                source: 'inferred',
                evidence: `${key} commits alone released a patch in ${left.length} releases (${left
                    .slice(-3)
                    .map(entry => entry.sample.next.name)
                    .join(', ')}${left.length > 3 ? ', …' : ''})`
            });
        }
    }
    // plain messages: a repository whose releases since its last manual-era release were all
    // conventional releases nothing for them (a manual era released them as patches)
    const lastPlain = observed.map(entry => entry.plainOnly).lastIndexOf(true);
    const conventional = observed.slice(lastPlain + 1);
    if (conventional.length >= MIN_EVIDENCE && conventional.every(entry => entry.conventional)) {
        const era = lastPlain >= 0 ? `, after plain-message releases up to ${observed[lastPlain].sample.next.name}` : '';
        rules.push({
            key: 'plain',
            level: 'none',
            source: 'inferred',
            evidence: `all ${conventional.length} releases${since(conventional)} had conventional commits${era}`
        });
    }
    return { rules: new Map(rules.map(rule => [rule.key, rule])), note: '', contested };
}


/***/ }),

/***/ 50964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ versionFor),
/* harmony export */   TU: () => (/* binding */ dockerTag),
/* harmony export */   Ug: () => (/* binding */ isPlaceholderVersion),
/* harmony export */   ul: () => (/* binding */ pep440Version),
/* harmony export */   yb: () => (/* binding */ semverOfFileVersion)
/* harmony export */ });
/* unused harmony export PEP440_LABELS */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** SemVer prerelease labels and their PEP 440 spelling (PEP 440's own normalisation of a, b, c, pre, preview). */
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc'
};
/**
 * The prerelease labels a PEP 440 version can express (for error messages and the README). Not
 * `post`: a SemVer `1.3.0-post.1` is a candidate that sorts before 1.3.0, but PEP 440's
 * `1.3.0.post1` sorts after it, so pip would install the candidate over the final release.
 */
const PEP440_LABELS = [...Object.keys(PRE_LABELS), 'dev'];
/** Splits `rc.1` / `rc1` / `rc` into a label and a number (0 when absent); null when it is not that shape. */
function labelAndNumber(identifiers) {
    const [first, second, ...rest] = identifiers.map(String);
    if (rest.length > 0 || first === undefined)
        return null;
    const glued = /^([A-Za-z]+)(\d+)$/.exec(first);
    if (glued && second === undefined)
        return { label: glued[1].toLowerCase(), n: Number(glued[2]) };
    if (!/^[A-Za-z]+$/.test(first))
        return null;
    if (second === undefined)
        return { label: first.toLowerCase(), n: 0 };
    if (!/^\d+$/.test(second))
        return null;
    return { label: first.toLowerCase(), n: Number(second) };
}
/**
 * The PEP 440 form of a SemVer version: `1.3.0-rc.1` → `1.3.0rc1`, `1.3.0-beta.2` → `1.3.0b2`,
 * `1.3.0-dev.2` → `1.3.0.dev2`, build metadata `+g1a2b` → local `+g1a2b`. Null when the prerelease has
 * no PEP 440 spelling that sorts as it does (`1.3.0-nightly.3`; `1.3.0-post.1`, whose `1.3.0.post1`
 * would sort after 1.3.0).
 */
function pep440Version(version) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!parsed)
        return null;
    let text = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
    if (parsed.prerelease.length > 0) {
        const pre = labelAndNumber(parsed.prerelease);
        if (!pre)
            return null;
        if (pre.label === 'dev')
            text += `.dev${pre.n}`;
        else if (PRE_LABELS[pre.label])
            text += `${PRE_LABELS[pre.label]}${pre.n}`;
        else
            return null;
    }
    if (parsed.build.length > 0) {
        const local = parsed.build.join('.').toLowerCase().replace(/-/g, '.');
        text += `+${local}`;
    }
    return text;
}
/** The Docker tag form: the SemVer version with `+` (not allowed in a tag) turned into `-`. */
function dockerTag(version) {
    return version.replace(/\+/g, '-');
}
/** The version as an ecosystem writes it; a ConfigurationError naming the fix when Python cannot spell it. */
function versionFor(ecosystem, version, file) {
    if (ecosystem === 'semver')
        return version;
    const form = pep440Version(version);
    if (form === null && /^post/i.test(semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version)?.join('.') ?? '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The version ${version} is a candidate of ${version.replace(/-.*$/, '')}, but its PEP 440 spelling in the Python file ${file} would be a post-release (${version.replace(/-.*$/, '')}.postN), which pip sorts after ${version.replace(/-.*$/, '')} and would install over the final release. Use a prerelease identifier that comes before the release (${PEP440_LABELS.join(', ')}), or turn the file off with version_files: "!${file}".`);
    }
    if (form === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The version ${version} has no PEP 440 form for the Python file ${file}. Use a prerelease identifier Python understands (${PEP440_LABELS.join(', ')}), or turn the file off with version_files: "!${file}".`);
    }
    return form;
}
/**
 * A placeholder such as `0.0.0-development`, `0.0.0-semantic-release` or `0.0.0.dev0`: the real
 * version is put in at build time (from the tag), so an auto-detected file holding one is left alone.
 */
function isPlaceholderVersion(version) {
    return /^0\.0\.0(?:[-+.]|dev)/.test(version);
}
/**
 * A version as a file holds it (SemVer, or PEP 440 such as `1.3.0rc1`, `1.3.dev2`, `2.0`), as SemVer,
 * for comparing with tags; null when it is neither. A post-release (`1.3.0.post1`) or a local part
 * counts as its release (at least 1.3.0); an epoch or more than three numbers is not compared.
 */
function semverOfFileVersion(text) {
    const clean = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text);
    if (clean)
        return clean;
    const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?post[-_.]?\d*)?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[0-9a-z.]+)?$/i.exec(text.trim());
    if (!match)
        return null;
    const [, major, minor = '0', patch = '0', label, n, dev] = match;
    const core = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
    if (label)
        return `${core}-${PRE_LABELS[label.toLowerCase()]}.${Number(n || 0)}${dev !== undefined ? `.dev.${Number(dev || 0)}` : ''}`;
    if (dev !== undefined)
        return `${core}-dev.${Number(dev || 0)}`;
    return core;
}


/***/ }),

/***/ 64573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ planRelease)
/* harmony export */ });
/* unused harmony export conventionOf */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39502);
/* harmony import */ var _notes_notes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47588);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);
/* harmony import */ var _release_lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28363);
/* harmony import */ var _convention_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39229);
/* harmony import */ var _convention_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48819);








/** The rules that decide: `release_rules` (explicit), over what the releases show unless infer_convention is off. */
function conventionOf(input) {
    const explicit = (0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReleaseRules */ .o5)(input.settings.releaseRules ?? []);
    const inferred = input.settings.inferConvention !== false && input.releases
        ? (0,_convention_js__WEBPACK_IMPORTED_MODULE_6__/* .inferConvention */ .QD)(input.releases, {
            bumpMinorPreMajor: input.settings.bumpMinorPreMajor,
            ignoredTags: input.ignoredTags
        })
        : _convention_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .STANDARD */ .iW;
    return (0,_convention_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .mergeConventions */ .L5)(explicit, inferred);
}
/**
 * The first version from `version` on that is not burned: a stable version moves to its next patch
 * (1.3.0 → 1.3.1, still the same bump over the previous release), a prerelease to its next number.
 */
function skipBurned(version, burned, taken) {
    const skipped = [];
    let candidate = version;
    while (burned.has(candidate) || (skipped.length > 0 && taken.has(candidate))) {
        skipped.push(candidate);
        candidate = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(candidate, semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(candidate) ? 'prerelease' : 'patch') ?? candidate;
        if (skipped.length > 1000)
            throw new Error(`no free version after ${version}`);
    }
    return { version: candidate, skipped };
}
/**
 * A prerelease of a version already released stable (here, or tagged on origin) comes after it:
 * `1.3.0-rc.2` once `v1.3.0` exists, on a branch that lacks the release (a channel that never merged
 * the promotion back). An error, not a release.
 */
function checkNotReleased(version, allTags, burned, tagPrefix) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!parsed || parsed.prerelease.length === 0)
        return;
    const stable = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
    const here = allTags.some(tag => !tag.prerelease && tag.version === stable);
    if (!here && !burned?.get(stable)?.startsWith('is tagged on'))
        return;
    const tag = `${tagPrefix}${stable}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${version} would be a prerelease of ${stable}, which is already released (${tag}${here ? '' : ' on origin'}): this branch's history lacks that release. ` +
        `Merge it into this branch (git fetch --tags, then git merge ${tag}) and run again: the next candidate is then of the next version.`);
}
function planRelease(input) {
    const { settings, commits, previous, hotfix } = input;
    const convention = hotfix ? _convention_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .STANDARD */ .iW : conventionOf(input);
    const floor = input.floor ?? null;
    const from = floor?.version ?? previous?.version ?? null;
    const decision = (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .decideBump */ .D)(commits, {
        bump: hotfix ? 'patch' : settings.bump,
        bumpMinorPreMajor: settings.bumpMinorPreMajor,
        currentMajor: from ? Number(from.split('.')[0]) : 0,
        previous: from,
        convention
    });
    // nothing inferred: the reason says why (too few releases, releases that contradict each other)
    // (at the end of the reason, after the version it decided)
    const conventionNote = convention.note && settings.bump === 'auto' && !decision.releaseAs ? ` (${convention.note})` : '';
    const line = input.line;
    const prerelease = settings.prerelease || (line?.kind === 'channel' ? line.id : '');
    // a candidate's own release commit at HEAD names the candidate: a stable release promotes it instead
    const candidateCommit = !prerelease && decision.releaseAs?.source === 'release commit' && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(decision.releaseAs.version);
    const releaseAs = settings.bump === 'auto' && !hotfix && !candidateCommit ? (decision.releaseAs?.version ?? null) : null;
    let next = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .nextVersion */ .yU)({
        previous: from,
        bump: decision.bump,
        initialVersion: settings.initialVersion,
        prerelease,
        allTags: input.allTags,
        releaseAs
    });
    // a stable release after release candidates releases the last candidate's X.Y.Z, not a re-decided level
    const promotion = !prerelease && !hotfix && !releaseAs
        ? (0,_release_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .promotionOf */ .bi)(previous, input.candidates ?? [], next?.version ?? null, line?.kind === 'maintenance' ? line.range : null)
        : null;
    if (promotion) {
        next = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .nextVersion */ .yU)({
            previous: from,
            bump: 'none',
            initialVersion: settings.initialVersion,
            prerelease: '',
            allTags: input.allTags,
            releaseAs: promotion.version
        });
    }
    if (next && prerelease)
        checkNotReleased(next.version, input.allTags, input.burned, settings.tagPrefix);
    // a candidate of a version a rollback burned would never be released: candidates of the next free version
    let candidateNote = '';
    const stable = next && prerelease && !releaseAs ? next.version.replace(/-.*$/, '') : '';
    const rolledBack = stable && input.burned ? input.burned.get(stable) : undefined;
    if (next && input.burned && rolledBack && !rolledBack.startsWith('is tagged on')) {
        const free = skipBurned(stable, input.burned, new Set(input.allTags.map(tag => tag.version))).version;
        const moved = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .nextVersion */ .yU)({
            previous: from,
            bump: 'none',
            initialVersion: settings.initialVersion,
            prerelease,
            allTags: input.allTags,
            releaseAs: free
        });
        if (moved) {
            candidateNote = `; ${stable} ${rolledBack}, and a version is never reused, nor are its candidates: ${moved.version} instead`;
            next = { ...moved, bump: next.bump };
        }
    }
    if (next && line?.kind === 'maintenance')
        (0,_release_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .checkLineVersion */ .n8)(line, {
            version: next.version,
            previous: previous?.version ?? '',
            decision,
            bumpInput: settings.bump,
            tagPrefix: settings.tagPrefix
        });
    const burned = input.burned ?? new Map();
    let burnedNote = '';
    if (next && burned.has(next.version)) {
        if (releaseAs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Release-As: ${releaseAs} names a version that was already released once (${burned.get(next.version)}): a version is never reused, since installers and registries such as PyPI keep the first. ` +
                'Amend or revert the commit with that footer, or name a later version.');
        }
        const free = skipBurned(next.version, burned, new Set(input.allTags.map(tag => tag.version)));
        burnedNote = `; ${free.skipped.map(version => `${version} ${burned.get(version) ?? 'is taken'}`).join('; ')}, and a version is never reused: ${free.version} instead`;
        next.version = free.version;
    }
    if (next && line?.kind === 'maintenance')
        (0,_release_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .checkNotTaken */ .VL)(line, next.version, input.taken ?? new Map());
    const tagMeta = hotfix
        ? { type: 'hotfix', severity: hotfix.severity, hotfixOf: previous?.name }
        : { type: 'release' };
    const base = {
        previousVersion: previous?.version ?? '',
        previousTag: previous?.name ?? '',
        decision,
        commitCount: commits.length,
        hotfix: Boolean(hotfix),
        tagMeta,
        ...(line?.kind === 'maintenance' ? { maintenanceLine: line.name } : {})
    };
    if (!next) {
        return {
            ...base,
            released: false,
            version: '',
            tag: '',
            bump: 'none',
            reason: decision.reason,
            notes: '',
            changelogSection: ''
        };
    }
    const tag = `${settings.tagPrefix}${next.version}`;
    const why = hotfix
        ? `hotfix (severity: ${hotfix.severity}) of ${previous?.name}, always a patch`
        : promotion
            ? `promotes release candidate ${promotion.candidate.name} to ${promotion.version} (the level its candidates decided; the notes gather everything since ${previous?.name ?? 'the first commit'})`
            : decision.reason;
    const linePrefix = line?.kind === 'maintenance'
        ? `maintenance line ${line.name} (branch ${line.branch}): `
        : line?.kind === 'channel' && !settings.prerelease
            ? `prerelease channel ${line.branch} (${line.id}): `
            : '';
    const reason = linePrefix +
        (floor
            ? `${why}: ${floor.version} → ${next.version} (${floor.why})`
            : previous
                ? `${why}: ${previous.version} → ${next.version}`
                : `${why}: first release ${next.version} (no earlier ${settings.tagPrefix}X.Y.Z tag)`) +
        candidateNote +
        burnedNote +
        (promotion || hotfix ? '' : conventionNote);
    const notesInput = {
        version: next.version,
        tag,
        previousTag: previous?.name ?? null,
        sections: '',
        repoUrl: input.repoUrl,
        packageName: input.packageName,
        installs: input.installs,
        date: input.date,
        banner: hotfix
            ? `> **🚑 Hotfix** (severity: ${hotfix.severity}) of ${previous?.name}.`
            : promotion
                ? `> Promotes release candidate ${promotion.candidate.name}: every change since ${previous?.name ?? 'the first commit'}.`
                : undefined
    };
    // release notes become the GitHub release body, which has a size limit; the changelog has no limit
    const changelogNote = settings.changelogFile
        ? `all of them are in ${settings.changelogFile}`
        : 'see the full changelog';
    // a release made by hand lists every change, as the hand-made changelogs of real projects do
    const sections = settings.notesSections ??
        (decision.handMade ? (input.handMadeSections ?? _notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPLETE_SECTIONS */ .Jj) : (input.sections ?? _notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SECTIONS */ .vu));
    // a manual era's plain messages are not listed (projects reworded them by hand), but counted
    const plainOnly = decision.manualEra && settings.notesSections === null && !decision.handMade
        ? `_${decision.changes.length} commit(s) without a conventional type (such as \`fix:\` or \`feat:\`): see the full changelog._`
        : '';
    const withPlain = (text) => text || plainOnly;
    const notesSections = withPlain((0,_notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSections */ .H1)(decision.changes, input.repoUrl, _notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_BODY_LIMIT */ .fS - 1_000, changelogNote, sections));
    const writeChangelog = !settings.dryRun && settings.changelogFile !== null;
    return {
        ...base,
        released: true,
        ...(promotion ? { promotedFrom: promotion.candidate.name } : {}),
        version: next.version,
        tag,
        bump: next.bump,
        reason,
        notes: (0,_notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReleaseNotes */ .nA)({ ...notesInput, sections: notesSections }),
        // a dry run writes no changelog, so it renders none
        changelogSection: writeChangelog
            ? (0,_notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .renderChangelogSection */ .aG)({
                ...notesInput,
                sections: withPlain((0,_notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSections */ .H1)(decision.changes, input.repoUrl, Infinity, '', sections))
            })
            : ''
    };
}


/***/ }),

/***/ 19806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refNameProblem),
/* harmony export */   q: () => (/* binding */ tagPrefixProblem)
/* harmony export */ });
/**
 * Git's rules for a reference name (`git check-ref-format`), so that a `tag_prefix` git can't use
 * is refused before anything is written. `__tests__/core/refname.test.ts` checks these rules
 * against git itself.
 */
function refNameProblem(name) {
    if (name === '' || name === '@')
        return 'it is empty or "@"';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f]/.test(name))
        return 'it holds a space or a control character';
    const bad = /[~^:?*[\\]/.exec(name);
    if (bad)
        return `it holds "${bad[0]}"`;
    if (name.includes('..'))
        return 'it holds ".."';
    if (name.includes('@{'))
        return 'it holds "@{"';
    if (name.includes('//'))
        return 'it holds "//"';
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with "/"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const component of name.split('/')) {
        if (component.startsWith('.'))
            return `its part "${component}" starts with "."`;
        if (component.endsWith('.lock'))
            return `its part "${component}" ends with ".lock"`;
    }
    return null;
}
/** Control characters shown as \xNN, so that an error message prints them visibly. */
function visible(text) {
    return [...text]
        .map(char => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f
        ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
        : char)
        .join('');
}
/** Why `refs/tags/{prefix}X.Y.Z` is not a name git accepts, or null when it is. */
function tagPrefixProblem(prefix) {
    const problem = refNameProblem(`refs/tags/${prefix}1.0.0`);
    if (problem === null)
        return null;
    return (`tag_prefix "${visible(prefix)}" makes tags such as ${visible(prefix)}1.0.0 that git refuses: ${problem}. ` +
        'Use letters, digits, "-", "_", "." or "/" between parts, such as v or release/v.');
}


/***/ }),

/***/ 28363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ releaseLinesFrom),
/* harmony export */   Mg: () => (/* binding */ DEFAULT_LINES),
/* harmony export */   S9: () => (/* binding */ isReleaseBranch),
/* harmony export */   VL: () => (/* binding */ checkNotTaken),
/* harmony export */   bi: () => (/* binding */ promotionOf),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   dA: () => (/* binding */ previousInLine),
/* harmony export */   ee: () => (/* binding */ RELEASE_LINES_SCHEMA),
/* harmony export */   n8: () => (/* binding */ checkLineVersion)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAINTENANCE, PRERELEASE_ID, patternProblem, branchMatches, maintenanceRange */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const DEFAULT_MAINTENANCE = ['*.x', '*.*.x'];
const DEFAULT_LINES = {
    maintenance: [...DEFAULT_MAINTENANCE],
    channels: [],
    configured: false
};
/** The JSON Schema of the configuration file's release_lines block. */
const RELEASE_LINES_SCHEMA = {
    description: 'release lines: maintenance branch patterns (default *.x and *.*.x) and prerelease channels (branch: identifier)',
    type: 'object',
    additionalProperties: false,
    properties: {
        maintenance: {
            description: 'branch patterns of maintenance lines (* is one part of a name); the branch name ends in N.x or N.N.x, its range',
            anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]
        },
        channels: {
            description: 'prerelease channels: branch (or pattern) → prerelease identifier, such as next: rc',
            type: 'object',
            additionalProperties: { type: 'string' }
        },
        component: {
            description: 'with components: the component these lines release (else a branch such as api/1.x names it by its first part)',
            type: 'string'
        }
    }
};
/** A prerelease identifier, as the prerelease input takes it. */
const PRERELEASE_ID = /^[A-Za-z][0-9A-Za-z-]*$/;
/** Why a branch pattern is not valid, or null. */
function patternProblem(pattern) {
    if (pattern === '')
        return 'is empty';
    if (!/^[A-Za-z0-9._/*-]+$/.test(pattern))
        return 'has characters other than letters, digits, ".", "_", "-", "/" and "*"';
    if (pattern.includes('**'))
        return 'has "**" (a * already stands for one part of a name)';
    if (/\.\.|\/\/|^[/.-]|\/$|\.$|\.lock$|\/\./.test(pattern))
        return 'is not a valid branch name';
    return null;
}
/**
 * Whether the branch matches the pattern (`*`: one part of a name, no `/` or `.`). A walk over the
 * pattern's positions, linear in the name: a pattern such as `*-*-*-*` turned into a regular
 * expression would backtrack exponentially on a long name.
 */
function branchMatches(pattern, branch) {
    const inPart = (char) => char !== '/' && char !== '.';
    // at: pattern positions reached; inStar: the `*` positions that have taken one character or more
    let at = new Set([0]);
    let inStar = new Set();
    for (const char of branch) {
        const nextAt = new Set();
        const nextStar = new Set();
        for (const i of at) {
            if (pattern[i] === '*') {
                if (inPart(char))
                    nextStar.add(i);
            }
            else if (pattern[i] === char)
                nextAt.add(i + 1);
        }
        for (const i of inStar)
            if (inPart(char))
                nextStar.add(i);
        for (const i of nextStar)
            nextAt.add(i + 1);
        if (nextAt.size === 0 && nextStar.size === 0)
            return false;
        at = nextAt;
        inStar = nextStar;
    }
    return at.has(pattern.length);
}
/** The range a maintenance branch's name states: its last part is `N.x`, `N.x.x` or `N.N.x`. */
function maintenanceRange(branch) {
    const last = branch.slice(branch.lastIndexOf('/') + 1);
    const match = /^(0|[1-9]\d*)\.(?:(0|[1-9]\d*)\.x|x(?:\.x)?)$/.exec(last);
    if (!match)
        return null;
    return { name: last, major: Number(match[1]), minor: match[2] === undefined ? null : Number(match[2]) };
}
/**
 * The release_lines block as validated by the schema (src/core/config/config-file.ts), checked further:
 * patterns, identifiers. `where` names the file for the messages.
 */
function releaseLinesFrom(block, where) {
    if (!block)
        return DEFAULT_LINES;
    const raw = block.maintenance;
    const maintenance = raw === undefined || raw === null
        ? [...DEFAULT_MAINTENANCE]
        : (Array.isArray(raw) ? raw.map(String) : [String(raw)]).map(p => p.trim()).filter(Boolean);
    for (const pattern of maintenance) {
        const problem = patternProblem(pattern);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: release_lines.maintenance: the pattern "${pattern}" ${problem}. Use a branch name or pattern such as 1.x, *.x or support/*.x.`);
        if (!/(^|\/)[^/]*\.x$/.test(pattern))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: release_lines.maintenance: the pattern "${pattern}" does not end in ".x", so the branch name cannot say which versions it maintains. Use patterns such as *.x (1.x: 1.*), *.*.x (1.2.x: 1.2.*) or support/*.x.`);
    }
    const channels = [];
    for (const [branch, value] of Object.entries(block.channels ?? {})) {
        const id = String(value).trim();
        const problem = patternProblem(branch);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: release_lines.channels: the branch "${branch}" ${problem}. Use a branch name or pattern such as next or beta.`);
        if (!PRERELEASE_ID.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: release_lines.channels.${branch}: "${id}" is not a prerelease identifier. Use letters, digits and hyphens, starting with a letter, such as rc, beta or alpha.`);
        channels.push({ branch, id });
    }
    const component = typeof block.component === 'string' ? block.component.trim() : '';
    return { maintenance, channels, configured: true, ...(component ? { component } : {}) };
}
function entriesOf(config, baseBranch) {
    return [
        { what: 'the default branch (base_branch)', pattern: baseBranch, label: 'default branch' },
        { what: 'hotfix branches', pattern: 'hotfix/*', label: 'hotfix' },
        ...config.maintenance.map(pattern => ({ what: `maintenance pattern ${pattern}`, pattern, label: 'maintenance' })),
        ...config.channels.map(channel => ({
            what: `channel ${channel.branch} (${channel.id})`,
            pattern: channel.branch,
            label: `channel, ${channel.id}`
        }))
    ];
}
/** One name each pattern matches (`*` as `1`): two patterns that match each other's names overlap. */
function overlaps(entries) {
    for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
            const [a, b] = [entries[i], entries[j]];
            const sampleA = a.pattern.replace(/\*/g, '1');
            const sampleB = b.pattern.replace(/\*/g, '1');
            if (branchMatches(b.pattern, sampleA))
                return { a, b, example: sampleA };
            if (branchMatches(a.pattern, sampleB))
                return { a, b, example: sampleB };
            if (a.pattern === b.pattern)
                return { a, b, example: a.pattern };
        }
    }
    return null;
}
function describeEntries(entries) {
    return entries.map(entry => `${entry.pattern} (${entry.label})`).join(', ');
}
/**
 * Whether a release run could start from this branch: without a release_lines block every branch can
 * (as the default branch does); with one, only the branches of its lines. A pull request into any
 * other branch (stacked on a feature branch) releases nothing when merged.
 */
function isReleaseBranch(branch, config, baseBranch) {
    if (!config.configured || branch === '' || branch === (baseBranch || 'main'))
        return true;
    return entriesOf(config, baseBranch || 'main').some(entry => branchMatches(entry.pattern, branch));
}
/**
 * The line of a branch ('' when unknown: a detached HEAD without GITHUB_REF_NAME releases as the
 * default branch does). Overlapping patterns and, with a release_lines block, a branch of no line
 * are errors.
 */
function lineOf(branch, config, baseBranch) {
    const base = baseBranch || 'main';
    const entries = entriesOf(config, base);
    const overlap = overlaps(entries);
    if (overlap) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`release_lines: ${overlap.a.what} and ${overlap.b.what} overlap (a branch such as ${overlap.example} matches both), so a branch could be two lines at once. Make the patterns distinct.`);
    }
    if (branch === '' || branch === base)
        return { kind: branch === '' ? 'other' : 'default', branch };
    const matching = entries.filter(entry => branchMatches(entry.pattern, branch));
    if (matching.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Branch ${branch} matches ${matching.map(entry => entry.what).join(' and ')}: it can be only one release line. Make the patterns distinct.`);
    }
    const entry = matching[0];
    if (!entry) {
        if (!config.configured)
            return { kind: 'other', branch };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Branch ${branch} matches no release line of release_lines: ${describeEntries(entries)}. ` +
            `Release from one of these branches, or add the branch (or a pattern) to release_lines.maintenance or release_lines.channels; if it is the repository's default branch, set base_branch: ${branch}.`);
    }
    if (entry.pattern === 'hotfix/*')
        return { kind: 'hotfix', branch };
    const channel = config.channels.find(c => c.branch === entry.pattern);
    if (channel)
        return { kind: 'channel', branch, pattern: channel.branch, id: channel.id };
    const range = maintenanceRange(branch);
    if (!range) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Branch ${branch} matches the maintenance pattern ${entry.pattern}, but its name does not say which versions it maintains: name it N.x (1.x: every 1.* release) or N.N.x (1.2.x: patches of 1.2), such as support/1.x.`);
    }
    const { major, minor } = range;
    return minor === null
        ? {
            kind: 'maintenance',
            branch,
            pattern: entry.pattern,
            name: range.name,
            range: `>=${major}.0.0 <${major + 1}.0.0`,
            level: 'minor'
        }
        : {
            kind: 'maintenance',
            branch,
            pattern: entry.pattern,
            name: range.name,
            range: `>=${major}.${minor}.0 <${major}.${minor + 1}.0`,
            level: 'patch'
        };
}
/** The base version `X.Y.Z` of a version. */
function core(version) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}
/** The line's previous release: the highest stable tag within its range reachable from HEAD. */
function previousInLine(line, reachable) {
    let best = null;
    for (const tag of reachable) {
        if (tag.prerelease || !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(tag.version, line.range))
            continue;
        if (!best || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(tag.version, best.version))
            best = tag;
    }
    return best;
}
/**
 * A release of a maintenance line stays inside its range: the commit that would take it out (a
 * feature on 1.2.x, a breaking change on either) is named. `version` is the planned version.
 */
function checkLineVersion(line, input) {
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(core(input.version), line.range))
        return;
    const allowed = line.level === 'patch'
        ? `only fixes (patches of ${line.name.replace(/\.x$/, '')})`
        : `features and fixes within ${line.name.replace(/\.x$/, '')} (no breaking change)`;
    const where = `Branch ${line.branch} maintains ${line.name} (${line.range}) and takes ${allowed}`;
    const releaseAs = input.decision.releaseAs;
    if (releaseAs && core(input.version) === core(releaseAs.version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}, but commit ${releaseAs.sha.slice(0, 7)} asks for ${releaseAs.version} (Release-As), outside the line. Amend or revert that commit, or release ${releaseAs.version} from the default branch.`);
    }
    const driver = input.decision.drivers.find(d => d.level === 'major' || (d.level === 'minor' && line.level === 'patch'));
    if (driver) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}, but commit ${driver.change.sha.slice(0, 7)} "${driver.change.header.slice(0, 100).replace(/[\r\n]/g, ' ')}" is a ${driver.why}: ${input.previous} → ${input.version} leaves the line. ` +
            `Move that commit to the default branch (or to a ${line.level === 'patch' ? `${line.name.replace(/\.\d+\.x$/, '.x')} ` : 'newer '}line), or revert it here.`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}, but this release would be ${input.version} (bump: ${input.bumpInput}), outside the line. Use a smaller bump on this branch.`);
}
/**
 * A version another line already took: its tag exists here (on another commit) or on origin.
 * `taken` maps a version to where its tag is.
 */
function checkNotTaken(line, version, taken) {
    const where = taken.get(version);
    if (!where)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Branch ${line.branch} (line ${line.name}) would release ${version}, but that version is already released by another line (${where}): a version is never released twice. ` +
        `If that release belongs to this line (a hotfix of it), merge its tag into ${line.branch} first; otherwise release only fixes here (patches of the line's newest release), or ship this change from the line that owns ${version.replace(/\.\d+$/, '.x')}.`);
}
/**
 * A stable release after release candidates promotes the last one: when the highest prerelease
 * reachable from HEAD above the previous stable release is for `X.Y.Z` and the commits alone
 * would release `X.Y.Z` or less (or nothing), the release is `X.Y.Z` — the level the candidates
 * decided, not re-decided. A higher computed version (a breaking change after a minor's
 * candidate) supersedes the candidate: null. On a maintenance line only its range's candidates count.
 */
function promotionOf(previous, reachable, computed, range = null) {
    let candidate = null;
    for (const tag of reachable) {
        if (!tag.prerelease)
            continue;
        if (range && !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(core(tag.version), range))
            continue;
        if (previous && !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(core(tag.version), previous.version))
            continue;
        if (!candidate || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(tag.version, candidate.version))
            candidate = tag;
    }
    if (!candidate)
        return null;
    const version = core(candidate.version);
    if (computed !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(core(computed), version))
        return null;
    return { candidate, version };
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ highestStable),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85051);



/**
 * The release tags already read, by prefix and by the tag read (the adapter hands out the same
 * objects until a tag is written; the parsed tags are shared, never changed): a run asks for its
 * release tags many times (history, the
 * convention, the metrics...), and thousands of tags are parsed once, not once a question.
 */
const parsedTags = new Map();
/** `{prefix}X.Y.Z[-pre]` with a strict semver version, or null. */
function parseReleaseTag(tag, prefix) {
    const version = tag.name.slice(prefix.length);
    // a plain X.Y.Z is a stable version semver accepts as it is: no parse (thousands of tags)
    if ((0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .versionKey */ ._5)(version) !== null)
        return { name: tag.name, sha: tag.sha, version, prerelease: false };
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!parsed || parsed.version !== version)
        return null;
    return { name: tag.name, sha: tag.sha, version, prerelease: parsed.prerelease.length > 0 };
}
/** Tags named `{prefix}X.Y.Z[-pre]` with a strict semver version; others are ignored. */
function releaseTags(tags, prefix) {
    let seen = parsedTags.get(prefix);
    if (!seen)
        parsedTags.set(prefix, (seen = new WeakMap()));
    const result = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(prefix))
            continue;
        let parsed = seen.get(tag);
        // (the same object again, unless its name or commit changed since: a caller's own object)
        if (parsed === undefined || (parsed !== null && (parsed.name !== tag.name || parsed.sha !== tag.sha))) {
            parsed = parseReleaseTag(tag, prefix);
            seen.set(tag, parsed);
        }
        if (parsed)
            result.push(parsed);
    }
    return result;
}
/** The highest stable release among the tags, or null (each version keyed once). */
function highestStable(tags) {
    let best = null;
    let bestKey = null;
    for (const tag of tags) {
        if (tag.prerelease)
            continue;
        const key = (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .versionKey */ ._5)(tag.version);
        if (!best)
            [best, bestKey] = [tag, key];
        else if (key !== null && bestKey !== null ? key > bestKey : semver__WEBPACK_IMPORTED_MODULE_0___default().gt(tag.version, best.version))
            [best, bestKey] = [tag, key];
    }
    return best;
}
function levelBetween(previous, next) {
    if (previous === null)
        return 'major';
    const p = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(previous);
    const n = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(next);
    if (!p || !n)
        return 'patch';
    if (n.major !== p.major)
        return 'major';
    if (n.minor !== p.minor)
        return 'minor';
    return 'patch';
}
function withPrerelease(base, id, allTags) {
    if (!id)
        return base;
    let highest = 0;
    const pattern = `${base}-${id}.`;
    for (const tag of allTags) {
        if (!tag.version.startsWith(pattern))
            continue;
        const rest = tag.version.slice(pattern.length);
        if (/^\d+$/.test(rest))
            highest = Math.max(highest, Number(rest));
    }
    return `${base}-${id}.${highest + 1}`;
}
function nextVersion(input) {
    const { previous, bump, initialVersion, prerelease, allTags, releaseAs } = input;
    if (releaseAs) {
        const clean = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(releaseAs);
        if (!clean)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Release-As footer names "${releaseAs}", which is not a semantic version. Use Release-As: X.Y.Z.`);
        if (previous && !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(clean, previous)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Release-As: ${clean} is not above the current version ${previous}. ` +
                'A release must be higher than the previous one: amend or revert the commit with that footer, or name a higher version.');
        }
        return {
            version: semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(clean) ? clean : withPrerelease(clean, prerelease, allTags),
            bump: levelBetween(previous, clean)
        };
    }
    if (bump === 'none')
        return null;
    if (previous === null)
        return { version: withPrerelease(initialVersion, prerelease, allTags), bump };
    const base = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(previous, bump);
    if (!base)
        throw new Error(`cannot increment ${previous} by ${bump}`);
    return { version: withPrerelease(base, prerelease, allTags), bump };
}


/***/ }),

/***/ 23414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ baseOf),
/* harmony export */   p: () => (/* binding */ componentEdits)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31217);
/**
 * A component's file edits: the release's own (src/usecases/release/files.ts: version files
 * auto-detected or listed, the files that follow them, the changelog) computed in the component's
 * folder, as if it were the root; then paths from the repository root again.
 */


/** The folder a component's files are found in: its first literal path ('' at the root). */
function baseOf(component) {
    const literal = component.paths.find(path => !path.includes('*'));
    return literal ?? '';
}
function within(base, path) {
    if (base === '')
        return path;
    return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : null;
}
async function componentEdits(settings, component, plan, git, files, 
/** Whether a file is this component's (the root's auto-detection must not take a nested component's files). */
owns) {
    const base = baseOf(component);
    const at = (path) => (base === '' ? path : `${base}/${path}`);
    const relative = (path, key) => {
        const inside = within(base, path);
        if (inside === null)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Component ${component.name}: its ${key} ${path} is outside its folder ${base}. Name a file inside it, or leave ${key} out for the default.`);
        return inside;
    };
    const view = {
        bytes: path => files.bytes(at(path)),
        list: dir => files.list(dir === '.' ? base || '.' : at(dir))
    };
    const scoped = {
        ...settings,
        versionFiles: component.versionFiles.map(file => file.startsWith('!')
            ? `!${relative(file.slice(1), 'version_files entry')}`
            : relative(file, 'version_files entry')),
        changelogFile: component.changelog === null ? null : relative(component.changelog, 'changelog')
    };
    const tree = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_1__/* .checkWorkingTree */ .Sx)(scoped, plan, {
        changedPaths: async () => (await git.changedPaths()).map(path => within(base, path)).filter((path) => path !== null),
        show: (rev, path) => git.show(rev, at(path))
    }, view);
    const listed = new Set(component.versionFiles);
    const keep = (path) => listed.has(path) || path === component.changelog || owns(path);
    const edits = tree.edits.map(edit => ({ ...edit, path: at(edit.path) })).filter(edit => keep(edit.path));
    const paths = new Set(edits.map(edit => edit.path));
    return {
        edits,
        changes: tree.changes
            .map(change => ({ ...change, path: at(change.path) }))
            .filter(change => paths.has(change.path)),
        written: tree.written.map(at).filter(path => paths.has(path)),
        stray: tree.stray.map(at).filter(path => paths.has(path))
    };
}


/***/ }),

/***/ 90030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W7: () => (/* binding */ one_planComponents),
  Og: () => (/* binding */ refuseSeveralInPullRequest)
});

// UNUSED EXPORTS: componentLines, oneComponentTarget, planOneComponent

// EXTERNAL MODULE: ./src/core/components/attribution.ts
var attribution = __webpack_require__(57949);
// EXTERNAL MODULE: ./src/core/components/log.ts
var components_log = __webpack_require__(99574);
// EXTERNAL MODULE: ./src/core/components/target.ts
var components_target = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/versioning/release-lines.ts
var release_lines = __webpack_require__(28363);
// EXTERNAL MODULE: ./src/usecases/release/plan.ts + 2 modules
var release_plan = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/usecases/components/files.ts
var components_files = __webpack_require__(23414);
// EXTERNAL MODULE: ./src/core/components/config.ts
var config = __webpack_require__(16628);
// EXTERNAL MODULE: ./src/core/components/tags.ts
var components_tags = __webpack_require__(73819);
// EXTERNAL MODULE: ./src/core/components/groups.ts
var components_groups = __webpack_require__(64854);
// EXTERNAL MODULE: ./src/core/components/release-commit.ts
var release_commit = __webpack_require__(61819);
// EXTERNAL MODULE: ./src/core/versioning/plan.ts
var plan = __webpack_require__(64573);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/components/decide.ts


/** The top level's rules, with the component's own where it sets them. */
function settingsOf(top, component, bump) {
    return {
        ...top,
        bump,
        tagPrefix: component.tagPrefix,
        changelogFile: component.changelog,
        prerelease: component.prerelease ?? top.prerelease,
        bumpMinorPreMajor: component.bumpMinorPreMajor ?? top.bumpMinorPreMajor,
        initialVersion: component.initialVersion ?? top.initialVersion,
        notesSections: component.notesSections ?? top.notesSections
    };
}
function planOne(input, one, bump) {
    const planInput = {
        settings: settingsOf(input.settings, one.component, bump),
        commits: one.commits,
        previous: one.previous,
        allTags: one.tags,
        repoUrl: input.repoUrl,
        packageName: one.component.packageName || null,
        installs: one.installs,
        date: input.date,
        burned: one.burned
    };
    return (0,plan/* planRelease */.F)(planInput);
}
/** The level a forced bump releases over `previous` (what planRelease would name it). */
function levelOf(plan) {
    return plan.bump === 'none' ? 'patch' : plan.bump;
}
/** Appends a section to a release's notes and changelog section (dependencies updated). */
function withSection(plan, title, lines) {
    const block = `\n### ${title}\n\n${lines.map(line => `- ${line}`).join('\n')}\n`;
    return {
        ...plan,
        notes: `${plan.notes.trimEnd()}\n${block}`,
        changelogSection: plan.changelogSection ? `${plan.changelogSection.trimEnd()}\n${block}` : ''
    };
}
/**
 * Every component's decision, in dependency order: each decided from its own commits with its own
 * rules (`bump_patch_for_minor_pre_major`: below 1.0.0 a feat makes a patch); a component whose
 * dependency is released updates its pin, and when it pins exactly releases a patch of its own;
 * a fixed group's members release together at the highest version any member calls for.
 */
function planComponents(input) {
    const decisions = new Map();
    const inputs = new Map(input.inputs.map(one => [one.component.name, one]));
    const groupOf = (name) => input.fixed.find(group => group.members.includes(name)) ?? null;
    for (const one of input.inputs) {
        let plan = planOne(input, one, input.settings.bump);
        let reason = plan.reason;
        const major = one.previous ? Number(one.previous.version.split('.')[0]) : 0;
        if (one.component.bumpPatchForMinorPreMajor &&
            plan.released &&
            plan.bump === 'minor' &&
            major === 0 &&
            one.previous &&
            !plan.decision.releaseAs &&
            plan.decision.drivers[0]?.level === 'minor') {
            plan = planOne(input, one, 'patch');
            reason = `${plan.decision.reason.replace(/^bump input set to patch/, `patch because of ${plan.decision.drivers[0].change.sha.slice(0, 7)} feat`)} (a feat below 1.0.0 bumps patch: bump_patch_for_minor_pre_major): ${one.previous.version} → ${plan.version}`;
        }
        decisions.set(one.component.name, {
            component: one.component,
            plan,
            reason,
            dependencies: [],
            group: groupOf(one.component.name)?.name ?? null
        });
    }
    // dependencies (in dependency order: a dependency is decided before its dependents) and fixed
    // groups, until nothing changes (a group member released for a dependency releases its group)
    for (let round = 0; round < input.inputs.length + 1; round++) {
        let changed = false;
        for (const one of input.inputs) {
            const decision = decisions.get(one.component.name);
            const updates = [];
            for (const name of one.component.dependsOn) {
                const dependency = decisions.get(name);
                if (!dependency.plan.released)
                    continue;
                // a range that admits the new version is left as it is; an exact pin (or a range left behind) is updated
                if ((one.pin?.(name, dependency.plan.version) ?? 'exact') !== 'exact')
                    continue;
                updates.push({ name, version: dependency.plan.version, pin: 'exact' });
            }
            if (updates.length === decision.dependencies.length)
                continue;
            decision.dependencies = updates;
            changed = true;
            const exact = updates;
            if (!decision.plan.released && exact.length > 0) {
                decision.plan = planOne(input, one, 'patch');
                decision.reason = `patch because ${exact.map(u => `${u.name} ${u.version}`).join(', ')} is released and ${one.component.name} pins it exactly: ${decision.plan.previousVersion || 'first release'} → ${decision.plan.version}`;
            }
        }
        for (const group of input.fixed) {
            const members = group.members.map(name => decisions.get(name));
            const released = members.filter(member => member.plan.released);
            if (released.length === 0)
                continue;
            const lead = released.reduce((best, member) => types/* BUMP_ORDER */.q[levelOf(member.plan)] > types/* BUMP_ORDER */.q[levelOf(best.plan)] ? member : best);
            for (const member of members) {
                if (member.plan.released && member.plan.version === lead.plan.version)
                    continue;
                member.plan = planOne(input, inputs.get(member.component.name), levelOf(lead.plan));
                member.reason = `fixed group ${group.name}: released with ${lead.component.name} at ${member.plan.version} (${lead.reason})`;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return input.inputs.map(one => {
        const decision = decisions.get(one.component.name);
        if (decision.plan.released && decision.dependencies.length > 0)
            decision.plan = withSection(decision.plan, 'Dependencies', decision.dependencies.map(update => `${update.name} updated to ${update.version}`));
        return decision;
    });
}

// EXTERNAL MODULE: ./src/core/commits/changes.ts + 2 modules
var changes = __webpack_require__(33563);
;// CONCATENATED MODULE: ./src/core/components/ranges.ts



const ALL = () => true;
/**
 * Which components' ranges (their previous tag..HEAD) hold a commit, for commits streamed in
 * topological order (children first): each commit carries the set of previous tags it is
 * reachable from, as bits handed down to its parents, so one walk over the union of the ranges
 * answers for every component (no process per component, no walk per tag).
 */
class RangeTracker {
    tagIndex = new Map();
    componentTag;
    words;
    pending = new Map();
    /** @param previous per component, the sha of its previous release tag (null: no release yet, every commit counts) */
    constructor(previous) {
        this.componentTag = previous.map(sha => {
            if (sha === null)
                return -1;
            let index = this.tagIndex.get(sha);
            if (index === undefined)
                this.tagIndex.set(sha, (index = this.tagIndex.size));
            return index;
        });
        this.words = Math.max(1, Math.ceil(this.tagIndex.size / 32));
    }
    /** The commit's reachability; then `inRange(component)` says whether it is in that component's range. */
    visit(commit) {
        // no previous tag reaches it (the usual case: the tags are at or below where the log stops)
        if (this.pending.size === 0 && !this.tagIndex.has(commit.sha))
            return ALL;
        let bits = this.pending.get(commit.sha);
        this.pending.delete(commit.sha);
        const own = this.tagIndex.get(commit.sha);
        if (own !== undefined) {
            bits = bits ?? new Uint32Array(this.words);
            bits[own >> 5] |= 1 << (own & 31);
        }
        if (bits) {
            for (const parent of commit.parents) {
                const theirs = this.pending.get(parent);
                if (!theirs)
                    this.pending.set(parent, bits.slice());
                else
                    for (let i = 0; i < this.words; i++)
                        theirs[i] |= bits[i];
            }
        }
        const reached = bits;
        return component => {
            const tag = this.componentTag[component];
            return tag < 0 || !reached || (reached[tag >> 5] & (1 << (tag & 31))) === 0;
        };
    }
}
const RELEASE_AS_NAMED = /^([A-Za-z0-9][A-Za-z0-9._-]*)@(\S+)$/;
/**
 * Collects, from the stream of (commit, files), each component's commits: a commit belongs to
 * every component owning one of its files (src/core/components/attribution.ts) whose range holds
 * it. A commit without files (an empty commit) goes to the root component, when there is one. A
 * `Release-As: name@2.0.0` footer applies to the component it names (its commit counts for it);
 * a plain `Release-As: 2.0.0` to the components the commit touches.
 */
function collector(components, previous) {
    const tracker = new RangeTracker(previous);
    const { owners } = (0,attribution/* attributor */.Bc)(components);
    const byName = new Map(components.map((c, index) => [c.name, index]));
    const root = components.findIndex(c => c.paths.includes(''));
    const result = { commits: components.map(() => []), read: 0 };
    const add = (commit, files) => {
        result.read++;
        const inRange = tracker.visit(commit);
        const touched = [];
        for (const file of files)
            for (const index of owners(file))
                if (inRange(index) && !touched.includes(index))
                    touched.push(index);
        if (files.length === 0 && root >= 0 && inRange(root))
            touched.push(root);
        if (touched.length === 0 && !/release-as:\s*\S+@/i.test(commit.message))
            return;
        const analyzed = (0,changes/* analyzeCommit */.I)(commit);
        const named = analyzed.releaseAs ? RELEASE_AS_NAMED.exec(analyzed.releaseAs) : null;
        if (named) {
            const index = byName.get(named[1]);
            if (index === undefined)
                throw new errors/* ConfigurationError */.j1(`Commit ${analyzed.sha.slice(0, 7)} has the footer "Release-As: ${analyzed.releaseAs.slice(0, 80)}", which names no component. Name one of: ${[...byName.keys()].join(', ')} (Release-As: name@X.Y.Z), or revert that commit.`);
            for (const each of touched)
                if (each !== index)
                    result.commits[each].push({ ...analyzed, releaseAs: null });
            if (inRange(index))
                result.commits[index].push({ ...analyzed, releaseAs: named[2] });
            return;
        }
        for (const index of touched)
            result.commits[index].push(analyzed);
    };
    return { add, result };
}

;// CONCATENATED MODULE: ./src/core/components/index.ts









;// CONCATENATED MODULE: ./src/core/components/run-notes.ts
/**
 * What the run's notes (the run's notes file, beside each component's own) may take: every
 * component's notes in full when they fit, else each cut to an equal share at a line, pointing to
 * its own notes file, which has all of it. A 200-package release makes no 18 MB file that repeats
 * the components' files, nor holds that text twice in memory.
 */
const RUN_NOTES_BUDGET = 1_000_000;
/** The run's notes: a `## name version` section for each component released, in order. */
function runNotes(released, budget = RUN_NOTES_BUDGET) {
    const total = released.reduce((sum, r) => sum + r.notes.length, 0);
    const share = Math.floor(budget / Math.max(1, released.length));
    return released
        .map(r => {
        let notes = r.notes.trim();
        if (total > budget && notes.length > share) {
            const cut = notes.lastIndexOf('\n', share);
            const kept = notes.slice(0, cut > 0 ? cut : 0).trimEnd();
            // a cut inside a code block (a breaking change's migration guide) closes it
            const open = (kept.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1 ? '\n```' : '';
            notes = `${kept}${open}\n\n_…cut to fit the run's notes: all of it is in ${r.notesFile}._`;
        }
        return `## ${r.name} ${r.version}\n\n${notes}\n`;
    })
        .join('\n');
}

// EXTERNAL MODULE: ./src/core/record/release-record.ts
var release_record = __webpack_require__(6632);
// EXTERNAL MODULE: ./src/core/publish/repo-url.ts
var repo_url = __webpack_require__(54183);
// EXTERNAL MODULE: ./src/core/versioning/version.ts
var version = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/usecases/gates/run.ts
var run = __webpack_require__(32454);
// EXTERNAL MODULE: ./src/usecases/project.ts
var project = __webpack_require__(5977);
// EXTERNAL MODULE: ./src/usecases/release/types.ts
var release_types = __webpack_require__(27891);
// EXTERNAL MODULE: ./src/usecases/components/ports.ts
var ports = __webpack_require__(87641);
// EXTERNAL MODULE: ./src/usecases/release/scrub-plan.ts
var scrub_plan = __webpack_require__(42497);
// EXTERNAL MODULE: ./src/core/text/tokens.ts
var tokens = __webpack_require__(36129);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/components/pins.ts

const pins_escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function npmPattern(name) {
    return new RegExp(`("${pins_escape(name)}"\\s*:\\s*")(workspace:)?(=|\\^|~|>=)?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?|\\*)(")`, 'g');
}
function pythonPattern(name) {
    // PEP 503: -, _ and . are alike in a distribution name
    const flexible = name
        .split(/[-_.]+/)
        .map(pins_escape)
        .join('[-_.]+');
    return new RegExp(`(["'])(${flexible})(\\s*(?:\\[[^\\]]*\\])?\\s*)(===|==|>=|~=)(\\s*)(\\d+(?:\\.\\d+)*(?:[a-z]+\\d+)?)`, 'gi');
}
/** The pin of `dependency` (its package name) in the manifest, judged against the version it is released at. */
function pinOf(manifest, text, dependency, version) {
    if (manifest === 'package.json') {
        const match = npmPattern(dependency).exec(text);
        if (!match)
            return 'none';
        const [, , workspace, op = '', pinned] = match;
        if (pinned === '*')
            return 'range';
        if (op === '' || op === '=')
            return 'exact';
        return semver_default().satisfies(version, `${workspace ? '' : ''}${op}${pinned}`) ? 'range' : 'exact';
    }
    const match = pythonPattern(dependency).exec(text);
    if (!match)
        return 'none';
    const op = match[4];
    if (op === '==' || op === '===')
        return 'exact';
    if (op === '>=')
        return 'range';
    // ~=1.2 admits 1.x; ~=1.2.3 admits 1.2.x
    const parts = match[6].split('.');
    const upper = parts.length <= 2 ? `${Number(parts[0]) + 1}.0.0` : `${parts[0]}.${Number(parts[1]) + 1}.0`;
    const lower = semver_default().coerce(match[6])?.version ?? '0.0.0';
    return semver_default().satisfies(version, `>=${lower} <${upper}`) ? 'range' : 'exact';
}
/** The manifest with the dependency's written version replaced (its operator kept). */
function updatePin(manifest, text, dependency, version) {
    if (manifest === 'package.json')
        return text.replace(npmPattern(dependency), (all, head, workspace = '', op = '', pinned, tail) => pinned === '*' ? all : `${head}${workspace}${op}${version}${tail}`);
    return text.replace(pythonPattern(dependency), (_all, quote, name, extras, op, space) => `${quote}${name}${extras}${op}${space}${version}`);
}

;// CONCATENATED MODULE: ./src/usecases/components/pins.ts
/**
 * Dependency pins between components: how a dependent's manifest (package.json, pyproject.toml in
 * its folder) names each component it depends on, and the edits that write a released
 * dependency's version into it (on top of the dependent's own version edit of the same file).
 */




const MANIFESTS = ['package.json', 'pyproject.toml'];
const at = (base, file) => (base ? `${base}/${file}` : file);
/** The package name a component publishes (package.json's name, else pyproject's), or null. */
function packageOf(component, files) {
    const base = (0,components_files/* baseOf */.b)(component);
    const npm = files.read(at(base, 'package.json'));
    if (npm) {
        try {
            const name = JSON.parse(npm).name;
            if (typeof name === 'string' && name)
                return name;
        }
        catch {
            // not JSON: its version edit says so
        }
    }
    return (0,project/* packageNameFrom */.cn)({ read: file => files.read(at(base, file)) });
}
/** How the component's manifests pin a dependency (by component name) released at a version. */
function pinReader(component, components, files) {
    const base = (0,components_files/* baseOf */.b)(component);
    const texts = MANIFESTS.map(manifest => ({ manifest, text: files.read(at(base, manifest)) }));
    return (dependency, version) => {
        const other = components.find(c => c.name === dependency);
        const name = other ? packageOf(other, files) : null;
        if (!name)
            return 'none';
        let found = 'none';
        for (const { manifest, text } of texts) {
            if (text === null)
                continue;
            const pin = pinOf(manifest, text, name, version);
            if (pin === 'exact')
                return 'exact';
            if (pin === 'range')
                found = 'range';
        }
        return found;
    };
}
/** Writes the released dependencies' versions into the dependent's manifests, on top of the edits planned. */
function addPinEdits(component, dependencies, components, files, edits) {
    const base = (0,components_files/* baseOf */.b)(component);
    for (const manifest of MANIFESTS) {
        const path = at(base, manifest);
        const existing = edits.find(edit => edit.path === path);
        const before = existing ? existing.before : files.bytes(path);
        if (before === null)
            continue;
        const start = existing ? Buffer.from(existing.bytes).toString('utf8') : Buffer.from(before).toString('utf8');
        let text = start;
        for (const dependency of dependencies) {
            const other = components.find(c => c.name === dependency.name);
            const name = other ? packageOf(other, files) : null;
            if (name)
                text = updatePin(manifest, text, name, dependency.version);
        }
        if (text === start)
            continue;
        const bytes = Buffer.from(text, 'utf8');
        if (existing)
            existing.bytes = bytes;
        else
            edits.push({
                path,
                oldHash: (0,external_node_crypto_.createHash)('sha256').update(before).digest('hex'),
                before,
                bytes
            });
    }
}

;// CONCATENATED MODULE: ./src/usecases/components/burned.ts



async function componentsBurned(components, deps, record, localTags) {
    const burned = new Map(components.map(component => [component.name, new Map()]));
    const root = components.find(component => component.paths.includes('')); // path: . is ''
    for (const entry of (0,release_record/* parseRollbacks */.fT)(deps.files.read(record) ?? '')) {
        const at = entry.version.indexOf('@');
        const name = at > 0 ? entry.version.slice(0, at) : (root?.name ?? (components.length === 1 ? components[0].name : ''));
        burned.get(name)?.set(at > 0 ? entry.version.slice(at + 1) : entry.version, `was rolled back (${record})`);
    }
    if (deps.remote) {
        const onOrigin = await deps.remote.remoteTags(release_types/* REMOTE */.B, '');
        for (const component of components) {
            const own = burned.get(component.name);
            for (const tag of (0,version/* releaseTags */.dt)(onOrigin.map(name => ({ name, sha: '' })), component.tagPrefix))
                if (!localTags.has(tag.name) && !own.has(tag.version))
                    own.set(tag.version, `is tagged on ${release_types/* REMOTE */.B} (${tag.name}) but not here`);
        }
    }
    return burned;
}

// EXTERNAL MODULE: ./src/core/version-files/file-text.ts
var file_text = __webpack_require__(80328);
// EXTERNAL MODULE: ./src/core/version-files/files.ts + 13 modules
var version_files_files = __webpack_require__(44754);
// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
// EXTERNAL MODULE: ./src/usecases/release/files.ts
var release_files = __webpack_require__(31217);
;// CONCATENATED MODULE: ./src/usecases/components/fixed-files.ts
/**
 * A fixed group's members share one version: before anything changes, the version their version
 * files hold at HEAD (listed, or auto-detected in each member's folder, as the release would edit
 * them) must agree, with each other and with the group's tags. A member without version files (a
 * Docker image) has nothing to disagree with. Reads only: the working tree, and HEAD's text of a
 * file someone (or an earlier run) changed without committing.
 */







/** A member's version files as the release would find them: listed, else detected in its folder and its own. */
function versionFilesOf(component, files, owns) {
    const listed = component.versionFiles.filter(file => !file.startsWith('!'));
    const off = new Set(component.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)));
    const base = (0,components_files/* baseOf */.b)(component);
    const at = (path) => (base === '' ? path : `${base}/${path}`);
    const view = {
        bytes: path => files.bytes(at(path)),
        list: dir => files.list(dir === '.' ? base || '.' : at(dir))
    };
    const detected = (0,release_files/* detectVersionFiles */.V2)(view)
        .map(at)
        .filter(path => !off.has(path) && owns(path));
    return [...new Set([...listed, ...detected])];
}
async function checkFixedVersionFiles(groups, components, tagVersions, files, git, owns, configFile) {
    if (groups.length === 0)
        return;
    const index = new Map(components.map((c, i) => [c.name, i]));
    let dirty = null;
    const textAtHead = async (path) => {
        dirty ??= new Set(await git.changedPaths());
        if (dirty.has(path))
            return git.show('HEAD', path);
        const bytes = files.bytes(path);
        return bytes === null ? null : (0,file_text/* decodeFile */.JG)(bytes).text;
    };
    for (const group of groups) {
        const members = [];
        for (const name of group.members) {
            const at = index.get(name);
            if (at === undefined)
                continue;
            const found = [];
            for (const path of versionFilesOf(components[at], files, file => owns(at, file))) {
                const text = await textAtHead(path);
                if (text === null)
                    continue;
                let version = null;
                try {
                    version = (0,version_files_files/* locateVersion */.TX)((0,version_files_files/* kindOf */.I)(path), text)?.version ?? null;
                }
                catch {
                    continue; // a file we cannot read is named by the release's own edit, with what to do
                }
                if (version === null || (0,ecosystem_versions/* isPlaceholderVersion */.Ug)(version))
                    continue;
                found.push({ path, version, semver: (0,ecosystem_versions/* semverOfFileVersion */.yb)(version) ?? version });
            }
            members.push({ name, tagVersion: tagVersions.get(name) ?? null, files: found });
        }
        const problem = (0,components_groups/* disagreeingFixedFiles */.Uy)(group, members);
        if (problem)
            throw new errors/* ConfigurationError */.j1(`${configFile}: ${problem}`);
    }
}

;// CONCATENATED MODULE: ./src/usecases/components/tracked-view.ts
function trackedView(files, tracked, named) {
    const known = new Set(tracked);
    for (const path of named)
        known.add(path);
    const folders = new Map();
    const entry = (dir, name, directory) => {
        let entries = folders.get(dir);
        if (!entries)
            folders.set(dir, (entries = new Map()));
        if (directory || !entries.has(name))
            entries.set(name, directory);
    };
    for (const file of tracked) {
        let dir = '.';
        let at = 0;
        for (let slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            const name = file.slice(at, slash);
            entry(dir, name, true);
            dir = file.slice(0, slash);
            at = slash + 1;
        }
        entry(dir, file.slice(at), false);
    }
    const normal = (dir) => (dir === '' || dir === '.' ? '.' : dir.replace(/^\.\//, '').replace(/\/+$/, ''));
    return {
        list: (dir) => [...(folders.get(normal(dir)) ?? [])].map(([name, directory]) => ({ name, directory })),
        bytes: (path) => (known.has(path) ? files.bytes(path) : null)
    };
}

;// CONCATENATED MODULE: ./src/usecases/components/plan.ts
/**
 * Planning a release of several components (the configuration file's `components`): one streaming
 * `git log --name-only` over the union of the components' ranges attributes each commit to the
 * components owning its files; each component is decided with its own rules
 * (src/core/components/decide.ts); the plan holds every component's version files and changelog,
 * its tag, and one release commit naming each `name version`. Reads only.
 */























/** The notes file of one component: beside the run's, named for it. */
function componentNotesFile(notesFile, name) {
    const dot = notesFile.lastIndexOf('.');
    const slash = notesFile.lastIndexOf('/');
    return dot > slash ? `${notesFile.slice(0, dot)}-${name}${notesFile.slice(dot)}` : `${notesFile}-${name}`;
}
/** The run's aggregate release (the outputs a single package has): the first component released, every component's notes (src/core/components/run-notes.ts). */
function aggregate(releases, plans) {
    const released = releases.filter(r => r.released);
    const lead = released[0] ? plans.get(released[0].name) : plans.values().next().value;
    const notes = runNotes(released);
    const reason = releases.map(r => `${r.name}: ${r.reason}`).join('; ');
    return {
        ...lead,
        released: released.length > 0,
        reason,
        notes: released.length > 0 ? notes : '',
        commitCount: Math.max(0, ...[...plans.values()].map(plan => plan.commitCount)),
        decision: { ...lead.decision, reason }
    };
}
async function planComponentRelease(settings, config, deps) {
    const { log, files } = deps;
    const git = deps.git;
    if (!(0,ports/* hasComponentsReads */.C)(git))
        throw new errors/* ConfigurationError */.j1('This run plans over a view of the history that cannot list the files each commit changed, which components need. Use a dry run (dry_run: true) or the CLI plan on the branch.');
    const file = settings.config ?? '.github/release-action.yml';
    const components = config.components;
    const head = await git.head();
    if (!head)
        throw new errors/* ConfigurationError */.j1('The repository has no commits yet: there is nothing to release.');
    // bad input first, before anything is read further
    const tracked = await git.allFiles();
    const folders = (0,attribution/* foldersOf */.pd)(tracked);
    for (const component of components) {
        const missing = (0,attribution/* unmatchedPath */.Lj)(component, tracked, folders);
        if (missing !== null)
            throw new errors/* ConfigurationError */.j1(`Component ${component.name} of ${file}: its path "${missing}" matches no file of the repository. Fix the path (relative to the repository root), or remove the component.`);
    }
    for (const warning of [
        ...config.warnings,
        ...(0,components_tags/* checkSwiftTags */.Vx)(components, tracked.filter(f => f === 'Package.swift' || f.endsWith('/Package.swift')), file)
    ])
        log.warning(warning);
    const allRefs = await git.tags('');
    const reachable = new Set((await git.tags('', 'HEAD')).map(tag => tag.name));
    const tagsOf = new Map();
    const previous = new Map();
    for (const component of components) {
        const tags = (0,version/* releaseTags */.dt)(allRefs, component.tagPrefix);
        tagsOf.set(component.name, tags);
        previous.set(component.name, (0,version/* highestStable */.Ij)(tags.filter(tag => reachable.has(tag.name))));
    }
    const tagVersions = new Map(components.map(c => [c.name, previous.get(c.name)?.version ?? null]));
    (0,components_groups/* checkFixedVersions */.CZ)(config.fixed, tagVersions);
    const { owners } = (0,attribution/* attributor */.Bc)(components);
    // one `git status` for every component's working-tree check
    let changed = null;
    const treeGit = { changedPaths: () => (changed ??= deps.git.changedPaths()), show: deps.git.show.bind(deps.git) };
    const owns = (index, path) => owners(path).includes(index);
    // one pass over the tracked files answers every component's folder listings
    const named = components.flatMap(c => [...c.versionFiles.map(f => f.replace(/^!/, '')), c.changelog ?? '']);
    const tree = trackedView(files, tracked, named);
    await checkFixedVersionFiles(config.fixed, components, tagVersions, tree, treeGit, owns, file);
    // one log over the union of the ranges: HEAD minus what every component has released
    const shas = components.map(c => previous.get(c.name)?.sha ?? null);
    const exclude = shas.every(sha => sha !== null) ? await git.mergeBase([...new Set(shas)]) : null;
    const { add, result } = collector(components, shas);
    const parser = new components_log/* FilesLogParser */.N8(add);
    await git.filesLog((0,components_log/* filesLogArgs */.z)(exclude ? [exclude] : []), chunk => parser.push(chunk));
    parser.end();
    log.info(`Read ${result.read} commit(s) with their files for ${components.length} components.`);
    const originUrl = await git.remoteUrl(release_types/* REMOTE */.B);
    const repoUrl = (0,repo_url/* repoUrlFrom */.s)(deps.env.serverUrl, deps.env.repository, originUrl);
    // never a version twice: each component's rolled-back versions, and those tagged on origin only
    const burned = await componentsBurned(components, { files, remote: originUrl !== null ? deps.remote : undefined }, settings.rollbackRecord, new Set(allRefs.map(ref => ref.name)));
    const inputs = components.map((component, index) => {
        const base = (0,components_files/* baseOf */.b)(component);
        const scoped = { read: (path) => files.read(base ? `${base}/${path}` : path) };
        return {
            component,
            previous: previous.get(component.name) ?? null,
            tags: tagsOf.get(component.name) ?? [],
            commits: result.commits[index],
            installs: (0,project/* installsFrom */.Zi)(scoped, repoUrl),
            pin: pinReader(component, components, files),
            burned: burned.get(component.name)
        };
    });
    const decisions = planComponents({
        settings,
        inputs,
        fixed: config.fixed,
        repoUrl,
        date: deps.env.now.toISOString().slice(0, 10)
    });
    // an earlier run's release commit at HEAD: its subject names each `name version`
    const names = new Set(components.map(c => c.name));
    const earlierPairs = (0,release_commit/* parseReleaseCommitSubject */.wF)(await git.subject('HEAD'), names);
    const atHead = new Set(allRefs.filter(tag => tag.sha === head).map(tag => tag.name));
    const plans = new Map();
    const releases = [];
    const edits = [];
    const written = [];
    const stray = [];
    for (const [index, decision] of decisions.entries()) {
        const { component } = decision;
        // the texts made from commits scrubbed of secrets, as a single package's (src/usecases/release/scrub-plan.ts)
        const scrubbed = (0,scrub_plan/* scrubReleaseTexts */.j)(decision.plan, deps.scrub);
        let plan = scrubbed;
        let tagged = false;
        const earlierVersion = earlierPairs?.get(component.name);
        if (earlierPairs && !earlierVersion)
            plan = { ...plan, released: false, version: '', tag: '', bump: 'none' };
        if (earlierVersion) {
            // HEAD is the release commit of an earlier run: it names this component's version (its tag made or not)
            const tag = `${component.tagPrefix}${earlierVersion}`;
            tagged = atHead.has(tag);
            const before = (0,version/* highestStable */.Ij)((tagsOf.get(component.name) ?? []).filter(t => reachable.has(t.name) && t.name !== tag));
            if (!plan.released || plan.version !== earlierVersion)
                plan = {
                    ...plan,
                    released: true,
                    version: earlierVersion,
                    tag,
                    bump: plan.bump === 'none' ? 'patch' : plan.bump,
                    previousVersion: before?.version ?? '',
                    previousTag: before?.name ?? '',
                    // the tag made by the earlier run holds the notes released (its GitHub release gets them)
                    notes: (tagged ? (0,release_record/* parseTagMessage */.V3)(await git.tagMessage(tag)).notes : '') || plan.notes || `Release ${tag}.\n`,
                    reason: `${tagged ? `${tag} was already made at HEAD` : `HEAD is the release commit of ${tag}`} by an earlier run: completing it`
                };
        }
        plans.set(component.name, plan);
        const release = {
            name: component.name,
            path: (0,components_files/* baseOf */.b)(component) || '.',
            released: plan.released,
            version: plan.version,
            tag: plan.tag,
            previousVersion: plan.previousVersion,
            previousTag: plan.previousTag,
            bump: plan.bump,
            reason: earlierVersion && plan !== scrubbed ? plan.reason : (deps.scrub ?? tokens/* scrubTokens */.U)(decision.reason),
            notes: plan.notes,
            notesFile: componentNotesFile(settings.releaseNotesFile, component.name),
            versionFiles: [],
            dependencies: decision.dependencies.map(d => ({ name: d.name, version: d.version })),
            group: decision.group,
            tagged
        };
        if (plan.released && !earlierPairs) {
            const edited = await (0,components_files/* componentEdits */.p)(settings, component, plan, treeGit, tree, path => owns(index, path));
            addPinEdits(component, decision.dependencies, components, files, edited.edits);
            for (const edit of edited.edits) {
                if (edits.some(other => other.path === edit.path))
                    throw new errors/* ConfigurationError */.j1(`${edit.path} would be edited for two components (${component.name} and another). Give each component its own version files and changelog (version_files, changelog).`);
                edits.push(edit);
            }
            release.versionFiles = edited.changes;
            written.push(...edited.written);
            stray.push(...edited.stray);
        }
        releases.push(release);
    }
    const release = aggregate(releases, plans);
    const strategy = (0,release_plan/* strategyOf */.xS)(settings);
    const branch = release.released ? await git.branch() : null;
    if (release.released && settings.push && !branch)
        throw new errors/* ConfigurationError */.j1('push: true needs a branch, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main), or set push: false.');
    const earlier = earlierPairs ? (releases.some(r => r.tagged) ? 'tagged' : 'committed') : 'none';
    const tags = releases
        .filter(r => r.released && !r.tagged)
        .map(r => ({
        name: r.tag,
        message: (0,release_record/* formatTagMessage */.vn)(r.notes, plans.get(r.name).tagMeta),
        on: earlier !== 'none' || strategy === 'tag' ? 'head' : 'release commit'
    }));
    const gates = release.released
        ? (0,run/* selectGates */.nE)(settings.gates ?? null, (await (0,run/* loadGatesConfig */.jz)({ gatesConfig: settings.gatesConfig ?? '', sections: settings.sections }, files)).config)
        : [];
    const publish = {
        githubRelease: settings.createRelease ?? false,
        assets: settings.assets ?? [],
        artifact: settings.uploadArtifact ?? false
    };
    return {
        release,
        head,
        branch,
        gatesBranch: branch || deps.env.refName || null,
        strategy,
        earlier,
        waiting: 0,
        edits: earlier === 'none' ? edits : [],
        versionFiles: releases.flatMap(r => r.versionFiles),
        written,
        stray,
        commitMessage: (0,release_commit/* releaseCommitSubject */.v5)(releases),
        tags,
        notesFile: settings.releaseNotesFile,
        dryRun: settings.dryRun,
        push: settings.push,
        commitTimes: [],
        gates: earlier === 'tagged' ? [] : gates,
        publish: release.released && (publish.githubRelease || publish.assets.length > 0 || publish.artifact) ? publish : null,
        components: releases,
        componentDecisions: [...plans].map(([name, plan]) => [name, plan.decision])
    };
}

;// CONCATENATED MODULE: ./src/usecases/components/one.ts
/**
 * A release of ONE component (src/core/components/target.ts says which): a hotfix (mode: hotfix, a
 * `hotfix/*` branch), a release line (a maintenance branch or a prerelease channel of
 * release_lines), or the CLI's --component. It is the single package's own planning (hotfix
 * rules, the line's range, channels, an earlier run's tag) over the component's history: the log
 * keeps the commits that change its files (one streaming `git log --name-only`), its tags are its
 * own, and its version files and changelog are found in its folder. Every other component is left
 * as it is (its dependents are not bumped: a hotfix or a line releases one package). Reads only.
 */









/** The lines with components: a branch such as `api/1.x` is a maintenance line of api by default. */
function componentLines(lines) {
    if (lines.configured)
        return lines;
    return { ...lines, maintenance: [...lines.maintenance, '*/*.x', '*/*.*.x'] };
}
/**
 * The component this run releases alone, or null for a release of every component. A hotfix, a
 * maintenance line and a prerelease channel act on one; so does the CLI's --component.
 */
async function oneComponentTarget(settings, config, deps) {
    const lines = componentLines(settings.sections?.releaseLines ?? release_lines/* DEFAULT_LINES */.Mg);
    const named = settings.sections?.component ?? '';
    const branch = deps.env.baseRef && /^\d+\/merge$/.test(deps.env.refName ?? '')
        ? deps.env.baseRef
        : (await deps.git.branch()) || deps.env.refName || '';
    const hotfix = settings.mode === 'hotfix' || (settings.mode === 'release' && branch.startsWith('hotfix/'));
    const line = hotfix ? null : (0,release_lines/* lineOf */.cA)(branch, lines, settings.baseBranch ?? '');
    const onLine = line?.kind === 'maintenance' || line?.kind === 'channel';
    if (!hotfix && !onLine && !named)
        return null;
    const what = hotfix
        ? `A hotfix (${settings.mode === 'hotfix' ? 'mode: hotfix' : `branch ${branch}`})`
        : onLine
            ? `The release line ${branch}`
            : 'The run';
    const target = (0,components_target/* chooseComponent */.bY)(config, {
        name: named || (hotfix || onLine ? (lines.component ?? '') : ''),
        version: '',
        branch: hotfix || onLine ? branch : '',
        what
    });
    return { target, hotfix };
}
/** The release's git reads with the log narrowed to the commits that change the component's files. */
function componentHistory(git, keep) {
    const log = async (exclude, onCommit, tips) => {
        const parents = new Set();
        const parser = new components_log/* FilesLogParser */.N8((commit, files) => {
            for (const parent of commit.parents)
                parents.add(parent);
            if (keep(files))
                onCommit(commit);
        });
        const args = [
            'log',
            '-z',
            '--name-only',
            '--no-renames',
            `--format=${components_log/* FILES_LOG_FORMAT */.lm}`,
            ...(tips ?? ['HEAD']),
            ...(exclude ? [`^${exclude}`] : []),
            '--'
        ];
        await git.filesLog(args, chunk => parser.push(chunk));
        parser.end();
        // the boundary of `tips ^exclude` holds exclude when a commit read has it as a parent
        return new Set(exclude && parents.has(exclude) ? [exclude] : []);
    };
    const view = Object.create(git);
    return Object.assign(view, { log });
}
/** Plans the release of the one component. */
async function planOneComponent(settings, config, chosen, deps) {
    const { component } = chosen.target;
    const git = deps.git;
    if (!(0,ports/* hasComponentsReads */.C)(git))
        throw new errors/* ConfigurationError */.j1(`The release of component ${component.name} reads the files each commit changed, which this run's view of the history cannot list. Use a dry run (dry_run: true) or the CLI plan on the branch.`);
    deps.log.info(`Releasing component ${component.name} alone (named by ${chosen.target.by}).`);
    const index = config.components.indexOf(component);
    const { owners } = (0,attribution/* attributor */.Bc)(config.components);
    const root = component.paths.includes('');
    const owns = (path) => owners(path).includes(index);
    const base = (0,components_files/* baseOf */.b)(component);
    const narrowed = {
        ...settings,
        // a hotfix branch is a hotfix whatever release_lines says of hotfix/<name>/… (one part only)
        mode: chosen.hotfix ? 'hotfix' : settings.mode,
        tagPrefix: component.tagPrefix,
        prerelease: component.prerelease ?? settings.prerelease,
        bumpMinorPreMajor: component.bumpMinorPreMajor ?? settings.bumpMinorPreMajor,
        initialVersion: component.initialVersion ?? settings.initialVersion,
        notesSections: component.notesSections ?? settings.notesSections,
        packageName: base === '' ? settings.packageName : '',
        changelogFile: component.changelog,
        versionFiles: [],
        inferConvention: false,
        // the tag alone is planned here; the component's files below
        releaseCommit: false,
        sections: settings.sections
            ? {
                ...settings.sections,
                components: null,
                releaseLines: componentLines(settings.sections.releaseLines)
            }
            : undefined
    };
    // a bare file name (pyproject.toml, package.json: the package name and install line) is read in the component's folder
    const files = Object.assign(Object.create(deps.files), {
        read: (path) => deps.files.read(base && !path.includes('/') ? `${base}/${path}` : path)
    });
    const plan = await (0,release_plan/* planRelease */.F3)(narrowed, {
        ...deps,
        files,
        git: componentHistory(git, changed => changed.some(owns) || (changed.length === 0 && root))
    });
    const strategy = (0,release_plan/* strategyOf */.xS)(settings);
    const { release } = plan;
    let tree = { edits: plan.edits, changes: plan.versionFiles, written: plan.written, stray: plan.stray };
    if (release.released && plan.earlier === 'none' && strategy !== 'tag')
        tree = await (0,components_files/* componentEdits */.p)(settings, component, release, deps.git, deps.files, owns);
    const part = {
        name: component.name,
        path: base || '.',
        released: release.released,
        version: release.version,
        tag: release.tag,
        previousVersion: release.previousVersion,
        previousTag: release.previousTag,
        bump: release.bump,
        reason: release.reason,
        notes: release.notes,
        notesFile: componentNotesFile(settings.releaseNotesFile, component.name),
        versionFiles: tree.changes,
        dependencies: [],
        group: null,
        tagged: plan.earlier === 'tagged'
    };
    return {
        ...plan,
        strategy,
        edits: tree.edits,
        versionFiles: tree.changes,
        written: tree.written,
        stray: tree.stray,
        // an earlier run's tag at HEAD is pushed, not made again
        tags: (plan.earlier === 'tagged' ? [] : plan.tags).map(tag => ({
            ...tag,
            on: plan.earlier !== 'none' || strategy === 'tag' ? 'head' : 'release commit'
        })),
        components: [part],
        componentDecisions: [[component.name, release.decision]]
    };
}
/** The release of every component, or of the one a hotfix, a release line or --component names. */
async function one_planComponents(settings, config, deps) {
    const one = await oneComponentTarget(settings, config, deps);
    if (one)
        return planOneComponent(settings, config, one, deps);
    return planComponentRelease(settings, config, deps);
}
/**
 * mode: release_pr with components: a release of ONE component (its release line, a hotfix branch,
 * --component) goes through the single package's pull request; several at once are refused, as
 * the pull request's one title and changelog edit cannot carry several tags and the run after the
 * merge could not tell which components it released.
 */
async function refuseSeveralInPullRequest(settings, deps) {
    const config = settings.sections?.components;
    if (!config || (await oneComponentTarget(settings, config, deps)))
        return;
    throw new errors/* ConfigurationError */.j1(`mode: release_pr does not release several components in one pull request yet (components: ${config.components.map(c => c.name).join(', ')}). ` +
        'Use mode: release (one release commit, a tag per component, one atomic push), or keep a release pull request per component on its release line (such as ' +
        `${config.components[0].name}/1.x, or release_lines.component). Nothing was changed.`);
}


/***/ }),

/***/ 87641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ hasComponentsReads)
/* harmony export */ });
/** Whether a git client offers the components' reads. */
function hasComponentsReads(git) {
    const candidate = git;
    return typeof candidate.filesLog === 'function' && typeof candidate.allFiles === 'function';
}


/***/ }),

/***/ 36618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ docsUpdated),
/* harmony export */   L: () => (/* binding */ migrationGuidePattern)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_gates_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67316);
/* harmony import */ var _core_gates_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36337);
/* harmony import */ var _core_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86730);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44838);





/**
 * The migration guide's path pattern, the one the gate checks and `mode: migration_guide` writes: the
 * `migration_guide` setting; the gate's own `migration_guide` parameter (older configurations) when
 * the setting is left at its default. Both set, to different paths: a configuration error.
 */
function migrationGuidePattern(parameter, settings) {
    const chosen = chosenPattern(parameter, settings);
    const unknown = /\{(?!(?:major|minor|patch|version)\})[^{}]*\}/.exec(chosen);
    if (unknown)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`migration_guide ${chosen} has an unknown placeholder ${unknown[0]}: only {major}, {minor}, {patch} and {version} are replaced. Fix the pattern, such as docs/migrations/v{major}.md. Nothing was changed.`);
    return chosen;
}
function chosenPattern(parameter, settings) {
    const setting = settings.migrationGuide ?? _core_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .zY.migration_guide;
    if (typeof parameter !== 'string' || parameter === '' || parameter === setting)
        return setting;
    if (setting !== _core_config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .zY.migration_guide) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The migration guide is named twice: migration_guide is ${setting}, but the docs_updated gate's migration_guide parameter is ${parameter}. ` +
            'Keep one: set migration_guide (the draft and the gate both read it) and remove the gate parameter.');
    }
    return parameter;
}
/** Source changes since the previous release come with documentation changes; a major release has its migration guide. */
const docsUpdated = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineGate */ .pu)({
    name: 'docs_updated',
    aliases: ['documentation_updated'],
    schema: { source_paths: _core_gates_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Y, docs_paths: _core_gates_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Y, migration_guide: { type: 'string', minLength: 1 } },
    params: (raw, _config, settings) => ({
        sourcePaths: raw.source_paths ?? ['src/'],
        docsPaths: raw.docs_paths ?? ['docs/', 'README.md'],
        migrationGuide: migrationGuidePattern(raw.migration_guide, settings)
    }),
    async run(docs, input, deps) {
        const { plan } = input;
        if (!plan.previousTag)
            return (0,_core_gates_types_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)('docs_updated', 'skipped', 'first release: no previous release to compare with');
        const { migrationGuidePath, under } = await (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .reports */ .uE)();
        const changed = await deps.git.diffNames(plan.previousTag, input.head);
        const source = under(changed, docs.sourcePaths);
        const documentation = under(changed, docs.docsPaths);
        const problems = [];
        if (source.length > 0 && documentation.length === 0) {
            problems.push(`${source.length} file(s) under ${docs.sourcePaths.join(', ')} changed since ${plan.previousTag} but nothing under ${docs.docsPaths.join(', ')}`);
        }
        if (plan.bump === 'major') {
            const guide = migrationGuidePath(docs.migrationGuide, plan.version);
            const { guideState } = await __webpack_require__.e(/* import() */ 656).then(__webpack_require__.bind(__webpack_require__, 20656));
            const state = guideState(deps.files.read(guide));
            if (state === 'missing')
                problems.push(`a major release needs a migration guide at ${guide}: draft it from the breaking changes with mode: migration_guide (CLI: fastvlm-release migration-guide), edit it and commit it`);
            else if (state === 'draft')
                problems.push(`the migration guide at ${guide} is the untouched draft: edit it (what users must change, with examples) and commit it; to keep the text as it is, delete its draft marker line (the hidden comment on top)`);
        }
        if (problems.length > 0)
            return (0,_core_gates_types_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)('docs_updated', 'fail', problems.join('; '), source.slice(0, 10));
        return (0,_core_gates_types_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)('docs_updated', 'pass', source.length === 0
            ? 'no source changes since the previous release'
            : `${documentation.length} documentation file(s) changed with ${source.length} source file(s)`);
    }
});


/***/ }),

/***/ 28007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ GATES)
});

// EXTERNAL MODULE: ./src/core/gates/defaults.ts
var defaults = __webpack_require__(67316);
// EXTERNAL MODULE: ./src/core/gates/types.ts
var types = __webpack_require__(36337);
// EXTERNAL MODULE: ./src/usecases/gates/types.ts
var gates_types = __webpack_require__(44838);
;// CONCATENATED MODULE: ./src/usecases/gates/approvals.ts



const ALL = ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'];
/**
 * The pull request that brought HEAD has an approving review from the technical lead (every
 * release), the security team (major) and the product owner (feature release).
 */
const approvals = (0,gates_types/* defineGate */.pu)({
    name: 'approvals',
    schema: { technical_lead: defaults/* stringList */.Y, security_team: defaults/* stringList */.Y, product_owner: defaults/* stringList */.Y },
    impliedBy: config => config.approvalRequirements.length > 0,
    params: (raw, config) => ({
        wanted: config.approvalRequirements.length > 0 ? config.approvalRequirements : [...ALL],
        technicalLead: raw.technical_lead ?? [],
        securityTeam: raw.security_team ?? [],
        productOwner: raw.product_owner ?? []
    }),
    async run(config, input, deps) {
        if (!deps.github)
            return (0,types/* result */.K)('approvals', 'fail', 'approvals need github_token and GITHUB_REPOSITORY');
        const { plan } = input;
        const { wanted } = config;
        const roles = [];
        if (wanted.includes('technical_lead_approval'))
            roles.push({ role: 'technical lead', members: config.technicalLead });
        if (wanted.includes('security_team_approval') && plan.bump === 'major') {
            roles.push({ role: 'security team (major release)', members: config.securityTeam });
        }
        if (wanted.includes('product_owner_approval') && plan.bump === 'minor') {
            roles.push({ role: 'product owner (feature release)', members: config.productOwner });
        }
        try {
            const pulls = await deps.github.pullsForCommit(input.head);
            const pull = pulls.find(candidate => candidate.mergedAt) ?? pulls[0];
            if (!pull) {
                return (0,types/* result */.K)('approvals', 'fail', `HEAD (${input.head.slice(0, 7)}) did not come from a pull request, so it has no reviews`);
            }
            const latest = new Map();
            const reviews = [...(await deps.github.reviews(pull.number))].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
            for (const review of reviews) {
                if (review.state === 'COMMENTED')
                    continue;
                latest.set(review.user, review.state);
            }
            const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user);
            const lines = [];
            const missing = [];
            for (const { role, members } of roles) {
                if (members.length === 0) {
                    missing.push(`${role}: no one is configured (gates.approvals)`);
                    continue;
                }
                let by = null;
                for (const approver of approvers) {
                    for (const member of members) {
                        const [org, team] = member.split('/');
                        const isMember = team
                            ? await deps.github.isTeamMember(org, team, approver)
                            : member.toLowerCase() === approver.toLowerCase();
                        if (isMember)
                            by = approver;
                        if (by)
                            break;
                    }
                    if (by)
                        break;
                }
                if (by)
                    lines.push(`${role}: approved by ${by}`);
                else
                    missing.push(`${role}: no approval from ${members.join(', ')}`);
            }
            return missing.length === 0
                ? (0,types/* result */.K)('approvals', 'pass', `pull request #${pull.number} has every approval a ${plan.bump} release needs`, lines)
                : (0,types/* result */.K)('approvals', 'fail', `pull request #${pull.number} lacks ${missing.length} approval(s)`, [
                    ...lines,
                    ...missing
                ]);
        }
        catch (error) {
            return (0,types/* result */.K)('approvals', 'fail', (0,gates_types/* apiFailure */.tF)(error));
        }
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/clean-tree.ts


/** No uncommitted or untracked changes (the action's own notes and metrics files, and the release's own edits, excepted). */
const cleanTree = (0,gates_types/* defineGate */.pu)({
    name: 'clean_tree',
    byDefault: true,
    schema: {},
    params: (_raw, _config, settings) => ({ own: [settings.releaseNotesFile, 'release-metrics.json'] }),
    async run({ own }, input, deps) {
        const ours = [...own, ...(input.written ?? [])];
        const dirty = (await deps.git.changedPaths()).filter(path => !ours.includes(path));
        if (dirty.length === 0)
            return (0,types/* result */.K)('clean_tree', 'pass', 'no uncommitted or untracked changes');
        return (0,types/* result */.K)('clean_tree', 'fail', `${dirty.length} uncommitted or untracked path(s): commit, stash or remove them`, dirty.slice(0, 20));
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/coverage.ts


const REPORTS = ['coverage.xml', 'coverage.json', 'lcov.info', 'coverage/lcov.info', 'coverage/cobertura-coverage.xml'];
/** Line coverage of a Cobertura XML, coverage.py JSON or lcov report is at least min_line_coverage. */
const coverage = (0,gates_types/* defineGate */.pu)({
    name: 'coverage',
    schema: {
        report: { type: 'string', minLength: 1 },
        min_line_coverage: { type: 'number', minimum: 0, maximum: 100 }
    },
    params: raw => ({
        report: raw.report,
        minLineCoverage: raw.min_line_coverage ?? 80
    }),
    async run({ report, minLineCoverage }, _input, deps) {
        const candidates = report ? [report] : REPORTS;
        const file = candidates.find(candidate => deps.files.read(candidate) !== null);
        if (!file)
            return (0,types/* result */.K)('coverage', 'fail', `no coverage report at ${candidates.join(', ')}`);
        const { lineCoverage, ReportError } = await (0,gates_types/* reports */.uE)();
        try {
            const { percent, format } = lineCoverage(deps.files.read(file), file);
            const shown = `${percent.toFixed(1)} %`;
            return percent + 1e-9 >= minLineCoverage
                ? (0,types/* result */.K)('coverage', 'pass', `line coverage ${shown} ≥ ${minLineCoverage} % (${format}, ${file})`)
                : (0,types/* result */.K)('coverage', 'fail', `line coverage ${shown} < ${minLineCoverage} % (${format}, ${file})`, [], [{ level: 'error', message: `Line coverage ${shown} is below ${minLineCoverage} %`, file }]);
        }
        catch (error) {
            return (0,types/* result */.K)('coverage', 'fail', error instanceof ReportError ? error.message : `${file}: ${error.message}`);
        }
    }
});

// EXTERNAL MODULE: ./src/usecases/gates/docs-updated.ts
var docs_updated = __webpack_require__(36618);
;// CONCATENATED MODULE: ./src/usecases/gates/no-fixup-commits.ts



/** No commit of the release is a fixup left unsquashed (`git commit --fixup` and its kin). */
const noFixupCommits = (0,gates_types/* defineGate */.pu)({
    name: 'no_fixup_commits',
    schema: { prefixes: defaults/* stringList */.Y },
    params: raw => ({ prefixes: raw.prefixes ?? ['fixup!', 'squash!', 'amend!'] }),
    async run({ prefixes }, input, deps) {
        const { plan, head } = input;
        const messages = await deps.git.messages(plan.previousTag ? `${plan.previousTag}..${head}` : head);
        const subjects = messages.map(message => message.trimStart().split('\n')[0]);
        const left = subjects.filter(subject => prefixes.some(prefix => subject.startsWith(prefix)));
        const since = plan.previousTag ? `since ${plan.previousTag}` : 'in the history';
        if (left.length === 0)
            return (0,types/* result */.K)('no_fixup_commits', 'pass', `no ${prefixes.join(' / ')} commits ${since}`);
        return (0,types/* result */.K)('no_fixup_commits', 'fail', `${left.length} commit(s) ${since} still to squash (git rebase -i --autosquash)`, left.slice(0, 20).map(subject => subject.slice(0, 100)));
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/performance-regression.ts


/** No metric of this run's benchmark JSON is worse than at the previous release tag by more than max_regression %. */
const performanceRegression = (0,gates_types/* defineGate */.pu)({
    name: 'performance_regression',
    aliases: ['performance_regression_check'],
    slow: true,
    schema: {
        current: { type: 'string', minLength: 1 },
        baseline: { type: 'string', minLength: 1 },
        max_regression: { type: 'number', minimum: 0 },
        directions: { type: 'object', additionalProperties: { enum: ['lower', 'higher'] } }
    },
    params: raw => ({
        current: raw.current ?? 'benchmarks.json',
        baseline: raw.baseline,
        maxRegression: raw.max_regression ?? 20,
        directions: raw.directions ?? {}
    }),
    async run(performance, input, deps) {
        const { plan } = input;
        const current = performance.current;
        const baselinePath = performance.baseline ?? current;
        if (!plan.previousTag) {
            return (0,types/* result */.K)('performance_regression', 'skipped', 'first release: no previous benchmark to compare with');
        }
        const now = deps.files.read(current);
        if (now === null)
            return (0,types/* result */.K)('performance_regression', 'fail', `no benchmark results at ${current} from this run`);
        const before = await deps.git.show(plan.previousTag, baselinePath);
        if (before === null) {
            return (0,types/* result */.K)('performance_regression', 'skipped', `no baseline ${baselinePath} at ${plan.previousTag}: commit the benchmark results with each release so the next can compare`, [], [{ level: 'warning', message: `performance_regression: no baseline at ${plan.previousTag}:${baselinePath}` }]);
        }
        const { benchmarkMetrics, comparePerformance, ReportError } = await (0,gates_types/* reports */.uE)();
        try {
            const rows = comparePerformance(benchmarkMetrics(now, current), benchmarkMetrics(before, `${plan.previousTag}:${baselinePath}`), performance.directions);
            if (rows.length === 0) {
                return (0,types/* result */.K)('performance_regression', 'fail', `no metric of ${current} is in the baseline ${plan.previousTag}:${baselinePath}`);
            }
            const details = rows.map(r => `${r.metric}: ${r.baseline} → ${r.current} (${r.direction} is better, ${r.regressionPercent >= 0 ? '+' : ''}${r.regressionPercent.toFixed(1)} % worse)`);
            const bad = rows.filter(r => r.regressionPercent > performance.maxRegression);
            return bad.length === 0
                ? (0,types/* result */.K)('performance_regression', 'pass', `${rows.length} metric(s) within ${performance.maxRegression} % of ${plan.previousTag}`, details)
                : (0,types/* result */.K)('performance_regression', 'fail', `${bad.map(r => `${r.metric} ${r.regressionPercent.toFixed(1)} % worse`).join(', ')} than ${plan.previousTag} (limit ${performance.maxRegression} %)`, details);
        }
        catch (error) {
            return (0,types/* result */.K)('performance_regression', 'fail', error instanceof ReportError ? error.message : error.message);
        }
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/security-scan-clean.ts


/** No SARIF finding (or, source: code-scanning, no open alert) at or above min_severity. */
const securityScanClean = (0,gates_types/* defineGate */.pu)({
    name: 'security_scan_clean',
    aliases: ['security_scan'],
    schema: {
        sarif: { type: 'string', minLength: 1 },
        source: { enum: ['sarif', 'code-scanning'] },
        min_severity: { enum: ['critical', 'high', 'medium', 'low'] }
    },
    params: raw => ({
        sarif: raw.sarif,
        source: raw.source ?? 'sarif',
        minSeverity: raw.min_severity ?? 'high'
    }),
    async run(security, input, deps) {
        const minimum = security.minSeverity;
        const { atLeast, ReportError, sarifFindings } = await (0,gates_types/* reports */.uE)();
        let findings = [];
        let source;
        if (security.source === 'code-scanning') {
            if (!deps.github) {
                return (0,types/* result */.K)('security_scan_clean', 'fail', 'source: code-scanning needs github_token and GITHUB_REPOSITORY');
            }
            try {
                const alerts = await deps.github.openCodeScanningAlerts(input.head);
                findings = alerts.map(alert => ({
                    ruleId: alert.ruleId,
                    severity: (alert.securitySeverity ??
                        (alert.severity === 'error'
                            ? 'high'
                            : alert.severity === 'warning'
                                ? 'medium'
                                : 'low')),
                    message: `${alert.description} (${alert.url})`,
                    file: alert.path,
                    line: alert.line,
                    tool: 'code scanning'
                }));
            }
            catch (error) {
                return (0,types/* result */.K)('security_scan_clean', 'fail', (0,gates_types/* apiFailure */.tF)(error));
            }
            source = 'open code scanning alerts';
        }
        else {
            const pattern = security.sarif ?? '**/*.sarif';
            const matched = await deps.files.glob(pattern);
            if (matched.length === 0) {
                return (0,types/* result */.K)('security_scan_clean', 'fail', `no SARIF files match ${pattern}: run the scanners first or fix gates.security_scan_clean.sarif`);
            }
            for (const file of matched) {
                try {
                    findings.push(...sarifFindings(deps.files.read(file) ?? '', file));
                }
                catch (error) {
                    const reason = error instanceof ReportError ? error.message : `${file}: ${error.message}`;
                    return (0,types/* result */.K)('security_scan_clean', 'fail', reason);
                }
            }
            source = `${matched.length} SARIF file(s)`;
        }
        const blocking = findings.filter(finding => atLeast(finding.severity, minimum));
        const annotations = blocking.slice(0, 50).map(finding => ({
            level: 'error',
            message: `[${finding.tool}] ${finding.ruleId} (${finding.severity}): ${finding.message}`,
            file: finding.file,
            line: finding.line
        }));
        return blocking.length === 0
            ? (0,types/* result */.K)('security_scan_clean', 'pass', `no findings at or above ${minimum} in ${source} (${findings.length} below)`)
            : (0,types/* result */.K)('security_scan_clean', 'fail', `${blocking.length} finding(s) at or above ${minimum} in ${source}`, blocking.slice(0, 20).map(f => `${f.severity} ${f.ruleId} ${f.file ?? ''}${f.line ? `:${f.line}` : ''}`), annotations);
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/tests-pass.ts



/** The configured test command exits 0, or (source: checks) every check run on HEAD succeeded. */
const testsPass = (0,gates_types/* defineGate */.pu)({
    name: 'tests_pass',
    aliases: ['all_tests_pass'],
    slow: true,
    schema: {
        command: { type: 'string', minLength: 1 },
        source: { enum: ['command', 'checks'] },
        timeout_minutes: { type: 'number', exclusiveMinimum: 0 },
        ignore_checks: defaults/* stringList */.Y
    },
    params: raw => ({
        command: raw.command,
        source: raw.source ?? 'command',
        timeoutMinutes: raw.timeout_minutes ?? 30,
        ignoreChecks: raw.ignore_checks ?? []
    }),
    async run(tests, input, deps) {
        if (tests.source === 'checks') {
            if (!deps.github)
                return (0,types/* result */.K)('tests_pass', 'fail', 'source: checks needs github_token and GITHUB_REPOSITORY');
            let runs;
            try {
                runs = await deps.github.checkRuns(input.head);
            }
            catch (error) {
                return (0,types/* result */.K)('tests_pass', 'fail', (0,gates_types/* apiFailure */.tF)(error));
            }
            const own = deps.runId ? `/actions/runs/${deps.runId}/` : null;
            const relevant = runs.filter(run => !tests.ignoreChecks.includes(run.name) && !(own && run.detailsUrl?.includes(own)));
            if (relevant.length === 0)
                return (0,types/* result */.K)('tests_pass', 'fail', `no check runs on ${input.head.slice(0, 7)} to rely on`);
            const bad = relevant.filter(run => run.status !== 'completed' || !['success', 'neutral', 'skipped'].includes(run.conclusion ?? ''));
            const lines = bad.map(run => `${run.name}: ${run.status === 'completed' ? run.conclusion : run.status}`);
            return bad.length === 0
                ? (0,types/* result */.K)('tests_pass', 'pass', `all ${relevant.length} check run(s) on ${input.head.slice(0, 7)} succeeded`)
                : (0,types/* result */.K)('tests_pass', 'fail', `${bad.length} of ${relevant.length} check run(s) did not succeed`, lines);
        }
        if (!tests.command) {
            return (0,types/* result */.K)('tests_pass', 'fail', 'no test command: set gates.tests_pass.command (or source: checks) in the gates configuration');
        }
        const run = await deps.commands.run(tests.command, { cwd: deps.cwd, timeoutMs: tests.timeoutMinutes * 60_000 });
        if (run.error)
            return (0,types/* result */.K)('tests_pass', 'fail', `\`${tests.command}\` ${run.error}`, run.tail);
        return run.exitCode === 0
            ? (0,types/* result */.K)('tests_pass', 'pass', `\`${tests.command}\` passed`, run.tail.slice(-5))
            : (0,types/* result */.K)('tests_pass', 'fail', `\`${tests.command}\` exited with ${run.exitCode}`, run.tail);
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/up-to-date.ts


const REMOTE = 'origin';
/** HEAD contains origin/<base_branch> (a hotfix or a maintenance line: its own branch on origin). */
const upToDate = (0,gates_types/* defineGate */.pu)({
    name: 'up_to_date',
    byDefault: true,
    schema: { base_branch: { type: 'string', minLength: 1 } },
    params: (raw, config, settings) => ({
        baseBranch: settings.baseBranch || (raw.base_branch ?? config.baseBranch)
    }),
    async run({ baseBranch }, input, deps) {
        const base = (input.plan.hotfix || input.plan.maintenanceLine) && input.branch ? input.branch : baseBranch;
        if (!(await deps.git.remoteUrl(REMOTE)))
            return (0,types/* result */.K)('up_to_date', 'skipped', `no ${REMOTE} remote to compare with`);
        if (!deps.remote)
            return (0,types/* result */.K)('up_to_date', 'skipped', `this run does not read ${REMOTE} (the CLI: --online or --push)`);
        let remoteSha;
        try {
            remoteSha = await deps.remote.remoteBranch(REMOTE, base);
            if (remoteSha && !(await deps.git.hasCommit(remoteSha))) {
                if (!deps.fetch)
                    return (0,types/* result */.K)('up_to_date', 'skipped', `${REMOTE}/${base} (${remoteSha.slice(0, 7)}) is not in this clone, and this run fetches nothing`);
                await deps.fetch.fetchObjects(REMOTE, base);
            }
        }
        catch (error) {
            return (0,types/* result */.K)('up_to_date', 'fail', `could not read ${REMOTE}/${base}: ${error.message}`);
        }
        if (!remoteSha)
            return (0,types/* result */.K)('up_to_date', 'skipped', `${REMOTE} has no branch ${base} (base_branch)`);
        const missing = await deps.git.countMissing(input.head, remoteSha);
        if (missing === 0)
            return (0,types/* result */.K)('up_to_date', 'pass', `HEAD contains ${REMOTE}/${base} (${remoteSha.slice(0, 7)})`);
        return (0,types/* result */.K)('up_to_date', 'fail', `HEAD is missing ${missing} commit(s) of ${REMOTE}/${base} (${remoteSha.slice(0, 7)}): merge or rebase onto it`);
    }
});

;// CONCATENATED MODULE: ./src/usecases/gates/index.ts









/**
 * Every validation gate (in this order in the configuration schema and in messages). Names, aliases,
 * the configuration schema and the defaults come from each entry. Adding a gate: its file here and a
 * line in this list.
 */
const GATES = [
    cleanTree,
    upToDate,
    testsPass,
    coverage,
    securityScanClean,
    docs_updated/* docsUpdated */.F,
    performanceRegression,
    approvals,
    noFixupCommits
];


/***/ }),

/***/ 32454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ runGates),
/* harmony export */   eQ: () => (/* binding */ checkGateNames),
/* harmony export */   jz: () => (/* binding */ loadGatesConfig),
/* harmony export */   nE: () => (/* binding */ selectGates),
/* harmony export */   tX: () => (/* binding */ gatesFailure)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_gates_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67316);
/* harmony import */ var _core_gates_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36337);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28007);




const DEFAULT_CONFIG_FILE = '.github/release-gates.yml';
/** The one-line failure of a release the gates stopped (the step fails with it). */
function gatesFailure(report) {
    const failed = report.results.filter(r => r.status === 'fail');
    return `${failed.length} release gate(s) failed, nothing was changed: ${failed.map(r => `${r.gate} (${r.reason})`).join('; ')}`;
}
/** The gate of a name or of one of its aliases (the reference design's names). */
function gateNamed(name) {
    return _index_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J.find(gate => gate.name === name || gate.aliases?.includes(name));
}
/** The gates input names known gates (checked when a run starts, before anything is read or written). */
function checkGateNames(names) {
    for (const name of names ?? []) {
        if (!gateNamed(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input gates has the invalid value "${name}". Known gates: ${_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J.map(gate => gate.name).join(', ')}; or none.`);
        }
    }
}
/**
 * Which gates run: the `gates` input when given (`none` for none), else the configuration's
 * required checks (plus the gates it implies, such as approvals), else the gates that run by default.
 */
function selectGates(input, config) {
    if (input !== null)
        return input.map(name => gateNamed(name)?.name ?? name);
    if (config) {
        const selected = [...config.requiredChecks];
        for (const gate of _index_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J)
            if (gate.impliedBy?.(config) && !selected.includes(gate.name))
                selected.push(gate.name);
        return selected;
    }
    return _index_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J.filter(gate => gate.byDefault).map(gate => gate.name);
}
/**
 * Reads the gates configuration: the gates_config file; else the release_gates block of the
 * configuration file; else the default path when it exists.
 */
async function loadGatesConfig(settings, files) {
    // the configuration file's block, read with the file once (src/core/config/config-file.ts)
    const embedded = settings.gatesConfig ? null : settings.sections?.releaseGates;
    if (embedded)
        return { config: embedded, file: settings.sections?.file ?? null };
    const file = settings.gatesConfig || DEFAULT_CONFIG_FILE;
    const text = files.read(file);
    if (text === null) {
        if (settings.gatesConfig) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`gates_config names ${settings.gatesConfig}, which does not exist. Fix the path, or remove the input to use ${DEFAULT_CONFIG_FILE} when present.`);
        }
        return { config: null, file: null };
    }
    // the YAML parser and the schema validator load only when there is a configuration
    const { parseGatesConfig } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 77952));
    return { config: parseGatesConfig(text, file, _index_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J), file };
}
/** Runs every selected gate (none stops the others) and reports; changes nothing. */
async function runGates(settings, input, deps) {
    checkGateNames(settings.gates);
    const { config: loaded, file } = await loadGatesConfig(settings, deps.files);
    const selected = selectGates(settings.gates, loaded);
    const config = loaded ?? (0,_core_gates_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultGatesConfig */ .e)();
    const slowGates = config.slowGates ?? _index_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J.filter(gate => gate.slow).map(gate => gate.name);
    const skipSlow = settings.severity === 'critical';
    const results = [];
    for (const name of selected) {
        if (skipSlow && slowGates.includes(name)) {
            results.push((0,_core_gates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)(name, 'skipped', 'severity: critical skips the slow gates (SKIP_SLOW_TESTS=true)'));
            continue;
        }
        const gate = gateNamed(name);
        try {
            results.push(await deps.log.group(`Gate ${name}`, () => gate.check(config, settings, input, deps)));
        }
        catch (error) {
            // a path out of the workspace is not a gate's verdict: the run stops with one clear error
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfinementError */ .Dy)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfinementError */ .Dy(`Gate ${name}: ${error.message}`);
            results.push((0,_core_gates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)(name, 'fail', `the gate could not run: ${error.message ?? String(error)}`));
        }
        const last = results[results.length - 1];
        deps.log.info(`${last.gate}: ${last.status} — ${last.reason}`);
    }
    return {
        results,
        failed: results.some(r => r.status === 'fail'),
        skipSlowTests: skipSlow,
        rollbackTriggers: config.rollbackTriggers,
        configFile: file
    };
}


/***/ }),

/***/ 44838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pu: () => (/* binding */ defineGate),
/* harmony export */   tF: () => (/* binding */ apiFailure),
/* harmony export */   uE: () => (/* binding */ reports)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

function defineGate(gate) {
    return {
        name: gate.name,
        aliases: gate.aliases,
        schema: gate.schema,
        slow: gate.slow ?? false,
        byDefault: gate.byDefault ?? false,
        impliedBy: gate.impliedBy,
        params: gate.params,
        check: (config, settings, input, deps) => gate.run(gate.params(config.params[gate.name] ?? {}, config, settings), input, deps)
    };
}
/** A failed GitHub call as a gate's reason. */
function apiFailure(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS
        ? error.message
        : `unexpected failure: ${error.message ?? String(error)}`;
}
/** The report readers (XML parser included), loaded by the gates that read reports. */
const reports = () => Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 48907));


/***/ }),

/***/ 69371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ CLI_COMMANDS),
/* harmony export */   Pw: () => (/* binding */ loadHandler),
/* harmony export */   Rd: () => (/* binding */ takesRunLock)
/* harmony export */ });
/* unused harmony exports MODES, MODE_NAMES */
/** What a release run sets: the plan, the publishing, the major tag, the metrics and the notifiers. */
const RELEASE_OUTPUTS = [
    'released',
    'new_version',
    'previous_version',
    'tag',
    'previous_tag',
    'bump',
    'reason',
    'release_notes',
    'notes',
    'commit_sha',
    'dry_run',
    'pushed',
    'resumed',
    'severity',
    'hotfix',
    'version_files',
    'pep440_version',
    'docker_version',
    'releases',
    'gates',
    'major_tag',
    'release_url',
    'release_id',
    'upload_url',
    'assets',
    'hashes',
    'sbom',
    'checksums',
    'metrics',
    'metrics_file',
    'jira_issues'
];
const ROLLBACK_OUTPUTS = [
    'rolled_back_version',
    'restored_version',
    'rollback_steps',
    'commit_sha',
    'pushed',
    'dry_run'
];
const release = () => Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(865), __webpack_require__.e(958)]).then(__webpack_require__.bind(__webpack_require__, 46958)).then(module => module.release);
/** Every mode. */
const MODES = {
    release: {
        name: 'release',
        about: 'the next release from the commits (a hotfix on a hotfix/* branch)',
        writes: true,
        cli: [
            {
                name: 'plan',
                args: '',
                about: '(default) compute the next release and print it; write nothing, read no remote (unless --online)',
                preview: true
            },
            {
                name: 'apply',
                args: '',
                about: 'make the release: version files, changelog, release commit and annotated tag'
            }
        ],
        outputs: RELEASE_OUTPUTS,
        load: release
    },
    hotfix: {
        name: 'hotfix',
        about: 'a patch release on a release line (the CLI: plan or apply with --hotfix)',
        writes: true,
        cli: [],
        outputs: RELEASE_OUTPUTS,
        load: release
    },
    rollback: {
        name: 'rollback',
        about: 'roll a release back',
        writes: true,
        cli: [
            {
                name: 'rollback',
                args: 'VERSION',
                about: 'roll VERSION back: record it, delete its tag here and on origin',
                remote: 'rollback deletes the tag on origin and the GitHub release'
            }
        ],
        outputs: ROLLBACK_OUTPUTS,
        load: () => __webpack_require__.e(/* import() */ 36).then(__webpack_require__.bind(__webpack_require__, 6036)).then(module => module.rollback)
    },
    publish: {
        name: 'publish',
        about: 'publish a tagged release',
        writes: true,
        cli: [
            {
                name: 'publish',
                args: '[VERSION]',
                about: 'publish the tagged release at HEAD (or VERSION): GitHub release, assets, SBOM',
                remote: 'publish creates the GitHub release'
            }
        ],
        outputs: ['release_url', 'release_id', 'upload_url', 'assets', 'hashes', 'sbom', 'checksums', 'new_version', 'tag'],
        load: () => Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(865), __webpack_require__.e(220)]).then(__webpack_require__.bind(__webpack_require__, 65220)).then(module => module.publish)
    },
    metrics: {
        name: 'metrics',
        about: 'the DORA metrics, without releasing',
        writes: false,
        cli: [{ name: 'metrics', args: '', about: 'the DORA metrics of the repository, without releasing' }],
        outputs: ['metrics', 'metrics_file'],
        load: () => Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(809)]).then(__webpack_require__.bind(__webpack_require__, 65809)).then(module => module.metrics)
    },
    migration_guide: {
        name: 'migration_guide',
        about: 'draft the migration guide of a major release',
        writes: true,
        cli: [
            {
                name: 'migration-guide',
                args: '',
                about: 'draft (or extend) the migration guide of a major release in the working tree'
            }
        ],
        outputs: ['migration_guide', 'new_version', 'tag', 'bump', 'dry_run'],
        load: () => __webpack_require__.e(/* import() */ 867).then(__webpack_require__.bind(__webpack_require__, 49867)).then(module => module.migrationGuideMode)
    },
    preview: {
        name: 'preview',
        about: "a pull request's release, as a comment and a check",
        writes: false,
        cli: [],
        outputs: [
            'released',
            'new_version',
            'previous_version',
            'tag',
            'previous_tag',
            'bump',
            'reason',
            'dry_run',
            'pushed'
        ],
        load: () => __webpack_require__.e(/* import() */ 392).then(__webpack_require__.bind(__webpack_require__, 26392)).then(module => module.preview)
    },
    watch: {
        name: 'watch',
        about: 'watch a release after it ships; open an issue or roll it back',
        writes: true,
        cli: [],
        outputs: ['watch_verdict', 'watch_report', ...ROLLBACK_OUTPUTS],
        load: () => Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 87007)).then(module => module.watch)
    },
    release_pr: {
        name: 'release_pr',
        about: 'keep the next release as a pull request; merging it releases',
        writes: true,
        cli: [],
        outputs: [...RELEASE_OUTPUTS, 'release_pr_number', 'release_pr_url'],
        load: () => Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(865), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 21542)).then(module => module.releasePr)
    }
};
/** The modes' names, in the registry's order. */
const MODE_NAMES = Object.keys(MODES);
/** Whether a run takes the clone's run lock: a mode that writes, unless it is a dry run. */
function takesRunLock(mode, dryRun) {
    return MODES[mode].writes && !dryRun;
}
/** The CLI's commands, each with the mode it runs, in the usage's order. */
const CLI_COMMANDS = MODE_NAMES.flatMap(mode => MODES[mode].cli.map(command => ({ ...command, mode })));
/** The handler of a mode, loaded now. */
function loadHandler(mode) {
    return MODES[mode].load();
}


/***/ }),

/***/ 62932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ METRICS_FILE),
/* harmony export */   nn: () => (/* binding */ checkPaths),
/* harmony export */   yQ: () => (/* binding */ MARKDOWN)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_config_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79805);
/* harmony import */ var _core_version_files_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44754);
/* harmony import */ var _release_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41354);
/**
 * Every path the run will read or write, checked before anything is touched (a dry run included):
 * each lies inside the workspace and outside `.git/` with symlinks followed (the FileStore's
 * `confine`), and the path inputs don't collide — the notes file is not the changelog, a version
 * file or a file git tracks; the changelog is a Markdown file and not a version file.
 */




const DEFAULT_GATES_CONFIG = '.github/release-gates.yml';
/** Written by every run but a dry run, as a side file (RUNNER_TEMP; src/usecases/modes/report.ts). */
const METRICS_FILE = 'release-metrics.json';
const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
async function checkPaths(settings, files, git) {
    const notes = files.confine('release_notes_file', settings.releaseNotesFile);
    const changelog = settings.changelogFile ? files.confine('changelog_file', settings.changelogFile) : null;
    const listed = settings.versionFiles.map(file => ({ file, real: files.confine('version_files', file) }));
    files.confine('rollback_record', settings.rollbackRecord);
    files.confine('gates_config', settings.gatesConfig || DEFAULT_GATES_CONFIG);
    if (settings.releaseDir)
        files.confine('release_dir', settings.releaseDir);
    // the pattern's folders (docs/migrations/): the path of one release is checked again where it is written
    if (settings.migrationGuide)
        files.confine('migration_guide', settings.migrationGuide);
    if (settings.mode !== 'release' && settings.mode !== 'hotfix')
        return checkWritten(settings, files);
    // the files found as version files are edited too: each must stay inside as well
    const detected = (0,_release_index_js__WEBPACK_IMPORTED_MODULE_3__/* .detectVersionFiles */ .V2)(files).map(file => ({
        file,
        real: files.confine('A version file found in the repository,', file)
    }));
    const versionFiles = [...listed, ...detected];
    const notesClash = versionFiles.find(entry => entry.real === notes);
    if (changelog === notes || notesClash) {
        const other = changelog === notes ? `changelog_file (${settings.changelogFile})` : `the version file ${notesClash.file}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`release_notes_file ${settings.releaseNotesFile} is the same file as ${other}: the notes would overwrite it. ` +
            'Name a separate, untracked file for the notes, such as release-notes.md. Nothing was changed.');
    }
    if ((await git.trackedFiles([settings.releaseNotesFile])).length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`release_notes_file ${settings.releaseNotesFile} is a file git tracks: each run would overwrite it, outside the release commit. ` +
            'Name an untracked file for the notes (such as release-notes.md, listed in .gitignore), or stop tracking it with git rm --cached. Nothing was changed.');
    }
    if (changelog && settings.changelogFile) {
        const clash = versionFiles.find(entry => entry.real === changelog);
        if (clash) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`changelog_file ${settings.changelogFile} is also a version file (${clash.file}): the release would edit it twice. ` +
                'Name a separate Markdown changelog, such as CHANGELOG.md, or remove it from version_files. Nothing was changed.');
        }
        if (!MARKDOWN.test(settings.changelogFile) || !MARKDOWN.test(changelog)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`changelog_file ${settings.changelogFile}${changelog.endsWith(settings.changelogFile) ? '' : ` (resolving to ${changelog})`} is not a Markdown file: a release section would be written into it. ` +
                'Name a Markdown file (.md), such as CHANGELOG.md, or set changelog_file to empty to skip the changelog. Nothing was changed.');
        }
    }
    checkWritten(settings, files);
}
/** The rollback record, notes, changelog and migration guide are not version files, nor each other (src/core/config/checks.ts). */
function checkWritten(settings, files) {
    // the migration guide first: a clash is named by the setting most likely mistyped (its default is a pattern)
    const written = [
        ...(settings.migrationGuide ? [{ setting: 'migration_guide', path: settings.migrationGuide }] : []),
        { setting: 'rollback_record', path: settings.rollbackRecord },
        { setting: 'release_notes_file', path: settings.releaseNotesFile },
        ...(settings.changelogFile ? [{ setting: 'changelog_file', path: settings.changelogFile }] : [])
    ];
    const listed = settings.versionFiles.filter(file => !file.startsWith('!'));
    (0,_core_config_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkWrittenPaths */ .GR)(written, [...new Set([...listed, ...(0,_release_index_js__WEBPACK_IMPORTED_MODULE_3__/* .detectVersionFiles */ .V2)(files)])], path => (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(path) !== 'generic');
}


/***/ }),

/***/ 60364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/** Who commits and tags when the repository has no identity configured. */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};


/***/ }),

/***/ 5977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ npmPackageFrom),
/* harmony export */   Zi: () => (/* binding */ installsFrom),
/* harmony export */   cn: () => (/* binding */ packageNameFrom)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);

/** The Python distribution name from pyproject.toml ([project] or [tool.poetry]), or null. */
function packageNameFrom(files) {
    const text = files.read('pyproject.toml');
    if (!text)
        return null;
    try {
        const data = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        const name = data.project?.name ?? data.tool?.poetry?.name;
        return typeof name === 'string' ? name : null;
    }
    catch {
        return null;
    }
}
/** The npm package of package.json at the root: its name, unless it is private (not published). */
function npmPackageFrom(files) {
    const text = files.read('package.json');
    if (!text)
        return null;
    try {
        const data = JSON.parse(text);
        return typeof data.name === 'string' && data.name !== '' && data.private !== true ? data.name : null;
    }
    catch {
        return null;
    }
}
/**
 * The packages beyond Python the repository's metadata declares, for the notes' install lines:
 * a public package.json (npm), a Package.swift at the root (Swift Package Manager, at the
 * repository's URL).
 */
function installsFrom(files, repoUrl) {
    const installs = [];
    const npm = npmPackageFrom(files);
    if (npm)
        installs.push({ kind: 'npm', name: npm });
    if (repoUrl && files.read('Package.swift') !== null)
        installs.push({ kind: 'swift', url: `${repoUrl}.git` });
    return installs;
}


/***/ }),

/***/ 31217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ checkWorkingTree),
/* harmony export */   V2: () => (/* binding */ detectVersionFiles)
/* harmony export */ });
/* unused harmony export prepareFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50964);
/* harmony import */ var _core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80328);
/* harmony import */ var _core_notes_notes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47588);
/* harmony import */ var _core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44754);
/* harmony import */ var _core_version_files_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11526);
/**
 * The release's file edits, computed in memory from reads only (so that bad input fails before
 * anything is written): the version files, the files that follow them, the changelog; and what the
 * working tree already holds of them (an earlier run's edits, or someone's uncommitted changes).
 */







/**
 * Files that may hold the version, each format saying where it is found (src/core/version-files/):
 * at the root, in src/NAME/ (Python packages), and in Sources/NAME/ of a Swift package at the root
 * or one folder down (ios/Sources/Kit/Version.swift); and where the project's metadata points
 * (src/core/version-files/layout.ts): the Python package it names (flat or src layout, hatch's
 * version path, setuptools' attr), and the member crates of a Cargo workspace.
 */
function detectVersionFiles(files) {
    const found = new Set();
    const root = files.list('.');
    for (const entry of root)
        if (!entry.directory && (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .detected */ .Ds)(entry.name, 'root'))
            found.add(entry.name);
    const swiftRoots = [
        'Sources',
        ...root
            .filter(entry => entry.directory && !entry.name.startsWith('.') && entry.name !== 'node_modules')
            .map(entry => `${entry.name}/Sources`)
    ];
    for (const base of ['src', ...swiftRoots]) {
        const place = base === 'src' ? 'package' : 'swift';
        for (const dir of files.list(base).filter(entry => entry.directory)) {
            for (const entry of files.list(`${base}/${dir.name}`)) {
                if (!entry.directory && (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .detected */ .Ds)(entry.name, place))
                    found.add(`${base}/${dir.name}/${entry.name}`);
            }
        }
    }
    for (const file of layoutFiles(treeOf(files)))
        found.add(file);
    return [...found].sort();
}
/** The files the project's metadata points at (Python package, Cargo workspace members). */
function layoutFiles(tree) {
    return [...(0,_core_version_files_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .pythonVersionFiles */ .En)(tree), ...(0,_core_version_files_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .cargoMemberFiles */ .EJ)(tree)];
}
function treeOf(files) {
    return {
        list: dir => files.list(dir),
        read: path => {
            const bytes = files.bytes(path);
            return bytes === null ? null : (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeFile */ .JG)(bytes).text;
        }
    };
}
function hashOf(bytes) {
    return bytes === null ? null : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function fileEdit(path, before, bytes) {
    return { path, oldHash: hashOf(before), before, bytes };
}
/** A version file's edit, or an error naming the file, why it can't be read and what to do. */
function editVersionFile(file, text, version, listed) {
    try {
        return (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .replaceVersion */ .J_)(file, text, version);
    }
    catch (error) {
        const cause = error.message.replace(/\.$/, '');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} (${listed ? 'listed in version_files' : 'found as a version file'}) can't be read, so its version can't be updated: ${cause}. ` +
            `Fix the file (a ${(0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(file)} file this action edits in place)${listed ? ', or remove it from version_files' : ''}, and run again. Nothing was changed.`);
    }
}
/**
 * Computes every file edit in memory. Files are edited as bytes (src/core/version-files/file-text.ts): only the
 * version string or the new changelog section changes; an encoding, a byte-order mark and CRLF line
 * endings stay as they were.
 */
function prepareFiles(settings, plan, files) {
    const edits = [];
    const changes = [];
    const listed = new Set(settings.versionFiles.filter(file => !file.startsWith('!')));
    const off = new Set(settings.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)));
    for (const file of listed) {
        if (files.bytes(file) === null)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`version_files names ${file}, which does not exist. Fix the path or remove it from version_files.`);
    }
    // a workspace's member crates move with the release only when they hold the release's version (the
    // previous one, or the workspace's): a crate versioned on its own is left alone
    const members = new Set((0,_core_version_files_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .cargoMemberFiles */ .EJ)(treeOf(files)));
    const candidates = [...new Set([...listed, ...detectVersionFiles(files).filter(file => !off.has(file))])].sort((a, b) => Number(members.has(a)) - Number(members.has(b)));
    const lockstep = (version) => version === plan.previousVersion || changes.some(change => change.from === version);
    const edit = (file, text) => {
        if (!listed.has(file)) {
            let found = null;
            try {
                found = (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .locateVersion */ .TX)((0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(file), text);
            }
            catch {
                // an auto-detected file we can't read is named in an error, never skipped while the release goes on
                return editVersionFile(file, text, plan.version, false);
            }
            // a placeholder (0.0.0-development) is filled in at build time: not ours to change
            if (!found || (0,_core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholderVersion */ .Ug)(found.version))
                return null;
            if (members.has(file) && !lockstep(found.version))
                return null;
        }
        return editVersionFile(file, text, plan.version, listed.has(file));
    };
    for (const file of candidates) {
        const raw = files.bytes(file);
        if (raw === null)
            continue;
        const decoded = (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeFile */ .JG)(raw);
        const change = edit(file, decoded.text);
        if (!change) {
            if (listed.has(file)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`version_files names ${file}, but it holds no version string this action can update (${(0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(file)} file). Add one, such as version = "${plan.previousVersion || '0.0.0'}", or remove it from version_files.`);
            }
            continue;
        }
        edits.push(fileEdit(file, raw, (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeFile */ .rN)(decoded, change.text)));
        changes.push({ path: file, from: change.oldVersion, to: change.newVersion });
    }
    // files that follow another (package-lock.json follows package.json) change with it, and only then
    for (const change of [...changes]) {
        const slash = change.path.lastIndexOf('/');
        const folder = slash >= 0 ? change.path.slice(0, slash) : '.';
        const name = change.path.slice(slash + 1);
        for (const entry of files.list(folder)) {
            const file = folder === '.' ? entry.name : `${folder}/${entry.name}`;
            if (entry.directory || (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .followedBy */ .gx)(file) !== name || off.has(file) || listed.has(file))
                continue;
            const raw = files.bytes(file);
            if (raw === null)
                continue;
            const decoded = (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeFile */ .JG)(raw);
            let follow = null;
            try {
                follow = (0,_core_version_files_files_js__WEBPACK_IMPORTED_MODULE_4__/* .replaceVersion */ .J_)(file, decoded.text, plan.version);
            }
            catch {
                follow = null; // a lock file we cannot read is left as it is
            }
            if (!follow)
                continue;
            edits.push(fileEdit(file, raw, (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeFile */ .rN)(decoded, follow.text)));
            changes.push({ path: file, from: follow.oldVersion, to: follow.newVersion });
        }
    }
    if (settings.changelogFile && !settings.dryRun) {
        const original = files.bytes(settings.changelogFile);
        const decoded = original ? (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeFile */ .JG)(original) : { text: '', binary: false, bom: false, eol: '\n' };
        const text = (0,_core_notes_notes_js__WEBPACK_IMPORTED_MODULE_3__/* .prependChangelog */ .FR)(original ? decoded.text : null, (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .insertable */ .M$)(decoded, plan.changelogSection), decoded.eol);
        edits.push(fileEdit(settings.changelogFile, original, (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeFile */ .rN)(decoded, text)));
    }
    return { edits, changes };
}
function same(a, b) {
    return a !== null && a !== undefined && b !== null && b !== undefined && Buffer.compare(a, b) === 0;
}
/**
 * What the working tree holds of the edits: uncommitted changes in a file the release rewrites are
 * `stray` (someone's edits: the release refuses, after the gates have reported), unless they are
 * exactly the edits of this release from an earlier run that stopped before its commit (`written`):
 * then the edits are computed from HEAD's text, which the apply step completes.
 */
async function checkWorkingTree(settings, plan, git, files) {
    const planned = prepareFiles(settings, plan, files);
    const dirty = new Set(await git.changedPaths());
    const touched = planned.edits.filter(file => dirty.has(file.path)).map(file => file.path);
    if (touched.length === 0)
        return { ...planned, written: [], stray: [] };
    const atHead = new Map();
    for (const file of touched) {
        const text = await git.show('HEAD', file);
        atHead.set(file, text === null ? null : Buffer.from(text, 'utf8'));
    }
    const headView = {
        bytes: file => (atHead.has(file) ? atHead.get(file) : files.bytes(file)),
        list: dir => files.list(dir)
    };
    const fromHead = prepareFiles(settings, plan, headView);
    // the files as they are now are exactly what this release makes from HEAD's text: an earlier run's edits
    const stray = touched.filter(file => !same(planned.edits.find(candidate => candidate.path === file)?.before, fromHead.edits.find(candidate => candidate.path === file)?.bytes));
    if (stray.length > 0)
        return { ...planned, written: [], stray };
    return { ...fromHead, written: touched, stray: [] };
}


/***/ }),

/***/ 28112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ readHistory)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/commits/changes.ts + 2 modules
var changes = __webpack_require__(33563);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/versioning/plan.ts
var versioning_plan = __webpack_require__(64573);
// EXTERNAL MODULE: ./src/core/publish/repo-url.ts
var repo_url = __webpack_require__(54183);
// EXTERNAL MODULE: ./src/core/record/release-record.ts
var release_record = __webpack_require__(6632);
// EXTERNAL MODULE: ./src/core/versioning/release-lines.ts
var release_lines = __webpack_require__(28363);
// EXTERNAL MODULE: ./src/core/versioning/version.ts
var version = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/usecases/project.ts
var project = __webpack_require__(5977);
// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
// EXTERNAL MODULE: ./src/core/version-files/files.ts + 13 modules
var version_files_files = __webpack_require__(44754);
// EXTERNAL MODULE: ./src/core/version-files/layout.ts
var layout = __webpack_require__(11526);
// EXTERNAL MODULE: ./src/usecases/release/files.ts
var release_files = __webpack_require__(31217);
;// CONCATENATED MODULE: ./src/usecases/release/never-down.ts
/**
 * Never down: the release goes on from the highest of the last release tag and the version the
 * files hold, and a version lower than either is refused before anything changes. With no tag of
 * tag_prefix, tags that look like releases under another prefix (`2.5.0` when tag_prefix is `v`)
 * are named with the setting that would read them.
 */








/**
 * The two spellings of a plain release tag (`2.5.0`, `v2.5.0`): tags under the one that is not ours
 * are the same releases written another way, named in the reason. Longer prefixes (`release-`,
 * `kit-v`) are left alone: in a monorepo they are another component's releases.
 */
const COMMON_PREFIXES = ['', 'v', 'V'];
/**
 * The versions the version files hold at `rev` (HEAD; the commit before an earlier run's release
 * commit): listed and found files, not the crates of a workspace versioned on their own, not placeholders.
 */
async function fileVersions(settings, files, git, rev) {
    const off = new Set(settings.versionFiles.filter(file => file.startsWith('!')).map(file => file.slice(1)));
    const listed = settings.versionFiles.filter(file => !file.startsWith('!'));
    const tree = {
        list: (dir) => files.list(dir),
        read: (path) => files.bytes(path)?.toString('utf8') ?? null
    };
    const members = new Set((0,layout/* cargoMemberFiles */.EJ)(tree));
    const paths = [...new Set([...listed, ...(0,release_files/* detectVersionFiles */.V2)(files)])].filter(path => !off.has(path) && !members.has(path));
    const found = await Promise.all(paths.map(async (path) => {
        const text = await git.show(rev, path);
        if (text === null)
            return null;
        let located = null;
        try {
            located = (0,version_files_files/* locateVersion */.TX)((0,version_files_files/* kindOf */.I)(path), text);
        }
        catch {
            return null; // a file we can't read is named when the release edits it
        }
        if (!located || (0,ecosystem_versions/* isPlaceholderVersion */.Ug)(located.version))
            return null;
        const version = (0,ecosystem_versions/* semverOfFileVersion */.yb)(located.version);
        return version ? { path, text: located.version, version, pep440: (0,version_files_files/* ecosystemOf */.Mg)(path) === 'pep440' } : null;
    }));
    return found.filter((entry) => entry !== null);
}
/**
 * A version as it sorts: PEP 440 orders a dev release (`1.3.0.dev0`, read as `1.3.0-dev.0`) below
 * every prerelease of its version (`1.3.0a1`), SemVer orders `dev` above `alpha` and `beta`: for
 * a PEP 440 file, a numeric first identifier sorts it below them, as PEP 440 does.
 */
function ordered(version, pep440 = true) {
    if (!pep440)
        return version;
    return version.replace(/^(\d+\.\d+\.\d+)-dev\./, '$1-0.dev.');
}
function highest(versions) {
    let best = null;
    for (const entry of versions)
        if (!best || semver_default().gt(ordered(entry.version, entry.pep440), ordered(best.version, best.pep440)))
            best = entry;
    return best;
}
/** The stable version the files hold when it is above the last tag (or initial_version with no tag): the release goes on from it. */
function floorOf(versions, previous, initialVersion) {
    const top = highest(versions.filter(entry => semver_default().prerelease(entry.version) === null));
    if (!top)
        return null;
    const above = previous ? semver_default().gt(top.version, previous.version) : semver_default().gt(top.version, initialVersion);
    if (!above)
        return null;
    return {
        version: top.version,
        why: `${top.path} holds ${(0,release_record/* oneLine */.TN)(top.text)}, above ${previous ? `the last release tag ${previous.name}` : `initial_version ${initialVersion}`}: a release never goes down`
    };
}
/** Tags that look like releases under another common prefix, highest first (read only when no tag has ours). */
async function otherPrefixReleases(git, prefix) {
    const all = await git.tags('');
    const found = [];
    for (const other of COMMON_PREFIXES) {
        if (other === prefix)
            continue;
        const tags = (0,version/* releaseTags */.dt)(all, other)
            .filter(tag => !tag.prerelease)
            .sort((a, b) => semver_default().rcompare(a.version, b.version));
        if (tags.length > 0)
            found.push({ prefix: other, tags });
    }
    return found.sort((a, b) => semver_default().rcompare(a.tags[0].version, b.tags[0].version));
}
/** What the reason says of tags under another prefix. */
function otherPrefixNote(others, prefix) {
    if (others.length === 0)
        return '';
    const [first] = others;
    const names = first.tags.slice(0, 3).map(tag => tag.name);
    return `; no ${prefix}X.Y.Z tag, but ${names.join(', ')}${first.tags.length > 3 ? ` and ${first.tags.length - 3} more` : ''} look like releases under another prefix: set tag_prefix: "${first.prefix}" to go on from them`;
}
/**
 * Refuses a release lower than a version the files hold, or not above a release tagged under
 * another prefix: one error saying what and how to fix it, before anything changes.
 */
function checkNeverDown(plan, versions, others, prefix) {
    if (!plan.released)
        return;
    const top = highest(versions);
    if (top && semver_default().lt(ordered(plan.version, top.pep440), ordered(top.version, top.pep440))) {
        throw new errors/* ConfigurationError */.j1(`The release ${plan.tag} would take the version down: ${top.path} holds ${(0,release_record/* oneLine */.TN)(top.text)}, above ${plan.version}. ` +
            `Release at least ${top.version} (a Release-As: ${semver_default().prerelease(top.version) ? top.version.replace(/-.*$/, '') : top.version} footer, or initial_version for a first release), or correct ${top.path} if its version is wrong. Nothing was changed.`);
    }
    const tagged = others[0]?.tags[0];
    if (tagged && semver_default().lte(plan.version, tagged.version)) {
        throw new errors/* ConfigurationError */.j1(`The release ${plan.tag} would not be above ${tagged.name}, a release tagged without the tag_prefix "${prefix}" (${others[0].tags.length} such tag(s)). ` +
            `Set tag_prefix: "${others[0].prefix}" to go on from those tags, or release above ${tagged.version} (initial_version, or a Release-As footer). Nothing was changed.`);
    }
}

// EXTERNAL MODULE: ./src/core/commits/type-table.ts
var type_table = __webpack_require__(24405);
// EXTERNAL MODULE: ./src/usecases/release/types.ts
var types = __webpack_require__(27891);
;// CONCATENATED MODULE: ./src/usecases/release/burned.ts
/**
 * What history holds that the release must respect besides the commits: the versions released once
 * that must not be released again, and a hotfix's limits. Reads only.
 */





function checkHotfix(settings, previous, commits, branch) {
    if (!previous) {
        throw new errors/* ConfigurationError */.j1(`Hotfix branch ${branch} has no release tag (${settings.tagPrefix}X.Y.Z) in its history, so there is no release to patch. Cut hotfix branches from the release tag they fix: git switch -c hotfix/NAME ${settings.tagPrefix}X.Y.Z.`);
    }
    if (settings.allowFeatures)
        return;
    for (const analyzed of commits) {
        if (analyzed.merge || analyzed.skip)
            continue;
        const bad = analyzed.changes.find(change => change.breaking || (0,type_table/* isFeatureType */.nd)(change.type));
        if (bad) {
            throw new errors/* ConfigurationError */.j1(`Hotfix branch ${branch} has ${bad.breaking ? 'a breaking change' : 'a feature'}: ${analyzed.sha.slice(0, 7)} "${bad.header.slice(0, 100).replace(/[\r\n]/g, ' ')}". ` +
                `A hotfix is a patch of ${previous.name}: move that commit to main, or set allow_features: true to ship it in the patch anyway.`);
        }
    }
}
/**
 * Versions released once that must not be released again: rolled back (the rollback record), or
 * tagged on origin but not here (a tag that existed once). Each with why, for the reason.
 */
async function burnedVersions(settings, deps, localTags, remote) {
    const burned = new Map();
    const record = deps.files.read(settings.rollbackRecord);
    if (record !== null) {
        for (const entry of (0,release_record/* parseRollbacks */.fT)(record))
            burned.set(entry.version, `was rolled back (${settings.rollbackRecord})`);
    }
    // the rollback workflow records on the default branch: a maintenance line or a channel that has
    // not merged it yet must not release a rolled-back version again
    const base = settings.baseBranch || 'main';
    // origin's branch itself too (its commits fetched before the plan, converge.ts): a stale clone
    const tip = remote?.remoteBranch ? await remote.remoteBranch(types/* REMOTE */.B, base) : null;
    for (const ref of [`refs/remotes/${types/* REMOTE */.B}/${base}`, `refs/heads/${base}`, ...(tip ? [tip] : [])]) {
        for (const entry of (0,release_record/* parseRollbacks */.fT)((await deps.git.show(ref, settings.rollbackRecord)) ?? ''))
            if (!burned.has(entry.version))
                burned.set(entry.version, `was rolled back (${settings.rollbackRecord} on ${base})`);
    }
    if (remote) {
        const local = new Set(localTags.map(tag => tag.name));
        const onOrigin = (0,version/* releaseTags */.dt)((await remote.remoteTags(types/* REMOTE */.B, settings.tagPrefix)).map(name => ({ name, sha: '' })), settings.tagPrefix);
        for (const tag of onOrigin) {
            if (!local.has(tag.name) && !burned.has(tag.version))
                burned.set(tag.version, `is tagged on ${types/* REMOTE */.B} (${tag.name}) but not here`);
        }
    }
    return burned;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/release-pr/notes.ts
var notes = __webpack_require__(9011);
;// CONCATENATED MODULE: ./src/usecases/release/merged-release.ts
/**
 * A release commit no tag names yet, in the range the release reads: an earlier run's that stopped
 * before its tag, or a merged release pull request (squashed under another title, or followed by
 * other commits before this run). The release tags it instead of committing that release again.
 * Reads only.
 */






/** How many commits of the range naming a version are checked (each costs a read of its files). */
const CANDIDATES = 5;
/**
 * The release commits no tag names in the range, newest first (HEAD's own subject first): the
 * caller takes the oldest whose plan is that release, so that two release pull requests merged
 * before a run are released in turn, neither skipped.
 */
async function untaggedReleases(settings, deps, at) {
    const { tagPrefix } = settings;
    const found = [];
    const tagged = new Set(at.allTags.map(tag => tag.name));
    const versionsAt = (rev) => fileVersions(settings, deps.files, deps.git, rev);
    // a release commit changes the release's files only: one that also changes code (a stranger's pull
    // request titled as a release) is an ordinary commit, its changes released and noted as such
    const releaseOnly = async (sha, files) => {
        const release = new Set([
            ...(settings.changelogFile ? [settings.changelogFile] : []),
            ...settings.versionFiles.filter(file => !file.startsWith('!')),
            ...files.map(entry => entry.path)
        ]);
        const changed = await deps.git.diffNames(`${sha}^`, sha).catch(() => null);
        if (changed === null)
            return false;
        const unexplained = changed.filter(path => !release.has(path) && !isLockFile(path, release) && !isManifestBeside(path, settings.changelogFile));
        if (unexplained.length === 0)
            return true;
        // a changelog reached through a symlink is committed where it is (git's blob of a link: its target)
        const link = settings.changelogFile ? await deps.git.show(sha, settings.changelogFile) : null;
        const target = link && !link.includes('\n') ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(settings.changelogFile), link)) : null;
        return unexplained.every(path => path === target);
    };
    const exact = at.headRelease;
    if (exact?.startsWith(tagPrefix) && !tagged.has(exact) && at.commits[0]?.sha === at.head) {
        // a subject is not enough (a stranger's merged commit, one typed by hand): a release commit holds
        // its version in the version files; one whose files all hold another version is an ordinary commit
        const version = semver_default().valid(exact.slice(tagPrefix.length));
        const atHead = await versionsAt('HEAD');
        if ((atHead.length === 0 || atHead.some(entry => entry.version === version)) &&
            (await releaseOnly(at.head, atHead)))
            found.push({ tag: exact, sha: at.head, index: 0, exact: true });
    }
    // Recognised by what it holds: a commit naming a version above the previous release (any subject a
    // squash merge was given: `Release 1.3.0 (#12)`) whose version files hold that version and whose
    // changelog has its section. A hand-made version bump without the section is left to be released
    // as before (with the changelog written by the release).
    if (!settings.changelogFile || at.hotfix)
        return found;
    let checked = 0;
    for (const [index, commit] of at.commits.entries()) {
        if (index === 0 && found.length > 0)
            continue;
        const version = commit.namesVersion ? semver_default().valid(commit.namesVersion) : null;
        // (a version found already: the newest commit holding it, a merge commit rather than its branch's)
        if (!version || tagged.has(`${tagPrefix}${version}`) || found.some(each => each.tag === `${tagPrefix}${version}`))
            continue;
        if (at.previous && !semver_default().gt(version, at.previous.version))
            continue;
        if (++checked > CANDIDATES)
            break;
        const files = await versionsAt(commit.sha);
        if (files.length === 0 || !files.every(entry => entry.version === version))
            continue;
        const changelog = await deps.git.show(commit.sha, settings.changelogFile);
        if (changelog === null || (0,notes/* changelogEntries */.ve)(changelog, version) === null)
            continue;
        if (!(await releaseOnly(commit.sha, files)))
            continue;
        found.push({ tag: `${tagPrefix}${version}`, sha: commit.sha, index, exact: false });
    }
    return found;
}
/** Manifests whose version a release sets (not code: no `.py`, no other file a format could read). */
const MANIFESTS = new Set(['pyproject.toml', 'setup.cfg', 'package.json', 'Cargo.toml', 'VERSION']);
/**
 * A manifest in the changelog's own folder: a component's release commit (`packages/api/package.json`
 * beside `packages/api/CHANGELOG.md`) sets the version there, where the root's detection does not look.
 */
function isManifestBeside(path, changelog) {
    if (!changelog)
        return false;
    const folder = external_node_path_.posix.dirname(changelog);
    return external_node_path_.posix.dirname(path) === folder && MANIFESTS.has(external_node_path_.posix.basename(path));
}
/** A lock or manifest file that changes with a version file (package-lock.json, Cargo.lock, uv.lock…). */
function isLockFile(path, release) {
    const slash = path.lastIndexOf('/');
    const followed = (0,version_files_files/* followedBy */.gx)(path);
    if (followed && release.has(slash >= 0 ? `${path.slice(0, slash)}/${followed}` : followed))
        return true;
    return /(?:^|\/)(?:[\w.-]+\.lock|[\w.-]+-lock\.(?:json|ya?ml)|npm-shrinkwrap\.json|\.release-please-manifest\.json)$/.test(path);
}
/** The tag a release commit's subject names (`chore(release): v1.4.0`, squash-merged: `… (#12)`). */
function releaseSubject(subject) {
    return /^chore\(release\): (\S+?)(?: \(#\d+\))?$/.exec(subject)?.[1];
}
/** A tag-only release this action made at HEAD (its tag message carries our trailers): the highest. */
async function ownTagAt(git, head, allTags, prereleaseRun) {
    const atHead = allTags.filter(tag => tag.sha === head && (!tag.prerelease || prereleaseRun));
    for (const tag of atHead.sort((a, b) => semver_default().rcompare(a.version, b.version)))
        if ((0,release_record/* parseTagMessage */.V3)(await git.tagMessage(tag.name)).meta)
            return tag;
    return undefined;
}

// EXTERNAL MODULE: ./src/core/versioning/compare.ts
var compare = __webpack_require__(85051);
;// CONCATENATED MODULE: ./src/usecases/release/reachable.ts
/**
 * Which release tags HEAD's history holds, asked of the few that matter instead of all: the tags in
 * version order, highest first, each candidate checked with `git merge-base --is-ancestor` (a walk
 * from HEAD that stops at the candidate's age), never `for-each-ref --merged HEAD`, which walks the
 * whole history (seconds and hundreds of MB on a million commits).
 */

function reachableFrom(git, tags, head) {
    let ordered = null;
    const byVersion = () => {
        // each version parsed once, then sorted (only when asked: most runs never are)
        ordered ??= (0,compare/* sortByVersion */.wv)(tags, tag => tag.version, true);
        return ordered;
    };
    const known = new Map();
    const holds = (tag) => {
        if (tag.sha === head)
            return Promise.resolve(true);
        let answer = known.get(tag.sha);
        if (!answer)
            known.set(tag.sha, (answer = git.isAncestor(tag.sha, 'HEAD')));
        return answer;
    };
    return {
        async highest(keep) {
            for (const tag of byVersion())
                if (keep(tag) && (await holds(tag)))
                    return tag;
            return null;
        },
        async all(keep) {
            const found = [];
            for (const tag of byVersion())
                if (keep(tag) && (await holds(tag)))
                    found.push(tag);
            return found;
        }
    };
}

// EXTERNAL MODULE: ./src/core/versioning/convention.ts
var convention = __webpack_require__(39229);
;// CONCATENATED MODULE: ./src/usecases/release/convention-window.ts
/**
 * The history read that also gives the project's earlier releases, to infer its convention from
 * (src/core/versioning/convention.ts): the range since the previous release, then ONE streaming
 * `git log` of the window before it (the last WINDOW releases, at most WINDOW_COMMITS commits),
 * split by the tags' positions in memory. No process per release; the cost follows the window,
 * not the history.
 */



/** The stable tag `count` releases below `previous` (by version), or the lowest there is; null: none below. */
function windowStart(previous, tags, count = convention/* WINDOW */.jf) {
    const candidates = tags.filter(tag => !tag.prerelease && tag.sha !== previous.sha);
    return (0,compare/* nthBelow */.ut)(candidates, tag => tag.version, previous.version, count);
}
/**
 * The commits read before the previous release at most: the window stops at WINDOW releases or at
 * this many commits, whichever comes first (a project of 100-commit releases reads ten of them),
 * so the cost follows the range being released, not how big the older releases were.
 */
const WINDOW_COMMITS = 1000;
/**
 * Reads the range since `previous` (`previous..HEAD`), then the window before it: at most
 * WINDOW_COMMITS commits of `start..previous`, and the range of each release tag in it (the
 * commits that reach its tag and not the tag below it). A release whose tag below was not read (the
 * limit cut it) is left out.
 */
async function readReleaseWindow(git, previous, start, tags, limit = WINDOW_COMMITS) {
    const commits = [];
    let onPrevious = false;
    const since = await git.log(previous.sha, commit => {
        onPrevious ||= commit.parents.includes(previous.sha);
        commits.push((0,changes/* analyzeCommit */.I)(commit));
    });
    // previous..HEAD's boundary holds the previous release when HEAD's history does (a preview's
    // commits on top of a tip name it as their parent)
    if (!since.has(previous.sha) && !onPrevious)
        return { reachable: false, commits: [], releases: [] };
    const streamed = [];
    const parents = new Map();
    const boundary = await git.log(start.sha, commit => {
        parents.set(commit.sha, commit.parents);
        streamed.push((0,changes/* analyzeCommit */.I)(commit));
    }, [previous.sha], limit);
    // the limit reached: the window's start may not be read (the boundary is where the read stopped)
    const cut = streamed.length >= limit;
    const known = (sha) => parents.has(sha) || boundary.has(sha);
    /** The streamed commits (and boundary commits) that reach `tip`. */
    const reach = (tip) => {
        const seen = new Set();
        const stack = [tip];
        while (stack.length > 0) {
            const sha = stack.pop();
            if (seen.has(sha) || !known(sha))
                continue;
            seen.add(sha);
            stack.push(...(parents.get(sha) ?? []));
        }
        return seen;
    };
    // the release tags in the stream, and the window's start (a boundary commit) unless the limit cut it, by version
    const inWindow = (0,compare/* sortByVersion */.wv)(tags
        .filter(tag => !tag.prerelease && ((tag.sha === start.sha && !cut) || parents.has(tag.sha)))
        .filter(tag => (0,compare/* compareVersions */.Zy)(tag.version, start.version) >= 0 && (0,compare/* compareVersions */.Zy)(tag.version, previous.version) <= 0), tag => tag.version);
    const reaches = new Map();
    const reachOf = (tag) => {
        let set = reaches.get(tag.sha);
        if (!set)
            reaches.set(tag.sha, (set = reach(tag.sha)));
        return set;
    };
    const releases = [];
    for (let index = 1; index < inWindow.length; index++) {
        const [below, tag] = [inWindow[index - 1], inWindow[index]];
        const reachesTag = reachOf(tag);
        // a release cut on another branch than the one below it is no step of this history
        if (tag.sha === below.sha || !reachesTag.has(below.sha))
            continue;
        const belowSet = below.sha === start.sha ? new Set() : reachOf(below);
        releases.push({
            prev: { name: below.name, version: below.version },
            next: { name: tag.name, version: tag.version },
            commits: streamed.filter(commit => reachesTag.has(commit.sha) && !belowSet.has(commit.sha))
        });
    }
    return { reachable: true, commits, releases };
}

;// CONCATENATED MODULE: ./src/usecases/release/history.ts
/**
 * Reading the history: the previous release, the commits since, the release line, the versions
 * that must not be released again, what an earlier run left at HEAD; then the decision
 * (src/core/versioning/plan.ts). Reads only: the local clone and files, and origin's tags only when given a
 * remote reader.
 */















function isoDate(now) {
    return now.toISOString().slice(0, 10);
}
/** Reads history and decides the release; writes nothing. */
async function readHistory(settings, deps) {
    const { git, log } = deps;
    const branchName = deps.env.refName || (await git.branch()) || '';
    const hotfix = settings.mode === 'hotfix' || (settings.mode === 'release' && branchName.startsWith('hotfix/'));
    if (hotfix && !settings.severity) {
        throw new errors/* ConfigurationError */.j1(`A hotfix release (${settings.mode === 'hotfix' ? 'mode: hotfix' : `branch ${branchName}`}) needs the severity input: critical, high or medium.`);
    }
    if (!(await git.isRepository())) {
        throw new errors/* ConfigurationError */.j1('This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0), or run from inside a clone.');
    }
    const [head, shallow, originUrl, allRefs] = await Promise.all([
        git.head(),
        git.isShallow(),
        git.remoteUrl(types/* REMOTE */.B),
        git.tags(settings.tagPrefix)
    ]);
    if (!head)
        throw new errors/* ConfigurationError */.j1('The repository has no commits yet: there is nothing to release.');
    const allTags = (0,version/* releaseTags */.dt)(allRefs, settings.tagPrefix);
    // the branch's release line (maintenance, prerelease channel), from the configuration file's release_lines
    const line = settings.mode === 'hotfix'
        ? undefined
        : (0,release_lines/* lineOf */.cA)(
        // a pull request's run (GITHUB_REF_NAME 12/merge) previews the line it merges into; else the
        // checked-out branch is the one released and pushed (a run on main that checks out 1.x), then GITHUB_REF_NAME
        deps.env.baseRef && /^\d+\/merge$/.test(branchName) ? deps.env.baseRef : (await git.branch()) || branchName, settings.sections?.releaseLines ?? release_lines/* DEFAULT_LINES */.Mg, settings.baseBranch ?? '');
    if (line?.kind === 'maintenance' || line?.kind === 'channel')
        log.info(`Release line: ${describeLine(line)}`);
    const repoUrl = (0,repo_url/* repoUrlFrom */.s)(deps.env.serverUrl, deps.env.repository, originUrl);
    const packageName = settings.packageName || (0,project/* packageNameFrom */.cn)(deps.files);
    const installs = (0,project/* installsFrom */.Zi)(deps.files, repoUrl);
    // The previous release is the highest stable tag reachable from HEAD. The highest tag of all
    // usually is: its log with --boundary proves it (the tag is a boundary commit of its range),
    // so one walk serves both. Otherwise ask git which tags are reachable, and read again.
    let commits = [];
    // the earlier releases, to infer the project's convention from: read in the same log (convention-window.ts)
    let releases;
    const readRange = async (exclude, withWindow = false, proven = false) => {
        commits = [];
        const start = withWindow && exclude && settings.inferConvention !== false ? windowStart(exclude, allTags) : null;
        if (exclude && start) {
            const read = await log.group(`Reading history since ${exclude.name} (and the releases since ${start.name})`, () => readReleaseWindow(git, exclude, start, allTags));
            if (read.reachable) {
                commits = read.commits;
                releases = read.releases;
                log.info(`${commits.length} commit(s) since ${exclude.name}; ${releases.length} earlier release(s) read`);
                return new Set([exclude.sha]);
            }
            // not reachable: the caller asks git which tags are; a tag proven reachable that the window's
            // stream missed (the tag below it on a later commit) is read the plain way
            if (!proven)
                return new Set();
        }
        if (withWindow)
            releases = [];
        return log.group(`Reading history ${exclude ? `since ${exclude.name}` : '(no release tag yet)'}`, async () => {
            // each commit is analyzed as it streams in; its message is not kept
            const boundary = await git.log(exclude?.sha ?? null, commit => commits.push((0,changes/* analyzeCommit */.I)(commit)));
            log.info(`${commits.length} commit(s) since ${exclude ? exclude.name : 'the first commit'}`);
            return boundary;
        });
    };
    // which tags HEAD's history holds: asked of the highest candidates only (src/usecases/release/reachable.ts)
    const reachable = reachableFrom(git, allTags, head);
    let previous = (0,version/* highestStable */.Ij)(allTags);
    if (line?.kind === 'maintenance') {
        // a maintenance line's previous release is its own: the highest tag of its range reachable from HEAD
        previous = await reachable.highest(tag => (0,release_lines/* previousInLine */.dA)(line, [tag]) !== null);
        if (!previous) {
            throw new errors/* ConfigurationError */.j1(`Branch ${line.branch} maintains ${line.name} (${line.range}), but no release of that range (${settings.tagPrefix}X.Y.Z) is in its history. Cut a maintenance branch from the newest release it maintains: git switch -c ${line.branch} ${settings.tagPrefix}${line.name.replace(/\.x$/, line.level === 'minor' ? '.Y.Z' : '.Z')}.`);
        }
        if (previous.sha !== head)
            await readRange(previous);
    }
    else if (previous && previous.sha !== head && !(await readRange(previous, true)).has(previous.sha)) {
        previous = await reachable.highest(tag => !tag.prerelease);
        if (previous && previous.sha !== head)
            await readRange(previous, true, true);
    }
    if (!previous && shallow) {
        throw new errors/* ConfigurationError */.j1('This is a shallow clone and no release tag is reachable from HEAD, so the previous release cannot be found. ' +
            'Check out the full history: actions/checkout with fetch-depth: 0 (or git fetch --unshallow --tags).');
    }
    if (!previous)
        await readRange(null);
    // A tag at HEAD made by an earlier run of this action (a prerelease too) whose push did not happen.
    const headSubject = await git.subject('HEAD');
    // (a candidate at HEAD is completed only by a prerelease run: a stable run promotes it; a run that
    // knows no branch, such as a tag push's detached checkout, completes it as before, never promotes)
    const prereleaseRun = settings.prerelease !== '' || line?.kind === 'channel' || line?.branch === '';
    // the tag HEAD's subject names as a release commit's; merged from a release pull request too (a
    // squash adds ` (#12)`; a merge commit has the release commit as its second parent)
    const headRelease = releaseSubject(headSubject) ??
        (/^Merge /.test(headSubject) ? releaseSubject(await git.subject('HEAD^2').catch(() => '')) : undefined);
    const taggedHere = allTags.find(tag => tag.sha === head && headRelease === tag.name && (!tag.prerelease || prereleaseRun)) ??
        (settings.releaseCommit === false ? await ownTagAt(git, head, allTags, prereleaseRun) : undefined);
    if (taggedHere) {
        const madeHere = taggedHere;
        const below = await reachable.highest(tag => !tag.prerelease && tag.name !== madeHere.name);
        const { notes, meta } = (0,release_record/* parseTagMessage */.V3)(await git.tagMessage(madeHere.name));
        log.info(`${madeHere.name} already tags HEAD (a release commit of an earlier run): completing it.`);
        const plan = {
            released: true,
            version: madeHere.version,
            tag: madeHere.name,
            previousVersion: below?.version ?? '',
            previousTag: below?.name ?? '',
            bump: 'none',
            reason: `${madeHere.name} was already made at HEAD by an earlier run`,
            decision: {
                bump: 'none',
                changes: [],
                drivers: [],
                cancelled: new Set(),
                skipped: [],
                releaseAs: null,
                reason: '',
                handMade: false,
                manualEra: false
            },
            notes,
            changelogSection: '',
            commitCount: 0,
            hotfix: meta?.type === 'hotfix',
            tagMeta: meta ?? { type: 'release' }
        };
        return { plan, head, earlier: 'tagged', waiting: 0, shallow, commitTimes: [] };
    }
    if (hotfix)
        checkHotfix(settings, previous, commits, branchName);
    // release candidates above the previous release: a stable release promotes the last one reachable
    const above = (tag) => tag.prerelease && (!previous || semver_default().gt(tag.version, previous.version));
    const candidates = allTags.some(above) ? await reachable.all(above) : [];
    const burned = await burnedVersions(settings, deps, allTags, originUrl !== null ? deps.remote : undefined);
    const taken = new Map();
    if (line?.kind === 'maintenance') {
        // on a maintenance line a version another line took is an error, not skipped
        for (const tag of allTags)
            if (tag.sha !== head)
                taken.set(tag.version, `${tag.name} on commit ${tag.sha.slice(0, 12)}`);
        for (const [version, why] of burned) {
            if (!why.startsWith('is tagged on'))
                continue;
            taken.set(version, why.slice(3));
            burned.delete(version);
        }
    }
    const others = allTags.length === 0 ? await otherPrefixReleases(git, settings.tagPrefix) : [];
    // HEAD, or a commit of the range, is a release commit no tag names yet: an earlier run's that stopped
    // before its tag, or a merged release pull request (merged-release.ts). Plan without it and the
    // commits after it; if the plan is that same release, tag it instead of committing it again.
    const found = await untaggedReleases(settings, deps, { head, headRelease, commits, allTags, previous, hotfix });
    const decide = async (made) => {
        const own = made ? commits.slice(made.index + 1) : commits;
        // never down: the version the files hold (before the release commit), and tags under another prefix
        const versions = await fileVersions(settings, deps.files, git, made ? `${made.sha}^` : 'HEAD');
        const plan = (0,versioning_plan/* planRelease */.F)({
            settings,
            commits: own,
            previous,
            allTags,
            repoUrl,
            packageName,
            installs,
            date: isoDate(deps.env.now),
            hotfix: hotfix ? { severity: settings.severity } : undefined,
            burned,
            line,
            candidates,
            taken,
            sections: deps.sections,
            handMadeSections: deps.handMadeSections,
            releases,
            ignoredTags: allRefs.length - allTags.length,
            // a rolled-back version the files still hold is burned: the release skips it, never goes on from it
            floor: hotfix
                ? null
                : floorOf(versions.filter(entry => !burned.has(entry.version)), previous, settings.initialVersion)
        });
        checkNeverDown(plan, versions, others, settings.tagPrefix);
        plan.reason += otherPrefixNote(others, settings.tagPrefix);
        return { plan, own };
    };
    // the oldest whose plan is its release: the commits after it are the next run's
    let made;
    let decided;
    for (const candidate of [...found].reverse()) {
        const tried = await decide(candidate);
        if (tried.plan.tag === candidate.tag) {
            made = candidate;
            decided = tried;
            break;
        }
        if (candidate.exact)
            throw new errors/* ConfigurationError */.j1(`HEAD is the release commit "${headSubject}" of an earlier run that stopped before tagging it, but the history now plans ${tried.plan.tag || 'no release'}. ` +
                `Drop that commit (git reset --keep HEAD~1) and run again, or tag it by hand (git tag -a ${candidate.tag}).`);
        // (recognised by its files only: an ordinary commit after all)
    }
    const { plan, own } = decided ?? (await decide(undefined));
    if (made?.index === 0)
        log.info(`HEAD is the release commit of ${plan.tag}, made earlier and not tagged yet: completing it.`);
    else if (made)
        log.info(`${made.sha.slice(0, 12)} is the release commit of ${plan.tag}, merged and not tagged yet: tagging it. ` +
            `The ${made.index} commit(s) after it are released by the next run.`);
    const tip = made?.sha ?? head;
    log.info(plan.released
        ? `Next version: ${plan.version} (${plan.bump}${hotfix ? `, hotfix of ${previous?.name}` : ''})`
        : 'No release');
    if (plan.released) {
        const clash = allTags.find(tag => tag.name === plan.tag);
        if (clash && hotfix) {
            throw new errors/* ConfigurationError */.j1(`Hotfix tag ${plan.tag} already exists (commit ${clash.sha.slice(0, 12)}): ${previous?.name} already has that patch release. ` +
                'Cut the hotfix branch from the newest release it should fix (the tag itself), or release from main.');
        }
        if (clash && clash.sha !== tip) {
            throw new errors/* ConfigurationError */.j1(`Tag ${plan.tag} already exists on commit ${clash.sha.slice(0, 12)}, which is not HEAD (${tip.slice(0, 12)}). ` +
                'Delete or move that tag if it was a mistake, or release a different version (bump, prerelease or a Release-As footer).');
        }
    }
    return {
        plan,
        head: tip,
        earlier: made ? 'committed' : 'none',
        waiting: made?.index ?? 0,
        shallow,
        commitTimes: own.map(commit => commit.time)
    };
}
function describeLine(line) {
    if (line.kind === 'maintenance')
        return `maintenance ${line.name} (${line.range}, branch ${line.branch} matches ${line.pattern})`;
    if (line.kind === 'channel')
        return `prerelease channel ${line.branch} (-${line.id}.N)`;
    return line.kind;
}


/***/ }),

/***/ 41354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tg: () => (/* reexport */ PROTECTED),
  gj: () => (/* binding */ applyPlan),
  V2: () => (/* reexport */ files/* detectVersionFiles */.V2),
  F3: () => (/* reexport */ release_plan/* planRelease */.F3),
  Lu: () => (/* reexport */ release_history/* readHistory */.L),
  T_: () => (/* binding */ runRelease),
  WC: () => (/* reexport */ release_plan/* strayError */.WC)
});

// UNUSED EXPORTS: strategyOf

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/text/eol.ts
/**
 * The bytes git stores for a file, from its working-tree bytes and its `.gitattributes` (text and
 * eol, as `git check-attr` reports them): a text file's CRLF line endings become LF in the
 * repository (`eol=crlf` is only what a checkout writes). A commit made through the API must
 * store what `git add` would, or the repository holds CRLF that every clone shows as changed.
 */
/** git's test for binary content: a NUL byte in the first 8000 bytes. */
function looksBinary(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}
/** Whether git converts the line endings of this file on commit. */
function normalizesLineEndings(attributes, bytes) {
    if (attributes.text === 'unset')
        return false; // -text: binary, stored as is
    if (attributes.text === 'set')
        return true;
    // eol=lf|crlf with text unspecified: text; text=auto: text unless the content looks binary
    if (attributes.text === 'auto' || (attributes.text === 'unspecified' && /^(lf|crlf)$/.test(attributes.eol)))
        return !looksBinary(bytes);
    return false;
}
/** The bytes `git add` would store: CRLF → LF for a text file, else the bytes unchanged. */
function committedBytes(bytes, attributes) {
    if (!attributes || !normalizesLineEndings(attributes, bytes))
        return bytes;
    let crlf = false;
    for (let i = 0; i + 1 < bytes.length; i++)
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
            crlf = true;
            break;
        }
    if (!crlf)
        return bytes;
    const out = new Uint8Array(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a)
            continue;
        out[n++] = bytes[i];
    }
    return out.slice(0, n);
}

// EXTERNAL MODULE: ./src/usecases/ports.ts
var ports = __webpack_require__(60364);
// EXTERNAL MODULE: ./src/usecases/release/types.ts
var types = __webpack_require__(27891);
;// CONCATENATED MODULE: ./src/usecases/release/apply-local.ts
/**
 * Applying a plan locally: the edits written and committed, the annotated tag, then one atomic push
 * of the branch and the tag (nothing reaches origin unless both do). A failure before the push puts
 * everything back; a rejected push undoes the local commit and tag.
 */



/** GitHub's refusals of a push to a protected branch or one under a ruleset. */
const PROTECTED = /GH006|GH013|protected branch|rule violations|repository rule/i;
function pushDetail(error) {
    return error instanceof errors/* GitError */.XS ? error.stderr.trim().split('\n').slice(-4).join(' | ') : String(error);
}
/** Puts the files of these edits back as they were before the release (a new file: removed). */
function restore(files, edits) {
    for (const file of edits) {
        if (file.before !== null)
            files.writeBytes(file.path, file.before);
        else
            files.remove(file.path); // a changelog this run created
    }
}
function originOf(plan, origin) {
    if (!plan.push)
        return null;
    if (!origin)
        throw new errors/* ConfigurationError */.j1(`push: true, but this run may not push to ${types/* REMOTE */.B} (the CLI pushes only with --push). Nothing was changed.`);
    return origin;
}
async function pushRelease(origin, branch, tag, log) {
    await log.group(`Pushing ${branch} and ${tag} to ${types/* REMOTE */.B} (atomic)`, async () => {
        await origin.pushAtomic(types/* REMOTE */.B, [`HEAD:refs/heads/${branch}`, `refs/tags/${tag}:refs/tags/${tag}`]);
    });
}
/** release_commit: true — commit (unless an earlier run did), tag, push. */
async function applyLocal(plan, deps) {
    const { git, files, log } = deps;
    const { release, head, branch } = plan;
    const origin = originOf(plan, deps.origin);
    const committed = plan.earlier === 'committed';
    const tag = plan.tags[0];
    const identity = (await git.configuredIdentity()) ? null : ports/* BOT_IDENTITY */.b;
    let commitSha = '';
    await log.group(`Writing release ${release.tag}`, async () => {
        try {
            if (committed)
                commitSha = head;
            else {
                for (const file of plan.edits)
                    files.writeBytes(file.path, file.bytes);
                // git knows a file by its real path: a changelog reached through a symlink is committed where it is
                const paths = [...new Set(plan.edits.map(file => files.realRelative(file.path)))];
                await git.add(paths);
                commitSha = await git.commit(plan.commitMessage, identity, paths);
            }
        }
        catch (error) {
            restore(files, plan.edits);
            await git.resetKeep(head).catch(() => undefined);
            throw error;
        }
        try {
            // a release commit made earlier is tagged where it is (commits may have followed it)
            await git.tag(tag.name, tag.message, identity, committed ? head : undefined);
        }
        catch (error) {
            if (!committed)
                await git.resetKeep(head);
            throw error;
        }
        files.write(plan.notesFile, release.notes);
        log.info(`Committed ${commitSha.slice(0, 12)} and tagged ${release.tag}`);
    });
    if (!origin || !branch)
        return { commitSha, pushed: false };
    try {
        await pushRelease(origin, branch, release.tag, log);
    }
    catch (error) {
        // Nothing reached the remote (atomic push): undo the local commit and tag too.
        await git.deleteTag(release.tag);
        // (a release commit made before this run stays: an earlier run's or a merged pull request's,
        // on origin already perhaps, it is not this run's to undo)
        if (!committed)
            await git.resetKeep(head);
        const detail = pushDetail(error);
        throw new errors/* ConfigurationError */.j1(`The push to ${types/* REMOTE */.B} was rejected: ${detail}. Nothing was pushed, and ${committed ? `the local tag ${release.tag} was deleted (the release commit ${head.slice(0, 12)}, made before this run, stays)` : `the local release commit and tag ${release.tag} were undone (HEAD is back at ${head.slice(0, 12)})`}. ` +
            (PROTECTED.test(detail)
                ? `${branch} is protected (a branch protection rule or ruleset). Either release without a release commit (release_commit: false in .github/release-action.yml: only the tag is pushed, no version files or changelog), or make the release commit through the GitHub API (release_commit: api: GitHub makes and signs it, a verified commit, for rules that require signed commits; a rule that requires pull requests refuses it too), or let the workflow push: a GitHub App or deploy key allowed to bypass the rule, its token as github_token and as actions/checkout's token.`
                : 'Bring the branch up to date with the remote (or fix the permission) and run again.'));
    }
    return { commitSha, pushed: true };
}
/** A tag at HEAD from an earlier run whose push did not happen: push it (the branch with it). */
async function applyTagged(plan, deps) {
    const { files, log } = deps;
    const origin = originOf(plan, deps.origin);
    files.write(plan.notesFile, plan.release.notes);
    if (plan.strategy === 'tag') {
        // tag-only: the tag alone (the branch is not this release's to push; up to date if origin has it)
        if (!origin)
            return { commitSha: plan.head, pushed: false };
        const { tag } = plan.release;
        await log.group(`Pushing ${tag} to ${types/* REMOTE */.B}`, () => origin.pushAtomic(types/* REMOTE */.B, [`refs/tags/${tag}:refs/tags/${tag}`]));
        return { commitSha: plan.head, pushed: true };
    }
    if (!origin || !plan.branch)
        return { commitSha: plan.head, pushed: false };
    await pushRelease(origin, plan.branch, plan.release.tag, log);
    return { commitSha: plan.head, pushed: true };
}

;// CONCATENATED MODULE: ./src/usecases/release/apply-api.ts
/**
 * Applying a plan through GitHub's Git Data API (release_commit: api): the release commit made and
 * signed by GitHub, the branch moved to it (a fast-forward only), then the tag; the local clone
 * follows. What can fail is checked first (checkApi), before the gates and before anything is written.
 */




/**
 * release_commit: api, before anything is written: a branch, push: true, a token and
 * GITHUB_REPOSITORY, a token that may write contents, and HEAD on GitHub (its tree is the base of
 * the release commit's).
 */
async function checkApi(plan, gitData) {
    const { head, branch } = plan;
    if (!plan.push) {
        throw new errors/* ConfigurationError */.j1('release_commit: api makes the release commit and tag on GitHub, which is a push: set push: true (the CLI: --push), or release_commit: true for a local commit.');
    }
    if (!branch) {
        throw new errors/* ConfigurationError */.j1('release_commit: api needs a branch to move, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main).');
    }
    if (!gitData) {
        throw new errors/* ConfigurationError */.j1('release_commit: api calls the GitHub API, which needs a token (github_token, or GITHUB_TOKEN) and GITHUB_REPOSITORY (owner/name; set by Actions). Give both, or set release_commit: true. Nothing was changed.');
    }
    const access = await gitData.repositoryAccess().catch((error) => {
        throw new errors/* ConfigurationError */.j1(`release_commit: api: ${apiDetail(error)}. ${TOKEN_FIX} Nothing was changed.`);
    });
    if (access.push === false) {
        throw new errors/* ConfigurationError */.j1(`release_commit: api: the token may not write to the repository. ${TOKEN_FIX} Nothing was changed.`);
    }
    const baseTree = await gitData.commitTree(head).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`release_commit: api: ${apiDetail(error)}. ${TOKEN_FIX} Nothing was changed.`);
    });
    if (!baseTree) {
        throw new errors/* ConfigurationError */.j1(`release_commit: api: GitHub does not have HEAD (${head.slice(0, 12)}), the parent of the release commit. Push ${branch} first, or release from a checkout of the branch on GitHub. Nothing was changed.`);
    }
    return { gitData, branch, baseTree };
}
const TOKEN_FIX = 'Give the workflow permissions: contents: write (or a GitHub App token that may write contents) as github_token.';
function apiDetail(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
/**
 * The release commit through the Git Data API (blobs, a tree on HEAD's, the commit with HEAD as
 * parent), the branch moved to it (a fast-forward only), then the annotated tag. Until the branch
 * moves, nothing is released: blobs, trees and commits on no ref are invisible. Afterwards the
 * local clone is brought to the release commit and tag (fetch, then reset --keep).
 */
async function applyApi(plan, ready, deps) {
    const { git, files, log } = deps;
    const { gitData, branch } = ready;
    const { head, release } = plan;
    let commitSha = head;
    await log.group(`Writing release ${release.tag} through the GitHub API`, async () => {
        if (plan.earlier === 'none') {
            const paths = plan.edits.map(file => files.realRelative(file.path));
            const modes = await git.fileModes('HEAD', paths);
            // the bytes git would commit: .gitattributes' line-ending rules applied (CRLF → LF for text)
            const attributes = await git.textAttributes(paths);
            try {
                commitSha = await gitData.createCommit({
                    message: plan.commitMessage,
                    baseTree: ready.baseTree,
                    parent: head,
                    files: plan.edits.map((file, index) => ({
                        path: paths[index],
                        mode: modes.get(paths[index]) ?? '100644',
                        content: committedBytes(file.bytes, attributes.get(paths[index]))
                    }))
                });
                await gitData.updateBranch(branch, commitSha);
            }
            catch (error) {
                const detail = apiDetail(error);
                const status = error instanceof errors/* GitHubApiError */.OS ? error.status : undefined;
                const why = /fast.forward/i.test(detail)
                    ? `${branch} on GitHub moved since ${head.slice(0, 12)} (another push came first). Run the release again on the new ${branch}.`
                    : PROTECTED.test(detail)
                        ? `${branch} is protected against this update too (a rule that requires pull requests, or a ruleset without the token in its bypass list). Use release_commit: false (a tag-only release), or a GitHub App token allowed to bypass the rule.`
                        : status === 403 || status === 404
                            ? TOKEN_FIX
                            : 'Fix that and run the release again.';
                throw new errors/* ConfigurationError */.j1(`The release commit of ${release.tag} through the GitHub API failed: ${detail}. Nothing was released: ${branch} and the tags on GitHub are as they were, and nothing here changed. ${why}`);
            }
            log.info(`Committed ${commitSha.slice(0, 12)} on ${branch} through the GitHub API (a verified commit)`);
        }
        // one tag, or one per component (src/usecases/components/apply-api.ts)
        const made = [];
        for (const tag of plan.tags) {
            try {
                await gitData.createTag({ tag: tag.name, message: tag.message, commit: commitSha });
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1(`The release commit ${commitSha.slice(0, 12)} of ${release.tag} is on ${branch} on GitHub, but its tag${plan.tags.length > 1 ? ` ${tag.name}` : ''} could not be made${made.length > 0 ? ` (made: ${made.join(', ')})` : ''}: ${apiDetail(error)}. ` +
                    `Fix that and run again on the new ${branch} (a new checkout, or git pull): the rerun finds the release commit at HEAD and tags it.`);
            }
            made.push(tag.name);
            log.info(`Tagged ${tag.name} on GitHub`);
        }
    });
    files.write(plan.notesFile, release.notes);
    // the local clone follows: the release commit and the tag, as a push would have left it
    try {
        if (!deps.remote)
            throw new Error('this run may not fetch from origin');
        await deps.remote.fetchObjects(types/* REMOTE */.B, branch);
        for (const tag of plan.tags)
            await deps.remote.fetchTag(types/* REMOTE */.B, tag.name);
        if (commitSha !== head)
            await git.resetKeep(commitSha);
    }
    catch (error) {
        log.warning(`${release.tag} is released on GitHub (commit ${commitSha.slice(0, 12)}), but this clone was not brought up to date (${apiDetail(error)}): git pull --tags to see it here.`);
    }
    return { commitSha, pushed: true };
}
/**
 * A tag at HEAD made through the API by an earlier run: on GitHub already, or made there now (the
 * release commit is on GitHub: its tag is what the earlier run did not finish).
 */
async function applyApiTagged(plan, gitData, deps) {
    deps.files.write(plan.notesFile, plan.release.notes);
    if (deps.remote && (await deps.remote.remoteHasTag(types/* REMOTE */.B, plan.release.tag)))
        return { commitSha: plan.head, pushed: true };
    return applyApi(plan, await checkApi(plan, gitData), deps);
}

;// CONCATENATED MODULE: ./src/usecases/release/apply-tag.ts
/** Applying a plan as a tag only (release_commit: false): no file is written or committed. */




/** release_commit: false — the annotated tag on HEAD as it is, and its push. */
async function applyTag(plan, deps) {
    const { git, files } = deps;
    const { release, head } = plan;
    const origin = originOf(plan, deps.origin);
    const tag = plan.tags[0];
    const identity = (await git.configuredIdentity()) ? null : ports/* BOT_IDENTITY */.b;
    // (a release commit found untagged, with commits after it: the tag goes on it, not on HEAD)
    await git.tag(tag.name, tag.message, identity, plan.waiting > 0 ? head : undefined);
    files.write(plan.notesFile, release.notes);
    if (!origin)
        return { commitSha: head, pushed: false };
    try {
        await origin.pushAtomic(types/* REMOTE */.B, [`refs/tags/${release.tag}:refs/tags/${release.tag}`]);
    }
    catch (error) {
        await git.deleteTag(release.tag);
        throw new errors/* ConfigurationError */.j1(`The push of ${release.tag} to ${types/* REMOTE */.B} was rejected: ${pushDetail(error)}. Nothing was pushed, and the local tag was deleted. Check that the token may create tags (a tag ruleset), and run again.`);
    }
    return { commitSha: head, pushed: true };
}

;// CONCATENATED MODULE: ./src/usecases/components/apply.ts
/**
 * Applying a release of several components locally: every component's edits written and committed
 * in one release commit, one annotated tag per component, then one atomic push of the branch and
 * every tag (nothing reaches origin unless all do). A failure before the push puts everything back;
 * a rejected push undoes the commit and the tags. A rerun after a crash finds the release commit
 * at HEAD (its subject names each `name version`) and makes only the tags still missing.
 */




/** Each released component's notes, in its own file (the run's notes file has them all, or each cut to its share: run-notes.ts). */
function writeComponentNotes(plan, files) {
    for (const release of plan.components ?? [])
        if (release.released)
            files.write(release.notesFile, release.notes);
}
async function applyComponents(plan, deps) {
    const { git, files, log } = deps;
    if (plan.strategy !== 'local')
        throw new errors/* ConfigurationError */.j1(`components are released with a local release commit (release_commit: true); release_commit: ${plan.strategy === 'tag' ? 'false' : 'api'} is not supported with components yet. Nothing was changed.`);
    const origin = originOf(plan, deps.origin);
    const { head, branch } = plan;
    const resumed = plan.earlier !== 'none';
    const identity = (await git.configuredIdentity()) ? null : ports/* BOT_IDENTITY */.b;
    const made = [];
    let commitSha = head;
    const names = (plan.components ?? []).filter(r => r.released).map(r => r.tag);
    await log.group(`Writing release ${plan.commitMessage}`, async () => {
        try {
            if (!resumed) {
                for (const file of plan.edits)
                    files.writeBytes(file.path, file.bytes);
                const paths = [...new Set(plan.edits.map(file => files.realRelative(file.path)))];
                await git.add(paths);
                commitSha = await git.commit(plan.commitMessage, identity, paths);
            }
            for (const tag of plan.tags) {
                await git.tag(tag.name, tag.message, identity);
                made.push(tag.name);
            }
        }
        catch (error) {
            for (const tag of made)
                await git.deleteTag(tag).catch(() => undefined);
            if (!resumed) {
                restore(files, plan.edits);
                await git.resetKeep(head).catch(() => undefined);
            }
            throw error;
        }
        files.write(plan.notesFile, plan.release.notes);
        writeComponentNotes(plan, files);
        log.info(`Committed ${commitSha.slice(0, 12)} and tagged ${names.join(', ')}`);
    });
    if (!origin || !branch)
        return { commitSha, pushed: false };
    try {
        await log.group(`Pushing ${branch} and ${names.length} tag(s) to ${types/* REMOTE */.B} (atomic)`, async () => {
            await origin.pushAtomic(types/* REMOTE */.B, [
                `HEAD:refs/heads/${branch}`,
                ...names.map(name => `refs/tags/${name}:refs/tags/${name}`)
            ]);
        });
    }
    catch (error) {
        for (const tag of made)
            await git.deleteTag(tag).catch(() => undefined);
        if (!resumed)
            await git.resetKeep(head);
        const detail = pushDetail(error);
        throw new errors/* ConfigurationError */.j1(`The push to ${types/* REMOTE */.B} was rejected: ${detail}. Nothing was pushed, and the local release commit and tags (${names.join(', ')}) were undone (HEAD is back at ${head.slice(0, 12)}). ` +
            (PROTECTED.test(detail)
                ? `${branch} is protected: let the workflow push with a token allowed to bypass the rule.`
                : 'Bring the branch up to date with the remote (or fix the permission) and run again.'));
    }
    return { commitSha, pushed: true };
}

;// CONCATENATED MODULE: ./src/usecases/components/apply-api.ts
/**
 * A release of several components through GitHub's Git Data API (release_commit: api): the one
 * release commit made and signed by GitHub, the branch moved to it (a fast-forward only), then a
 * tag per component (src/usecases/release/apply-api.ts). GitHub has no atomic push: the tags
 * follow the branch one by one, so a failure between them leaves the release commit on the
 * branch; the rerun at it (a new checkout) makes only the tags GitHub does not have yet.
 */



async function applyComponentsApi(plan, gitData, ready, deps) {
    let applied;
    if (plan.earlier === 'none')
        applied = await applyApi(plan, ready ?? (await checkApi(plan, gitData)), deps);
    else {
        // an earlier run's release commit at HEAD: the tags GitHub has are made; the others are made now
        const missing = [];
        for (const tag of plan.tags)
            if (!(deps.remote && (await deps.remote.remoteHasTag(types/* REMOTE */.B, tag.name))))
                missing.push(tag);
        applied =
            missing.length === 0
                ? { commitSha: plan.head, pushed: true }
                : await applyApi({ ...plan, tags: missing }, ready ?? (await checkApi(plan, gitData)), deps);
        if (missing.length < plan.tags.length && deps.remote)
            for (const tag of plan.tags)
                if (!missing.includes(tag))
                    await deps.remote.fetchTag(types/* REMOTE */.B, tag.name);
    }
    deps.files.write(plan.notesFile, plan.release.notes);
    writeComponentNotes(plan, deps.files);
    return applied;
}

;// CONCATENATED MODULE: ./src/usecases/release/converge.ts
/**
 * Before the plan of a release that may reach origin: this clone brought up to what origin knows
 * of the release, so that no version is released twice and a rerun finds what an earlier run made.
 * - A release tag on origin that this clone lacks is judged by its commit: HEAD or in HEAD's
 *   history, it is a release of these commits: fetched (the plan then finds nothing to release, or
 *   resumes it); elsewhere (or unknown here), it stays burned (the plan reads origin's tags).
 * - The default branch's commits on origin are fetched (no ref moves): the rollback record there
 *   burns rolled-back versions even in a clone fetched before the rollback.
 * - release_commit: api: a release commit an earlier run made on GitHub (origin's branch is a
 *   `chore(release): TAG` commit whose only parent is HEAD) is followed, as the run would have.
 * The plan itself stays read-only (plan.ts); only this step fetches, before it.
 */

/** Whether `sha` is HEAD or in its history (false when this clone does not have it). */
async function inHistory(git, sha, head) {
    if (sha === head)
        return true;
    return (await git.hasCommit(sha)) && (await git.countMissing(head, sha)) === 0;
}
/** Follows a release commit an earlier API run made on origin's branch (its parent is HEAD). */
async function followApiRelease(settings, deps, head) {
    const { git, remote, log } = deps;
    const branch = await git.branch();
    if (!branch)
        return head;
    const tip = await remote.remoteBranch(types/* REMOTE */.B, branch);
    if (!tip || tip === head)
        return head;
    await remote.fetchObjects(types/* REMOTE */.B, branch);
    const subject = await git.subject(tip);
    const made = /^chore\(release\): (\S+)$/.exec(subject)?.[1];
    if (!made?.startsWith(settings.tagPrefix))
        return head;
    const parents = await git.parents(tip);
    if (parents.length !== 1 || parents[0] !== head)
        return head;
    log.info(`${branch} on ${types/* REMOTE */.B} is the release commit of ${made} (${tip.slice(0, 12)}) an earlier run made through the GitHub API on this HEAD: following it.`);
    await git.resetKeep(tip);
    return tip;
}
/** Brings this clone up to what origin knows of the release (see above). Returns the names of the tags fetched. */
async function convergeWithOrigin(settings, deps) {
    const { git, remote, log } = deps;
    if ((await git.remoteUrl(types/* REMOTE */.B)) === null)
        return [];
    let head = await git.head();
    if (!head)
        return [];
    // the default branch's commits (no ref moves): the plan reads its rollback record there
    await remote.fetchObjects(types/* REMOTE */.B, settings.baseBranch || 'main').catch(() => undefined);
    if (settings.releaseCommit === 'api' && settings.push)
        head = await followApiRelease(settings, deps, head);
    const onOrigin = (await remote.remoteTagCommits(types/* REMOTE */.B, settings.tagPrefix)).filter(tag => !tag.name.slice(settings.tagPrefix.length).includes('/'));
    // which of them are here: read by name, uncached (a reader that keeps its tag list would miss the fetch)
    const local = await git.tagMessages(onOrigin.map(tag => tag.name));
    const fetched = [];
    for (const tag of onOrigin) {
        if (local.has(tag.name))
            continue;
        if (!(await inHistory(git, tag.sha, head)))
            continue;
        await remote.fetchTag(types/* REMOTE */.B, tag.name);
        fetched.push(tag.name);
    }
    if (fetched.length > 0)
        log.info(`${fetched.join(', ')} ${fetched.length === 1 ? 'is' : 'are'} on ${types/* REMOTE */.B} but ${fetched.length === 1 ? 'was' : 'were'} not here: fetched (${fetched.length === 1 ? 'it tags' : 'they tag'} HEAD or its history, a release of these commits).`);
    return fetched;
}

// EXTERNAL MODULE: ./src/usecases/release/plan.ts + 2 modules
var release_plan = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/usecases/release/files.ts
var files = __webpack_require__(31217);
// EXTERNAL MODULE: ./src/usecases/release/history.ts + 5 modules
var release_history = __webpack_require__(28112);
;// CONCATENATED MODULE: ./src/usecases/release/index.ts
/**
 * A release run: plan (reads only), the strategy's own checks, the gates (before anything is
 * written), then the plan applied by its strategy (a local commit, an API commit, a tag on HEAD;
 * or completing what an earlier run left), then publishing with what was made. The result is a
 * union: nothing to release, stopped by the gates, released, resumed.
 */













/** The result of a plan that went no further (nothing to release, stopped by the gates, a dry run). */
function outcome(plan, applied, gates) {
    return {
        plan: plan.release,
        dryRun: plan.dryRun,
        notesFile: plan.notesFile,
        versionFiles: plan.versionFiles,
        staleVersions: plan.staleVersions ?? [],
        commitSha: applied.commitSha,
        pushed: applied.pushed,
        gates,
        commitTimes: plan.commitTimes,
        conventions: plan.conventions ?? null,
        ...(plan.components ? { components: plan.components } : {})
    };
}
const NOTHING = { commitSha: '', pushed: false };
/**
 * Publishing after the point of no return: a failure says plainly what is already made and what a
 * rerun finishes (it finds the tag at HEAD and resumes).
 */
async function finishAfterRelease(finish, plan, applied) {
    try {
        await finish?.(applied.commitSha);
    }
    catch (error) {
        // with components: every tag of the run (publishing converges release by release on a rerun)
        const tag = plan.components
            ? plan.components
                .filter(r => r.released)
                .map(r => r.tag)
                .join(', ') || plan.release.tag
            : plan.release.tag;
        const made = applied.pushed
            ? `${tag} ${tag.includes(', ') ? 'were' : 'was'} released and pushed to ${types/* REMOTE */.B} (commit ${applied.commitSha.slice(0, 12)} and tag${plan.components ? 's' : ''} ${tag})`
            : `${tag} was committed and tagged here (commit ${applied.commitSha.slice(0, 12)})${plan.push ? '' : ', not pushed (push: false)'}`;
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* ConfigurationError */.j1(`${made}, but publishing it failed: ${message.replace(/\.?$/, '.')} ` +
            (plan.waiting > 0
                ? // the tag is not at HEAD: a rerun releases the commits after it and never comes back to it
                    `${tag} tags ${applied.commitSha.slice(0, 12)}, not HEAD, so a rerun does not finish it (it releases the ${plan.waiting} commit(s) after it): fix that and publish ${tag} by hand (its notes are in ${plan.notesFile}).`
                : `Fix that and run again at this commit: the rerun finds ${tag} at HEAD, makes no new commit or tag, reports resumed: true and finishes publishing (the GitHub release is updated or created).`));
    }
}
/** A dry run: the notes file only, and publishing's report of what it would do. */
async function rehearse(plan, deps, finish, writeNotes) {
    if (writeNotes)
        deps.files.write(plan.notesFile, plan.release.notes);
    if (writeNotes)
        writeComponentNotes(plan, deps.files);
    if (plan.earlier !== 'tagged') {
        deps.log.info(writeNotes ? `Dry run: wrote ${plan.notesFile} only.` : 'Plan only: nothing was written.');
        if (plan.strategy === 'api')
            deps.log.info(`Dry run: ${plan.release.tag} would be committed and tagged through the GitHub API (no API call made).`);
    }
    await finish?.('');
}
/** Applies the plan by its strategy (completing what an earlier run left). */
async function apply(plan, deps, ready) {
    const local = { git: deps.git, files: deps.files, origin: deps.origin ?? null, log: deps.log };
    const api = { git: deps.git, files: deps.files, remote: deps.remote ?? null, log: deps.log };
    if (plan.components)
        return plan.strategy === 'api' ? applyComponentsApi(plan, deps.gitData, ready, api) : applyComponents(plan, local);
    if (plan.earlier === 'tagged')
        return plan.strategy === 'api' ? applyApiTagged(plan, deps.gitData, api) : applyTagged(plan, local);
    if (ready)
        return applyApi(plan, ready, api);
    return plan.strategy === 'tag' ? applyTag(plan, local) : applyLocal(plan, local);
}
async function runRelease(settings, deps) {
    // what origin knows of the release first (a dry run fetches nothing): never a version twice
    if (deps.remote && !settings.dryRun)
        await convergeWithOrigin(settings, { ...deps, remote: deps.remote });
    const plan = await (0,release_plan/* planRelease */.F3)(settings, { ...deps, remote: deps.remote ?? undefined });
    return applyPlan(plan, deps);
}
/**
 * Everything after the plan: checks, gates, apply, publish. A dry run applies nothing (publishing
 * reports what it would do); it writes the notes file unless `writeNotes` is false (the CLI's plan).
 */
async function applyPlan(plan, deps, { writeNotes = true } = {}) {
    if (!plan.dryRun && !writeNotes)
        throw new Error('only a dry run can leave the notes file unwritten');
    if (!plan.release.released)
        return { status: 'nothing', ...outcome(plan, NOTHING, null) };
    const from = plan.earlier === 'tagged' ? 'tag' : plan.earlier === 'committed' ? 'commit' : null;
    if (plan.earlier === 'tagged') {
        // the earlier run passed the gates: publishing, the notes and the push are what is left
        const finish = deps.publish ? await deps.publish(plan.release, plan.head, plan.components) : null;
        if (plan.dryRun) {
            await rehearse(plan, deps, finish, writeNotes);
            return { status: 'resumed', from: 'tag', ...outcome(plan, NOTHING, null) };
        }
        const applied = await apply(plan, deps, null);
        await finish?.(applied.commitSha);
        return { status: 'resumed', from: 'tag', ...outcome(plan, applied, null) };
    }
    // release_commit: api: what can fail is checked before anything is written (a dry run calls no API)
    const ready = plan.strategy === 'api' && !plan.dryRun ? await checkApi(plan, deps.gitData) : null;
    // the gates decide before anything is written; a dry run runs them too (a faithful rehearsal)
    const gates = deps.gates
        ? await deps.gates({ plan: plan.release, head: plan.head, branch: plan.gatesBranch, written: plan.written })
        : null;
    if (gates?.failed) {
        // an earlier run's edits (exactly this release's) go back to HEAD's bytes: a stopped release leaves
        // the tree as it found the commit, so the next run's clean_tree sees only what the user changed
        if (!plan.dryRun && plan.written.length > 0)
            restore(deps.files, plan.edits.filter(edit => plan.written.includes(edit.path)));
        return { status: 'stopped', ...outcome(plan, NOTHING, gates), gates };
    }
    const stray = (0,release_plan/* strayError */.WC)(plan);
    if (stray)
        throw stray;
    const finish = deps.publish ? await deps.publish(plan.release, plan.head, plan.components) : null;
    let applied = NOTHING;
    if (plan.dryRun)
        await rehearse(plan, deps, finish, writeNotes);
    else {
        applied = await apply(plan, deps, ready);
        await finishAfterRelease(finish, plan, applied);
    }
    const result = outcome(plan, applied, gates);
    return from ? { status: 'resumed', from, ...result } : { status: 'released', ...result };
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F3: () => (/* binding */ planRelease),
  xS: () => (/* binding */ strategyOf),
  WC: () => (/* binding */ strayError)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/release-pr/notes.ts
var notes = __webpack_require__(9011);
// EXTERNAL MODULE: ./src/core/text/tokens.ts
var tokens = __webpack_require__(36129);
// EXTERNAL MODULE: ./src/core/record/release-record.ts
var release_record = __webpack_require__(6632);
// EXTERNAL MODULE: ./src/usecases/gates/run.ts
var run = __webpack_require__(32454);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/commits/changes.ts + 2 modules
var commits_changes = __webpack_require__(33563);
// EXTERNAL MODULE: ./src/core/notes/conventions.ts + 1 modules
var notes_conventions = __webpack_require__(36623);
// EXTERNAL MODULE: ./src/core/versioning/version.ts
var version = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/usecases/release/conventions.ts
/**
 * The repository's notes convention for planning: its changelog read through the FileReader, the
 * commits of its newest release sections read between their tags, and the learning itself
 * (src/core/notes/conventions.ts, pure). Reads only; nothing when `notes_sections` is set.
 */




/** The convention of the repository's changelog, or null (none, `notes_sections` set, or too little evidence). */
async function readConventions(settings, git, files) {
    if (settings.notesSections !== null)
        return null;
    const file = settings.changelogFile ?? 'CHANGELOG.md';
    const text = files.read(file);
    if (!text || !text.trim())
        return null;
    const versions = (0,notes_conventions/* parseChangelog */.EY)(text)
        .slice(0, notes_conventions/* RECENT_SECTIONS */.tx)
        .map(release => release.version);
    // one section may be enough (a tool's default layout): the learning decides
    if (versions.length === 0)
        return null;
    const tags = (0,version/* releaseTags */.dt)(await git.tags(settings.tagPrefix), settings.tagPrefix).filter(tag => !tag.prerelease);
    // a heading's version is a stranger's text (`1.0.1.post1`, `v1.0.1: hotfix`): compared only when it is one
    const previousOf = (version) => tags
        .filter(each => semver_default().valid(version) !== null && semver_default().lt(each.version, version))
        .sort((a, b) => semver_default().rcompare(a.version, b.version))[0];
    // each section's release and the one before it (the first release's range, the whole history, is not read)
    const ranges = versions
        .map(version => ({ version, tag: tags.find(each => each.version === version), previous: previousOf(version) }))
        .filter((range) => !!range.tag && !!range.previous);
    const changes = new Map();
    if (ranges.length > 0) {
        // one log for every range: from the oldest range's start to the sections' tags
        const oldest = ranges.reduce((a, b) => (semver_default().lt(a.previous.version, b.previous.version) ? a : b)).previous;
        const parents = new Map();
        const changesOf = new Map();
        await git.log(oldest.sha, commit => {
            parents.set(commit.sha, commit.parents);
            const analyzed = (0,commits_changes/* analyzeCommit */.I)(commit);
            // a release commit (`chore(main): release 1.2.0`) is in no tool's changelog, nor in the notes
            changesOf.set(commit.sha, analyzed.merge || analyzed.skip || analyzed.namesVersion !== null ? [] : analyzed.changes);
        }, [...new Set(ranges.map(range => range.tag.sha))]);
        const reach = (start) => {
            const seen = new Set();
            const stack = [start];
            while (stack.length > 0) {
                const sha = stack.pop();
                if (seen.has(sha) || !parents.has(sha))
                    continue;
                seen.add(sha);
                stack.push(...parents.get(sha));
            }
            return seen;
        };
        for (const range of ranges) {
            const before = reach(range.previous.sha);
            const found = [...reach(range.tag.sha)].filter(sha => !before.has(sha)).flatMap(sha => changesOf.get(sha) ?? []);
            changes.set(range.version, found);
        }
    }
    const conventions = (0,notes_conventions/* learnConventions */.bC)(text, version => changes.get(version) ?? null);
    return conventions ? { file, conventions } : null;
}

// EXTERNAL MODULE: ./src/usecases/release/files.ts
var files = __webpack_require__(31217);
// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
// EXTERNAL MODULE: ./src/core/version-files/file-text.ts
var file_text = __webpack_require__(80328);
;// CONCATENATED MODULE: ./src/usecases/release/stale-versions.ts
/**
 * Never silent: a file that still holds the previous version in a version-like assignment
 * (`version = "1.2.0"`, `__version__ = '1.2.0'`, `"version": "1.2.0"`, `versionName = "1.2.0"`) and
 * that the release does not edit is named in a warning: the build may ship the old version.
 */




/** Folders never read: tools' caches, dependencies, build output. */
const SKIPPED_DIRS = new Set([
    'node_modules',
    'target',
    'dist',
    'build',
    'vendor',
    'venv',
    'env',
    '__pycache__',
    'site-packages',
    'Pods',
    'DerivedData',
    'coverage'
]);
/** Lock files list dependencies' versions (the project's own entry follows its manifest). */
const SKIPPED_FILES = new Set([
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'Cargo.lock',
    'uv.lock',
    'poetry.lock',
    'Pipfile.lock',
    'Package.resolved',
    'Gemfile.lock',
    'go.sum'
]);
const TEXT_FILE = /(?:\.(?:py|pyi|toml|cfg|ini|json|swift|gradle|kts|xml|ya?ml|properties|rs|ts|js|mjs|cjs|txt|h|go|rb|podspec|plist|cmake|nix)|^VERSION|^CMakeLists\.txt)$/;
const MAX_DEPTH = 4;
const MAX_FILES = 2_000;
const MAX_BYTES = 256 * 1024;
function stale_versions_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The files, up to MAX_DEPTH folders down, that may hold a version (no Markdown: docs name old versions). */
function candidates(files) {
    const found = [];
    const walk = (dir, depth) => {
        for (const entry of files.list(dir)) {
            if (found.length >= MAX_FILES)
                return;
            const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            if (entry.name.startsWith('.'))
                continue;
            if (entry.directory) {
                if (depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name))
                    walk(path, depth + 1);
            }
            else if (!SKIPPED_FILES.has(entry.name) && TEXT_FILE.test(entry.name))
                found.push(path);
        }
    };
    walk('.', 0);
    return found;
}
/**
 * The files (not edited, not the run's own) holding one of the `previous` versions (SemVer, or its
 * PEP 440 spelling) in a version-like assignment, each with the line's version.
 */
function staleVersionFiles(files, previous, skipped) {
    const spellings = [...new Set(previous.flatMap(version => [version, (0,ecosystem_versions/* pep440Version */.ul)(version) ?? version]))].filter(Boolean);
    if (spellings.length === 0)
        return [];
    const pattern = new RegExp(`(?:\\b[\\w.-]*version[\\w-]*|__version__)["']?\\s*(?::\\s*str\\s*)?[:=]\\s*["']?(${spellings.map(stale_versions_escape).join('|')})(?![\\w.+-])["']?`, 'i');
    const skip = new Set(skipped);
    const stale = [];
    for (const path of candidates(files)) {
        if (skip.has(path))
            continue;
        let bytes;
        try {
            bytes = files.bytes(path);
        }
        catch (error) {
            // a symlink out of the workspace is never read; it is not this scan's to refuse either
            if (error instanceof errors/* ConfinementError */.Dy)
                continue;
            throw error;
        }
        if (!bytes || bytes.length > MAX_BYTES || bytes.includes(0))
            continue;
        const match = pattern.exec((0,file_text/* decodeFile */.JG)(bytes).text);
        if (match)
            stale.push({ path, version: match[1] });
    }
    return stale;
}
/** The warnings of a release's plan: each file that still holds the previous version. */
function staleWarnings(settings, release, tree, files) {
    const previous = [release.previousVersion, ...tree.changes.map(change => change.from)].filter(version => version && !(0,ecosystem_versions/* isPlaceholderVersion */.Ug)(version));
    const skipped = [
        ...tree.edits.map(edit => edit.path),
        settings.releaseNotesFile,
        settings.rollbackRecord,
        ...(settings.changelogFile ? [settings.changelogFile] : [])
    ];
    return staleVersionFiles(files, previous, skipped).map(({ path, version }) => `Not updated: ${(0,release_record/* oneLine */.TN)(path)} still holds the previous version ${(0,release_record/* oneLine */.TN)(version)} in a version assignment, and the release of ${release.tag} does not edit it, so what reads it may ship ${(0,release_record/* oneLine */.TN)(version)}. ` +
        `List it in version_files to update it with each release; if it is not the project's version, ignore this warning.`);
}

// EXTERNAL MODULE: ./src/usecases/release/history.ts + 5 modules
var release_history = __webpack_require__(28112);
// EXTERNAL MODULE: ./src/usecases/release/scrub-plan.ts
var scrub_plan = __webpack_require__(42497);
// EXTERNAL MODULE: ./src/usecases/components/one.ts + 10 modules
var one = __webpack_require__(90030);
;// CONCATENATED MODULE: ./src/usecases/release/plan.ts
/**
 * The planning step of a release: history, configuration and the working tree in, a Plan out (the
 * decision and reasons, the notes, every file edit, the tags, how it is made, what an earlier run
 * left). Its ports can only read: it writes nothing, and reads origin only when given a remote reader.
 */











/** How the settings make a release. */
function strategyOf(settings) {
    return settings.releaseCommit === false ? 'tag' : settings.releaseCommit === 'api' ? 'api' : 'local';
}
/** Plans the release: reads only. */
async function planRelease(settings, deps) {
    const { git, log } = deps;
    // several packages from one repository: src/usecases/components/
    const components = settings.sections?.components;
    if (components)
        return (0,one/* planComponents */.W7)(settings, components, deps);
    const learned = await readConventions(settings, git, deps.files);
    const history = await (0,release_history/* readHistory */.L)(settings, {
        ...deps,
        sections: learned?.conventions.sections,
        handMadeSections: learned?.conventions.handMade
    });
    const { head, earlier } = history;
    // a release commit made earlier (a merged release pull request): its changelog section is what is
    // published, as a maintainer may have edited it there
    const release = (0,scrub_plan/* scrubReleaseTexts */.j)(earlier === 'committed' ? await publishedAsCommitted(settings, history, deps) : history.plan, deps.scrub);
    const strategy = strategyOf(settings);
    const base = {
        release,
        head,
        branch: null,
        gatesBranch: null,
        strategy,
        earlier,
        waiting: history.waiting,
        edits: [],
        versionFiles: [],
        written: [],
        stray: [],
        commitMessage: `chore(release): ${release.tag}`,
        tags: [],
        notesFile: settings.releaseNotesFile,
        dryRun: settings.dryRun,
        push: settings.push,
        commitTimes: history.commitTimes,
        gates: [],
        publish: null,
        conventions: learned
    };
    if (!release.released)
        return base;
    const branch = await git.branch();
    if (settings.push && !branch) {
        throw new errors/* ConfigurationError */.j1('push: true needs a branch, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main), or set push: false.');
    }
    const tags = [
        {
            name: release.tag,
            message: (deps.scrub ?? tokens/* scrubTokens */.U)((0,release_record/* formatTagMessage */.vn)(release.notes, release.tagMeta)),
            on: strategy === 'tag' || earlier !== 'none' ? 'head' : 'release commit'
        }
    ];
    const publish = {
        githubRelease: settings.createRelease ?? false,
        assets: settings.assets ?? [],
        artifact: settings.uploadArtifact ?? false
    };
    const planned = {
        ...base,
        branch,
        gatesBranch: branch || deps.env.refName || null,
        tags,
        // an earlier run that tagged HEAD passed the gates
        gates: earlier === 'tagged'
            ? []
            : (0,run/* selectGates */.nE)(settings.gates ?? null, (await (0,run/* loadGatesConfig */.jz)({ gatesConfig: settings.gatesConfig ?? '', sections: settings.sections }, deps.files)).config),
        publish: publish.githubRelease || publish.assets.length > 0 || publish.artifact ? publish : null
    };
    // the tag of an earlier run, or its release commit: nothing left to edit
    if (earlier !== 'none' || strategy === 'tag') {
        if (earlier === 'none')
            log.info(`release_commit: false: no version files or changelog; ${release.tag} goes on HEAD.`);
        return planned;
    }
    const tree = await (0,files/* checkWorkingTree */.Sx)(settings, release, git, deps.files);
    // the old version is a file's text (a pull request's, in a preview): one line, never a workflow command
    for (const change of tree.changes)
        log.info(`${change.path}: ${(0,release_record/* oneLine */.TN)(change.from)} → ${change.to}`);
    const stale = staleWarnings(settings, release, tree, deps.files);
    stale.forEach(warning => log.warning(warning));
    if (tree.written.length > 0)
        log.info(`${tree.written.join(', ')} already hold${tree.written.length === 1 ? 's' : ''} the edits of ${release.tag} from an earlier run that stopped before its commit: completing them.`);
    return {
        ...planned,
        edits: tree.edits,
        versionFiles: tree.changes,
        written: tree.written,
        stray: tree.stray,
        staleVersions: stale
    };
}
/**
 * The notes of a release commit made earlier: the entries its changelog section holds. At HEAD the
 * working tree's; a release commit other commits followed: its own (a later commit rewriting the
 * section is not what that tag releases).
 */
async function publishedAsCommitted(settings, history, deps) {
    const { plan: release, head, waiting } = history;
    const file = settings.changelogFile;
    const changelog = !file ? null : waiting > 0 ? await deps.git.show(head, file) : deps.files.read(file);
    const entries = changelog === null ? null : (0,notes/* changelogEntries */.ve)(changelog, release.version);
    return entries ? (0,notes/* withEntries */.bA)(release, entries) : release;
}
/** The refusal of uncommitted changes in files the release rewrites (after the gates have reported). */
function strayError(plan) {
    const { stray } = plan;
    if (stray.length === 0)
        return null;
    return new errors/* ConfigurationError */.j1(`Uncommitted changes in ${stray.join(', ')}, which the release of ${plan.release.tag} rewrites and commits: the release would commit them too. ` +
        `Commit them first, or discard them (git checkout -- ${stray.join(' ')}; a new file: delete it), then run again. Nothing was changed.`);
}


/***/ }),

/***/ 42497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ scrubReleaseTexts)
/* harmony export */ });
/* harmony import */ var _core_text_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36129);
/**
 * The texts of a release that come from commit messages (the notes, the changelog section, the
 * reason), with the run's secrets and token-shaped text taken out where they are made: every path
 * that carries them (the local commit, the Git Data API, the tag, the GitHub release, the notes
 * file, the outputs) inherits the scrubbed text.
 */

/** The plan's commit-made texts scrubbed; `scrub` absent: token-shaped text only. */
function scrubReleaseTexts(plan, scrub = _core_text_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubTokens */ .U) {
    return {
        ...plan,
        reason: scrub(plan.reason),
        notes: scrub(plan.notes),
        changelogSection: scrub(plan.changelogSection)
    };
}


/***/ }),

/***/ 27891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ REMOTE)
/* harmony export */ });
const REMOTE = 'origin';


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** This action's own version (kept in step with package.json by the release). */
const TOOL_VERSION = '0.1.0';


/***/ })

};
