export const id = 512;
export const ids = [512];
export const modules = {

/***/ 37784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eJ: () => (/* binding */ computeDora),
/* harmony export */   qF: () => (/* binding */ renderMetrics)
/* harmony export */ });
/* unused harmony exports percentile, frequencyBand, leadTimeBand, failureRateBand, restoreBand */
/**
 * The four DORA metrics, computed from the repository alone: release tags (with their
 * Release-Type/Hotfix-Of trailers), the commits each release shipped, and the rollback record.
 *
 * Bands follow the 2023 Accelerate State of DevOps report (DORA, Google Cloud):
 * deployment frequency elite = on demand (daily or more), high = daily to weekly, medium = weekly
 * to monthly, low = less than monthly; lead time elite < 1 day, high < 1 week, medium < 1 month,
 * low ≥ 1 month; change failure rate elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, low > 15 %;
 * failed deployment recovery time elite < 1 hour, high < 1 day, medium < 1 week, low ≥ 1 week.
 */
const HOUR = 3600;
const DAY = 24 * HOUR;
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    // nearest-rank with linear interpolation (the common "R-7" definition)
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
function frequencyBand(perWeek) {
    if (perWeek >= 7)
        return 'elite';
    if (perWeek >= 1)
        return 'high';
    if (perWeek >= 12 / 52)
        return 'medium';
    return 'low';
}
function leadTimeBand(hours) {
    if (hours < 24)
        return 'elite';
    if (hours < 7 * 24)
        return 'high';
    if (hours < 30 * 24)
        return 'medium';
    return 'low';
}
function failureRateBand(percent) {
    if (percent <= 5)
        return 'elite';
    if (percent <= 10)
        return 'high';
    if (percent <= 15)
        return 'medium';
    return 'low';
}
function restoreBand(hours) {
    if (hours < 1)
        return 'elite';
    if (hours < 24)
        return 'high';
    if (hours < 7 * 24)
        return 'medium';
    return 'low';
}
function isoDate(seconds) {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}
function weekOf(seconds) {
    const date = new Date(seconds * 1000);
    const day = (date.getUTCDay() + 6) % 7; // Monday = 0
    return isoDate(Math.floor(seconds / DAY) * DAY - day * DAY);
}
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
function computeDora(releases, rollbacks, options) {
    const { now, windowDays } = options;
    const start = now - windowDays * DAY;
    const inWindow = releases.filter(r => r.time >= start && r.time <= now).sort((a, b) => a.time - b.time);
    const notEnough = (what) => ({ value: null, unit: '', band: null, note: `not enough data: ${what}` });
    // a rolled-back release whose tag is gone counts by the record: made at its release date
    const known = new Set(releases.map(r => r.version));
    const untagged = rollbacks
        .filter(rb => !known.has(rb.version))
        .filter(rb => {
        const made = rb.releasedTime ?? rb.time;
        return made >= start && made <= now;
    });
    const deployments = inWindow.length + untagged.length;
    const perWeek = deployments / (windowDays / 7);
    const deploymentFrequency = deployments === 0
        ? notEnough(`no release in the last ${windowDays} days`)
        : { value: round(perWeek, 3), unit: 'releases/week', band: frequencyBand(perWeek) };
    const leadHours = inWindow.flatMap(r => r.commitTimes.map(t => Math.max(0, r.time - t) / HOUR));
    const median = percentile(leadHours, 50);
    const p90 = percentile(leadHours, 90);
    const leadTimeMedian = median === null
        ? notEnough('no released commits in the window')
        : { value: round(median), unit: 'hours', band: leadTimeBand(median) };
    const leadTimeP90 = p90 === null
        ? notEnough('no released commits in the window')
        : { value: round(p90), unit: 'hours', band: leadTimeBand(p90) };
    // a release failed when a later hotfix names it, or it was rolled back; restored at the earlier of the two
    const restores = [];
    let failed = 0;
    for (const release of inWindow) {
        const hotfix = releases
            .filter(r => r.type === 'hotfix' && r.hotfixOf === release.version && r.time >= release.time)
            .sort((a, b) => a.time - b.time)[0];
        const rollback = rollbacks
            .filter(rb => rb.version === release.version && rb.time >= release.time)
            .sort((a, b) => a.time - b.time)[0];
        if (!hotfix && !rollback)
            continue;
        failed++;
        restores.push((Math.min(hotfix?.time ?? Infinity, rollback?.time ?? Infinity) - release.time) / HOUR);
    }
    for (const rollback of untagged) {
        failed++;
        if (rollback.releasedTime !== undefined)
            restores.push((rollback.time - rollback.releasedTime) / HOUR);
    }
    const rate = deployments === 0 ? null : (failed / deployments) * 100;
    const changeFailureRate = rate === null || deployments < 2
        ? notEnough(deployments === 0 ? 'no release in the window' : 'one release is not enough for a rate')
        : { value: round(rate, 1), unit: '%', band: failureRateBand(rate) };
    const restore = percentile(restores, 50);
    const timeToRestoreMedian = restore === null
        ? notEnough('no failed release was restored in the window')
        : { value: round(restore), unit: 'hours', band: restoreBand(restore) };
    const weeks = new Map();
    for (let t = start; t <= now; t += 7 * DAY)
        weeks.set(weekOf(t), { releases: 0, lead: [] });
    for (const release of inWindow) {
        const week = weeks.get(weekOf(release.time)) ?? { releases: 0, lead: [] };
        week.releases++;
        week.lead.push(...release.commitTimes.map(t => Math.max(0, release.time - t) / HOUR));
        weeks.set(weekOf(release.time), week);
    }
    return {
        windowDays,
        from: isoDate(start),
        to: isoDate(now),
        releases: deployments,
        deploymentFrequency,
        leadTimeMedian,
        leadTimeP90,
        changeFailureRate,
        timeToRestoreMedian,
        weeks: [...weeks]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([week, w]) => ({
            week,
            releases: w.releases,
            leadTimeHours: w.lead.length > 0 ? round(percentile(w.lead, 50), 1) : null
        }))
    };
}
function show(metric) {
    return metric.value === null ? `— (${metric.note})` : `${metric.value} ${metric.unit}`;
}
/** The summary section: a table with bands, and Mermaid charts of releases per week and lead time. */
function renderMetrics(metrics) {
    const band = (metric) => metric.band ?? '—';
    const lines = [
        `### DORA metrics (${metrics.from} → ${metrics.to}, ${metrics.windowDays} days, ${metrics.releases} release(s))`,
        '',
        '| Metric | Value | DORA band |',
        '| --- | --- | --- |',
        `| Deployment frequency | ${show(metrics.deploymentFrequency)} | ${band(metrics.deploymentFrequency)} |`,
        `| Lead time for changes (median) | ${show(metrics.leadTimeMedian)} | ${band(metrics.leadTimeMedian)} |`,
        `| Lead time for changes (p90) | ${show(metrics.leadTimeP90)} | ${band(metrics.leadTimeP90)} |`,
        `| Change failure rate | ${show(metrics.changeFailureRate)} | ${band(metrics.changeFailureRate)} |`,
        `| Time to restore (median) | ${show(metrics.timeToRestoreMedian)} | ${band(metrics.timeToRestoreMedian)} |`,
        ''
    ];
    if (metrics.weeks.length > 0) {
        const labels = metrics.weeks.map(w => `"${w.week.slice(5)}"`).join(', ');
        lines.push('```mermaid', 'xychart-beta', '    title "Releases per week"', `    x-axis [${labels}]`, '    y-axis "releases"', `    bar [${metrics.weeks.map(w => w.releases).join(', ')}]`, '```', '', '```mermaid', 'xychart-beta', '    title "Median lead time (hours) of each week\'s releases"', `    x-axis [${labels}]`, '    y-axis "hours"', `    line [${metrics.weeks.map(w => w.leadTimeHours ?? 0).join(', ')}]`, '```', '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 64867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ collectMetrics)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_metrics_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37784);
/* harmony import */ var _core_record_release_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6632);
/* harmony import */ var _core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);




/**
 * The DORA metrics from the repository alone: release tags (dates, trailers), the commits each
 * release shipped (one `git log` per release in the window), and the rollback record.
 */
async function collectMetrics(settings, deps, now, pending = null) {
    const { git, files } = deps;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const start = nowSeconds - settings.metricsWindow * 86_400;
    const details = await git.tagDetails(settings.tagPrefix);
    // each version parsed once (thousands of tags: a comparison that parses both costs more than the read)
    const stable = (0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseTags */ .dt)(details, settings.tagPrefix)
        .filter(tag => !tag.prerelease)
        .map(tag => ({ tag, parsed: new (semver__WEBPACK_IMPORTED_MODULE_0___default().SemVer)(tag.version) }))
        .sort((a, b) => a.parsed.compare(b.parsed))
        .map(entry => entry.tag);
    const detail = new Map(details.map(d => [d.name, d]));
    // a release's type matters only from the window on (a hotfix after a release in it): read those messages alone
    const messages = await git.tagMessages(stable.filter(tag => detail.get(tag.name).time >= start).map(tag => tag.name));
    const releases = [];
    for (const [index, tag] of stable.entries()) {
        if (pending && tag.version === pending.version)
            continue; // its commits are known already
        const info = detail.get(tag.name);
        const meta = (0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagMessage */ .V3)(messages.get(tag.name) ?? '').meta;
        const previous = index > 0 ? stable[index - 1] : null;
        const inWindow = info.time >= start && info.time <= nowSeconds;
        const hotfixOf = meta?.hotfixOf?.startsWith(settings.tagPrefix)
            ? meta.hotfixOf.slice(settings.tagPrefix.length)
            : meta?.hotfixOf;
        releases.push({
            tag: tag.name,
            version: tag.version,
            time: info.time,
            type: meta?.type ?? 'release',
            hotfixOf,
            commitTimes: inWindow ? await git.commitTimes(previous ? `${previous.sha}..${tag.sha}` : tag.sha) : []
        });
    }
    if (pending) {
        const tagged = detail.get(`${settings.tagPrefix}${pending.version}`);
        releases.push({
            tag: `${settings.tagPrefix}${pending.version}`,
            version: pending.version,
            time: tagged && tagged.time <= nowSeconds ? tagged.time : nowSeconds,
            type: pending.type,
            hotfixOf: pending.hotfixOf?.startsWith(settings.tagPrefix)
                ? pending.hotfixOf.slice(settings.tagPrefix.length)
                : pending.hotfixOf,
            commitTimes: pending.commitTimes
        });
    }
    const record = files.read(settings.rollbackRecord);
    const rollbacks = record
        ? (0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRollbacks */ .fT)(record)
            .map(entry => ({
            version: entry.version,
            time: Math.floor(Date.parse(entry.date) / 1000),
            ...(entry.released && Number.isFinite(Date.parse(entry.released))
                ? { releasedTime: Math.floor(Date.parse(entry.released) / 1000) }
                : {})
        }))
            .filter(rb => Number.isFinite(rb.time))
        : [];
    return (0,_core_metrics_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .computeDora */ .eJ)(releases, rollbacks, { now: nowSeconds, windowDays: settings.metricsWindow });
}


/***/ }),

