export const id = 601;
export const ids = [601];
export const modules = {

/***/ 28601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getSettings: () => (/* binding */ getSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text/secrets.ts
var text_secrets = __webpack_require__(29422);
// EXTERNAL MODULE: ./src/core/config/settings.ts + 3 modules
var settings = __webpack_require__(80901);
;// CONCATENATED MODULE: ./src/adapters/artifact.ts
/** @actions/artifact, loaded only when an upload happens (its start-up is not free). */
const actionsArtifact = {
    async upload(name, files, rootDirectory) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(780), __webpack_require__.e(351), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 49407));
        const client = new DefaultArtifactClient();
        return client.uploadArtifact(name, files, rootDirectory, { retentionDays: 90 });
    }
};

// EXTERNAL MODULE: ./src/compose.ts + 20 modules
var compose = __webpack_require__(32287);
;// CONCATENATED MODULE: ./src/main.ts







/** The raw inputs: undefined when an input was not given at all. */
function inputReader(env) {
    return name => {
        const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
        return env[key] === undefined ? undefined : core.getInput(name);
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
        for (const part of (0,text_secrets/* secretParts */.B)(value, user))
            core.setSecret(part);
    return (0,text_secrets/* scrubberFor */.u)(secrets);
}
function actionsLogger(scrub) {
    return {
        info: message => core.info(scrub(message)),
        warning: message => core.warning(scrub(message)),
        group: (name, fn) => core.group(scrub(name), fn)
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
/** The action: inputs → settings → the mode's handler → outputs, variables, annotations, summary. */
async function run(env = process.env, cwd = runDirectory(env)) {
    let scrub = text => text;
    try {
        scrub = secretsScrubber(env);
        const loaded = (0,compose/* loadSettings */.M5)(inputReader(env), cwd);
        const { settings } = loaded;
        core.info(`mode=${settings.mode} bump=${settings.bump} dry_run=${settings.dryRun} severity=${settings.severity || '(none)'} push=${settings.push}`);
        const result = await (0,compose/* runMode */.rt)(settings, cwd, env, { log: actionsLogger(scrub), artifact: actionsArtifact, scrub }, loaded);
        for (const [name, value] of Object.entries(result.outputs))
            core.setOutput(name, scrub(value));
        for (const [name, value] of Object.entries(result.variables))
            core.exportVariable(name, scrub(value));
        for (const { level, message, title, file, line } of result.annotations)
            core[level](scrub(message), { title: title && scrub(title), file, startLine: line });
        if (env.GITHUB_STEP_SUMMARY && result.summary)
            await core.summary.addRaw(scrub(result.summary)).write();
        if (result.failure)
            throw new errors/* ConfigurationError */.j1(result.failure);
        core.info(scrub(result.message));
    }
    catch (error) {
        const failure = (0,errors/* describeFailure */.Ic)(error);
        if (failure.stack)
            core.debug(scrub(failure.stack));
        core.setFailed(scrub(failure.message));
    }
}


/***/ })

};
