export const id = 952;
export const ids = [952];
export const modules = {

/***/ 77952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGatesConfig: () => (/* binding */ parseGatesConfig)
/* harmony export */ });
/* unused harmony export GATES_SCHEMA */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36337);




const REFERENCE_CHECKS = [..._types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_NAMES */ .rn, ...Object.keys(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_ALIASES */ .TN)];
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
/** The schema of .github/release-gates.yml: the reference design's release_gates block, with each gate's parameters. */
const GATES_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['release_gates'],
    properties: {
        release_gates: {
            type: 'object',
            additionalProperties: false,
            properties: {
                required_checks: { type: 'array', items: { enum: REFERENCE_CHECKS } },
                approval_requirements: { type: 'array', items: { enum: ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] } },
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
                slow_gates: { type: 'array', items: { enum: [..._types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_NAMES */ .rn] } },
                base_branch: { type: 'string', minLength: 1 },
                gates: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        clean_tree: { type: 'object', additionalProperties: false, properties: {} },
                        up_to_date: { type: 'object', additionalProperties: false, properties: { base_branch: { type: 'string', minLength: 1 } } },
                        tests_pass: {
                            type: 'object',
                            additionalProperties: false,
                            properties: {
                                command: { type: 'string', minLength: 1 },
                                source: { enum: ['command', 'checks'] },
                                timeout_minutes: { type: 'number', exclusiveMinimum: 0 },
                                ignore_checks: stringList
                            }
                        },
                        coverage: {
                            type: 'object',
                            additionalProperties: false,
                            properties: { report: { type: 'string', minLength: 1 }, min_line_coverage: { type: 'number', minimum: 0, maximum: 100 } }
                        },
                        security_scan_clean: {
                            type: 'object',
                            additionalProperties: false,
                            properties: { sarif: { type: 'string', minLength: 1 }, source: { enum: ['sarif', 'code-scanning'] }, min_severity: { enum: ['critical', 'high', 'medium', 'low'] } }
                        },
                        docs_updated: {
                            type: 'object',
                            additionalProperties: false,
                            properties: { source_paths: stringList, docs_paths: stringList, migration_guide: { type: 'string', minLength: 1 } }
                        },
                        performance_regression: {
                            type: 'object',
                            additionalProperties: false,
                            properties: {
                                current: { type: 'string', minLength: 1 },
                                baseline: { type: 'string', minLength: 1 },
                                max_regression: { type: 'number', minimum: 0 },
                                directions: { type: 'object', additionalProperties: { enum: ['lower', 'higher'] } }
                            }
                        },
                        approvals: {
                            type: 'object',
                            additionalProperties: false,
                            properties: { technical_lead: stringList, security_team: stringList, product_owner: stringList }
                        }
                    }
                }
            }
        }
    }
};
// compiled on first use: a run without a gates file does not pay for it
let compiled = null;
function validator() {
    compiled ??= new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv({ allErrors: true, strict: true, verbose: true }).compile(GATES_SCHEMA);
    return compiled;
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
    const path = error.instancePath.split('/').slice(1).map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const known = Object.keys(error.parentSchema?.properties ?? {});
            return { path: [...path, key], text: `unknown key "${key}"${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}` };
        }
        case 'enum':
            return { path, text: `must be one of ${error.params.allowedValues.join(', ')}` };
        case 'pattern':
            return { path, text: 'must look like "> 5%"' };
        default:
            return { path, text: error.message ?? 'is invalid' };
    }
}
/** Parses and validates release-gates.yml; an invalid file is a ConfigurationError naming the key and line. */
function parseGatesConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const { line } = lineCounter.linePos(error.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const data = doc.toJS();
    const validate = validator();
    if (!validate(data)) {
        const messages = (validate.errors ?? []).map(error => {
            const { path, text } = describe(error);
            const node = nodeAt(doc.contents, path);
            const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
            return `${file}:${line}: ${path.join('.') || '(top level)'}: ${text}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`The gates configuration is invalid:\n${[...new Set(messages)].join('\n')}`);
    }
    const gates = data.release_gates;
    const params = (gates.gates ?? {});
    const canonical = (name) => _types_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_ALIASES */ .TN[name] ?? name;
    const tests = params.tests_pass ?? {};
    const coverage = params.coverage ?? {};
    const security = params.security_scan_clean ?? {};
    const docs = params.docs_updated ?? {};
    const performance = params.performance_regression ?? {};
    const approvals = params.approvals ?? {};
    const triggers = (gates.automatic_rollback_triggers ?? []).map(trigger => {
        const [name, value] = Object.entries(trigger)[0];
        const threshold = typeof value === 'string' ? Number(/(\d+(?:\.\d+)?)/.exec(value)?.[1]) : undefined;
        return { name: name, condition: String(value).trim(), ...(threshold !== undefined ? { thresholdPercent: threshold } : {}) };
    });
    return {
        requiredChecks: [...new Set((gates.required_checks ?? []).map(canonical))],
        approvalRequirements: (gates.approval_requirements ?? []),
        rollbackTriggers: triggers,
        slowGates: (gates.slow_gates ?? ['tests_pass', 'performance_regression']),
        baseBranch: String(params.up_to_date?.base_branch ?? gates.base_branch ?? 'main'),
        tests: {
            command: tests.command,
            source: tests.source ?? 'command',
            timeoutMinutes: tests.timeout_minutes ?? 30,
            ignoreChecks: tests.ignore_checks ?? []
        },
        coverage: { report: coverage.report, minLineCoverage: coverage.min_line_coverage ?? 80 },
        security: {
            sarif: security.sarif,
            source: security.source ?? 'sarif',
            minSeverity: security.min_severity ?? 'high'
        },
        docs: {
            sourcePaths: docs.source_paths ?? ['src/'],
            docsPaths: docs.docs_paths ?? ['docs/', 'README.md'],
            migrationGuide: docs.migration_guide ?? 'docs/migrations/v{major}.md'
        },
        performance: {
            current: performance.current,
            baseline: performance.baseline,
            maxRegression: performance.max_regression ?? 20,
            directions: performance.directions ?? {}
        },
        approvals: {
            technicalLead: approvals.technical_lead ?? [],
            securityTeam: approvals.security_team ?? [],
            productOwner: approvals.product_owner ?? []
        }
    };
}


/***/ })

};
