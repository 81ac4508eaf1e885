export const id = 809;
export const ids = [809];
export const modules = {

/***/ 37784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eJ: () => (/* binding */ computeDora),
/* harmony export */   qF: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_0__.qF)
/* harmony export */ });
/* unused harmony exports percentile, frequencyBand, leadTimeBand, failureRateBand, restoreBand */
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90621);
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
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) // ISO dates: code-unit order (localeCompare loads ICU)
            .map(([week, w]) => ({
            week,
            releases: w.releases,
            leadTimeHours: w.lead.length > 0 ? round(percentile(w.lead, 50), 1) : null
        }))
    };
}
/** The rendering lives in render.ts. */



/***/ }),

/***/ 90621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qF: () => (/* binding */ renderMetrics),
/* harmony export */   uK: () => (/* binding */ renderMetricsFolded)
/* harmony export */ });
/* unused harmony export CHART_MIN_WEEKS */
/** Charts are drawn once releases fall in at least this many weeks of the window. */
const CHART_MIN_WEEKS = 2;
function show(metric) {
    return metric.value === null ? `— (${metric.note})` : `${metric.value} ${metric.unit}`;
}
function title(metrics) {
    return `DORA metrics (${metrics.from} → ${metrics.to}, ${metrics.windowDays} days, ${metrics.releases} release(s))`;
}
function table(metrics) {
    const band = (metric) => metric.band ?? '—';
    return [
        '| Metric | Value | DORA band |',
        '| --- | --- | --- |',
        `| Deployment frequency | ${show(metrics.deploymentFrequency)} | ${band(metrics.deploymentFrequency)} |`,
        `| Lead time for changes (median) | ${show(metrics.leadTimeMedian)} | ${band(metrics.leadTimeMedian)} |`,
        `| Lead time for changes (p90) | ${show(metrics.leadTimeP90)} | ${band(metrics.leadTimeP90)} |`,
        `| Change failure rate | ${show(metrics.changeFailureRate)} | ${band(metrics.changeFailureRate)} |`,
        `| Time to restore (median) | ${show(metrics.timeToRestoreMedian)} | ${band(metrics.timeToRestoreMedian)} |`,
        ''
    ];
}
/** Mermaid charts of releases per week and lead time; none while the releases fall in fewer than CHART_MIN_WEEKS weeks. */
function charts(metrics) {
    const active = metrics.weeks.filter(week => week.releases > 0).length;
    if (active < CHART_MIN_WEEKS)
        return [
            `_No charts yet: they are drawn once releases fall in ${CHART_MIN_WEEKS} or more weeks of the window (${active} so far)._`,
            ''
        ];
    const labels = metrics.weeks.map(w => `"${w.week.slice(5)}"`).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Releases per week"',
        `    x-axis [${labels}]`,
        '    y-axis "releases"',
        `    bar [${metrics.weeks.map(w => w.releases).join(', ')}]`,
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '    title "Median lead time (hours) of each week\'s releases"',
        `    x-axis [${labels}]`,
        '    y-axis "hours"',
        `    line [${metrics.weeks.map(w => w.leadTimeHours ?? 0).join(', ')}]`,
        '```',
        ''
    ];
}
/** `mode: metrics`'s page: the table with bands, then the charts. `level`: the heading's level (2: the page's title). */
function renderMetrics(metrics, level = 2) {
    return [`${'#'.repeat(level)} ${title(metrics)}`, '', ...table(metrics), ...charts(metrics)].join('\n');
}
/** In a release's summary (when asked): the table and charts, folded under `<details>`. */
function renderMetricsFolded(metrics) {
    return [
        `<details><summary>${title(metrics)}</summary>`,
        '',
        ...table(metrics),
        ...charts(metrics),
        '</details>',
        ''
    ].join('\n');
}


/***/ }),

/***/ 35143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ collectMetrics)
});

// EXTERNAL MODULE: ./src/core/metrics/metrics.ts
var metrics = __webpack_require__(37784);
// EXTERNAL MODULE: ./src/core/versioning/compare.ts
var compare = __webpack_require__(85051);
// EXTERNAL MODULE: ./src/core/versioning/version.ts
var version = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/core/metrics/release-lines.ts
/**
 * Which release tags' dates the metrics need, without reading every tag: the stable releases in
 * version order, grouped by release line (major.minor). Within a line a higher version is never
 * older than a lower one (1.4.3 is made after 1.4.2), so a line whose newest tag is before the
 * window holds no release in it, and its tags' dates need not be read: one date a line, then the
 * lines that reach into the window in full. Lines do not order each other (a maintenance line
 * 1.4.x may release after 2.0.0), so each line is looked at.
 */


