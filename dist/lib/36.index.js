export const id = 36;
export const ids = [36];
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

/***/ 6036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollback: () => (/* binding */ rollback_rollback)
});

// EXTERNAL MODULE: ./src/core/notes/summary.ts
var summary = __webpack_require__(65157);
// EXTERNAL MODULE: ./src/usecases/rollback/rollback.ts
var rollback = __webpack_require__(89621);
// EXTERNAL MODULE: ./src/core/components/target.ts
var components_target = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/usecases/components/files.ts
var components_files = __webpack_require__(23414);
;// CONCATENATED MODULE: ./src/usecases/components/target.ts
/**
 * The one component a mode acting on one package acts on (src/core/components/target.ts), and
 * the settings of that mode for it: its tag prefix, its package, its folder.
 */


/** A reader of the component's folder, as if it were the root. */
function folderReader(files, base) {
    return { read: path => files.read(base ? `${base}/${path}` : path) };
}
/**
 * mode: rollback with components: the version input names the component (`name@1.2.3` or its
 * tag), or the CLI's --component does; null without components.
 */
function rollbackTarget(settings, files) {
    const config = settings.sections?.components;
    if (!config)
        return null;
    const target = (0,components_target/* chooseComponent */.bY)(config, {
        name: settings.sections.component ?? '',
        version: settings.version,
        branch: '',
        what: 'mode: rollback'
    });
    const { component } = target;
    const base = (0,components_files/* baseOf */.b)(component);
    return {
        settings: {
            ...settings,
            version: target.version,
            tagPrefix: component.tagPrefix,
            packageName: component.packageName || '',
            component: component.name
        },
        packageFiles: folderReader(files, base),
        target
    };
}

// EXTERNAL MODULE: ./src/core/text/tokens.ts
var tokens = __webpack_require__(36129);
;// CONCATENATED MODULE: ./src/usecases/modes/rollback.ts




async function rollback_rollback(settings, services) {
    // with components, the one rolled back (src/usecases/components/target.ts)
    const one = rollbackTarget(settings, services.files);
    if (one)
        services.log.info(`Rolling back component ${one.target.component.name} (named by ${one.target.by}).`);
    const result = await (0,rollback/* runRollback */.e)(one?.settings ?? settings, {
        packageFiles: one?.packageFiles,
        git: services.git,
        remote: services.remote ?? null,
        origin: services.origin ?? null,
        files: services.files,
        log: services.log,
        env: services.env,
        github: services.github.releases,
        scrub: services.scrub
    });
    const message = `${result.dryRun ? 'Would roll back' : 'Rolled back'} ${result.tag}; users are back on ${result.restoredVersion || 'no release'}.`;
    return {
        outputs: {
            rolled_back_version: result.version,
            restored_version: result.restoredVersion,
            rollback_steps: JSON.stringify(result.steps),
            commit_sha: result.recordCommit,
            pushed: String(result.pushed),
            dry_run: String(result.dryRun)
        },
        summary: (0,summary/* renderRollbackSummary */.ZP)({ ...result, reason: (services.scrub ?? tokens/* scrubTokens */.U)(settings.reason) }),
        annotations: result.manual.map(text => ({
            level: 'warning',
            message: text,
            title: `Manual step to finish the rollback of ${result.tag}`
        })),
        variables: {},
        message,
        report: [
            message,
            ...result.steps.map(step => `  ${step.step}: ${step.status}${step.detail ? ` (${step.detail})` : ''}`),
            'Manual steps:',
            ...result.manual.map(text => `  - ${text}`)
        ]
    };
}


/***/ }),

/***/ 89621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ runRollback)
/* harmony export */ });
/* unused harmony export ROLLED_BACK_TITLE */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_sanitize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74048);
/* harmony import */ var _core_text_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36129);
/* harmony import */ var _core_record_release_record_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6632);
/* harmony import */ var _core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);
/* harmony import */ var _release_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41354);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5977);
/* harmony import */ var _core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50964);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60364);










const REMOTE = 'origin';
/** The title prefix of an immutable release that was rolled back. */
const ROLLED_BACK_TITLE = '[Rolled back]';
/** The run's writer to origin (runRollback refuses a run that would need it without one). */
function writer(deps) {
    if (!deps.origin)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`This run may not change ${REMOTE}: run the rollback with --push.`);
    return deps.origin;
}
function gitDetail(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS ? error.stderr.trim().split('\n').slice(-3).join(' | ') : String(error);
}
/**
 * Rolls a release back: records it (docs/ROLLBACKS.md, committed), deletes the tag on origin and
 * locally, deletes the GitHub release, pushes the record, and names the manual steps.
 * Each step checks whether it is already done, so a rerun after a partial rollback completes it.
 */
