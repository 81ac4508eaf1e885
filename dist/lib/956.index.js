export const id = 956;
export const ids = [956];
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

/***/ 48494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ datadogApiBase),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   _U: () => (/* binding */ slackEscape),
/* harmony export */   _e: () => (/* binding */ datadogSeries),
/* harmony export */   dz: () => (/* binding */ SLACK_SECTION_LIMIT),
/* harmony export */   e5: () => (/* binding */ slackFailureMessage),
/* harmony export */   t: () => (/* binding */ jiraKeys),
/* harmony export */   vp: () => (/* binding */ SLACK_HEADER_LIMIT),
/* harmony export */   x3: () => (/* binding */ slackReleaseMessage)
/* harmony export */ });
/* harmony import */ var _commits_type_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24405);

/** Slack mrkdwn: &, < and > are the control characters (links, mentions); escape them in foreign text. */
function slackEscape(text) {
    // Slack's mrkdwn has no escape for its formatting characters: a zero-width space on each side
    // keeps `__init__.py` or `*args` from turning bold, italic, struck or code
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[*_~`]/g, '\u200b$&\u200b');
}
/** Slack's limits: a section's text 3,000 characters, a header 150, 50 blocks. */
const SLACK_SECTION_LIMIT = 3000;
const SLACK_HEADER_LIMIT = 150;
/**
 * Lines joined up to `limit` characters, cut only between lines and never inside a code block,
 * with a last line that counts what was left out.
 */
function excerpt(lines, limit) {
    const kept = [];
    let length = 0;
    let fence = false;
    let safe = 0; // how many kept lines end outside a code block
    for (const line of lines) {
        const extra = line.length + (kept.length > 0 ? 1 : 0);
        if (length + extra > limit - 40)
            break;
        kept.push(line);
        length += extra;
        if (/^\s*```/.test(line))
            fence = !fence;
        if (!fence)
            safe = kept.length;
    }
    const shown = kept.slice(0, safe);
    const rest = lines.length - shown.length;
    return rest > 0 ? `${shown.join('\n')}\n_…and ${rest} more line(s)_` : shown.join('\n');
}
function line(change) {
    const scope = change.scope ? `*${slackEscape(change.scope)}:* ` : '';
    return `• ${scope}${slackEscape(change.subject)} (\`${change.sha.slice(0, 7)}\`)`;
}
function slackReleaseMessage(input) {
    const title = `${input.hotfix ? '🚑 Hotfix' : '🚀 Released'} ${input.tag}${input.repository ? ` of ${input.repository}` : ''}`.slice(0, SLACK_HEADER_LIMIT);
    const newest = [...input.changes].reverse();
    const breaking = newest
        .filter(c => c.breaking)
        .map(
    // the subject names the change (as in the notes); the breaking text is in the release notes
    c => `• ⚠️ *Breaking:* ${slackEscape(c.subject)} (\`${c.sha.slice(0, 7)}\`)`);
    const features = newest.filter(c => !c.breaking && (0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureType */ .nd)(c.type)).map(line);
    const others = newest.filter(c => !c.breaking && !(0,_commits_type_table_js__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureType */ .nd)(c.type)).map(line);
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title, emoji: true } }
    ];
    if (input.hotfix)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Severity: *${slackEscape(input.severity)}*` }] });
    const highlights = [...breaking, ...features];
    if (highlights.length > 0)
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: `*Highlights*\n${excerpt(highlights, SLACK_SECTION_LIMIT - 20)}` }
        });
    if (others.length > 0)
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: `*Changes*\n${excerpt(others, SLACK_SECTION_LIMIT - 20)}` }
        });
    const links = [
        input.releaseUrl ? `<${input.releaseUrl}|Release notes>` : null,
        input.compareUrl ? `<${input.compareUrl}|Compare>` : null
    ].filter(Boolean);
    if (links.length > 0)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · ') }] });
    return { text: `${title}${input.dryRun ? ' (dry run)' : ''}`, blocks };
}
function slackFailureMessage(repository, tag, failures, runUrl) {
    const title = `⛔ Release ${tag}${repository ? ` of ${repository}` : ''} stopped by its gates`.slice(0, SLACK_HEADER_LIMIT);
    const lines = failures.map(f => `• *${slackEscape(f.gate)}*: ${slackEscape(f.reason)}`);
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: excerpt(lines, SLACK_SECTION_LIMIT - 20) } }
    ];
    if (runUrl)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${runUrl}|The workflow run>` }] });
    return { text: title, blocks };
}
/** Datadog's API base: the configured URL, else the site's (`https://api.datadoghq.eu`). */
function datadogApiBase(settings) {
    return settings.datadogApiUrl || `https://api.${settings.datadogSite}`;
}
/** The metrics as gauge series for Datadog's v2 series API (type 3 = gauge); unknown values are left out. */
function datadogSeries(metrics, context) {
    const tags = [`repository:${context.repository}`, `version:${context.version}`, `release_type:${context.releaseType}`];
    const values = [
        ['release.dora.deployment_frequency', metrics.deploymentFrequency.value, 'release/week'],
        ['release.dora.lead_time.median', metrics.leadTimeMedian.value, 'hour'],
        ['release.dora.lead_time.p90', metrics.leadTimeP90.value, 'hour'],
        ['release.dora.change_failure_rate', metrics.changeFailureRate.value, 'percent'],
        ['release.dora.time_to_restore.median', metrics.timeToRestoreMedian.value, 'hour']
    ];
    return {
        series: values
            .filter(([, value]) => value !== null)
            .map(([metric, value, unit]) => ({ metric, type: 3, unit, points: [{ timestamp: context.now, value }], tags }))
    };
}
/** JIRA keys of the configured projects only (so UTF-8 or SHA-256 never match), in order of appearance. */
function jiraKeys(messages, projects) {
    if (projects.length === 0)
        return [];
    const pattern = new RegExp(`(?<![A-Za-z0-9_-])(${projects.join('|')})-(\\d+)(?![A-Za-z0-9_])`, 'g');
    const keys = [];
    for (const message of messages)
        for (const match of message.matchAll(pattern))
            if (!keys.includes(match[0]))
                keys.push(match[0]);
    return keys;
}