/** The stable release tags `{prefix}X.Y.Z`, oldest version first (each version keyed once). */
function stableByVersion(tags, prefix) {
    const keyed = [];
    for (const tag of (0,version/* releaseTags */.dt)(tags, prefix))
        if (!tag.prerelease)
            keyed.push({ tag, key: (0,compare/* versionKey */._5)(tag.version) });
    // (numbers of 2^17 and above have no key: rare, compared by semver's order, the same for X.Y.Z)
    keyed.sort((a, b) => a.key !== null && b.key !== null ? a.key - b.key : (0,compare/* compareVersions */.Zy)(a.tag.version, b.tag.version));
    return keyed.map(({ tag }) => ({
        name: tag.name,
        sha: tag.sha,
        version: tag.version,
        line: tag.version.slice(0, tag.version.lastIndexOf('.'))
    }));
}
/** The tags by release line, each line oldest version first (the input's order kept). */
function byLine(stable) {
    const lines = new Map();
    for (const tag of stable) {
        const line = lines.get(tag.line);
        if (line)
            line.push(tag);
        else
            lines.set(tag.line, [tag]);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/core/record/release-record.ts
var release_record = __webpack_require__(6632);
;// CONCATENATED MODULE: ./src/usecases/metrics/release-commits.ts
/** One range read the plain way. */
function alone(git, range) {
    return git.commitTimes(range.from ? `${range.from}..${range.to}` : range.to);
}
/**
 * The times of each range's commits (in the order of the ranges). The ranges come in version order,
 * so the first one's start is the window's oldest: the one log reads `tips ^start`. A range's split
 * is exact when its start is `start` itself or has `start` in its history (then whatever the log
 * left out, below `start`, is below the range's start too): otherwise it is read alone.
 */
async function rangeCommitTimes(git, ranges) {
    const start = ranges[0]?.from ?? null;
    if (ranges.length < 2 || start === null || ranges.some(range => range.from === null)) {
        const times = [];
        for (const range of ranges)
            times.push(await alone(git, range));
        return times;
    }
    const order = [];
    const parents = new Map();
    const times = new Map();
    const tips = [...new Set(ranges.map(range => range.to))];
    await git.log(start, commit => {
        order.push(commit.sha);
        parents.set(commit.sha, commit.parents);
        times.set(commit.sha, commit.time);
    }, tips);
    const reached = new Map();
    /** The commits of the read that `tip` reaches (itself included). */
    const reach = (tip) => {
        let seen = reached.get(tip);
        if (seen)
            return seen;
        seen = new Set();
        const stack = [tip];
        while (stack.length > 0) {
            const sha = stack.pop();
            if (seen.has(sha) || !parents.has(sha))
                continue;
            seen.add(sha);
            stack.push(...parents.get(sha));
        }
        reached.set(tip, seen);
        return seen;
    };
    /** Whether `start` is in `sha`'s history: a commit of the read that `sha` reaches has it as a parent. */
    const above = (sha) => [...reach(sha)].some(each => parents.get(each).includes(start));
    const result = [];
    for (const range of ranges) {
        const from = range.from;
        const exact = parents.has(range.to) && (from === start || (parents.has(from) && above(from)));
        if (!exact) {
            result.push(await alone(git, range));
            continue;
        }
        const mine = reach(range.to);
        const below = from === start ? new Set() : reach(from);
        result.push(order.filter(sha => mine.has(sha) && !below.has(sha)).map(sha => times.get(sha)));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/usecases/metrics/metrics.ts




/**
 * The dates the metrics need: the newest tag of every release line, then every tag of the lines
 * whose newest is in the window or after its start (src/core/metrics/release-lines.ts). A tag whose
 * date is not read gets its line's newest date: before the window, as its own is.
 */
async function releaseTimes(git, stable, start, also) {
    const lines = [...byLine(stable).values()];
    const heads = await git.tagTimes([...lines.map(line => line.at(-1).name), ...(also ? [also] : [])]);
    const open = lines.filter(line => (heads.get(line.at(-1).name) ?? 0) >= start);
    const rest = await git.tagTimes(open.flatMap(line => line.slice(0, -1).map(tag => tag.name)));
    const times = new Map();
    for (const line of lines) {
        const bound = heads.get(line.at(-1).name) ?? 0;
        for (const tag of line)
            times.set(tag.name, heads.get(tag.name) ?? rest.get(tag.name) ?? bound);
    }
    if (also && heads.has(also))
        times.set(also, heads.get(also));
    return times;
}
/**
 * The DORA metrics from the repository alone: release tags (dates, trailers), the commits each
 * release shipped (one `git log` per release in the window), and the rollback record. Of thousands
 * of tags only the window's are read (their dates and messages), and a date a release line.
 */
async function collectMetrics(settings, deps, now, pending = null) {
    const { git, files } = deps;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const start = nowSeconds - settings.metricsWindow * 86_400;
    const stable = stableByVersion(await git.tags(settings.tagPrefix), settings.tagPrefix);
    const pendingTag = pending ? `${settings.tagPrefix}${pending.version}` : null;
    const times = await releaseTimes(git, stable, start, pendingTag);
    // a release's type matters only from the window on (a hotfix after a release in it): read those messages alone
    const messages = await git.tagMessages(stable.filter(tag => times.get(tag.name) >= start).map(tag => tag.name));
    const record = files.read(settings.rollbackRecord);
    const rollbacks = record
        ? (0,release_record/* parseRollbacks */.fT)(record)
            .map(entry => ({
            version: entry.version,
            time: Math.floor(Date.parse(entry.date) / 1000),
            ...(entry.released && Number.isFinite(Date.parse(entry.released))
                ? { releasedTime: Math.floor(Date.parse(entry.released) / 1000) }
                : {})
        }))
            .filter(rb => Number.isFinite(rb.time))
        : [];
    // a release before the window counts only as known to a rollback (its tag is not gone): of thousands
    // of tags only those are handed on with the window's
    const rolledBack = new Set(rollbacks.map(rollback => rollback.version));
    const releases = [];
    // the commits of the window's releases: one log for all of them (release-commits.ts)
    const ranges = [];
    const shipped = [];
    for (const [index, tag] of stable.entries()) {
        if (pending && tag.version === pending.version)
            continue; // its commits are known already
        const time = times.get(tag.name);
        if (time < start && !rolledBack.has(tag.version))
            continue;
        const message = messages.get(tag.name);
        const meta = message === undefined ? null : (0,release_record/* parseTagMessage */.V3)(message).meta;
        const previous = index > 0 ? stable[index - 1] : null;
        const inWindow = time >= start && time <= nowSeconds;
        const hotfixOf = meta?.hotfixOf?.startsWith(settings.tagPrefix)
            ? meta.hotfixOf.slice(settings.tagPrefix.length)
            : meta?.hotfixOf;
        const release = {
            tag: tag.name,
            version: tag.version,
            time,
            type: meta?.type ?? 'release',
            hotfixOf,
            commitTimes: []
        };
        releases.push(release);
        if (inWindow) {
            ranges.push({ from: previous?.sha ?? null, to: tag.sha });
            shipped.push(release);
        }
    }
    const commitTimes = await rangeCommitTimes(git, ranges);
    shipped.forEach((release, index) => (release.commitTimes = commitTimes[index]));
    if (pending) {
        const tagged = times.get(pendingTag);
        releases.push({
            tag: pendingTag,
            version: pending.version,
            time: tagged !== undefined && tagged <= nowSeconds ? tagged : nowSeconds,
            type: pending.type,
            hotfixOf: pending.hotfixOf?.startsWith(settings.tagPrefix)
                ? pending.hotfixOf.slice(settings.tagPrefix.length)
                : pending.hotfixOf,
            commitTimes: pending.commitTimes
        });
    }
    return (0,metrics/* computeDora */.eJ)(releases, rollbacks, { now: nowSeconds, windowDays: settings.metricsWindow });
}


/***/ }),

/***/ 65809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metrics: () => (/* binding */ modes_metrics_metrics)
});

