export const id = 164;
export const ids = [164];
export const modules = {

/***/ 59414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ conventionsPart),
/* harmony export */   So: () => (/* binding */ shiftHeadings),
/* harmony export */   bf: () => (/* binding */ filesPart)
/* harmony export */ });
/* harmony import */ var _conventions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36623);
/* harmony import */ var _text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74048);
/**
 * Parts of the release summary: the notes as they will be published (their headings moved one
 * level down so that the page's outline has no skipped or inverted level), what was learned of the
 * repository's notes convention, and the files the release writes.
 */


/**
 * Moves every ATX heading outside fenced code `by` levels down (at most to level 6):
 * the notes' `## What's Changed` becomes a `###` under the summary's `##` verdict.
 */
function shiftHeadings(markdown, by) {
    let fence = null;
    return markdown
        .split('\n')
        .map(line => {
        const open = /^\s*(`{3,}|~{3,})/.exec(line);
        if (open) {
            if (fence === null)
                fence = open[1][0];
            else if (open[1][0] === fence)
                fence = null;
            return line;
        }
        if (fence !== null)
            return line;
        return line.replace(/^(\s*)(#{1,6})(?=[ \t]|$)/, (_all, lead, marks) => {
            return `${lead}${'#'.repeat(Math.min(6, marks.length + by))}`;
        });
    })
        .join('\n');
}
/** What the notes followed: the sections learned from the repository's changelog, or the defaults. */
function conventionsPart(learned) {
    if (!learned)
        return [];
    return [...(0,_conventions_js__WEBPACK_IMPORTED_MODULE_0__/* .describeConventions */ .Yp)(learned.conventions, learned.file), ''];
}
/** The files section: what the release changed (or would change) and where the notes are. */
function filesPart(input) {
    const verb = input.dryRun ? 'would change' : 'changed';
    const lines = ['### Files', ''];
    for (const file of input.versionFiles)
        lines.push(`- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(file.path)}: ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(file.from)} → ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(file.to)} (${verb})`);
    if (input.changelogFile)
        lines.push(`- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.changelogFile)}: new section at the top (${verb})`);
    lines.push(input.notesWritten
        ? `- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.notesFile)}: the notes above (written, not committed)`
        : `- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.notesFile)}: not written (plan only)`);
    if (input.commitSha)
        lines.push(`- Release commit \`${input.commitSha}\`${input.pushed ? ', pushed with its tag' : ', not pushed (push: false)'}`);
    lines.push('');
    return lines;
}


/***/ }),

/***/ 65157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Oc: () => (/* binding */ renderNotifySummary),
/* harmony export */   Oq: () => (/* binding */ renderPublishSummary),
/* harmony export */   ZP: () => (/* binding */ renderRollbackSummary),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT, renderGates */
/* harmony import */ var _text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74048);
/* harmony import */ var _summary_parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59414);