/***/ }),

/***/ 26823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hh: () => (/* reexport */ awaitingWindow),
  pl: () => (/* reexport */ codeScanningAdvice),
  P9: () => (/* reexport */ datadogAdvice),
  tj: () => (/* reexport */ firedReason),
  Q_: () => (/* reexport */ issueMarker),
  Mk: () => (/* reexport */ measureSeries),
  Bn: () => (/* reexport */ overallVerdict),
  Zu: () => (/* reexport */ parseTriggers),
  O8: () => (/* reexport */ rateVerdict),
  uE: () => (/* reexport */ renderWatchSummary),
  yY: () => (/* reexport */ securityVerdict),
  jf: () => (/* reexport */ slackWatchMessage),
  G0: () => (/* reexport */ watchHeadline),
  TQ: () => (/* reexport */ watchIssue),
  jP: () => (/* reexport */ watchWindows)
});

// UNUSED EXPORTS: MIN_COVERAGE, formatChange, formatDuration, iso, relativeChange, windowValue

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/watch/watch.ts
/**
 * Watching a release (mode: watch): the automatic rollback triggers of the gates configuration read
 * as comparisons, the two windows compared (the release's first hours and the previous release's
 * same hours), a Datadog answer reduced to one value with its coverage, and the verdict table.
 * Pure: the use case (src/usecases/watch/watch.ts) fetches, this decides.
 */

/** A metric window needs non-null points over at least this share of its length to count. */
const MIN_COVERAGE = 0.8;
/** Changes are compared rounded to this many decimals of a percent (so 2.0 → 2.1 is exactly 5 %). */
const CHANGE_DECIMALS = 6;
const RATE = /^\s*(>=?)\s*(\d+(?:\.\d+)?)\s*%\s*$/;
/** Reads the configured triggers; one that can't be read is a ConfigurationError (before anything changes). */
function parseTriggers(triggers) {
    return triggers.map(trigger => {
        if (trigger.name === 'critical_security_alert') {
            if (trigger.condition !== 'true' && trigger.condition !== 'false')
                throw new errors/* ConfigurationError */.j1(`automatic_rollback_triggers: critical_security_alert has the invalid value "${trigger.condition}". Use true or false.`);
            return { name: trigger.name, condition: trigger.condition, enabled: trigger.condition === 'true' };
        }
        const match = RATE.exec(trigger.condition);
        if (!match)
            throw new errors/* ConfigurationError */.j1(`automatic_rollback_triggers: ${trigger.name} has the invalid value "${trigger.condition}". Write a relative change such as "> 5%" (fires above 5 %) or ">= 5%" (fires at 5 % too).`);
        return {
            name: trigger.name,
            condition: trigger.condition.trim(),
            op: match[1],
            threshold: Number(match[2])
        };
    });
}
/**
 * The release window: from the release's time, `hours` long, or up to now when that is sooner. The
 * baseline: from the previous release's time, as long as the release window, cut at the release's
 * time when the previous release lived shorter than that.
 */
