export const id = 7;
export const ids = [7];
export const modules = {

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


/***/ }),

/***/ 87007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WATCH_LABEL: () => (/* binding */ WATCH_LABEL),
/* harmony export */   runWatch: () => (/* binding */ runWatch),
/* harmony export */   watch: () => (/* binding */ watch)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_record_release_record_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6632);
/* harmony import */ var _core_notes_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65157);
/* harmony import */ var _core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26823);
/* harmony import */ var _core_notify_integrations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48494);
/* harmony import */ var _core_text_secrets_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(36129);
/* harmony import */ var _gates_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32454);
/* harmony import */ var _notifiers_notify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79328);
/* harmony import */ var _notifiers_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44801);
/* harmony import */ var _rollback_rollback_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89621);
/**
 * mode: watch — the latest release's first hours against its automatic rollback triggers: error rate
 * and latency from Datadog's metrics query API compared with the previous release's same hours, and
 * new critical code scanning alerts. A fired trigger opens one issue and tells Slack once
 * (watch_action: issue, the default), or rolls the release back with the rollback's own guards
 * (watch_action: rollback). No data is no decision, never a rollback.
 */











/** The label of the watch's issues (with the hidden marker, how a rerun finds its issue again). */
const WATCH_LABEL = 'release-watch';
/** Stable release tags, newest version first, with their time (the tag's, or its commit's). */
async function releases(git, prefix) {
    const details = await git.tagDetails(prefix);
    return details
        .map(detail => ({ tag: detail.name, version: detail.name.slice(prefix.length), time: detail.time }))
        .filter(entry => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(entry.version) === entry.version && !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(entry.version))
        .sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version));
}
const QUERY_OF = {
    error_rate_spike: 'watchErrorRateQuery',
    performance_degradation: 'watchLatencyQuery'
};
const INPUT_OF = { watchErrorRateQuery: 'watch_error_rate_query', watchLatencyQuery: 'watch_latency_query' };
function template(query, release) {
    return query.replace(/\{version\}/g, release.version).replace(/\{tag\}/g, release.tag);
}
/** One window's value from GET /api/v1/query; an API error or a malformed answer is a reason, not a value. */
async function measure(settings, http, query, window) {
    if (window.to <= window.from)
        return { ok: false, reason: 'the window is empty' };
    const base = (0,_core_notify_integrations_js__WEBPACK_IMPORTED_MODULE_4__/* .datadogApiBase */ .CD)(settings);
    const params = new URLSearchParams({ from: String(window.from), to: String(window.to), query });
    try {
        const response = await http.send({
            method: 'GET',
            url: `${base}/api/v1/query?${params.toString()}`,
            label: `Datadog GET ${base}/api/v1/query`,
            headers: { 'DD-API-KEY': settings.datadogApiKey, 'DD-APPLICATION-KEY': settings.datadogAppKey }
        });
        const answer = response.json;
        if (!answer || answer.status !== 'ok' || !Array.isArray(answer.series))
            return {
                ok: false,
                reason: `Datadog's answer is not a query result${typeof answer?.error === 'string' ? ` (${answer.error})` : ''}`
            };
        return (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .measureSeries */ .Mk)(answer.series, window);
    }
    catch (error) {
        const advice = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .datadogAdvice */ .P9)(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$ ? error.status : null);
        return { ok: false, reason: `${(0,_notifiers_types_js__WEBPACK_IMPORTED_MODULE_7__/* .failure */ .V)(error)}${advice ? `. ${advice}.` : ''}` };
    }
}
/** The Datadog keys: both or none; half a source is a mistake named before anything is read. */
function datadogSource(settings, triggers) {
    const queried = triggers.some(t => t.name !== 'critical_security_alert' && settings[QUERY_OF[t.name]] !== '');
    const keys = [settings.datadogApiKey !== '', settings.datadogAppKey !== ''];
    if (queried && keys[0] !== keys[1])
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`mode: watch reads Datadog with both datadog_api_key and datadog_app_key, and ${keys[0] ? 'datadog_app_key' : 'datadog_api_key'} is missing. Pass it (a secret), or remove watch_error_rate_query and watch_latency_query. Nothing was changed.`);
    return keys[0] && keys[1];
}
async function evaluate(settings, deps, triggers, latest, previous, windows, datadog) {
    const rows = [];
    for (const trigger of triggers) {
        if (trigger.name === 'critical_security_alert') {
            const since = iso(latest.time);
            if (!trigger.enabled)
                rows.push((0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .securityVerdict */ .yY)(trigger, { ok: false, reason: '' }));
            else if (!deps.github.watch)
                rows.push((0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .securityVerdict */ .yY)(trigger, {
                    ok: false,
                    reason: 'no github_token or GITHUB_REPOSITORY: code scanning alerts were not read'
                }));
            else {
                try {
                    const alerts = (await deps.github.watch.criticalAlerts())
                        .filter(alert => Date.parse(alert.createdAt) > latest.time * 1000)
                        .map(alert => ({ number: alert.number, rule: alert.ruleId, url: alert.url, createdAt: alert.createdAt }));
                    rows.push((0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .securityVerdict */ .yY)(trigger, { ok: true, alerts, since: `${latest.tag} (${since})` }));
                }
                catch (error) {
                    const advice = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .codeScanningAdvice */ .pl)(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS ? error.status : null);
                    rows.push((0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .securityVerdict */ .yY)(trigger, { ok: false, reason: `${(0,_notifiers_types_js__WEBPACK_IMPORTED_MODULE_7__/* .failure */ .V)(error)}${advice ? `. ${advice}.` : ''}` }));
                }
            }
            continue;
        }
        const field = QUERY_OF[trigger.name];
        const query = settings[field];
        const row = (status, detail) => ({
            trigger: trigger.name,
            condition: trigger.condition,
            threshold: `${trigger.op} ${trigger.threshold}%`,
            status,
            detail
        });
        if (!query)
            rows.push(row('off', `not watched: no ${INPUT_OF[field]}`));
        else if (!datadog)
            rows.push(row('off', 'not watched: no datadog_api_key and datadog_app_key'));
        else if (!previous || !windows.baseline)
            rows.push(row('no-decision', 'no previous release to compare with'));
        else {
            const baseline = await measure(settings, deps.http, template(query, previous), windows.baseline);
            const current = await measure(settings, deps.http, template(query, latest), windows.release);
            const verdict = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rateVerdict */ .O8)(trigger, baseline, current);
            const ends = latest.time + Math.round(settings.watchWindowHours * 3600);
            rows.push(windows.release.to < ends ? (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .awaitingWindow */ .hh)(verdict, ends) : verdict);
        }
    }
    return rows;
}
function iso(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Watches the latest stable release; acts when a trigger fires (see the module's comment). */
async function runWatch(settings, deps) {
    const { config, file } = await (0,_gates_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadGatesConfig */ .jz)(settings, deps.files);
    const triggers = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTriggers */ .Zu)(config?.rollbackTriggers ?? []);
    const datadog = datadogSource(settings, triggers);
    // the rollback's record, pushed, is what tells the next run (a fresh clone) which release users
    // were put back on; unpushed, that run would roll the restored release back in turn
    if (settings.watchAction === 'rollback' && !settings.push && !settings.dryRun)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('watch_action: rollback needs push: true: the pushed rollback record is what stops the next watch rolling back the release users were put back on. Set push: true (contents: write), or use watch_action: issue. Nothing was changed.');
    const empty = (note) => ({
        report: {
            tag: null,
            previousTag: null,
            verdict: 'no-decision',
            action: 'none',
            windows: { release: null, baseline: null, note: '' },
            triggers: [],
            note
        },
        rollback: null,
        issue: null,
        notified: []
    });
    if (triggers.length === 0)
        return empty(`No automatic_rollback_triggers are configured${file ? ` in ${file}` : ' (no gates configuration)'}: nothing to watch.`);
    const rated = triggers.filter(t => t.name !== 'critical_security_alert');
    const security = triggers.some(t => t.name === 'critical_security_alert' && t.enabled);
    if (!security && (!datadog || rated.every(t => settings[QUERY_OF[t.name]] === '')))
        return empty('No metrics source is configured (datadog_api_key, datadog_app_key and watch_error_rate_query or watch_latency_query), and critical_security_alert is not on: nothing was watched.');
    if (!(await deps.git.isRepository()))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0).');
    // a version a rollback burned is neither watched nor a baseline, even when its tag stays (an
    // immutable release's): users were put back on the release before it
    const rollbacks = (0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRollbacks */ .fT)(deps.files.read(settings.rollbackRecord) ?? '');
    const burned = new Set(rollbacks.map(entry => entry.version));
    const tags = (await releases(deps.git, settings.tagPrefix)).filter(entry => !burned.has(entry.version));
    if (tags.length === 0)
        return empty(`There is no ${settings.tagPrefix}X.Y.Z release tag: nothing to watch.`);
    // the previous release: the highest lower version released before it (a maintenance release made
    // after it, such as 1.2.1 after 1.3.0, is not what users were on before it)
    const [latest] = tags;
    const previous = tags.slice(1).find(entry => entry.time < latest.time) ?? null;
    const now = Math.floor(deps.env.now.getTime() / 1000);
    const windows = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .watchWindows */ .jP)(latest.time, previous?.time ?? null, now, settings.watchWindowHours);
    // a row's detail may quote Datadog's or GitHub's answer (an echoed key): scrubbed before the issue, Slack, the summary
    const scrub = deps.scrub ?? _core_text_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .scrubTokens */ .U;
    const rows = (await evaluate(settings, deps, triggers, latest, previous, windows, datadog)).map(row => ({
        ...row,
        detail: scrub(row.detail)
    }));
    const report = {
        tag: latest.tag,
        previousTag: previous?.tag ?? null,
        verdict: (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .overallVerdict */ .Bn)(rows),
        action: 'none',
        windows: { release: windows.release, baseline: windows.baseline, note: windows.note },
        triggers: rows,
        note: ''
    };
    for (const row of rows)
        deps.log.info(`${row.trigger}: ${row.status} — ${row.detail}`);
    if (report.verdict !== 'fired') {
        report.action = report.verdict === 'ok' ? 'none: every trigger is within its threshold' : 'none: no decision';
        return { report, rollback: null, issue: null, notified: [] };
    }
    const reason = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .firedReason */ .tj)(latest.tag, rows);
    const runUrl = deps.env.serverUrl && deps.env.repository && deps.env.runId
        ? `${deps.env.serverUrl}/${deps.env.repository}/actions/runs/${deps.env.runId}`
        : null;
    const tell = async (action, link) => (0,_notifiers_notify_js__WEBPACK_IMPORTED_MODULE_6__/* .servicesOf */ .Yj)(await (0,_notifiers_notify_js__WEBPACK_IMPORTED_MODULE_6__/* .notifyWatch */ .Pg)(settings, { repository: deps.env.repository ?? null, report: { ...report, action }, action, link }, deps));
    // a release users were put back on by a rollback is not rolled back in turn by the watch (no
    // cascade down the releases): it gets the issue instead, for a person to decide
    const restoredBy = rollbacks.find(entry => entry.restored === latest.version);
    if (settings.watchAction === 'rollback' && restoredBy)
        deps.log.warning(`${latest.tag} is where the rollback of ${restoredBy.version} put users back: the watch does not roll it back in turn, it opens an issue instead.`);
    if (settings.watchAction === 'rollback' && !restoredBy) {
        const rollback = await (0,_rollback_rollback_js__WEBPACK_IMPORTED_MODULE_8__/* .runRollback */ .e)({ ...settings, version: latest.version, reason, force: false }, {
            git: deps.git,
            remote: deps.remote,
            origin: deps.origin,
            files: deps.files,
            log: deps.log,
            env: deps.env,
            github: deps.github.releases,
            scrub
        });
        const made = rollback.steps.some(step => step.status === 'done' || step.status === 'would do');
        report.action = `${rollback.dryRun ? 'would roll back' : 'rolled back'} ${latest.tag} (watch_action: rollback); users are back on ${rollback.restoredVersion || 'no release'}`;
        const notified = made ? await tell(report.action, runUrl) : [];
        return { report, rollback, issue: null, notified };
    }
    if (!deps.github.watch)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The release watch fired for ${latest.tag} (${reason}), and watch_action: issue needs github_token (issues: write) and GITHUB_REPOSITORY to open its issue. Give the token, or set watch_action: rollback.`);
    const marker = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .issueMarker */ .Q_)(latest.tag);
    // the watch's issue is younger than the release: the issues updated since it are enough to read
    const existing = await deps.github.watch.findIssue(marker, iso(latest.time));
    const held = restoredBy
        ? `not rolled back: the rollback of ${restoredBy.version} put users back on ${latest.tag}`
        : '';
    const why = held ? ` (${held})` : '';
    if (existing) {
        report.action = `${held ? `${held}; ` : ''}issue #${existing.number} (${existing.state}) already reports ${latest.tag}: not opened again, Slack not told again (${existing.url})`;
        return { report, rollback: null, issue: { ...existing, created: false }, notified: [] };
    }
    if (settings.dryRun) {
        report.action = `would open an issue labelled ${WATCH_LABEL} and tell Slack${why}`;
        return { report, rollback: null, issue: null, notified: await tell(report.action, runUrl) };
    }
    const { title, body } = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .watchIssue */ .TQ)(report, runUrl);
    const issue = await deps.github.watch.createIssue({ title: scrub(title), body: scrub(body), labels: [WATCH_LABEL] });
    report.action = `opened issue #${issue.number} (${issue.url})${why}`;
    const notified = await tell(report.action, issue.url);
    return { report, rollback: null, issue: { ...issue, created: true }, notified };
}
/** A fired watch as a warning (with the rollback's manual steps); no decision as a notice saying why. */
function watchAnnotations(report, rollback) {
    const title = `Release watch${report.tag ? ` of ${report.tag}` : ''}`;
    if (report.verdict === 'fired')
        return [
            { level: 'warning', title, message: `${(0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .firedReason */ .tj)(report.tag ?? '', report.triggers)}; ${report.action}` },
            ...(rollback?.manual ?? []).map(text => ({
                level: 'warning',
                message: text,
                title: `Manual step to finish the rollback of ${rollback?.tag}`
            }))
        ];
    if (report.verdict === 'no-decision') {
        const why = report.note ||
            report.triggers
                .filter(row => row.status === 'no-decision')
                .map(row => `${row.trigger}: ${row.detail}`)
                .join('; ');
        return [{ level: 'notice', title, message: `no decision: ${why || 'no trigger is watched'}` }];
    }
    return [];
}
/** mode: watch's handler: the verdict table in the summary, the outputs, the rollback's if one was made. */
async function watch(settings, services) {
    const result = await runWatch(settings, {
        git: services.git,
        remote: services.remote ?? null,
        origin: services.origin ?? null,
        files: services.files,
        http: services.http,
        log: services.log,
        env: services.env,
        github: { releases: services.github.releases, watch: services.github.watch ?? null },
        scrub: services.scrub
    });
    const { report, rollback } = result;
    const notified = result.notified.filter(service => service.status !== 'off');
    const summary = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderWatchSummary */ .uE)(report, settings.dryRun) +
        (notified.length > 0
            ? `\nNotified: ${notified.map(service => `${service.name} ${service.status}`).join(', ')}.\n`
            : '') +
        (rollback
            ? `\n${(0,_core_notes_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderRollbackSummary */ .ZP)({ ...rollback, reason: (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .firedReason */ .tj)(report.tag ?? '', report.triggers) })}`
            : '');
    const message = (0,_core_watch_index_js__WEBPACK_IMPORTED_MODULE_3__/* .watchHeadline */ .G0)(report);
    return {
        outputs: {
            watch_verdict: report.verdict,
            watch_report: JSON.stringify(report),
            dry_run: String(settings.dryRun),
            ...(rollback
                ? {
                    rolled_back_version: rollback.version,
                    restored_version: rollback.restoredVersion,
                    rollback_steps: JSON.stringify(rollback.steps),
                    commit_sha: rollback.recordCommit,
                    pushed: String(rollback.pushed)
                }
                : {})
        },
        summary,
        annotations: watchAnnotations(report, rollback),
        variables: {},
        message,
        report: [message, ...report.triggers.map(row => `  ${row.trigger}: ${row.status} — ${row.detail}`)]
    };
}


/***/ })

};
