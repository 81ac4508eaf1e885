export const id = 867;
export const ids = [867,656];
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


/***/ }),

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

/***/ 49867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationGuideMode: () => (/* binding */ migrationGuideMode),
/* harmony export */   migrationGuideSummary: () => (/* binding */ migrationGuideSummary),
/* harmony export */   runMigrationGuide: () => (/* binding */ runMigrationGuide)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80328);
/* harmony import */ var _core_migration_guide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20656);
/* harmony import */ var _core_publish_repo_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54183);
/* harmony import */ var _core_notes_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65157);
/* harmony import */ var _gates_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32454);
/* harmony import */ var _gates_docs_updated_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36618);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62932);
/* harmony import */ var _release_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41354);
/**
 * mode: migration_guide — drafts (or extends) the migration guide of the next release when that
 * release is major, from its breaking changes, in the working tree: no commit, no push. A workflow
 * opens a pull request with the file (the `migration_guide` output names it); a person edits it;
 * the docs_updated gate then accepts it. A dry run writes nothing and shows the draft.
 */









/** The guide's path pattern: the same the docs_updated gate checks (its older parameter included). */
async function pattern(settings, files) {
    const { config } = await (0,_gates_run_js__WEBPACK_IMPORTED_MODULE_3__/* .loadGatesConfig */ .jz)(settings, files);
    // as the gate reads its parameters: under its own name
    return (0,_gates_docs_updated_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationGuidePattern */ .L)(config?.params.docs_updated?.migration_guide, settings);
}
/** The guide is Markdown with a marker line on top: written into any other file, it would break it. */
function notMarkdown(path, real) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`migration_guide ${path}${real ? ` (resolving to ${real})` : ''} is not a Markdown file: the draft (a marker line, then Markdown) would be written into it. ` +
        'Name a Markdown file (.md) of its own, such as docs/migrations/v{major}.md. Nothing was changed.');
}
async function runMigrationGuide(settings, deps) {
    const { git, files, log } = deps;
    const guidePattern = await pattern(settings, files); // a configuration mistake fails before history is read
    if (!_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .MARKDOWN */ .yQ.test(guidePattern))
        throw notMarkdown(guidePattern, '');
    const branch = deps.env.refName || (await git.branch()) || '';
    const { plan, earlier } = await (0,_release_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readHistory */ .Lu)(settings, { ...deps, remote: deps.remote ?? undefined });
    const base = {
        version: plan.version,
        tag: plan.tag,
        bump: plan.bump,
        path: '',
        text: '',
        added: [],
        created: false,
        written: false,
        state: 'missing',
        dryRun: settings.dryRun
    };
    if (branch.startsWith('hotfix/'))
        return { ...base, nothingToDo: `${branch} is a hotfix branch: its releases are patches, with no migration guide` };
    if (earlier === 'tagged')
        return { ...base, nothingToDo: `${plan.tag} is already released at HEAD` };
    if (!plan.released)
        return { ...base, nothingToDo: `no release: ${plan.reason}` };
    if (plan.bump !== 'major')
        return {
            ...base,
            nothingToDo: `the next release is ${plan.tag} (${plan.bump}), not a major release: no migration guide is needed`
        };
    const { migrationGuidePath } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 48907));
    const path = migrationGuidePath(guidePattern, plan.version);
    const real = files.confine('migration_guide', path);
    if (!_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .MARKDOWN */ .yQ.test(real))
        throw notMarkdown(path, real);
    for (const [name, other] of [
        ['release_notes_file', settings.releaseNotesFile],
        ['changelog_file', settings.changelogFile],
        ['rollback_record', settings.rollbackRecord]
    ]) {
        if (other && files.confine(name, other) === real)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`migration_guide names ${path}, the same file as ${name}: the guide would overwrite it (or be overwritten). Name a file of its own, such as docs/migrations/v{major}.md. Nothing was changed.`);
    }
    const originUrl = await git.remoteUrl('origin');
    const repoUrl = (0,_core_publish_repo_url_js__WEBPACK_IMPORTED_MODULE_7__/* .repoUrlFrom */ .s)(deps.env.serverUrl, deps.env.repository, originUrl);
    const major = plan.version.split('.')[0];
    const raw = files.bytes(path);
    const decoded = raw ? (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_8__/* .decodeFile */ .JG)(raw) : null;
    if (decoded?.binary)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The migration guide ${path} is not UTF-8 text, so it can't be extended. Save it as UTF-8 and run again. Nothing was changed.`);
    const draft = (0,_core_migration_guide_js__WEBPACK_IMPORTED_MODULE_1__/* .draftGuide */ .aU)(decoded ? decoded.text : null, {
        title: `${settings.tagPrefix}${major}`,
        version: plan.version,
        previousTag: plan.previousTag || null,
        changes: plan.decision.changes,
        repoUrl
    }, decoded?.eol ?? '\n');
    const changed = draft.added.length > 0 || draft.created;
    if (changed && !settings.dryRun) {
        files.writeBytes(path, (0,_core_version_files_file_text_js__WEBPACK_IMPORTED_MODULE_8__/* .encodeFile */ .rN)(decoded ?? { binary: false, bom: false }, draft.text));
        log.info(`${draft.created ? 'Drafted' : 'Extended'} ${path}: ${draft.added.length} breaking change(s).`);
    }
    return {
        ...base,
        nothingToDo: null,
        path,
        text: draft.text,
        added: draft.added,
        created: draft.created,
        written: changed && !settings.dryRun,
        state: (0,_core_migration_guide_js__WEBPACK_IMPORTED_MODULE_1__.guideState)(draft.text)
    };
}
/** GitHub takes 1 MiB of job summary a step: the draft gets at most half of it. */
const SUMMARY_SHARE = 512 * 1024;
/** The job summary of a run: what was (or would be) written, and the draft itself in a dry run. */
function migrationGuideSummary(result) {
    const lines = ['### Migration guide', ''];
    if (result.nothingToDo)
        return [...lines, `Nothing to do: ${result.nothingToDo}.`, ''].join('\n');
    const count = `${result.added.length} breaking change(s)`;
    const what = result.created
        ? `${result.dryRun ? 'Would draft' : 'Drafted'} \`${result.path}\` for ${result.tag}: ${count}.`
        : result.added.length > 0
            ? `${result.dryRun ? 'Would add' : 'Added'} ${count} to \`${result.path}\` for ${result.tag}; the rest of it is as it was.`
            : `\`${result.path}\` already names every breaking change of ${result.tag}: nothing added.`;
    lines.push(what, '');
    for (const entry of result.added)
        lines.push(`- \`${entry.sha.slice(0, 7)}\` ${entry.heading}`);
    if (result.added.length > 0)
        lines.push('');
    lines.push(result.state === 'draft'
        ? 'It is a draft: edit it for your users (what they must change, with examples) and commit it. The `docs_updated` release gate refuses the untouched draft.'
        : 'It has been edited by a person: the `docs_updated` release gate accepts it.', '');
    if (result.dryRun && result.added.length > 0)
        lines.push('<details><summary>The guide as it would be written</summary>', '', (0,_core_notes_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateMarkdown */ .o4)(result.text.trimEnd(), SUMMARY_SHARE, '_Cut to fit the job summary: run without dry_run to write all of it._'), '', '</details>', '');
    return lines.join('\n');
}
/** mode: migration_guide — the handler MODES runs. */
async function migrationGuideMode(settings, services) {
    const result = await runMigrationGuide(settings, services);
    const message = result.nothingToDo
        ? `No migration guide: ${result.nothingToDo}.`
        : result.added.length === 0
            ? `${result.path} already names every breaking change of ${result.tag}${result.state === 'draft' ? ' (still the untouched draft: edit it)' : ''}.`
            : `${result.dryRun ? 'Would write' : 'Wrote'} ${result.path}: ${result.added.length} breaking change(s) of ${result.tag}${result.created ? ', a new draft' : ' added'}; edit it and commit it.`;
    return {
        outputs: {
            migration_guide: result.path,
            new_version: result.version,
            tag: result.tag,
            bump: result.bump,
            dry_run: String(result.dryRun)
        },
        summary: migrationGuideSummary(result),
        annotations: [],
        variables: {},
        message,
        // commit text only after a prefix: no line of it starts a workflow command
        report: [message, ...result.added.map(entry => `  + ${entry.sha.slice(0, 7)} ${entry.heading}`)]
    };
}


/***/ })

};