async function runRollback(given, deps) {
    const { git, files, log } = deps;
    const scrub = deps.scrub ?? _core_text_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .scrubTokens */ .U;
    // the reason is the user's text: a token pasted into it reaches no record, commit or release body
    const settings = { ...given, reason: scrub(given.reason) };
    if (!(await git.isRepository())) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0).');
    }
    const version = settings.version;
    const tag = `${settings.tagPrefix}${version}`;
    // a component's rollback is recorded as name@version: two components may share a version
    const recordVersion = given.component ? `${given.component}@${version}` : version;
    const [head, branch, originUrl, localRefs] = await Promise.all([
        git.head(),
        git.branch(),
        git.remoteUrl(REMOTE),
        git.tags(settings.tagPrefix)
    ]);
    if (!head)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('The repository has no commits: there is nothing to roll back.');
    if (settings.push && !branch) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('push: true needs a branch to push the rollback record to, but HEAD is detached. Check out the default branch (actions/checkout with ref: main), or set push: false.');
    }
    const localTags = (0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseTags */ .dt)(localRefs, settings.tagPrefix);
    const localTag = localTags.find(candidate => candidate.name === tag) ?? null;
    // origin is read and changed only where the run may (the types say so): a dry run may stay offline
    if (originUrl && !settings.dryRun && (!deps.remote || !deps.origin))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`A rollback deletes ${tag} on ${REMOTE} and pushes its record, but this run may not change ${REMOTE} (the CLI does only with --push). Run it with --push, or as a dry run. Nothing was changed.`);
    // null: not known (a dry run that may not read origin)
    const onRemote = originUrl ? ((await deps.remote?.remoteHasTag(REMOTE, tag)) ?? null) : false;
    const origin = {
        pushAtomic: (refspecs) => writer(deps).pushAtomic(REMOTE, refspecs),
        deleteTag: () => writer(deps).deleteRemoteTag(REMOTE, tag)
    };
    // the record as committed decides (an entry written but not committed, by a run that stopped
    // in between, is written again and committed); anyone else's uncommitted edit stops the rollback
    const lists = (text) => text !== null && (0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRollbacks */ .fT)(text).some(entry => entry.version === recordVersion);
    const working = files.read(settings.rollbackRecord);
    const recordText = await git.show('HEAD', settings.rollbackRecord);
    const recorded = lists(recordText);
    if (working !== recordText && !(lists(working) && !recorded)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${settings.rollbackRecord} has uncommitted changes, and the rollback commits that file: commit or discard them (git checkout -- ${settings.rollbackRecord}), then run the rollback again. Nothing was changed.`);
    }
    if (!localTag && onRemote === false && !recorded) {
        const known = localTags.filter(candidate => !candidate.prerelease).map(candidate => candidate.name);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`There is no release tag ${tag} here or on ${REMOTE}, and no rollback of ${version} is recorded in ${settings.rollbackRecord}: nothing to roll back. ` +
            (known.length > 0
                ? `Release tags: ${known.slice(-10).join(', ')}.`
                : `This repository has no ${settings.tagPrefix}X.Y.Z release tags.`));
    }
    // a stable release is judged among stable releases; a candidate (a channel's X.Y.Z-rc.N) among all
    const latest = localTag?.prerelease
        ? localTags.reduce((top, t) => (!top || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(t.version, top.version) ? t : top), null)
        : (0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .highestStable */ .Ij)(localTags);
    if (localTag && latest && latest.name !== tag && !settings.force) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${tag} is not the latest release (${latest.name} is). Rolling back an older release leaves ${latest.name} in place; if that is what you want, set force: true.`);
    }
    const restored = (0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .highestStable */ .Ij)(localTags.filter(candidate => candidate.name !== tag && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(candidate.version, version)));
    const restoredVersion = restored?.version ?? '';
    const steps = [];
    const step = (name, status, detail) => {
        steps.push({ step: name, status, detail });
        log.info(`${name}: ${status}${detail ? ` (${detail})` : ''}`);
    };
    const dry = settings.dryRun;
    let recordCommit = '';
    const doneSoFar = () => steps
        .filter(s => s.status === 'done')
        .map(s => s.step)
        .join(', ') || 'nothing';
    const apiFailure = (error) => {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${error.message}. Done so far: ${doneSoFar()}. ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .adviceFor */ .cp)(error.status)} Running the rollback again resumes where it stopped.`);
    };
    // The GitHub release first: an immutable one keeps its tag for ever (GitHub refuses to delete or
    // reuse it), so the rollback marks the release instead of deleting tags it can't delete.
    const release = deps.github ? await deps.github.findReleaseByTag(tag).catch(apiFailure) : null;
    const immutable = release?.immutable === true;
    // 1. the record, first: it marks the rollback as under way, so a rerun knows to finish it
    if (recorded)
        step('record', 'already done', `${settings.rollbackRecord} lists ${recordVersion}`);
    else if (dry)
        step('record', 'would do', `append ${recordVersion} to ${settings.rollbackRecord} and commit it`);
    else {
        const made = localTag ? (await git.tagDetails(tag)).find(detail => detail.name === tag)?.time : undefined;
        const entry = {
            version: recordVersion,
            date: deps.env.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            reason: settings.reason,
            actor: deps.env.actor || (await git.configuredIdentity())?.name || 'unknown',
            restored: restoredVersion,
            ...(made ? { released: new Date(made * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {})
        };
        files.write(settings.rollbackRecord, (0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_8__/* .appendRollback */ .Z4)(recordText, entry));
        try {
            await git.add([settings.rollbackRecord]);
            const identity = (await git.configuredIdentity()) ? null : _ports_js__WEBPACK_IMPORTED_MODULE_6__/* .BOT_IDENTITY */ .b;
            recordCommit = await git.commit((0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_8__/* .rollbackCommitMessage */ .dr)(tag, restoredVersion, settings.reason), identity, [
                settings.rollbackRecord
            ]);
        }
        catch (error) {
            await git.unstage([settings.rollbackRecord]);
            if (working === null)
                files.remove(settings.rollbackRecord);
            else
                files.write(settings.rollbackRecord, working);
            throw error;
        }
        step('record', 'done', `${settings.rollbackRecord} (commit ${recordCommit.slice(0, 12)})`);
    }
    // 2. the tag on origin. With push: true its deletion and the record travel in ONE atomic push: origin
    // never has the tag gone without the record (a watch or a rerun would then take the release users are
    // back on for the bad one), nor the record without the tag gone.
    let pushed = false;
    const together = settings.push && !dry && !immutable && onRemote === true && Boolean(branch);
    if (immutable)
        step('remote tag', 'skipped', `the GitHub release of ${tag} is immutable: its tag stays, and ${version} is never released again`);
    else if (onRemote === false)
        step('remote tag', originUrl ? 'already done' : 'skipped', originUrl ? `${REMOTE} has no ${tag}` : `no ${REMOTE} remote`);
    else if (dry)
        step('remote tag', 'would do', `delete ${tag} on ${REMOTE}${onRemote === null ? ` (if it is there: ${REMOTE} was not read)` : ''}`);
    else {
        try {
            if (together)
                await origin.pushAtomic([`HEAD:refs/heads/${branch}`, `:refs/tags/${tag}`]);
            else
                await origin.deleteTag();
        }
        catch (error) {
            if (recordCommit)
                await git.resetKeep(head); // takes the record file back to what it was
            if (together && error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS && _release_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PROTECTED */ .tg.test(error.stderr))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${branch} is protected (a branch protection rule or ruleset): ${REMOTE} refused the rollback record, pushed with the deletion of tag ${tag} in one atomic push. Nothing was changed${recordCommit ? ' (the record commit was undone)' : ''}. ` +
                    `Let the workflow push to ${branch} (a GitHub App or deploy key allowed to bypass the rule, its token as github_token and as actions/checkout's token) and run the rollback again (${gitDetail(error)}).`);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${REMOTE} refused to delete tag ${tag}${together ? ` (one atomic push with the rollback record to ${branch})` : ''}: ${gitDetail(error)}. Nothing was changed${recordCommit ? ' (the record commit was undone)' : ''}. ` +
                `Allow tag deletion for this token (branch/tag protection rules, receive.denyDeletes)${together ? `, bring ${branch} up to date if origin moved,` : ''} and run the rollback again.`);
        }
        pushed = together;
        step('remote tag', 'done', `deleted ${tag} on ${REMOTE}${together ? `, with the record pushed to ${branch}` : ''}`);
    }
    // 3. the local tag
    if (immutable)
        step('local tag', 'skipped', `kept, as on ${REMOTE} (immutable release)`);
    else if (!localTag)
        step('local tag', 'already done', `no local ${tag}`);
    else if (dry)
        step('local tag', 'would do', `delete ${tag} locally`);
    else {
        await git.deleteTag(tag);
        step('local tag', 'done', `deleted ${tag}`);
    }
    // 4. the GitHub release: deleted, or (immutable) marked rolled back and no longer the latest
    if (!deps.github)
        step('GitHub release', 'skipped', 'no github_token or GITHUB_REPOSITORY: delete the release by hand if there is one');
    else if (!release)
        step('GitHub release', 'already done', `no release for ${tag}`);
    else if (immutable) {
        const github = deps.github;
        const restoredRelease = restored ? await github.findReleaseByTag(restored.name).catch(apiFailure) : null;
        if ((release.name ?? '').startsWith(ROLLED_BACK_TITLE))
            step('GitHub release', 'already done', `${release.url} is marked rolled back`);
        else if (dry)
            step('GitHub release', 'would do', `mark ${release.url} rolled back (title and notes), not latest${restoredRelease ? `; make ${restored?.name} latest` : ''}`);
        else {
            const banner = `> [!CAUTION]\n> **Rolled back** on ${deps.env.now.toISOString().slice(0, 10)}${settings.reason.trim() ? `: ${(0,_core_text_sanitize_js__WEBPACK_IMPORTED_MODULE_9__/* .sanitizeInline */ .nW)((0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(settings.reason))}` : ''}. Users are back on ${restored?.name ?? 'no release'}; ${version} is never released again.\n\n`;
            await github
                .editRelease(release.id, {
                name: scrub(`${ROLLED_BACK_TITLE} ${release.name || tag}`),
                body: scrub(`${banner}${release.body ?? ''}`),
                makeLatest: 'false'
            })
                .catch(apiFailure);
            if (restoredRelease)
                await github.editRelease(restoredRelease.id, { makeLatest: 'true' }).catch(apiFailure);
            step('GitHub release', 'done', `marked ${release.url} rolled back (immutable: kept)${restoredRelease ? `; ${restored?.name} is the latest release again` : ''}`);
        }
    }
    else if (dry)
        step('GitHub release', 'would do', `delete ${release.url}`);
    else {
        await deps.github.deleteRelease(release.id).catch(apiFailure);
        step('GitHub release', 'done', `deleted ${release.url}`);
    }
    // 5. push the record (done in step 2 when the tag was deleted with it)
    if (!settings.push)
        step('push record', 'skipped', 'push: false');
    else if (pushed)
        step('push record', 'done', `pushed ${branch} with the deletion of ${tag}`);
    else if (dry)
        step('push record', 'would do', `push ${branch} to ${REMOTE}`);
    else {
        try {
            await origin.pushAtomic([`HEAD:refs/heads/${branch}`]);
            pushed = true;
            step('push record', 'done', `pushed ${branch}`);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The push of the rollback record to ${REMOTE} was rejected: ${gitDetail(error)}. Done so far: ${doneSoFar()}. Bring ${branch} up to date and run the rollback again.`);
        }
    }
    // 6. what only a person can do
    // only for what the repository publishes: a Python distribution, an npm package, a Docker image
    const packageFiles = deps.packageFiles ?? files;
    const packageName = settings.packageName || (0,_project_js__WEBPACK_IMPORTED_MODULE_4__/* .packageNameFrom */ .cn)(packageFiles);
    const manual = [];
    if (packageName) {
        const pyVersion = (0,_core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .pep440Version */ .ul)(version) ?? version;
        manual.push(`PyPI: a release cannot be deleted by this action. Yank ${packageName}==${pyVersion} at https://pypi.org/manage/project/${packageName}/release/${pyVersion}/ (Options → Yank), giving the reason.`);
    }
    const npmPackage = (0,_project_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPackageFrom */ .OV)(packageFiles);
    if (npmPackage) {
        manual.push(`npm: deprecate the release (npm deprecate ${npmPackage}@${version} "rolled back"), and point the latest dist-tag back${restoredVersion ? ` (npm dist-tag add ${npmPackage}@${restoredVersion} latest)` : ''}.`);
    }
    if (settings.dockerImage) {
        const bad = (0,_core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerTag */ .TU)(version);
        const good = restoredVersion ? (0,_core_versioning_ecosystem_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerTag */ .TU)(restoredVersion) : '';
        manual.push(`Docker: retag ${settings.dockerImage}:latest to ${good ? `${settings.dockerImage}:${good}` : 'the last good image'} (docker buildx imagetools create -t ${settings.dockerImage}:latest ${settings.dockerImage}:${good || 'GOOD'}) and consider removing ${settings.dockerImage}:${bad}.`);
    }
    return { version, tag, restoredVersion, dryRun: dry, steps, manual, recordCommit, pushed };
}


/***/ })

};
