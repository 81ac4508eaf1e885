export const id = 958;
export const ids = [958];
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

/***/ 22496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ planGateLines),
/* harmony export */   rR: () => (/* binding */ commandsNotRun)
/* harmony export */ });
/* unused harmony export NOT_RUN */
/** Why a command gate did not run in a plan. */
const NOT_RUN = 'not run: plan runs no command of the project (--run-commands runs it)';
/** The plan's stand-in for the project's commands: none runs, each says why. */
const commandsNotRun = {
    run: async () => ({ exitCode: null, tail: [], error: NOT_RUN })
};
/** The gates as the plan shows them: each verdict, a command gate that did not run as skipped. */
function planGateLines(report) {
    if (!report || report.results.length === 0)
        return [];
    const lines = report.results.map(gate => {
        const notRun = gate.status === 'fail' && gate.reason.endsWith(NOT_RUN);
        return `  ${gate.gate}: ${notRun ? 'skipped' : gate.status} — ${gate.reason}`;
    });
    const failed = report.results.filter(gate => gate.status === 'fail' && !gate.reason.endsWith(NOT_RUN));
    return [
        failed.length > 0
            ? `Gates: ${failed.map(gate => gate.gate).join(', ')} would stop this release (a release run fails on them)`
            : 'Gates:',
        ...lines
    ];
}


/***/ }),