function watchWindows(releaseTime, previousTime, now, hours) {
    const end = Math.min(releaseTime + Math.round(hours * 3600), now);
    const release = { from: releaseTime, to: Math.max(end, releaseTime) };
    const notes = [];
    if (end < releaseTime + Math.round(hours * 3600))
        notes.push(`the release is ${formatDuration(release.to - release.from)} old: its window ends now`);
    let baseline = null;
    if (previousTime !== null) {
        const length = release.to - release.from;
        const to = Math.min(previousTime + length, releaseTime);
        baseline = { from: previousTime, to };
        if (to < previousTime + length)
            notes.push(`the previous release lived ${formatDuration(to - previousTime)}: its window ends at the release`);
    }
    return { release, baseline, note: notes.join('; ') };
}
function formatDuration(seconds) {
    if (seconds < 3600)
        return `${Math.round(seconds / 60)} min`;
    const hours = seconds / 3600;
    return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}
/**
 * A window's value from Datadog's answer: the mean of every non-null point inside the window, over
 * all series (a query should aggregate to one series). Coverage counts each point for the series'
 * interval (or the spacing of its points when the answer has none).
 */
function windowValue(series, window) {
    const length = window.to - window.from;
    let sum = 0;
    let points = 0;
    let covered = 0;
    for (const one of series) {
        // a timestamp Datadog answers twice is one point (its first value): duplicates neither weigh nor cover more
        const byTime = new Map();
        for (const point of one.pointlist ?? []) {
            const [ms] = point;
            if (typeof ms !== 'number' || ms / 1000 < window.from || ms / 1000 > window.to)
                continue;
            const earlier = byTime.get(ms);
            if (!earlier || !(typeof earlier[1] === 'number' && Number.isFinite(earlier[1])))
                byTime.set(ms, point);
        }
        const inside = [...byTime.values()].sort((a, b) => a[0] - b[0]);
        const values = inside.filter(([, value]) => typeof value === 'number' && Number.isFinite(value));
        const interval = one.interval && one.interval > 0
            ? one.interval
            : inside.length > 1
                ? (inside[inside.length - 1][0] - inside[0][0]) / 1000 / (inside.length - 1)
                : length;
        for (const [, value] of values)
            sum += value;
        points += values.length;
        covered = Math.max(covered, values.length * interval);
    }
    return {
        value: points > 0 ? sum / points : null,
        points,
        coverage: length > 0 ? Math.min(1, covered / length) : 0
    };
}
/**
 * A window's measure from Datadog's series: one series with data is a value; several (a query
 * grouped `by {host}`, or several queries) are no decision: a mean over hosts or versions is no
 * error rate or latency of the release, and which one counts is not for the watch to guess.
 */
function measureSeries(series, window) {
    const withData = series.filter(one => (one.pointlist ?? []).some(point => Array.isArray(point) && typeof point[1] === 'number' && Number.isFinite(point[1])));
    if (withData.length > 1) {
        const scopes = withData.slice(0, 3).map((one, i) => one.scope || one.metric || `series ${i + 1}`);
        return {
            ok: false,
            reason: `the query returns ${withData.length} series (${scopes.join('; ')}${withData.length > 3 ? '; …' : ''}): aggregate it to one series (no "by {…}")`
        };
    }
    return { ok: true, value: windowValue(series, window) };
}
/** What to do when GitHub refuses the code scanning alerts ('' when a retry is all there is to do). */
function codeScanningAdvice(status) {
    if (status === 403)
        return 'the token may not read code scanning alerts: give the workflow permissions: security-events: read (a private repository also needs GitHub Advanced Security)';
    if (status === 404)
        return 'code scanning is not set up on this repository (no analysis): set it up, or set critical_security_alert: false';
    return '';
}
/** What to do when Datadog refuses a query ('' when a retry is all there is to do). */
function datadogAdvice(status) {
    if (status === 401 || status === 403)
        return 'Datadog refused the keys: check datadog_api_key and datadog_app_key (an application key scoped to timeseries_query) and datadog_site';
    return '';
}
/** The relative change in percent, (release − baseline) ÷ baseline × 100, rounded; null when the baseline is not above 0. */
function relativeChange(baseline, current) {
    if (!(baseline > 0))
        return null;
    const change = ((current - baseline) / baseline) * 100;
    return Number(change.toFixed(CHANGE_DECIMALS));
}
function round(value) {
    return Number(value.toPrecision(6));
}
/** A rate trigger's verdict from both windows' measures: no data, or too little, is no decision. */
function rateVerdict(trigger, baseline, current) {
    const row = { trigger: trigger.name, condition: trigger.condition, threshold: `${trigger.op} ${trigger.threshold}%` };
    const missing = (which, measured) => {
        if (!measured.ok)
            return `${which}: ${measured.reason}`;
        if (measured.value.value === null)
            return `${which}: no data points`;
        if (measured.value.coverage < MIN_COVERAGE)
            return `${which}: data covers ${Math.round(measured.value.coverage * 100)}% of the window (at least ${MIN_COVERAGE * 100}% needed)`;
        return null;
    };
    const baselineValue = baseline.ok ? baseline.value.value : null;
    const currentValue = current.ok ? current.value.value : null;
    const shown = {
        baseline: baselineValue === null ? null : round(baselineValue),
        current: currentValue === null ? null : round(currentValue)
    };
    const problem = missing('previous release', baseline) ?? missing('this release', current);
    if (problem)
        return { ...row, ...shown, changePercent: null, status: 'no-decision', detail: problem };
    const change = relativeChange(baselineValue, currentValue);
    if (change === null)
        return {
            ...row,
            ...shown,
            changePercent: null,
            status: 'no-decision',
            detail: 'the previous release measured 0: a relative change is undefined'
        };
    const fired = trigger.op === '>' ? change > trigger.threshold : change >= trigger.threshold;
    return {
        ...row,
        ...shown,
        changePercent: change,
        status: fired ? 'fired' : 'ok',
        detail: `${formatChange(change)} ${fired ? 'is' : 'is not'} ${trigger.op} ${trigger.threshold}%`
    };
}
/**
 * A rate trigger measured over a release window that has not elapsed yet: its numbers so far are
 * shown, and it is no decision until `ends` (epoch seconds): the first minutes after a release are
 * a few points, too few to roll a release back on.
 */
