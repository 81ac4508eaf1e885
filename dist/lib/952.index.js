export const id = 952;
export const ids = [952];
export const modules = {

/***/ 77952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGatesConfig: () => (/* binding */ parseGatesConfig)
/* harmony export */ });
/* unused harmony export gatesSchema */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);



/**
 * The schema of .github/release-gates.yml: the reference design's release_gates block, and under
 * `gates` each gate's parameters, as each gate's entry declares them.
 */
function gatesSchema(gates) {
    const names = gates.map(gate => gate.name);
    return {
        type: 'object',
        additionalProperties: false,
        required: ['release_gates'],
        properties: {
            release_gates: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    required_checks: { type: 'array', items: { enum: [...names, ...gates.flatMap(gate => gate.aliases ?? [])] } },
                    approval_requirements: {
                        type: 'array',
                        items: { enum: ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] }
                    },
                    automatic_rollback_triggers: {
                        type: 'array',
                        items: {
                            type: 'object',
                            minProperties: 1,
                            maxProperties: 1,
                            additionalProperties: false,
                            properties: {
                                error_rate_spike: { type: 'string', pattern: '^\\s*>=?\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
                                performance_degradation: { type: 'string', pattern: '^\\s*>=?\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
                                critical_security_alert: { type: 'boolean' }
                            }
                        }
                    },
                    slow_gates: { type: 'array', items: { enum: names } },
                    base_branch: { type: 'string', minLength: 1 },
                    gates: {
                        type: 'object',
                        additionalProperties: false,
                        properties: Object.fromEntries(gates.map(gate => [gate.name, { type: 'object', additionalProperties: false, properties: gate.schema }]))
                    }
                }
            }
        }
    };
}
// compiled on first use (a run without a gates file does not pay for it), once per list of gates
const compiled = new WeakMap();
function validator(gates) {
    let validate = compiled.get(gates);
    if (!validate) {
        validate = new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({ allErrors: true, strict: true, verbose: true }).compile(gatesSchema(gates));
        compiled.set(gates, validate);
    }
    return validate;
}
/** The YAML node at a JSON pointer path, for the line of an error. */
function nodeAt(root, path) {
    let node = root;
    for (const key of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            node = node.get(key, true) ?? node;
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            node = node.get(Number(key), true) ?? node;
        else
            break;
    }
    return node;
}
function describe(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const known = Object.keys(error.parentSchema?.properties ?? {});
            return {
                path: [...path, key],
                text: `unknown key "${key}"${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`
            };
        }
        case 'enum':
            return { path, text: `must be one of ${error.params.allowedValues.join(', ')}` };
        case 'pattern':
            return { path, text: 'must look like "> 5%"' };
        default:
            return { path, text: error.message ?? 'is invalid' };
    }
}
/**
 * Parses and validates release-gates.yml against the gates' schema; an invalid file is a
 * ConfigurationError naming the key and line. Each gate's parameters are returned as written, for
 * the gate's entry to read with its defaults.
 */
/** The most alias expansions a gates configuration may use (the `yaml` package's maxAliasCount). */
const MAX_ALIASES = 100;
function parseGatesConfig(text, file, gates) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const { line } = lineCounter.linePos(error.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    let data;
    try {
        // a few aliases are ordinary YAML; thousands expanding into each other are an alias bomb
        data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: the YAML can't be loaded: ${error.message.split('\n')[0]} (at most ${MAX_ALIASES} alias expansions are allowed). ` +
            'Write the configuration out without chains of aliases (*name) and run again.');
    }
    const validate = validator(gates);
    if (!validate(data)) {
        const messages = (validate.errors ?? []).map(error => {
            const { path, text } = describe(error);
            const node = nodeAt(doc.contents, path);
            const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
            return `${file}:${line}: ${path.join('.') || '(top level)'}: ${text}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The gates configuration is invalid:\n${[...new Set(messages)].join('\n')}`);
    }
    const block = data.release_gates;
    const aliases = new Map(gates.flatMap(gate => (gate.aliases ?? []).map(alias => [alias, gate.name])));
    const canonical = (name) => aliases.get(name) ?? name;
    const triggers = (block.automatic_rollback_triggers ?? []).map(trigger => {
        const [name, value] = Object.entries(trigger)[0];
        const threshold = typeof value === 'string' ? Number(/(\d+(?:\.\d+)?)/.exec(value)?.[1]) : undefined;
        return {
            name: name,
            condition: String(value).trim(),
            ...(threshold !== undefined ? { thresholdPercent: threshold } : {})
        };
    });
    return {
        requiredChecks: [...new Set((block.required_checks ?? []).map(canonical))],
        approvalRequirements: (block.approval_requirements ?? []),
        rollbackTriggers: triggers,
        slowGates: block.slow_gates ?? null,
        baseBranch: block.base_branch ?? 'main',
        params: (block.gates ?? {})
    };
}


/***/ })

};