// EXTERNAL MODULE: ./src/core/metrics/metrics.ts
var metrics = __webpack_require__(37784);
// EXTERNAL MODULE: ./src/usecases/metrics/metrics.ts + 2 modules
var metrics_metrics = __webpack_require__(35143);
// EXTERNAL MODULE: ./src/core/text/sanitize.ts
var sanitize = __webpack_require__(74048);
;// CONCATENATED MODULE: ./src/usecases/components/metrics.ts


async function componentsMetrics(settings, config, deps, now) {
    const noRecord = { read: () => null };
    const all = [];
    for (const component of config.components) {
        const root = component.paths.includes('');
        const metrics = await (0,metrics_metrics/* collectMetrics */.I)({ ...settings, tagPrefix: component.tagPrefix }, { git: deps.git, files: root ? deps.files : noRecord }, now);
        all.push({ name: component.name, tagPrefix: component.tagPrefix, metrics });
    }
    return all;
}
function cell(metric) {
    if (metric.value === null)
        return '—';
    const value = Number.isInteger(metric.value) ? String(metric.value) : metric.value.toFixed(1);
    return `${value} ${metric.unit}${metric.band ? ` (${metric.band})` : ''}`;
}
/** One table: a row per component. */
function renderComponentsMetrics(all) {
    if (all.length === 0)
        return '';
    const lines = [
        '## Metrics per component',
        '',
        '| component | tags | releases | deployment frequency | lead time (median) | change failure rate |',
        '| --- | --- | ---: | --- | --- | --- |'
    ];
    for (const { name, tagPrefix, metrics } of all)
        lines.push(`| ${(0,sanitize/* sanitizeCell */.CN)(name)} | ${(0,sanitize/* codeSpan */.SS)(`${tagPrefix}X.Y.Z`)} | ${metrics.releases} | ${cell(metrics.deploymentFrequency)} | ${cell(metrics.leadTimeMedian)} | ${cell(metrics.changeFailureRate)} |`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/usecases/notifiers/notify.ts + 5 modules
var notify = __webpack_require__(79328);
// EXTERNAL MODULE: ./src/usecases/modes/report.ts
var modes_report = __webpack_require__(71085);
;// CONCATENATED MODULE: ./src/usecases/modes/metrics.ts
/** mode: metrics — the DORA metrics without releasing (for a scheduled workflow); Datadog is told. */





async function modes_metrics_metrics(settings, services) {
    const { env } = services;
    const dora = await (0,metrics_metrics/* collectMetrics */.I)(settings, services, env.now);
    const outputs = (0,modes_report/* metricsOutput */.PE)(settings, services.files, dora, services.sideFiles);
    // with components: each one's own tag series too (src/usecases/components/metrics.ts)
    const config = settings.sections?.components;
    const perComponent = config ? await componentsMetrics(settings, config, services, env.now) : [];
    const report = await (0,notify/* notifyMetrics */.nP)(settings, {
        release: null,
        metrics: dora,
        messages: [],
        repository: env.repository ?? null,
        releaseUrl: null,
        compareUrl: null,
        now: env.now
    }, services);
    const message = `DORA metrics over ${dora.windowDays} days: ${dora.releases} release(s).`;
    return {
        outputs,
        summary: `${(0,metrics/* renderMetrics */.qF)(dora)}\n${perComponent.length > 0 ? `${renderComponentsMetrics(perComponent)}\n` : ''}${(0,modes_report/* notifySection */.fY)(settings, report)}`,
        annotations: [],
        variables: {},
        message,
        report: [message, ...perComponent.map(c => `  ${c.name}: ${c.metrics.releases} release(s)`)]
    };
}


/***/ }),