function awaitingWindow(row, ends) {
    if (row.status !== 'fired' && row.status !== 'ok')
        return row;
    return { ...row, status: 'no-decision', detail: `so far ${row.detail}; decided once the window ends (${iso(ends)})` };
}
function formatChange(change) {
    return `${change > 0 ? '+' : ''}${Number(change.toFixed(2))}%`;
}
/** The security trigger's verdict from the open critical alerts created after the release. */
function securityVerdict(trigger, alerts) {
    const row = { trigger: trigger.name, condition: trigger.condition, threshold: 'any new critical alert' };
    if (!trigger.enabled)
        return { ...row, status: 'off', detail: 'critical_security_alert: false' };
    if (!alerts.ok)
        return { ...row, status: 'no-decision', detail: alerts.reason };
    const count = alerts.alerts.length;
    return {
        ...row,
        alerts: alerts.alerts,
        status: count > 0 ? 'fired' : 'ok',
        detail: count > 0
            ? `${count} open critical code scanning alert(s) created after ${alerts.since}: ${alerts.alerts
                .slice(0, 5)
                .map(alert => `#${alert.number} ${alert.rule}`)
                .join(', ')}`
            : `no open critical code scanning alert created after ${alerts.since}`
    };
}
/** The run's verdict: fired when one trigger fired; ok only when every trigger that is on decided ok. */
function overallVerdict(rows) {
    if (rows.some(row => row.status === 'fired'))
        return 'fired';
    const on = rows.filter(row => row.status !== 'off');
    if (on.length === 0 || on.some(row => row.status === 'no-decision'))
        return 'no-decision';
    return 'ok';
}
/** The reason a rollback or an issue gives: each fired trigger with its numbers. */
function firedReason(tag, rows) {
    const fired = rows.filter(row => row.status === 'fired');
    return `release watch of ${tag}: ${fired
        .map(row => row.changePercent !== undefined
        ? `${row.trigger} ${formatChange(row.changePercent ?? 0)} (${row.baseline} → ${row.current}, threshold ${row.threshold})`
        : `${row.trigger} (${row.detail})`)
        .join('; ')}`;
}
/** A time in seconds as ISO 8601. */
function iso(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/core/notify/integrations.ts
var integrations = __webpack_require__(48494);
// EXTERNAL MODULE: ./src/core/text/sanitize.ts
var sanitize = __webpack_require__(74048);
;// CONCATENATED MODULE: ./src/core/watch/render.ts
/**
 * What a watch says (mode: watch): the closing log line, the job summary, the issue and the Slack
 * message, from the report the use case assembled. Pure; the decisions are in ./watch.ts.
 */



function cellNumber(value) {
    return value === null || value === undefined ? '—' : String(value);
}
/** The run's closing log line: the verdict, the note (one sentence, its full stop dropped) and the action. */
function watchHeadline(report) {
    const note = report.note ? ` — ${report.note.replace(/\.+$/, '')}` : '';
    return `Release watch${report.tag ? ` of ${report.tag}` : ''}: ${report.verdict}${note}; action: ${report.action}.`;
}
/** The job summary: the verdict, the windows, and one row per trigger with its numbers. */
function renderWatchSummary(report, dryRun) {
    const icon = { ok: '✅', fired: '🚨', 'no-decision': '❔' }[report.verdict];
    const lines = [];
    if (dryRun)
        lines.push('> [!NOTE]', '> **Dry run**: nothing was changed.', '');
    lines.push(`## ${icon} Release watch${report.tag ? ` of ${report.tag}` : ''}: ${report.verdict}`, '');
    if (report.note)
        lines.push((0,sanitize/* sanitizeInline */.nW)(report.note), '');
    const { release, baseline, note } = report.windows;
    if (release)
        lines.push(`- This release: ${iso(release.from)} → ${iso(release.to)} (${formatDuration(release.to - release.from)})`, `- Previous release${report.previousTag ? ` ${report.previousTag}` : ''}: ${baseline ? `${iso(baseline.from)} → ${iso(baseline.to)} (${formatDuration(baseline.to - baseline.from)})` : 'none'}`, ...(note ? [`- Note: ${(0,sanitize/* sanitizeInline */.nW)(note)}`] : []), '');
    if (report.triggers.length > 0) {
        lines.push('| Trigger | Previous release | This release | Change | Threshold | Verdict | Detail |', '| --- | ---: | ---: | ---: | --- | --- | --- |');
        for (const row of report.triggers) {
            const change = row.changePercent === undefined ? '—' : row.changePercent === null ? '—' : formatChange(row.changePercent);
            lines.push(`| ${row.trigger} | ${cellNumber(row.baseline)} | ${cellNumber(row.current)} | ${change} | ${(0,sanitize/* sanitizeCell */.CN)(row.threshold ?? row.condition)} | ${row.status} | ${(0,sanitize/* sanitizeCell */.CN)(row.detail)} |`);
        }
        lines.push('', `Change = (this release − previous release) ÷ previous release × 100, each the mean of the window's non-null points; a window with data over less than ${MIN_COVERAGE * 100}% of it, or an API error, is no decision.`, '');
    }
    lines.push(`Action: ${(0,sanitize/* sanitizeInline */.nW)(report.action)}`, '');
    return lines.join('\n');
}
/** The hidden marker that finds a release's watch issue again. */
function issueMarker(tag) {
    return `<!-- fastvlm-release-watch: ${tag} -->`;
}
/** The issue opened when a trigger fires and watch_action is issue. */
function watchIssue(report, runUrl) {
    const tag = report.tag ?? 'the latest release';
    const fired = report.triggers.filter(row => row.status === 'fired');
    const body = [
        issueMarker(tag),
        `The release watch found ${tag} past its automatic rollback triggers: ${fired.map(row => row.trigger).join(', ')}.`,
        '',
        renderWatchSummary({ ...report, action: 'this issue (watch_action: issue)' }, false),
        `To roll ${tag} back: run the action with \`mode: rollback\` and \`version: ${tag}\`, or set \`watch_action: rollback\` to let the watch do it.`,
        ...(runUrl ? ['', `The workflow run: ${runUrl}`] : [])
    ].join('\n');
    return { title: `Release watch: ${tag} fired ${fired.map(row => row.trigger).join(', ')}`, body };
}
/** The Slack message of a fired watch. */
function slackWatchMessage(repository, report, action, link) {
    const title = `🚨 Release watch: ${report.tag ?? 'release'}${repository ? ` of ${repository}` : ''} fired its rollback triggers`.slice(0, integrations/* SLACK_HEADER_LIMIT */.vp);
    const lines = report.triggers
        .filter(row => row.status === 'fired')
        .map(row => `• *${row.trigger}*: ${(0,integrations/* slackEscape */._U)(row.detail)}`);
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: (0,integrations/* excerpt */.Kb)(lines, integrations/* SLACK_SECTION_LIMIT */.dz - 20) } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: (0,integrations/* slackEscape */._U)(action) }] }
    ];
    if (link)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${link}|Details>` }] });
    return { text: title, blocks };
}

;// CONCATENATED MODULE: ./src/core/watch/index.ts
/** Watching a release: the decisions (watch.ts) and what a watch says (render.ts). */




/***/ }),

/***/ 79328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iv: () => (/* binding */ checkNotifiers),
  C1: () => (/* binding */ messagesWanted),
  x3: () => (/* binding */ notifyGateFailure),
  nP: () => (/* binding */ notifyMetrics),
  dO: () => (/* binding */ notifyRelease),
  Pg: () => (/* binding */ notifyWatch),
  Yj: () => (/* binding */ servicesOf)
});

// EXTERNAL MODULE: ./src/core/notify/integrations.ts
var integrations = __webpack_require__(48494);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/usecases/notifiers/types.ts
var types = __webpack_require__(44801);
;// CONCATENATED MODULE: ./src/usecases/notifiers/datadog.ts



/** Datadog: the DORA metrics as gauge series through the v2 series API, after a release and in mode metrics. */
async function send(settings, input, deps) {
    if (!settings.datadogApiKey)
        return (0,types/* off */.A)('no datadog_api_key');
    if (!input.metrics)
        return (0,types/* off */.A)('no metrics to send');
    const payload = (0,integrations/* datadogSeries */._e)(input.metrics, {
        repository: input.repository ?? 'unknown',
        version: input.release?.version || 'none',
        releaseType: input.release?.hotfix ? 'hotfix' : 'release',
        now: Math.floor(input.now.getTime() / 1000)
    });
    if (settings.dryRun)
        return { issues: [], status: 'would send', detail: `${payload.series.length} gauge series`, payload };
    const base = (0,integrations/* datadogApiBase */.CD)(settings);
    try {
        await deps.http.send({
            method: 'POST',
            url: `${base}/api/v2/series`,
            label: `Datadog POST ${base}/api/v2/series`,
            headers: { 'DD-API-KEY': settings.datadogApiKey },
            json: payload
        });
        return { issues: [], status: 'sent', detail: `${payload.series.length} gauge series`, payload };
    }
    catch (error) {
        if (settings.datadogStrict)
            throw new errors/* ConfigurationError */.j1(`${(0,types/* failure */.V)(error)} (datadog_strict: true)`);
        deps.log.warning(`Datadog: ${(0,types/* failure */.V)(error)}; the release is not failed for it (datadog_strict: false).`);
        return { issues: [], status: 'failed', detail: (0,types/* failure */.V)(error), payload };
    }
}
/** datadog_strict needs an API key: without one the release would go out without its metrics. */
function check(settings) {
    if (settings.datadogStrict && !settings.datadogApiKey)
        throw new errors/* ConfigurationError */.j1('datadog_strict: true, but there is no datadog_api_key: the release would go out without its Datadog event. Pass the key (a secret), or set datadog_strict: false.');
}
const datadog = { id: 'datadog', name: 'Datadog', check, release: send, metrics: send };

;// CONCATENATED MODULE: ./src/usecases/notifiers/jira.ts



async function release(settings, input, deps) {
    if (!settings.jiraBaseUrl || settings.jiraProjects.length === 0)
        return { status: 'off', detail: 'no jira_base_url or jira_projects', issues: [] };
    if (!settings.jiraUser || !settings.jiraToken)
        throw new errors/* ConfigurationError */.j1('JIRA needs jira_user and jira_token (an API token) with jira_base_url.');
    const keys = (0,integrations/* jiraKeys */.t)(input.messages, settings.jiraProjects);
    const versionName = settings.jiraVersionName
        .replace(/\{tag\}/g, input.release.tag)
        .replace(/\{version\}/g, input.release.version);
    if (keys.length === 0)
        return {
            status: 'off',
            detail: `no ${settings.jiraProjects.join('/')} issue keys in the released commits`,
            issues: []
        };
    const payload = {
        version: versionName,
        issues: keys,
        fixVersions: { update: { fixVersions: [{ add: { name: versionName } }] } },
        transition: settings.jiraTransition
    };
    if (settings.dryRun)
        return {
            status: 'would send',
            detail: `${keys.length} issue(s) → ${versionName}`,
            issues: keys.map(key => ({
                key,
                status: 'would update',
                detail: `fixVersions += ${versionName}${settings.jiraTransition ? `, transition ${settings.jiraTransition}` : ''}`
            })),
            payload
        };
    const base = `${settings.jiraBaseUrl}/rest/api/3`;
    const headers = {
        authorization: `Basic ${Buffer.from(`${settings.jiraUser}:${settings.jiraToken}`).toString('base64')}`
    };
    const call = (method, path, json) => deps.http.send({ method, url: `${base}${path}`, label: `JIRA ${method} /rest/api/3${path}`, headers, json });
    const issues = [];
    const projectsWithKeys = settings.jiraProjects.filter(project => keys.some(key => key.startsWith(`${project}-`)));
    const ready = new Set();
    const problems = [];
    for (const key of projectsWithKeys) {
        try {
            const project = (await call('GET', `/project/${encodeURIComponent(key)}`)).json;
            if (!project || typeof project.id !== 'string')
                throw new errors/* HttpError */.j$(`JIRA GET /rest/api/3/project/${key}`, null, 'the answer has no project id');
            const versions = (await call('GET', `/project/${encodeURIComponent(key)}/versions`)).json;
            if (!Array.isArray(versions))
                throw new errors/* HttpError */.j$(`JIRA GET /rest/api/3/project/${key}/versions`, null, 'the answer is not a list of versions');
            if (!versions.some((v) => v.name === versionName)) {
                await call('POST', '/version', {
                    name: versionName,
                    projectId: Number(project.id),
                    released: true,
                    releaseDate: input.now.toISOString().slice(0, 10),
                    description: `Released by fastvlm-release-action${input.releaseUrl ? `: ${input.releaseUrl}` : ''}`
                });
            }
            ready.add(key);
        }
        catch (error) {
            problems.push(`${key}: ${(0,types/* failure */.V)(error)}`);
        }
    }
    for (const key of keys) {
        const project = key.slice(0, key.lastIndexOf('-'));
        if (!ready.has(project)) {
            issues.push({ key, status: 'failed', detail: `version ${versionName} could not be made in ${project}` });
            continue;
        }
        try {
            await call('PUT', `/issue/${key}`, { update: { fixVersions: [{ add: { name: versionName } }] } });
            let detail = `fixVersions += ${versionName}`;
            if (settings.jiraTransition) {
                const answer = (await call('GET', `/issue/${key}/transitions`)).json;
                if (!answer || !Array.isArray(answer.transitions))
                    throw new errors/* HttpError */.j$(`JIRA GET /rest/api/3/issue/${key}/transitions`, null, 'the answer has no transitions list');
                const wanted = settings.jiraTransition.toLowerCase();
                const transition = answer.transitions.find(t => t.name.toLowerCase() === wanted || t.to?.name?.toLowerCase() === wanted);
                if (transition) {
                    await call('POST', `/issue/${key}/transitions`, { transition: { id: transition.id } });
                    detail += `, moved through "${transition.name}"`;
                }
                else
                    detail += `; no "${settings.jiraTransition}" transition is available from its status`;
            }
            issues.push({ key, status: 'updated', detail });
        }
        catch (error) {
            issues.push({ key, status: 'failed', detail: (0,types/* failure */.V)(error) });
        }
    }
    const failed = issues.filter(issue => issue.status === 'failed');
    const detail = `${issues.length - failed.length} of ${issues.length} issue(s) updated${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`;
    if (failed.length > 0 && settings.jiraStrict)
        throw new errors/* ConfigurationError */.j1(`JIRA: ${failed.map(i => `${i.key}: ${i.detail}`).join('; ')} (jira_strict: true)`);
    if (failed.length > 0)
        deps.log.warning(`JIRA: ${detail}`);
    return { status: failed.length > 0 ? 'failed' : 'sent', detail, issues, payload };
}
/** A configured JIRA needs its credentials; jira_strict needs JIRA configured at all. */
function jira_check(settings) {
    const configured = Boolean(settings.jiraBaseUrl) && settings.jiraProjects.length > 0;
    if (settings.jiraStrict && !configured)
        throw new errors/* ConfigurationError */.j1('jira_strict: true, but JIRA is not configured (jira_base_url and jira_projects): the release would go out without its JIRA update. Configure JIRA, or set jira_strict: false.');
    if (configured && (!settings.jiraUser || !settings.jiraToken))
        throw new errors/* ConfigurationError */.j1('JIRA needs jira_user and jira_token (an API token) with jira_base_url. Nothing was released: add them, or remove jira_base_url.');
}
const jira = {
    id: 'jira',
    check: jira_check,
    name: 'JIRA',
    needsMessages: settings => settings.jiraBaseUrl !== '' && settings.jiraProjects.length > 0,
    release
};

// EXTERNAL MODULE: ./src/core/watch/index.ts + 2 modules
var watch = __webpack_require__(26823);
;// CONCATENATED MODULE: ./src/usecases/notifiers/slack.ts



/** Slack: a Block Kit message after a release; with slack_on_failure, also when the gates stop one. */
async function slack_release(settings, input, deps) {
    if (!settings.slackWebhookUrl)
        return (0,types/* off */.A)('no slack_webhook_url');
    const payload = (0,integrations/* slackReleaseMessage */.x3)({
        tag: input.release.tag,
        repository: input.repository,
        hotfix: input.release.hotfix,
        severity: settings.severity,
        dryRun: settings.dryRun,
        changes: input.release.changes,
        releaseUrl: input.releaseUrl,
        compareUrl: input.compareUrl
    });
    if (settings.dryRun)
        return { issues: [], status: 'would send', detail: 'release message', payload };
    try {
        await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload });
        return { issues: [], status: 'sent', detail: 'release message', payload };
    }
    catch (error) {
        deps.log.warning(`Slack: ${(0,types/* failure */.V)(error)}; the release is not failed for it.`);
        return { issues: [], status: 'failed', detail: (0,types/* failure */.V)(error), payload };
    }
}
/** A failed gate, to Slack (slack_on_failure). */
async function gateFailure(settings, { tag, failures, repository, runUrl }, deps) {
    if (!settings.slackWebhookUrl || !settings.slackOnFailure)
        return (0,types/* off */.A)('slack_on_failure is off');
    const payload = (0,integrations/* slackFailureMessage */.e5)(repository, tag, failures, runUrl);
    try {
        await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload });
        return { issues: [], status: 'sent', detail: 'gate failure message', payload };
    }
    catch (error) {
        deps.log.warning(`Slack: ${(0,types/* failure */.V)(error)}`);
        return { issues: [], status: 'failed', detail: (0,types/* failure */.V)(error), payload };
    }
}
/** A release watch that fired: its triggers and what was done, once. */
async function slack_watch(settings, input, deps) {
    if (!settings.slackWebhookUrl)
        return (0,types/* off */.A)('no slack_webhook_url');
    const payload = (0,watch/* slackWatchMessage */.jf)(input.repository, input.report, input.action, input.link);
    if (settings.dryRun)
        return { issues: [], status: 'would send', detail: 'watch alert', payload };
    try {
        await deps.http.send({ method: 'POST', url: settings.slackWebhookUrl, label: 'Slack webhook POST', json: payload });
        return { issues: [], status: 'sent', detail: 'watch alert', payload };
    }
    catch (error) {
        deps.log.warning(`Slack: ${(0,types/* failure */.V)(error)}`);
        return { issues: [], status: 'failed', detail: (0,types/* failure */.V)(error), payload };
    }
}
const slack = { id: 'slack', name: 'Slack', release: slack_release, gateFailure, watch: slack_watch };

;// CONCATENATED MODULE: ./src/usecases/notifiers/webhook.ts

/** At most this many changes go in the payload (the count says how many there were). */
const MAX_CHANGES = 100;
/** The JSON a webhook receives after a release. */
function webhookPayload(settings, input) {
    const { release } = input;
    return {
        event: 'release',
        dry_run: settings.dryRun,
        repository: input.repository,
        tag: release.tag,
        version: release.version,
        hotfix: release.hotfix,
        severity: release.hotfix ? settings.severity : '',
        release_url: input.releaseUrl,
        compare_url: input.compareUrl,
        change_count: release.changes.length,
        changes: release.changes.slice(0, MAX_CHANGES).map(change => ({
            type: change.type,
            scope: change.scope ?? null,
            subject: change.subject,
            breaking: change.breaking,
            sha: change.sha
        }))
    };
}
/** A generic webhook (webhook_url): the release as JSON, for chat bots, deploy hooks or audit logs. */
async function webhook_release(settings, input, deps) {
    if (!settings.webhookUrl)
        return (0,types/* off */.A)('no webhook_url');
    const payload = webhookPayload(settings, input);
    if (settings.dryRun)
        return { status: 'would send', detail: 'release event', issues: [], payload };
    try {
        await deps.http.send({ method: 'POST', url: settings.webhookUrl, label: 'Webhook POST', json: payload });
        return { status: 'sent', detail: 'release event', issues: [], payload };
    }
    catch (error) {
        deps.log.warning(`Webhook: ${(0,types/* failure */.V)(error)}; the release is not failed for it.`);
        return { status: 'failed', detail: (0,types/* failure */.V)(error), issues: [], payload };
    }
}
const webhook = { id: 'webhook', name: 'Webhook', release: webhook_release };

;// CONCATENATED MODULE: ./src/usecases/notifiers/index.ts




/** Every notifier, in the order they run and appear in the summary. Adding one: its file and a line here. */
const NOTIFIERS = [datadog, slack, jira, webhook];

;// CONCATENATED MODULE: ./src/usecases/notifiers/notify.ts

async function tell(hook, settings, input, deps) {
    const report = {};
    for (const notifier of NOTIFIERS) {
        const run = notifier[hook];
        if (run)
            report[notifier.id] = await run(settings, input, deps);
    }
    return report;
}
/** Every notifier after a release; in a dry run, the payloads only. */
function notifyRelease(settings, input, deps) {
    return tell('release', settings, input, deps);
}
/** Mode metrics: the notifiers that take metrics (Datadog). */
function notifyMetrics(settings, input, deps) {
    return tell('metrics', settings, input, deps);
}
/** The release gates stopped a release: the notifiers that report it (Slack with slack_on_failure). */
function notifyGateFailure(settings, input, deps) {
    return tell('gateFailure', settings, input, deps);
}
/** mode: watch fired: the notifiers that report it (Slack), once per issue or rollback. */
function notifyWatch(settings, input, deps) {
    return tell('watch', settings, input, deps);
}
/** Every notifier's configuration, checked before anything is released. */
function checkNotifiers(settings) {
    for (const notifier of NOTIFIERS)
        notifier.check?.(settings);
}
/** Whether any notifier needs the released commits' messages. */
function messagesWanted(settings) {
    return NOTIFIERS.some(notifier => notifier.needsMessages?.(settings));
}
/** The summary's list of services: each notifier that ran, with its name. */
function servicesOf(report) {
    return NOTIFIERS.filter(notifier => report[notifier.id]).map(notifier => ({
        name: notifier.name,
        ...report[notifier.id]
    }));
}


/***/ }),

/***/ 44801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ off),
/* harmony export */   V: () => (/* binding */ failure)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

function off(detail) {
    return { status: 'off', detail, issues: [] };
}
function failure(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ ? error.message : (error.message ?? String(error));
}


/***/ })

};