/***/ 46958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release_release)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/metrics/render.ts
var render = __webpack_require__(90621);
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
async function moveMajorTag(settings, result, git, 
/** Pushes to origin: null where the run may not push. */
origin, log) {
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
        if (!origin)
            throw new errors/* ConfigurationError */.j1(`push: true, but this run may not push to ${REMOTE} (the CLI pushes only with --push): ${tag} was moved here only.`);
        try {
            await origin.pushAtomic(REMOTE, [`+refs/tags/${tag}:refs/tags/${tag}`]);
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

// EXTERNAL MODULE: ./src/usecases/metrics/metrics.ts + 2 modules
var metrics_metrics = __webpack_require__(35143);
// EXTERNAL MODULE: ./src/usecases/notifiers/notify.ts + 5 modules
var notify = __webpack_require__(79328);
// EXTERNAL MODULE: ./src/usecases/outputs.ts
var outputs = __webpack_require__(33110);
// EXTERNAL MODULE: ./src/core/components/release-commit.ts
var release_commit = __webpack_require__(61819);
// EXTERNAL MODULE: ./src/usecases/publish/publish.ts + 4 modules
var publish = __webpack_require__(95771);
// EXTERNAL MODULE: ./src/usecases/publish/publish-target.ts
var publish_target = __webpack_require__(83381);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/components/attribution.ts
var attribution = __webpack_require__(57949);
// EXTERNAL MODULE: ./src/core/text/sanitize.ts
var sanitize = __webpack_require__(74048);
// EXTERNAL MODULE: ./src/core/publish/repo-url.ts
var repo_url = __webpack_require__(54183);
// EXTERNAL MODULE: ./src/usecases/components/files.ts
var components_files = __webpack_require__(23414);
;// CONCATENATED MODULE: ./src/usecases/components/publish.ts
/**
 * Publishing a release of several components: a GitHub release per released component, made as
 * the single package's is (src/usecases/publish/publish.ts: found by its tag, drafts too, else
 * created as a draft; its assets attached; then published), one after the other in dependency
 * order. Each release has the component's own notes, title, prerelease flag and assets: the files
 * the assets globs match inside the component's own path (the longest path owns a file), its SBOM
 * read from its path, and its SHA256SUMS. Only the root component (path `.`) may become the
 * repository's "latest" release; with no root component none does. Everything is prepared (and
 * checked) before the release is made; a failure after it stops at that component and names what
 * is published: a rerun at the release commit converges (each existing release is updated, the
 * missing ones made).
 */










/**
 * The workspace seen from a component's folder: paths relative to it; reads and globs answer only
 * the files the component owns (a nested component's files are its own).
 */
function componentFiles(files, base, owns) {
    const at = (file) => (base === '' ? file : `${base}/${file}`);
    const from = (file) => (base === '' ? file : file.slice(base.length + 1));
    return {
        // a file another component owns is not this one's (its SBOM reads none of them)
        read: file => (owns(at(file)) ? files.read(at(file)) : null),
        bytes: file => (owns(at(file)) ? files.bytes(at(file)) : null),
        confine: (what, file) => files.confine(what, at(file)),
        realRelative: file => files.realRelative(at(file)),
        list: dir => files.list(at(dir)),
        absolute: file => files.absolute(at(file)),
        glob: async (pattern) => (await files.glob(at(pattern))).filter(owns).map(from),
        write: (file, text) => files.write(at(file), text),
        writeBytes: (file, data) => files.writeBytes(at(file), data),
        remove: file => files.remove(at(file))
    };
}
/** The run's side files with the component's name in front: two components' SHA256SUMS never meet. */
function componentSideFiles(side, name) {
    if (!side)
        return undefined;
    const prefix = `${name}-`;
    const named = (file) => (file.startsWith(prefix) ? file : `${prefix}${file}`);
    return { path: file => side.path(named(file)), write: (file, text) => side.write(named(file), text) };
}
/** A component's publishing settings: the run's, with the component's title, latest rule and assets. */
function settingsOf(settings, component, root) {
    return {
        ...settings,
        packageName: component.packageName || (root ? settings.packageName : component.name),
        releaseTitle: settings.releaseTitle.replace(/\{name\}/g, component.name),
        // GitHub has one latest release per repository: the root component's (a component below it never)
        makeLatest: root ? settings.makeLatest : 'false',
        // the expected assets are the repository's main package's: the root component's
        expectedAssets: root ? settings.expectedAssets : [],
        // checked over every component below (a glob matching in one component is enough)
        requireAssets: false,
        // one artifact per component below, named for it
        uploadArtifact: false
    };
}
const NO_MATCH = /^assets: (.*) matches no file$/;
/**
 * The `publish` step of a release of components (the Publishing of src/usecases/release/index.ts):
 * prepares each released component's release (checks its input, writes nothing), then publishes
 * them in dependency order once the release commit and tags are made; `done` receives the results.
 */
function componentsPublisher(settings, config, git, env, deps, done) {
    return async (lead, head, releases = []) => {
        const byName = new Map(config.components.map((component, index) => [component.name, { component, index }]));
        const { owners } = (0,attribution/* attributor */.Bc)(config.components.map(c => ({ ...c, sharedPaths: [] })));
        const [origin, refs] = await Promise.all([git.remoteUrl('origin'), git.tags('')]);
        const repoUrl = (0,repo_url/* repoUrlFrom */.s)(env.serverUrl, env.repository, origin);
        const all = [];
        let accessChecked = false;
        for (const release of releases) {
            const entry = byName.get(release.name);
            if (!release.released || !entry)
                continue;
            const { component, index } = entry;
            const root = component.paths.includes('');
            const own = settingsOf(settings, component, root);
            const files = componentFiles(deps.files, (0,components_files/* baseOf */.b)(component), file => owners(file)[0] === index);
            const ownDeps = {
                ...deps,
                files,
                sideFiles: componentSideFiles(deps.sideFiles, component.name),
                // the token's access is checked once for the run
                offline: deps.offline || accessChecked
            };
            const highest = (0,version/* highestStable */.Ij)((0,version/* releaseTags */.dt)(refs, component.tagPrefix))?.version ?? null;
            const target = {
                tag: release.tag,
                version: release.version,
                notes: release.notes,
                notesFile: release.notesFile,
                commitSha: head,
                hotfix: false,
                highestVersion: highest && semver_default().gt(highest, release.version) ? highest : release.version,
                repoUrl,
                created: env.now
            };
            const prepared = await (0,publish/* preparePublish */.dx)(own, target, ownDeps);
            accessChecked = true;
            all.push({ release, component, settings: own, target, prepared, deps: ownDeps, workspace: deps.files });
        }
        checkAssets(settings, all);
        return async (commitSha) => {
            const sha = commitSha || head;
            const made = [];
            const report = () => done({ components: made, lead: made.find(p => p.tag === lead.tag)?.result ?? null });
            for (const each of all) {
                let result;
                try {
                    result = await (0,publish/* executePublish */.$_)(each.settings, { ...each.target, commitSha: sha }, { ...each.prepared, release: { ...each.prepared.release, targetCommitish: sha } }, each.deps);
                    if (settings.uploadArtifact && !settings.dryRun)
                        result.artifact = await uploadArtifact(each, result);
                }
                catch (error) {
                    report();
                    const published = made.map(p => p.tag);
                    const rest = all.slice(all.indexOf(each) + 1).map(p => p.release.tag);
                    const message = error instanceof Error ? error.message : String(error);
                    throw new errors/* ConfigurationError */.j1(`The GitHub release of ${each.release.tag} failed: ${message.replace(/\.?$/, '.')} ` +
                        `Published: ${published.join(', ') || 'none'}; not attempted: ${rest.join(', ') || 'none'}.`);
                }
                made.push({ name: each.release.name, tag: each.release.tag, result });
            }
            report();
        };
    };
}
/** require_assets over the components: each glob must match in one released component; the expected assets are checked in the root's. */
function checkAssets(settings, all) {
    const unmatched = (prepared) => new Set(prepared.warnings.map(w => NO_MATCH.exec(w)?.[1]).filter((p) => p !== undefined));
    const nowhere = settings.assets.filter(pattern => all.every(each => unmatched(each.prepared).has(pattern)));
    const missing = all.flatMap(each => each.prepared.expected.filter(e => !e.found).map(e => e.name));
    if (settings.requireAssets && all.length > 0 && (nowhere.length > 0 || missing.length > 0))
        throw new errors/* ConfigurationError */.j1(`${[
            ...nowhere.map(pattern => `assets: ${pattern} matches no file of a released component`),
            ...(missing.length > 0 ? [`expected assets missing from the root component: ${missing.join(', ')}`] : [])
        ].join('; ')} (require_assets: true). Build them before this step, or fix the globs.`);
    // a glob matching in another component is no warning for this one; one matching nowhere warns once
    for (const each of all)
        each.prepared.warnings = each.prepared.warnings.filter(warning => {
            const pattern = NO_MATCH.exec(warning)?.[1];
            return pattern === undefined || (nowhere.includes(pattern) && each === all[0]);
        });
}
/** The workflow artifact of one component: `release-<name>-<version>`, its notes, SBOM and SHA256SUMS. */
async function uploadArtifact(each, result) {
    const name = `release-${each.release.name}-${each.release.version}`;
    const { notesFile } = each.release;
    const side = each.deps.sideFiles;
    let list;
    let root;
    if (each.settings.releaseDir || !side) {
        // in the workspace: the notes from its root, the SBOM and SHA256SUMS in the component's folder
        const written = [result.checksumsPath, ...(result.sbomPath ? [result.sbomPath] : [])];
        list = [each.workspace.absolute(notesFile), ...written.map(file => each.deps.files.absolute(file))];
        root = each.workspace.absolute('.');
    }
    else {
        const notes = side.write(external_node_path_.posix.basename(notesFile), each.workspace.read(notesFile) ?? '');
        list = [notes, result.checksumsPath, ...(result.sbomPath ? [result.sbomPath] : [])];
        root = external_node_path_.dirname(notes);
    }
    await each.deps.artifact.upload(name, list, root);
    each.deps.log.info(`Uploaded the workflow artifact ${name}`);
    return name;
}
/** Each component's GitHub release address, by name (the `releases` output's `release_url`). */
function releaseUrls(published) {
    return new Map(published.filter(p => p.result.releaseUrl).map(p => [p.name, p.result.releaseUrl]));
}
/** The job summary's publishing sections: one per component. */
function componentsPublishSummary(published) {
    return published
        .map(p => `\n${(0,notes_summary/* renderPublishSummary */.Oq)(p.result).replace(/^### Publishing/, () => `### Publishing ${(0,sanitize/* codeSpan */.SS)(p.tag)}`)}`)
        .join('');
}

// EXTERNAL MODULE: ./src/usecases/release/index.ts + 7 modules
var release = __webpack_require__(41354);
// EXTERNAL MODULE: ./src/usecases/modes/plan-view.ts
var plan_view = __webpack_require__(22496);
// EXTERNAL MODULE: ./src/usecases/modes/report.ts
var modes_report = __webpack_require__(71085);
;// CONCATENATED MODULE: ./src/usecases/modes/release.ts
/** mode: release and mode: hotfix — the release, then the major tag, the metrics and the notifiers. */















/** Metrics (every run), then the notifiers for a release; returns outputs and summary sections. */
async function afterRelease(settings, services, result, published) {
    const { git, env } = services;
    const { plan } = result;
    // a dry run makes no release: the metrics don't count it
    const pending = plan.released && !settings.dryRun
        ? {
            version: plan.version,
            type: plan.hotfix ? 'hotfix' : 'release',
            hotfixOf: plan.tagMeta.hotfixOf,
            commitTimes: result.commitTimes
        }
        : null;
    const metrics = await (0,metrics_metrics/* collectMetrics */.I)(settings, services, env.now, pending);
    const outputs = (0,modes_report/* metricsOutput */.PE)(settings, services.files, metrics, services.sideFiles);
    let summary = settings.summaryMetrics ? `\n${(0,render/* renderMetricsFolded */.uK)(metrics)}` : '';
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
    summary = `\n${(0,modes_report/* notifySection */.fY)(settings, report)}${summary}`;
    return { outputs, summary };
}
/** The changelog a release run prepends its section to (a dry run would), or null. */
function releaseSummaryChangelog(settings, result) {
    const made = result.status === 'resumed' && result.from === 'tag';
    return result.plan.released && settings.releaseCommit !== false && !made ? settings.changelogFile : null;
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
                : `Notes written to ${result.notesFile} (not committed)`,
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
        outputs: { gates: (0,outputs/* gatesJson */.Jq)(report), released: 'false' },
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
    let perComponent = [];
    (0,notify/* checkNotifiers */.iv)(settings); // what would fail after the push fails now
    const deps = {
        git,
        files,
        log,
        env,
        remote: services.remote ?? null,
        origin: services.origin ?? null,
        gitData: services.github.gitData ?? null,
        scrub: services.scrub,
        gates: input => (0,run/* runGates */.AQ)(settings, input, {
            git,
            remote: services.remote ?? null,
            fetch: services.remote ?? null,
            files,
            commands: services.commands,
            github: services.github.gates,
            log,
            cwd: services.cwd,
            runId: env.runId
        }),
        publish: !(0,publish/* publishingWanted */.zA)(settings)
            ? undefined
            : settings.sections?.components
                ? componentsPublisher(settings, settings.sections.components, git, env, (0,modes_report/* publishDeps */._H)(services), value => {
                    published = value.lead;
                    perComponent = value.components;
                })
                : (0,publish_target/* releasePublisher */.Q)(settings, git, env, (0,modes_report/* publishDeps */._H)(services), value => {
                    published = value;
                })
    };
    // the CLI's plan: the plan is made from reads only (origin's tags only with --online; no writer),
    // then rehearsed (gates, publishing's report) without writing the notes file
    const result = services.planOnly
        ? await (0,release/* applyPlan */.gj)(await (0,release/* planRelease */.F3)(settings, {
            git,
            files,
            log,
            env,
            remote: services.remote ?? undefined,
            scrub: services.scrub
        }), deps, { writeNotes: false })
        : await (0,release/* runRelease */.T_)(settings, deps);
    // the CLI's plan prints the plan whatever the gates say (src/usecases/modes/plan-view.ts)
    if (result.status === 'stopped' && !services.planOnly)
        return stoppedByGates(settings, services, result);
    const pastTheCommit = (error) => {
        if (!result.commitSha)
            throw error;
        // past the point of no return: say what is made, and that a rerun finishes the rest
        const { tag } = result.plan;
        throw new errors/* ConfigurationError */.j1(`${tag} was released${result.pushed ? ' and pushed to origin' : ' here'} (commit ${result.commitSha.slice(0, 12)} and tag ${tag}), but a step after it failed: ${error instanceof Error ? error.message : String(error)} ` +
            `Fix that and run again at this commit: the rerun makes no new commit or tag, reports resumed: true and runs the metrics and notifiers again.`);
    };
    const major = await moveMajorTag(settings, result, git, services.origin ?? null, log).catch(pastTheCommit);
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
        gates: result.gates,
        versionFiles: result.versionFiles,
        changelogFile: releaseSummaryChangelog(settings, result),
        notesWritten: !services.planOnly,
        conventions: result.conventions,
        staleVersions: result.staleVersions
    }) +
        (result.components ? `\n${(0,release_commit/* componentsSummary */.Nf)(result.components, settings.dryRun)}` : '') +
        (result.components && perComponent.length > 0
            ? componentsPublishSummary(perComponent)
            : published
                ? `\n${(0,notes_summary/* renderPublishSummary */.Oq)(published)}`
                : '') +
        (major ? `\nMajor tag: \`${major.tag}\` ${major.status} (${major.detail}).\n` : '') +
        after.summary;
    const variables = {};
    if (result.gates?.skipSlowTests)
        variables.SKIP_SLOW_TESTS = 'true';
    if (plan.released)
        Object.assign(variables, { NEW_VERSION: plan.version, VERSION: plan.version });
    return {
        outputs: {
            ...(0,outputs/* outputsOf */.Yz)(result, settings.severity),
            // the CLI's plan writes no notes file: no path to one
            ...(services.planOnly ? { release_notes: '' } : {}),
            ...(result.components ? { releases: (0,release_commit/* releasesJson */.Jc)(result.components, releaseUrls(perComponent)) } : {}),
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
            ...(services.planOnly ? (0,plan_view/* planGateLines */.ET)(result.gates) : []),
            ...(result.components ?? []).map(r => `  ${r.name}: ${r.released ? `${r.previousVersion || '—'} → ${r.version} (${r.tag})` : 'no release'}: ${r.reason}`),
            ...(major ? [`Major tag: ${major.tag} ${major.status} (${major.detail})`] : [])
        ]
    };
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