/***/ 12512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release_release)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/metrics/metrics.ts
var metrics_metrics = __webpack_require__(37784);
// EXTERNAL MODULE: ./src/core/notes/summary.ts
var notes_summary = __webpack_require__(65157);
// EXTERNAL MODULE: ./src/usecases/gates/run.ts
var run = __webpack_require__(32454);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/versioning/version.ts
var version = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/usecases/ports.ts
var ports = __webpack_require__(60364);
;// CONCATENATED MODULE: ./src/usecases/publish/major-tag.ts




const REMOTE = 'origin';
/**
 * The moving major tag of an action repository (`uses: owner/action@v1`): after a stable release,
 * `{prefix}{major}` points at its commit, and is force-pushed with `push`. A prerelease, or a
 * release below the newest of its major (a hotfix of an older minor), leaves it where it is. A rerun
 * finds it in place and pushes it again: it converges.
 */
async function moveMajorTag(settings, result, git, log) {
    const { plan } = result;
    if (!settings.majorTag || !plan.released)
        return null;
    const parsed = semver_default().parse(plan.version);
    if (!parsed)
        return null;
    const tag = `${settings.tagPrefix}${parsed.major}`;
    if (parsed.prerelease.length > 0)
        return { tag, status: 'skipped', detail: `${plan.version} is a prerelease` };
    const newer = (0,version/* releaseTags */.dt)(await git.tags(settings.tagPrefix), settings.tagPrefix).filter(other => !other.prerelease && semver_default().major(other.version) === parsed.major && semver_default().gt(other.version, plan.version));
    if (newer.length > 0) {
        return { tag, status: 'skipped', detail: `${newer[0].name} is newer in major ${parsed.major}` };
    }
    if (settings.dryRun)
        return { tag, status: 'would move', detail: `${tag} → ${plan.tag}` };
    const target = result.commitSha;
    const current = (await git.tags(tag)).find(ref => ref.name === tag);
    if (current?.sha !== target) {
        const identity = (await git.configuredIdentity()) ? null : ports/* BOT_IDENTITY */.b;
        await git.forceTag(tag, target, `${tag}: ${plan.tag}\n`, identity);
    }
    if (settings.push) {
        try {
            await git.pushAtomic(REMOTE, [`+refs/tags/${tag}:refs/tags/${tag}`]);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${plan.tag} is released, but the push of the moved ${tag} to ${REMOTE} was rejected: ${error.message.split('\n')[0]}. A tag protection rule or ruleset may forbid moving tags: allow ${tag} to be updated, then run the release again (it converges).`);
        }
    }
    log.info(`${tag} → ${plan.tag} (${target.slice(0, 7)})${settings.push ? ', pushed' : ''}`);
    return {
        tag,
        status: current?.sha === target && !settings.push ? 'unchanged' : 'moved',
        detail: `${tag} → ${plan.tag}`
    };
}

// EXTERNAL MODULE: ./src/usecases/metrics/metrics.ts
var usecases_metrics_metrics = __webpack_require__(64867);
// EXTERNAL MODULE: ./src/usecases/notifiers/notify.ts + 5 modules
var notify = __webpack_require__(79328);
// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
;// CONCATENATED MODULE: ./src/usecases/outputs.ts


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
        notes: (0,notes_summary/* truncateMarkdown */.o4)(plan.notes, OUTPUT_LIMIT, `_Cut to fit an output; the whole text is in ${result.notesFile}._`),
        commit_sha: result.commitSha,
        dry_run: String(result.dryRun),
        pushed: String(result.pushed),
        resumed: String(result.status === 'resumed'),
        severity,
        hotfix: String(plan.hotfix),
        version_files: result.versionFiles.map(file => file.path).join('\n'),
        pep440_version: plan.released ? ((0,ecosystem_versions/* pep440Version */.ul)(plan.version) ?? '') : '',
        docker_version: plan.released ? (0,ecosystem_versions/* dockerTag */.TU)(plan.version) : '',
        gates: result.gates ? gatesJson(result.gates) : ''
    };
}

// EXTERNAL MODULE: ./src/usecases/publish/publish.ts + 2 modules
var publish = __webpack_require__(96207);
// EXTERNAL MODULE: ./src/usecases/publish/publish-target.ts
var publish_target = __webpack_require__(83381);
// EXTERNAL MODULE: ./src/usecases/release/index.ts + 24 modules
var release = __webpack_require__(98937);
// EXTERNAL MODULE: ./src/usecases/modes/report.ts
var modes_report = __webpack_require__(71085);
;// CONCATENATED MODULE: ./src/usecases/modes/release.ts
/** mode: release and mode: hotfix — the release, then the major tag, the metrics and the notifiers. */












/** Metrics (every run), then the notifiers for a release; returns outputs and summary sections. */
async function afterRelease(settings, services, result, published) {
    const { git, env } = services;
    const { plan } = result;
    const pending = plan.released
        ? {
            version: plan.version,
            type: plan.hotfix ? 'hotfix' : 'release',
            hotfixOf: plan.tagMeta.hotfixOf,
            commitTimes: result.commitTimes
        }
        : null;
    const metrics = await (0,usecases_metrics_metrics/* collectMetrics */.I)(settings, services, env.now, pending);
    const outputs = (0,modes_report/* metricsOutput */.PE)(settings, services.files, metrics);
    let summary = `\n${(0,metrics_metrics/* renderMetrics */.qF)(metrics)}`;
    if (!plan.released)
        return { outputs, summary };
    const url = (0,modes_report/* repoUrl */.wk)(env);
    const previous = plan.previousTag
        ? (await git.tags(settings.tagPrefix)).find(tag => tag.name === plan.previousTag)?.sha
        : undefined;
    const messages = (0,notify/* messagesWanted */.C1)(settings) ? await git.messages(previous ? `${previous}..HEAD` : 'HEAD') : [];
    const report = await (0,notify/* notifyRelease */.dO)(settings, {
        release: { tag: plan.tag, version: plan.version, hotfix: plan.hotfix, changes: plan.decision.changes },
        metrics,
        messages,
        repository: env.repository ?? null,
        releaseUrl: published?.releaseUrl || (url ? `${url}/releases/tag/${plan.tag}` : null),
        compareUrl: url && plan.previousTag ? `${url}/compare/${plan.previousTag}...${plan.tag}` : null,
        now: env.now
    }, services);
    outputs.jira_issues = JSON.stringify(report.jira?.issues ?? []);
    summary += `\n${(0,modes_report/* notifySection */.fY)(settings, report)}`;
    return { outputs, summary };
}
/** The CLI's text for a release run. */
function releaseReport(settings, result, planOnly) {
    const { plan } = result;
    if (!plan.released)
        return [`No release: ${plan.reason}`];
    return [
        `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag} (${plan.bump}${plan.previousTag ? ` from ${plan.previousTag}` : ', first release'})`,
        `Why: ${plan.reason}`,
        ...result.versionFiles.map(file => `Version file: ${file.path} ${file.from} → ${file.to}`),
        result.commitSha
            ? `Release commit: ${result.commitSha}${result.pushed ? ' (pushed with its tag)' : ''}`
            : planOnly
                ? 'Plan only: nothing was written (the notes follow).'
                : `Notes written to ${result.notesFile}`,
        '',
        plan.notes
    ];
}
/** The gates stopped the release: nothing was changed; report it and fail the run. */
async function stoppedByGates(settings, services, result) {
    const report = result.gates;
    const { env } = services;
    const url = (0,modes_report/* repoUrl */.wk)(env);
    const failures = report.results.filter(r => r.status === 'fail');
    await (0,notify/* notifyGateFailure */.x3)(settings, {
        tag: result.plan.tag,
        failures,
        repository: env.repository ?? null,
        runUrl: url && env.runId ? `${url}/actions/runs/${env.runId}` : null
    }, services);
    const summary = (0,notes_summary/* renderSummary */.Br)({
        plan: result.plan,
        dryRun: settings.dryRun,
        severity: settings.severity,
        notesFile: settings.releaseNotesFile,
        commitSha: '',
        pushed: false,
        resumed: false,
        gates: report,
        stoppedByGates: true
    });
    return {
        outputs: { gates: gatesJson(report), released: 'false' },
        summary,
        annotations: (0,modes_report/* gateAnnotations */.kv)(report),
        variables: report.skipSlowTests ? { SKIP_SLOW_TESTS: 'true' } : {},
        message: `Stopped by the release gates: ${failures.map(r => r.gate).join(', ')}`,
        report: report.results.map(gate => `  ${gate.gate}: ${gate.status} — ${gate.reason}`),
        failure: (0,run/* gatesFailure */.tX)(report)
    };
}
/** mode: release (and hotfix) — gates, version, notes, files, commit, tag, push, publishing, metrics, notifiers. */
async function release_release(settings, services) {
    const { git, files, log, env } = services;
    let published = null;
    (0,notify/* checkNotifiers */.iv)(settings); // what would fail after the push fails now
    const deps = {
        git,
        files,
        log,
        env,
        remote: services.remote ?? null,
        origin: services.origin ?? null,
        gitData: services.github.gitData ?? null,
        gates: input => (0,run/* runGates */.AQ)(settings, input, {
            git,
            files,
            commands: services.commands,
            github: services.github.gates,
            log,
            cwd: services.cwd,
            runId: env.runId
        }),
        publish: (0,publish/* publishingWanted */.zA)(settings)
            ? (0,publish_target/* releasePublisher */.Q)(settings, git, env, (0,modes_report/* publishDeps */._H)(services), value => {
                published = value;
            })
            : undefined
    };
    // the CLI's plan: the plan is made from reads only (origin's tags only with --online; no writer),
    // then rehearsed (gates, publishing's report) without writing the notes file
    const result = services.planOnly
        ? await (0,release/* applyPlan */.gj)(await (0,release/* planRelease */.F3)(settings, { git, files, log, env, remote: services.remote ?? undefined }), deps, { writeNotes: false })
        : await (0,release/* runRelease */.T_)(settings, deps);
    if (result.status === 'stopped')
        return stoppedByGates(settings, services, result);
    const pastTheCommit = (error) => {
        if (!result.commitSha)
            throw error;
        // past the point of no return: say what is made, and that a rerun finishes the rest
        const { tag } = result.plan;
        throw new errors/* ConfigurationError */.j1(`${tag} was released${result.pushed ? ' and pushed to origin' : ' here'} (commit ${result.commitSha.slice(0, 12)} and tag ${tag}), but a step after it failed: ${error instanceof Error ? error.message : String(error)} ` +
            `Fix that and run again at this commit: the rerun makes no new commit or tag, reports resumed: true and runs the metrics and notifiers again.`);
    };
    const major = await moveMajorTag(settings, result, git, log).catch(pastTheCommit);
    const after = await afterRelease(settings, services, result, published).catch(pastTheCommit);
    const { plan } = result;
    const summary = (0,notes_summary/* renderSummary */.Br)({
        plan,
        dryRun: settings.dryRun,
        severity: settings.severity,
        notesFile: result.notesFile,
        commitSha: result.commitSha,
        pushed: result.pushed,
        resumed: result.status === 'resumed' && result.from === 'tag',
        gates: result.gates
    }) +
        (published ? `\n${(0,notes_summary/* renderPublishSummary */.Oq)(published)}` : '') +
        (major ? `\nMajor tag: \`${major.tag}\` ${major.status} (${major.detail}).\n` : '') +
        after.summary;
    const variables = {};
    if (result.gates?.skipSlowTests)
        variables.SKIP_SLOW_TESTS = 'true';
    if (plan.released)
        Object.assign(variables, { NEW_VERSION: plan.version, VERSION: plan.version });
    return {
        outputs: {
            ...outputsOf(result, settings.severity),
            major_tag: major?.status === 'moved' || major?.status === 'unchanged' ? major.tag : '',
            ...(0,publish/* publishOutputs */.eB)(published),
            ...after.outputs
        },
        summary,
        annotations: (0,modes_report/* gateAnnotations */.kv)(result.gates),
        variables,
        message: plan.released
            ? `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag}: ${plan.reason}`
            : `No release: ${plan.reason}`,
        report: [
            ...releaseReport(settings, result, services.planOnly ?? false),
            ...(major ? [`Major tag: ${major.tag} ${major.status} (${major.detail})`] : [])
        ]
    };
}


/***/ })

};
