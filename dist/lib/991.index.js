export const id = 991;
export const ids = [991];
export const modules = {

/***/ 17991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/config/inputs.ts + 1 modules
var inputs = __webpack_require__(86730);
// EXTERNAL MODULE: ./src/core/text/secrets.ts
var secrets = __webpack_require__(29422);
// EXTERNAL MODULE: ./src/core/config/settings.ts + 1 modules
var config_settings = __webpack_require__(2748);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/logger.ts
/** A logger that prints to stderr (the CLI), keeping stdout for results. */
const stderrLogger = {
    info: message => process.stderr.write(`${message}\n`),
    warning: message => process.stderr.write(`warning: ${message}\n`),
    group: async (name, fn) => {
        process.stderr.write(`» ${name}\n`);
        return fn();
    }
};
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    group: async (_name, fn) => fn()
};

// EXTERNAL MODULE: ./src/compose.ts + 25 modules
var compose = __webpack_require__(44885);
// EXTERNAL MODULE: ./src/usecases/modes/index.ts
var modes = __webpack_require__(69371);
// EXTERNAL MODULE: ./src/core/components/target.ts
var target = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/usecases/modes/plan-view.ts
var plan_view = __webpack_require__(22496);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts












/** The commands, from the registry of modes: each sets mode, dry_run and version as the action's inputs would. */
const COMMANDS = new Map(modes/* CLI_COMMANDS */.In.map(command => [command.name, command]));
const flag = (name) => name.replace(/_/g, '-');
const spec = (name) => inputs/* INPUTS */.mc[name];
const FLAG_INPUTS = inputs/* INPUT_NAMES */.Qh.filter(name => ['string', 'boolean'].includes(spec(name).cli));
const ENV_INPUTS = inputs/* INPUT_NAMES */.Qh.filter(name => spec(name).cli === 'env');
/** Every flag: one per input of the table, and the CLI's own. */
const OPTIONS = {
    ...Object.fromEntries(FLAG_INPUTS.map(name => [flag(name), { type: spec(name).cli }])),
    'dry-run': { type: 'boolean' },
    hotfix: { type: 'boolean' },
    component: { type: 'string' },
    json: { type: 'boolean' },
    online: { type: 'boolean' },
    'run-commands': { type: 'boolean' },
    version: { type: 'boolean', short: 'V' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    C: { type: 'string', short: 'C' }
};
function usage() {
    const hint = (name) => {
        const { cli, choices } = spec(name);
        if (cli === 'boolean')
            return `--${flag(name)}`;
        return `--${flag(name)} ${choices ? choices.filter(Boolean).join('|') : name.toUpperCase().replace(/_/g, '-')}`;
    };
    return [
        `Usage: fastvlm-release [${modes/* CLI_COMMANDS */.In.map(command => command.name).join('|')}] [options]`,
        '',
        ...modes/* CLI_COMMANDS */.In.map(command => `  ${`${command.name} ${command.args}`.padEnd(20)}${command.about}`),
        '',
        "Options (the action's inputs; a boolean flag has a --no- form):",
        ...FLAG_INPUTS.map(name => `  ${hint(name).padEnd(39)} ${spec(name).doc.replace(/`/g, '')}`),
        `  ${'--dry-run'.padEnd(40)}preview (apply, rollback, publish, metrics, migration-guide)`,
        `  ${'--hotfix'.padEnd(40)}a hotfix release (also on hotfix/* branches)`,
        `  ${'--component NAME'.padEnd(40)}with components: the one a hotfix, release line, plan or rollback acts on`,
        `  ${'--online'.padEnd(40)}read origin (up_to_date) and the GitHub API; without it nothing goes over the network`,
        `  ${'--run-commands'.padEnd(40)}plan: run the project's commands (the tests gate); without it none runs`,
        `  ${'-C DIR'.padEnd(40)}run in DIR instead of the current directory`,
        `  ${'--json'.padEnd(40)}print the outputs as JSON on stdout`,
        `  ${'-q, --quiet'.padEnd(40)}no progress on stderr`,
        `  ${'-V, --version'.padEnd(40)}the version of this tool`,
        `  ${'-h, --help'.padEnd(40)}this text`,
        '',
        `From the environment: ${ENV_INPUTS.map(name => name.toUpperCase()).join(', ')}; GITHUB_REPOSITORY and`,
        'GITHUB_API_URL for the GitHub API.',
        '',
        'plan writes nothing into the repository, uses no network, runs no command of the project (unless',
        '--run-commands) and prints the plan whatever the gates say. Nothing touches a remote (a push,',
        'a tag deleted on origin, a GitHub release, a notifier) without --push. The configuration file',
        '(.github/release-action.yml) is read; a flag wins over it.'
    ].join('\n');
}
/** The inputs a command line gives, by input name (undefined: not given, so the default). */
function inputsFrom(values, command, version, env) {
    const given = {};
    for (const name of FLAG_INPUTS) {
        const value = values[flag(name)];
        given[name] = value === undefined ? undefined : String(value);
    }
    for (const name of ENV_INPUTS)
        given[name] = env[name.toUpperCase()];
    given.mode = command.mode === 'release' && values.hotfix ? 'hotfix' : command.mode;
    given.dry_run = command.preview || values['dry-run'] ? 'true' : 'false';
    given.version = version;
    return given;
}
/** parseArgs's errors, in this tool's words. */
function argumentError(error) {
    const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1] ?? '';
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option ${option}. The options are listed by fastvlm-release --help.`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /argument missing/.test(error.message)
                ? `option ${option} needs a value, such as ${option} VALUE.`
                : `option ${option} takes no value (a switch: ${option}, or ${option.replace(/^--/, '--no-')}).`;
        default:
            return `${error.message}. See fastvlm-release --help.`;
    }
}
/** --component NAME: the component a mode acting on one acts on (checked against the components when used). */
function withComponent(settings, values) {
    const name = values.component;
    if (typeof name !== 'string')
        return settings.sections;
    if (!settings.sections.components)
        throw new errors/* ConfigurationError */.j1(`--component ${name}: this repository has no components block in its configuration file, so there is one package and nothing to name. Leave --component out.`);
    (0,target/* componentNamed */.pG)(settings.sections.components, name, `--component ${name}`);
    return { ...settings.sections, component: name };
}
/** Commands that would change a remote need --push (a dry run is a preview and needs none). */
function refuseRemoteWithoutPush(command, settings, push) {
    if (push || settings.dryRun)
        return;
    const what = command.remote ?? (settings.createRelease ? 'create_release creates the GitHub release' : null);
    if (what)
        throw new errors/* ConfigurationError */.j1(`${what}: add --push to let it change the remote, or --dry-run to preview.`);
}
/** The outputs for --json: JSON-valued outputs (assets, gates, metrics …) nested as objects. */
function nested(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => {
        if (/^\s*[[{]/.test(value)) {
            try {
                return [name, JSON.parse(value)];
            }
            catch {
                return [name, value];
            }
        }
        return [name, value];
    }));
}
async function cli(argv, env = process.env) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, allowNegative: true, options: OPTIONS });
    }
    catch (error) {
        return { code: 2, stdout: '', stderr: `error: ${argumentError(error)}\n` };
    }
    const { positionals } = parsed;
    const values = parsed.values;
    if (values.help)
        return { code: 0, stdout: `${usage()}\n`, stderr: '' };
    if (values.version)
        return { code: 0, stdout: `fastvlm-release ${version/* TOOL_VERSION */.w}\n`, stderr: '' };
    const command = COMMANDS.get(positionals[0] ?? 'plan');
    const wanted = command?.args === 'VERSION' ? [2, 2] : command?.args === '[VERSION]' ? [1, 2] : [0, 1];
    if (!command) {
        return {
            code: 2,
            stdout: '',
            stderr: `error: unknown command "${positionals[0]}". Commands: ${modes/* CLI_COMMANDS */.In.map(known => known.name).join(', ')} (fastvlm-release --help).\n`
        };
    }
    if (positionals.length < wanted[0] || positionals.length > wanted[1]) {
        const name = positionals[0];
        const takes = command.args === '' ? 'takes no argument' : `takes ${command.args}`;
        return {
            code: 2,
            stdout: '',
            stderr: `error: ${name} ${takes}, such as: fastvlm-release ${name}${command.args ? ' 1.3.0' : ''}${positionals.length > wanted[1] ? ` (got ${positionals.slice(1).join(' ')})` : ''}.\n`
        };
    }
    let report = [];
    let scrub = text => text;
    try {
        const given = inputsFrom(values, command, positionals[1], env);
        scrub = (0,secrets/* scrubberFor */.uS)((0,config_settings/* secretInputs */._y)(name => given[name], env.GITHUB_TOKEN));
        const cwd = values.C ?? process.cwd();
        if (!(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`-C ${cwd}: no such directory. Name the directory of the repository to release (a clone), or leave -C out to use the current directory.`);
        }
        const loaded = await (0,compose/* loadSettings */.M5)(name => given[name], cwd);
        // nothing touches a remote without --push, whatever the configuration file says
        const settings = {
            ...loaded.settings,
            push: values.push === true,
            sections: withComponent(loaded.settings, values)
        };
        if (settings.uploadArtifact)
            throw new errors/* ConfigurationError */.j1(compose/* NO_ARTIFACTS */.IW); // refused before anything is done
        refuseRemoteWithoutPush(command, settings, values.push === true);
        const log = values.quiet || values.json ? silentLogger : stderrLogger;
        const network = values.push ? 'write' : values.online ? 'read' : 'none';
        const preview = command.preview === true;
        // plan runs no command of the project unless asked: its gates show what they would decide
        const commands = preview && values['run-commands'] !== true ? plan_view/* commandsNotRun */.rR : undefined;
        const result = await (0,compose/* runMode */.rt)(settings, cwd, env, { log, artifact: compose/* noArtifacts */.rF, network, preview, scrub, commands }, loaded);
        report = result.report;
        if (result.failure && !values.json)
            throw new errors/* ConfigurationError */.j1(result.failure);
        const stdout = values.json ? JSON.stringify(nested(result.outputs), null, 2) : result.report.join('\n');
        // --json always prints the outputs, those of a run the gates stopped too (its error on stderr)
        const stderr = result.failure ? `error: ${result.failure}\n` : '';
        return { code: result.failure ? 1 : 0, stdout: scrub(`${stdout}\n`), stderr: scrub(stderr) };
    }
    catch (error) {
        const failure = (0,errors/* describeFailure */.Ic)(error);
        const prefix = report.length > 0 ? `${report.join('\n')}\n` : '';
        const message = `${failure.userError ? 'error: ' : ''}${failure.message}`;
        return {
            code: 1,
            // --json always prints: a run that failed before its outputs says so in its JSON too
            stdout: values.json ? scrub(`${JSON.stringify({ released: 'false', error: failure.message }, null, 2)}\n`) : '',
            stderr: scrub(`${prefix}${message}\n`)
        };
    }
}
/** Runs the CLI when this module is the program (the bundle's entry). */
async function main() {
    const result = await cli(process.argv.slice(2));
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
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


/***/ })

};