/** GitHub refuses job summaries over 1 MiB; stay well below. */
const SUMMARY_LIMIT = 900 * 1024;
const DRIVER_ROWS = 50;
/** Cuts text at a line boundary below `limit` bytes, closing an open code fence. */
function truncateMarkdown(text, limit, note) {
    if (Buffer.byteLength(text) <= limit)
        return text;
    let cut = text.slice(0, limit);
    while (Buffer.byteLength(cut) > limit)
        cut = cut.slice(0, Math.floor(cut.length * 0.9));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    const fences = (cut.match(/^\s*(```|~~~)/gm) ?? []).length;
    return `${cut}${fences % 2 === 1 ? '\n```' : ''}\n\n${note}\n`;
}
const STATUS_ICON = { pass: '✅ pass', fail: '❌ fail', skipped: '⏭️ skipped' };
/** The gates table, the skipped-gates note and the rollback triggers. */
function renderGates(report) {
    const lines = [`### Release gates${report.configFile ? ` (${report.configFile})` : ''}`, ''];
    if (report.results.length === 0)
        lines.push('No gates ran (gates: none).');
    else {
        lines.push('| Gate | Result | Why |', '| --- | --- | --- |');
        for (const gate of report.results)
            lines.push(`| ${gate.gate} | ${STATUS_ICON[gate.status]} | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(gate.reason)} |`);
        for (const gate of report.results.filter(g => g.status === 'fail' && g.details.length > 0)) {
            lines.push('', `<details><summary>${gate.gate}: details</summary>`, '', '```', ...gate.details.map(d => d.replace(/```/g, "'''")), '```', '', '</details>');
        }
    }
    if (report.skipSlowTests) {
        const skipped = report.results
            .filter(g => g.status === 'skipped' && /severity: critical/.test(g.reason))
            .map(g => g.gate);
        lines.push('', `> severity: critical — slow gates skipped${skipped.length > 0 ? ` (${skipped.join(', ')})` : ''}; SKIP_SLOW_TESTS=true is set for later steps.`);
    }
    if (report.rollbackTriggers.length > 0) {
        lines.push('', `Automatic rollback triggers (watched after the release): ${report.rollbackTriggers.map(t => `${t.name} ${t.condition}`).join(', ')}.`);
    }
    return lines.join('\n');
}
/** The verdict: what happened (released, would release, stopped, nothing), the version and why. */
function verdict(input) {
    const { plan } = input;
    const lines = [];
    if (!plan.released)
        return ['## No release', '', `No new version: ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(plan.reason)}.`, ''];
    const from = plan.previousTag ? ` (from ${plan.previousTag}, ${plan.bump})` : ' (first release)';
    if (input.stoppedByGates)
        lines.push(`## ⛔ Stopped: ${plan.tag} was not released`, '', '> [!CAUTION]', '> **Stopped by the release gates**: nothing was changed. Fix what failed below and run again.', '');
    else if (plan.hotfix)
        lines.push(`## 🚑 ${input.dryRun ? 'Would release hotfix' : 'Hotfix'} ${plan.tag} (severity: ${input.severity}, patch of ${plan.previousTag})`, '');
    else
        lines.push(`## 🚀 ${input.dryRun ? 'Would release' : 'Released'} ${plan.tag}${from}`, '');
    if (input.dryRun && !input.stoppedByGates)
        lines.push('> [!NOTE]', '> **Dry run**: nothing was changed in the repository. This is the release that would be made.', '');
    if (input.resumed)
        lines.push(`${plan.tag} was already tagged at HEAD by an earlier run; this run completed it.`, '');
    lines.push(`**Why:** ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(plan.reason)}`, '', `Commits read: ${plan.commitCount}. Severity: ${input.severity || 'not set'}.`, '');
    return lines;
}
/** The commits that drove the version, folded. */
function drivers(plan) {
    const list = plan.decision.drivers;
    if (list.length === 0)
        return [];
    const lines = [
        `<details><summary>Commits that drove the version (${list.length})</summary>`,
        '',
        '| Commit | Effect | Type | Scope | Subject |',
        '| --- | --- | --- | --- | --- |'
    ];
    for (const driver of list.slice(0, DRIVER_ROWS)) {
        const { change } = driver;
        lines.push(`| \`${change.sha.slice(0, 7)}\` | ${driver.level} (${driver.why}) | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(change.type ?? '')} | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(change.scope ?? '')} | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(change.subject)} |`);
    }
    if (list.length > DRIVER_ROWS)
        lines.push('', `…and ${list.length - DRIVER_ROWS} more.`);
    lines.push('', '</details>', '');
    return lines;
}
/**
 * The release's job summary, most important first: the verdict (with the version and why), the
 * notes as they will be published, the gates, the files. Publishing, notifications and (when asked)
 * the metrics follow it. Headings: `##` verdict, `###` parts, the notes' own headings one level down.
 */
function renderSummary(input) {
    const { plan } = input;
    const head = [...verdict(input), ...drivers(plan)].join('\n');
    const after = [];
    if (input.gates)
        after.push(renderGates(input.gates), '');
    if (plan.released && !input.stoppedByGates)
        after.push(...(0,_summary_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .filesPart */ .bf)({
            dryRun: input.dryRun,
            notesWritten: input.notesWritten ?? true,
            notesFile: input.notesFile,
            versionFiles: input.versionFiles ?? [],
            changelogFile: input.changelogFile ?? null,
            commitSha: input.commitSha,
            pushed: input.pushed
        }));
    for (const warning of plan.released ? (input.staleVersions ?? []) : [])
        after.push('> [!WARNING]', `> ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(warning)}`, '');
    const tail = after.join('\n');
    if (!plan.released)
        return `${head}\n${tail}`;
    const learned = (0,_summary_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .conventionsPart */ .Ol)(input.conventions).join('\n');
    const room = SUMMARY_LIMIT - Buffer.byteLength(head) - Buffer.byteLength(tail) - Buffer.byteLength(learned) - 200;
    // only what can fit is shifted (room + 1 characters are over room bytes: the cut note follows)
    const notes = truncateMarkdown((0,_summary_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .shiftHeadings */ .So)(plan.notes.length > room ? plan.notes.slice(0, Math.max(0, room + 1)) : plan.notes, 1), room, `_Notes cut here to fit the job summary; the whole text is in ${input.notesFile}._`);
    return `${head}\n${notes.trimEnd()}\n\n${learned ? `${learned}\n` : ''}${tail}`;
}
function renderRollbackSummary(input) {
    const lines = [];
    if (input.dryRun)
        lines.push('> [!NOTE]', '> **Dry run**: nothing was changed. These are the steps a rollback would take.', '');
    lines.push(`## ⏪ ${input.dryRun ? 'Would roll back' : 'Rolled back'} ${input.tag}`, '');
    lines.push(`Users are back on **${input.restoredVersion || 'no release'}**. Reason: ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(input.reason || '(none given)')}`, '');
    lines.push('| Step | Status | Detail |', '| --- | --- | --- |');
    for (const step of input.steps)
        lines.push(`| ${step.step} | ${step.status} | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(step.detail)} |`);
    lines.push('', '### Manual steps', '', ...input.manual.map(text => `- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(text)}`), '');
    return lines.join('\n');
}
function renderPublishSummary(input) {
    const lines = ['### Publishing', ''];
    const { release } = input;
    if (input.releaseUrl)
        lines.push(`GitHub release: [${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(release.title)}](${input.releaseUrl})${release.draft ? ' (draft)' : ''}${release.prerelease ? ' (prerelease)' : ''}, latest: ${release.makeLatest}`, '');
    else if (input.dryRun)
        lines.push(`Dry run: the GitHub release "${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(release.title)}" would be created or updated (prerelease: ${release.prerelease}, latest: ${release.makeLatest}).`, '');
    lines.push('| Asset | Size | SHA-256 |', '| --- | ---: | --- |');
    const rows = input.uploaded && input.uploaded.length > 0 ? input.uploaded : input.assets;
    for (const asset of rows)
        lines.push(`| ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(asset.name)} | ${asset.size.toLocaleString('en-US')} B | \`${asset.sha256.slice(0, 16)}…\` |`);
    // SHA256SUMS is uploaded beside the assets: a dry run lists it too (its own hash is known once uploaded)
    if (input.dryRun && input.checksums !== undefined && !rows.some(asset => asset.name === 'SHA256SUMS'))
        lines.push(`| SHA256SUMS | ${Buffer.byteLength(input.checksums).toLocaleString('en-US')} B | (the hashes of the assets above) |`);
    lines.push('', `Checksums: ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.checksumsPath)}${input.sbomPath ? `; SBOM (SPDX 2.3): ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.sbomPath)}` : ''}.`, '');
    if (input.expected.length > 0) {
        lines.push('| Expected asset | Found |', '| --- | --- |');
        for (const asset of input.expected)
            lines.push(`| ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(asset.name)} | ${asset.found ? '✅' : '❌ missing'} |`);
        lines.push('');
    }
    for (const warning of input.warnings)
        lines.push(`> ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(warning)}`);
    return lines.join('\n');
}
function renderNotifySummary(input) {
    const active = input.services.filter(service => service.status !== 'off');
    if (active.length === 0)
        return '';
    const lines = ['### Notifications', '', '| Service | Status | Detail |', '| --- | --- | --- |'];
    for (const service of active)
        lines.push(`| ${service.name} | ${service.status} | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(service.detail)} |`);
    if (input.jiraIssues.length > 0) {
        lines.push('', '| JIRA issue | Result | Detail |', '| --- | --- | --- |');
        for (const issue of input.jiraIssues)
            lines.push(`| ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(issue.key)} | ${issue.status} | ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(issue.detail)} |`);
    }
    if (input.dryRun) {
        for (const service of active.filter(s => s.payload !== undefined)) {
            const json = (0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeBlock */ .jQ)(JSON.stringify(service.payload, null, 2).replace(/`{3}/g, "'''"));
            lines.push('', `<details><summary>${service.name}: the payload that would be sent</summary>`, '', '```json', json, '```', '', '</details>');
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 39164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getSettings: () => (/* binding */ getSettings),
  run: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ./src/adapters/runner.ts
var runner_namespaceObject = {};
__webpack_require__.r(runner_namespaceObject);
__webpack_require__.d(runner_namespaceObject, {
  annotate: () => (annotate),
  appendSummary: () => (appendSummary),
  debug: () => (debug),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getInput: () => (getInput),
  group: () => (group),
  info: () => (info),
  issueCommand: () => (issueCommand),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/runner.ts
/**
 * The runner's side of the action: inputs, workflow commands on stdout (masks, annotations, groups,
 * debug), the GITHUB_OUTPUT and GITHUB_ENV files and the job summary, written as @actions/core 3
 * writes them. The toolkit's package is not loaded for this: its entry imports its OIDC client and
 * with it undici (930 KB of bundle, a third of a dry run's CPU), which no mode uses.
 *
 * Every message goes through the toolkit's escaping (% CR LF in the data; also : and , in a
 * property): a text can't end its command early nor start another one.
 */




function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command key=value,…::message` on stdout; properties without a value are left out (a command
 * given properties keeps the space after its name, as the toolkit's does).
 */
function issueCommand(command, properties, message) {
    const keys = Object.keys(properties);
    const given = keys.filter(key => properties[key] !== undefined && properties[key] !== '' && properties[key] !== 0);
    const props = given.map(key => `${key}=${escapeProperty(String(properties[key]))}`).join(',');
    process.stdout.write(`::${command}${keys.length > 0 ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** An input as the runner passes it (INPUT_NAME), trimmed; '' when not given. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(level, message, properties = {}) {
    const given = Object.keys(properties).length > 0;
    issueCommand(level, given ? { title: properties.title, file: properties.file, line: properties.startLine } : {}, message);
}
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** `key<<delimiter` … `delimiter` into the runner's file GITHUB_{OUTPUT,ENV}, with a delimiter the value can't hold. */
function fileCommand(kind, key, value) {
    const file = process.env[`GITHUB_${kind}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${kind}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return fileCommand('OUTPUT', name, value);
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
function exportVariable(name, value) {
    process.env[name] = value;
    if (process.env.GITHUB_ENV)
        return fileCommand('ENV', name, value);
    issueCommand('set-env', { name }, value);
}
function setFailed(message) {
    process.exitCode = 1;
    annotate('error', message);
}
/** Appends to the job summary (GITHUB_STEP_SUMMARY), which must exist and be writable. */
async function appendSummary(text) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(file, text, { encoding: 'utf8' });
}
const error = (message, properties) => annotate('error', message, properties);
const warning = (message, properties) => annotate('warning', message, properties);
const notice = (message, properties) => annotate('notice', message, properties);

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text/secrets.ts
var text_secrets = __webpack_require__(29422);
// EXTERNAL MODULE: ./src/core/config/settings.ts + 1 modules
var settings = __webpack_require__(2748);
;// CONCATENATED MODULE: ./src/adapters/artifact.ts
/** @actions/artifact, loaded only when an upload happens (its start-up is not free). */
const actionsArtifact = {
    async upload(name, files, rootDirectory) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(780), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 7233));
        const client = new DefaultArtifactClient();
        return client.uploadArtifact(name, files, rootDirectory, { retentionDays: 90 });
    }
};

// EXTERNAL MODULE: ./src/compose.ts + 25 modules
var compose = __webpack_require__(44885);
// EXTERNAL MODULE: ./src/usecases/outputs.ts
var outputs = __webpack_require__(33110);
;// CONCATENATED MODULE: ./src/main.ts
// the runner's commands and files, as @actions/core writes them, without loading it (adapters/runner.ts)








/** The raw inputs: undefined when an input was not given at all. */
function inputReader(env) {
    return name => {
        const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
        return env[key] === undefined ? undefined : getInput(name);
    };
}
/** Reads every input once into the typed settings, without the configuration file. */
function getSettings(env = process.env) {
    return (0,settings/* parseSettings */.P$)(inputReader(env));
}
/**
 * The run's secrets, read before anything else: each part is masked by the runner in the log, and
 * the scrubber takes them out of what the runner does not mask (the job summary, outputs, files).
 */
function secretsScrubber(env) {
    const secrets = (0,settings/* secretInputs */._y)(inputReader(env), env.GITHUB_TOKEN);
    for (const { value, user } of secrets)
        for (const part of (0,text_secrets/* secretParts */.Bm)(value, user))
            setSecret(part);
    return (0,text_secrets/* scrubberFor */.uS)(secrets);
}
function actionsLogger(scrub) {
    return {
        info: message => info(scrub(message)),
        warning: message => warning(scrub(message)),
        group: (name, fn) => group(scrub(name), fn)
    };
}
/**
 * Where the action works: the current directory when it lies in GITHUB_WORKSPACE (a checkout into a
 * subfolder), else GITHUB_WORKSPACE (a runner such as @github/local-action starts elsewhere).
 */
function runDirectory(env) {
    const here = process.cwd();
    const workspace = env.GITHUB_WORKSPACE;
    if (!workspace)
        return here;
    const relative = external_node_path_.relative(external_node_path_.resolve(workspace), here);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative)) ? here : workspace;
}
/** A failure's own words: a user error's advice, else the error's message (no "Unexpected error": the step names what to do). */
function failureText(error) {
    const described = (0,errors/* describeFailure */.Ic)(error);
    const text = described.userError ? described.message : error instanceof Error ? error.message : String(error);
    return text.replace(/\.?$/, '.');
}
/** What the runner keeps of a run: outputs (GITHUB_OUTPUT), variables (GITHUB_ENV), annotations, the job summary. */
async function report(result, env, scrub) {
    for (const [name, value] of Object.entries(result.outputs))
        setOutput(name, scrub(value));
    for (const [name, value] of Object.entries(result.variables))
        exportVariable(name, scrub(value));
    for (const { level, message, title, file, line } of result.annotations)
        runner_namespaceObject[level](scrub(message), { title: title && scrub(title), file, startLine: line });
    if (env.GITHUB_STEP_SUMMARY && result.summary)
        await appendSummary(scrub(result.summary));
}
/**
 * The action: inputs → settings → the mode's handler → outputs, variables, annotations, summary.
 * `options`: how the GitHub clients retry and space their calls, how the HTTP client waits before a
 * retry (tests against local servers wait for nothing; the action itself runs with the defaults).
 */
async function run(env = process.env, cwd = runDirectory(env), options = {}) {
    let scrub = text => text;
    try {
        scrub = secretsScrubber(env);
        const loaded = await (0,compose/* loadSettings */.M5)(inputReader(env), cwd);
        const { settings } = loaded;
        info(`mode=${settings.mode} bump=${settings.bump} dry_run=${settings.dryRun} severity=${settings.severity || '(none)'} push=${settings.push}`);
        const result = await (0,compose/* runMode */.rt)(settings, cwd, env, { log: actionsLogger(scrub), artifact: actionsArtifact, scrub, github: options.github, sleep: options.sleep }, loaded);
        await report(result, env, scrub).catch((error) => {
            // past the point of no return: the failure names what was made and the rerun that finishes it
            const made = (0,outputs/* madeByRun */.MK)(result.outputs);
            if (!made)
                throw error;
            throw new errors/* ConfigurationError */.j1(`${made.made}, but writing the step's outputs, variables or summary failed: ${failureText(error)} ${made.rerun}`);
        });
        if (result.failure)
            throw new errors/* ConfigurationError */.j1(result.failure);
        info(scrub(result.message));
    }
    catch (error) {
        const failure = (0,errors/* describeFailure */.Ic)(error);
        if (failure.stack)
            debug(scrub(failure.stack));
        setFailed(scrub(failure.message));
    }
}


/***/ }),

/***/ 33110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ gatesJson),
/* harmony export */   MK: () => (/* binding */ madeByRun),
/* harmony export */   Yz: () => (/* binding */ outputsOf)
/* harmony export */ });
/* harmony import */ var _core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50964);
/* harmony import */ var _core_notes_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65157);