/***/ 71085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ metricsOutput),
/* harmony export */   _H: () => (/* binding */ publishDeps),
/* harmony export */   fY: () => (/* binding */ notifySection),
/* harmony export */   kv: () => (/* binding */ gateAnnotations),
/* harmony export */   wk: () => (/* binding */ repoUrl)
/* harmony export */ });
/* harmony import */ var _core_notes_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65157);
/* harmony import */ var _notifiers_notify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79328);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62932);



function publishDeps(services) {
    return {
        files: services.files,
        sideFiles: services.sideFiles,
        offline: services.planOnly,
        github: services.github.publisher,
        artifact: services.artifact,
        log: services.log,
        toolVersion: services.toolVersion
    };
}
function repoUrl(env) {
    return env.serverUrl && env.repository ? `${env.serverUrl}/${env.repository}` : null;
}
/** The gates' failures as annotations, each finding at its file and line. */
function gateAnnotations(report) {
    const annotations = [];
    for (const gate of report?.results ?? []) {
        if (gate.status !== 'fail')
            continue;
        annotations.push({
            level: 'error',
            message: `${gate.gate}: ${gate.reason}`,
            title: `Release gate ${gate.gate} failed`
        });
        for (const note of gate.annotations) {
            annotations.push({
                level: note.level,
                message: note.message,
                title: `Release gate ${gate.gate}`,
                file: note.file,
                line: note.line
            });
        }
    }
    return annotations;
}
/**
 * The DORA metrics: the `metrics` output, and release-metrics.json except in a dry run: a side file
 * (RUNNER_TEMP, never packaged with the project) named by `metrics_file`.
 */
function metricsOutput(settings, files, metrics, sideFiles) {
    const json = JSON.stringify(metrics);
    if (settings.dryRun)
        return { metrics: json };
    const text = `${JSON.stringify(metrics, null, 2)}\n`;
    if (!sideFiles)
        files.write(_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE */ .HL, text);
    return { metrics: json, metrics_file: sideFiles ? sideFiles.write(_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE */ .HL, text) : _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE */ .HL };
}
function notifySection(settings, report) {
    return (0,_core_notes_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNotifySummary */ .Oc)({
        dryRun: settings.dryRun,
        services: (0,_notifiers_notify_js__WEBPACK_IMPORTED_MODULE_1__/* .servicesOf */ .Yj)(report),
        jiraIssues: report.jira?.issues ?? []
    });
}


/***/ })

};
