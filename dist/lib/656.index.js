export const id = 656;
export const ids = [656];
export const modules = {

/***/ 20656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aU: () => (/* binding */ draftGuide),
/* harmony export */   guideState: () => (/* binding */ guideState)
/* harmony export */ });
/* unused harmony exports bodyHash, markerLine */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74048);
/**
 * The migration guide of a major release, drafted from the breaking changes' own texts (the
 * `BREAKING CHANGE:` footers, or the subject of a `!` header), each with its commit and pull request.
 *
 * A draft is a starting point, not a guide: its first line is a hidden marker holding the sha256 of
 * what was generated. While the file still hashes the same, nobody has edited it, and the
 * docs_updated gate refuses it. An existing guide (hand-written, an edited draft, an older draft) is
 * extended: the breaking changes whose commit it does not mention yet are appended, nothing a person
 * wrote is changed, and a second run adds nothing.
 */


/** The marker's text before the hash; found only on the first line of the file (after a front matter block). */
const MARKER_START = '<!-- release-action:migration-guide-draft sha256=';
const MARKER = /^<!-- release-action:migration-guide-draft sha256=([0-9a-f]{64})\b.*-->$/;
const MARKER_END = ' : generated from the breaking changes. Edit this guide for your users; the docs_updated release gate refuses it while it is this draft untouched (delete this line to keep the text as it is). -->';
/** A pull request number at the end of a header: `feat!: drop x (#123)`. */
const PULL_REQUEST = /\(#(\d+)\)$/;
/**
 * The text without a trailing `(#123)`, and the number. Whitespace is trimmed by hand: a `\s*` before
 * the parenthesis would make the search quadratic in a subject of many spaces.
 */
function pullRequestOf(text) {
    const trimmed = text.trimEnd();
    const match = PULL_REQUEST.exec(trimmed);
    return match ? { number: match[1], rest: trimmed.slice(0, match.index).trimEnd() } : { number: null, rest: text };
}
/** A run of hex digits that may name a commit (a short or full sha). */
const SHA_WORD = /\b[0-9a-f]{7,40}\b/gi;
function normalized(text) {
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
/** The first line and the rest of a text, with the line ending between them. */
function firstLine(text) {
    const end = text.indexOf('\n');
    if (end < 0)
        return { line: text.replace(/\r$/, ''), rest: '' };
    return { line: text.slice(0, end).replace(/\r$/, ''), rest: text.slice(end + 1) };
}
/**
 * The sha256 of a guide's words: its body (the text after the marker line) as the runs of letters
 * and digits it holds, one space between them. Only a change of words is an edit: line endings, a
 * byte-order mark, blank lines, trailing spaces and the Markdown punctuation a formatter rewrites
 * (Prettier's `-` bullets, `_emphasis_`, a blank line after the marker) hash the same.
 */
function bodyHash(body) {
    const words = (body.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(words, 'utf8').digest('hex');
}
function markerLine(hash) {
    return `${MARKER_START}${hash}${MARKER_END}`;
}
/** The hash a guide's first line holds, or null when it does not start with the marker. */
function markedHash(text) {
    const content = text.replace(/^\uFEFF/, '');
    const { line, rest } = firstLine(content.slice(frontMatter(content).length));
    const match = MARKER.exec(line);
    return match ? { hash: match[1], body: rest } : null;
}
/**
 * A YAML front matter block at the very top (`---` … `---`, as Docusaurus, Jekyll and Hugo read it):
 * it must stay first, so the marker is the first line after it.
 */
function frontMatter(content) {
    return /^---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*(?:\r?\n|$)/.exec(content)?.[0] ?? '';
}
function guideState(text) {
    if (text === null || normalized(text).trim() === '')
        return 'missing';
    const marked = markedHash(text);
    return marked && marked.hash === bodyHash(marked.body) ? 'draft' : 'edited';
}
/** Whether the text names the commit: its full sha, or a prefix of 7 or more hex digits as a word. */
function mentions(words, sha) {
    const lower = sha.toLowerCase();
    for (const word of words)
        if (lower.startsWith(word))
            return true;
    return false;
}
function shaWords(text) {
    return new Set((text.match(SHA_WORD) ?? []).map(word => word.toLowerCase()));
}
/** A heading's text: inline-safe, a trailing `#` run kept as text (not read as a closing sequence). */
function headingText(text) {
    const safe = (0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(text.trim()).replace(/(^|\s)(#+)\s*$/, '$1\\$2');
    return safe || 'Breaking change';
}
/**
 * Multi-line text of a commit: Markdown made inert (sanitizeBlock), and a prose line that starts
 * with `::` escaped (`\::` renders as `::`), so printing the file in a workflow step runs no command.
 */
function blockText(text) {
    let fence = null;
    return (0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeBlock */ .jQ)(text)
        .split('\n')
        .map(line => {
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            // CommonMark's closing fence, as sanitizeBlock finds it: one character only, nothing after it
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
}
function commitLink(sha, repoUrl) {
    const short = sha.slice(0, 7);
    return repoUrl ? `[${short}](${repoUrl}/commit/${sha})` : `\`${short}\``;
}
function pullLink(number, repoUrl) {
    return repoUrl ? `[#${number}](${repoUrl}/pull/${number})` : `#${number}`;
}
/** One breaking change's section: heading, its commit and pull request, and its migration text. */
function renderEntry(change, repoUrl) {
    const { number: fromSubject, rest: subject } = pullRequestOf(change.subject);
    const pull = pullRequestOf(change.header).number ?? fromSubject;
    const heading = headingText(change.scope ? `${change.scope}: ${subject}` : subject);
    const source = `Commit ${commitLink(change.sha, repoUrl)}${pull ? `, pull request ${pullLink(pull, repoUrl)}` : ''}.`;
    const notes = change.breakingNotes.map(note => note.trim()).filter(Boolean);
    const saysMore = notes.some(note => note !== change.subject.trim() && note !== subject.trim());
    const body = saysMore
        ? blockText(notes.join('\n\n'))
        : '_The commit says no more than its subject: describe what users must change, with an example._';
    return { heading, text: [`## ${heading}`, '', source, '', body].join('\n') };
}
/** The breaking changes of the input, oldest first. */
function breakingChanges(input) {
    return input.changes.filter(change => change.breaking);
}
function newGuideBody(input, entries) {
    const since = input.previousTag ? ` since ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(input.previousTag)}` : '';
    const intro = entries.length > 0
        ? `What changes for you in ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(input.title)} (${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(input.version)}): the breaking changes${since}, each with the commit that made it.`
        : `No commit${since} is marked as a breaking change (\`!\` or a \`BREAKING CHANGE:\` footer), yet ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(input.version)} is a major release: describe what users must change.`;
    return [`# Migrating to ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(input.title)}`, '', intro, ...entries.flatMap(entry => ['', entry])].join('\n');
}
/**
 * The guide with this release's breaking changes: a new draft when `existing` is null or empty;
 * else the existing text with the changes it does not mention yet (by sha) appended in its line
 * ending, and the marker set to the new text's hash (added ones are a draft again until edited).
 * Nothing to add: the text is returned unchanged.
 */
function draftGuide(existing, input, eol = '\n') {
    const changes = breakingChanges(input);
    if (existing === null || normalized(existing).trim() === '') {
        const rendered = changes.map(change => ({ change, ...renderEntry(change, input.repoUrl) }));
        const body = `${newGuideBody(input, rendered.map(entry => entry.text))}\n`;
        const text = `${markerLine(bodyHash(body))}\n${body}`.replace(/\n/g, eol);
        return { text, added: rendered.map(({ change, heading }) => ({ sha: change.sha, heading })), created: true };
    }
    const words = shaWords(existing);
    const missing = changes.filter(change => !mentions(words, change.sha));
    if (missing.length === 0)
        return { text: existing, added: [], created: false };
    const rendered = missing.map(change => ({ change, ...renderEntry(change, input.repoUrl) }));
    const marked = markedHash(existing);
    const bom = existing.startsWith('\uFEFF') ? '\uFEFF' : '';
    const front = frontMatter(existing.slice(bom.length));
    const rest = marked ? marked.body : existing.slice(bom.length + front.length);
    const separator = rest.endsWith(`${eol}${eol}`) || rest === '' ? '' : rest.endsWith(eol) ? eol : `${eol}${eol}`;
    // a file that holds the guide of another major (one file for every major) gets this one's title
    const title = `# Migrating to ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(input.title)}`;
    const titles = normalized(rest).match(/^# Migrating to .*$/gm) ?? [];
    const entries = rendered.map(entry => entry.text);
    const added = titles.length > 0 && !titles.some(line => line.trimEnd() === title)
        ? newGuideBody(input, entries)
        : entries.join('\n\n');
    const appended = `${added}\n`.replace(/\n/g, eol);
    const body = `${rest}${separator}${appended}`;
    return {
        text: `${bom}${front}${front && !front.endsWith('\n') ? eol : ''}${markerLine(bodyHash(body))}${eol}${body}`,
        added: rendered.map(({ change, heading }) => ({ sha: change.sha, heading })),
        created: false
    };
}


/***/ })

};