/** The `gates` output: the gates run, each with its status, reason and details. */
function gatesJson(report) {
    return JSON.stringify(report.results.map(({ gate, status, reason, details }) => ({ gate, status, reason, details })));
}
/** GitHub limits one output to 1 MB. */
const OUTPUT_LIMIT = 900 * 1024;
/** The outputs of a run, the same for the action and the CLI's --json. */
function outputsOf(result, severity) {
    const { plan } = result;
    return {
        released: String(plan.released),
        new_version: plan.version,
        previous_version: plan.previousVersion,
        tag: plan.tag,
        previous_tag: plan.previousTag,
        bump: plan.bump,
        reason: plan.reason,
        release_notes: plan.released ? result.notesFile : '',
        notes: (0,_core_notes_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(plan.notes, OUTPUT_LIMIT, `_Cut to fit an output; the whole text is in ${result.notesFile}._`),
        commit_sha: result.commitSha,
        dry_run: String(result.dryRun),
        pushed: String(result.pushed),
        resumed: String(result.status === 'resumed'),
        severity,
        hotfix: String(plan.hotfix),
        version_files: result.versionFiles.map(file => file.path).join('\n'),
        pep440_version: plan.released ? ((0,_core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .pep440Version */ .ul)(plan.version) ?? '') : '',
        docker_version: plan.released ? (0,_core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerTag */ .TU)(plan.version) : '',
        gates: result.gates ? gatesJson(result.gates) : ''
    };
}
/**
 * What a run made that a failure after it can't undo (the point of no return), read from its outputs:
 * a release pushed or committed, a rollback, a published GitHub release. Null: nothing was made (a
 * dry run, no release), so a failure is an ordinary one. `rerun` says how a rerun finishes the step.
 */
function madeByRun(outputs) {
    if (outputs.dry_run === 'true')
        return null;
    if (outputs.rolled_back_version)
        return {
            made: `${outputs.rolled_back_version} was rolled back (users are back on ${outputs.restored_version || 'no release'})`,
            rerun: `Fix that and run the rollback of ${outputs.rolled_back_version} again: each step it finished reports "already done", and the rerun writes the outputs again.`
        };
    if (outputs.released === 'true' && outputs.commit_sha && outputs.tag)
        return {
            made: `${outputs.tag} (version ${outputs.new_version}) was released: commit ${outputs.commit_sha.slice(0, 12)} and tag ${outputs.tag}${outputs.pushed === 'true' ? ', pushed to origin' : ', not pushed'}${outputs.release_url ? `, GitHub release ${outputs.release_url}` : ''}`,
            rerun: `Fix that and run the job again at this commit: the rerun finds ${outputs.tag} at HEAD, makes no new commit or tag, reports resumed: true and writes the outputs, variables and summary.`
        };
    if (outputs.release_url && outputs.tag)
        return {
            made: `the GitHub release of ${outputs.tag} was published (${outputs.release_url})`,
            rerun: `Fix that and publish ${outputs.tag} again: the rerun updates the release, replaces its assets and writes the outputs.`
        };
    return null;
}


/***/ })

};
