export const id = 498;
export const ids = [498,952];
export const modules = {

/***/ 85498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCHEMA_FILE: () => (/* reexport */ SCHEMA_FILE),
  configSchema: () => (/* reexport */ configSchema),
  layered: () => (/* reexport */ layering/* layered */.dZ),
  overrideLines: () => (/* reexport */ layering/* overrideLines */.Ow),
  parseConfigFile: () => (/* binding */ parseConfigFile),
  sectionsOf: () => (/* reexport */ layering/* sectionsOf */.Ks)
});

// EXTERNAL MODULE: ./src/core/gates/config.ts
var config = __webpack_require__(77952);
// EXTERNAL MODULE: ./src/core/config/keys.ts
var keys = __webpack_require__(45188);
// EXTERNAL MODULE: ./src/core/versioning/release-lines.ts
var release_lines = __webpack_require__(28363);
// EXTERNAL MODULE: ./src/core/components/config.ts
var components_config = __webpack_require__(16628);
;// CONCATENATED MODULE: ./src/core/config/schema.ts




/** The file the configuration file's JSON Schema ships as (generated: `npm run docs`; a test compares). */
const SCHEMA_FILE = 'release-action.schema.json';
/** YAML's true and false are booleans, so a choice of `true`/`false` may be written unquoted. */
function yamlValue(value) {
    return value === 'true' ? true : value === 'false' ? false : value;
}
/** A key's JSON-Schema fragment, from its type in the table (the parser reads the same type). */
function keySchema(name) {
    const spec = (0,keys/* specOf */.rI)(name);
    const description = spec.doc.replace(/`/g, '');
    switch ((0,keys/* typeOf */.QP)(name)) {
        case 'boolean':
            return { description, type: 'boolean', default: spec.default === 'true' };
        case 'choice': {
            const choices = spec.choices ?? [];
            if (choices.includes('true') || choices.includes('false'))
                return { description, enum: choices.map(yamlValue), default: yamlValue(spec.default) };
            return { description, enum: [...choices], default: spec.default };
        }
        case 'integer':
        case 'number': {
            const range = spec.range;
            return {
                description,
                type: range.integer ? 'integer' : 'number',
                ...(range.exclusiveMin ? { exclusiveMinimum: range.min } : { minimum: range.min }),
                maximum: range.max,
                default: Number(spec.default)
            };
        }
        case 'list':
            return {
                description,
                anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
                ...(spec.default !== '' ? { default: spec.default } : {})
            };
        default:
            return { description, type: 'string', default: spec.default };
    }
}
/** The configuration file's JSON Schema (draft-07). */
function configSchema(gates) {
    const gatesBlock = (0,config/* gatesSchema */.y)(gates).properties.release_gates;
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `https://github.com/fastvlm-release-action/${SCHEMA_FILE}`,
        title: 'Release action configuration',
        description: 'What belongs to the repository. Inputs of the same name, given in the workflow, win over these values (the job summary lists each).',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string', description: 'this schema, for editors' },
            ...Object.fromEntries(keys/* CONFIG_KEYS */.mC.map(name => [name, keySchema(name)])),
            components: components_config/* COMPONENTS_SCHEMA */.J2,
            component_groups: components_config/* COMPONENT_GROUPS_SCHEMA */.$P,
            release_lines: release_lines/* RELEASE_LINES_SCHEMA */.ee,
            release_gates: { ...gatesBlock, description: "the reference design's release_gates block" }
        }
    };
}
/** The configuration file's blocks beside the keys of the table. */
const CONFIG_BLOCKS = (/* unused pure expression or super */ null && (['release_lines', 'release_gates', 'components', 'component_groups']));

// EXTERNAL MODULE: ./src/core/components/target.ts
var target = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/core/config/yaml-schema.ts
var yaml_schema = __webpack_require__(32915);
// EXTERNAL MODULE: ./src/core/config/layering.ts
var layering = __webpack_require__(23171);
;// CONCATENATED MODULE: ./src/core/config/config-file.ts









const compiled = new WeakMap();
/** Parses and validates the configuration file; an error names file, line, key and the allowed keys or type. */
function parseConfigFile(text, file, gates) {
    let validate = compiled.get(gates);
    if (!validate) {
        validate = (0,yaml_schema/* compileSchema */.F)(configSchema(gates));
        compiled.set(gates, validate);
    }
    const data = (0,yaml_schema/* parseYamlWithSchema */.K)(text, file, validate, `configuration file ${file}`);
    const values = {};
    for (const name of keys/* CONFIG_KEYS */.mC) {
        const value = data[name];
        if (value === undefined || value === null)
            continue;
        values[name] = value;
    }
    const lines = data.release_lines;
    const block = data.release_gates;
    const releaseLines = lines ? (0,release_lines/* releaseLinesFrom */.DJ)(lines, file) : release_lines/* DEFAULT_LINES */.Mg;
    const components = (0,components_config/* componentsFrom */.$v)(data.components, data.component_groups, file);
    (0,target/* checkLinesComponent */.DX)(releaseLines, components, file);
    return { file, values, gates: block ? (0,config/* gatesConfigFrom */.J)(block, gates) : null, releaseLines, components };
}


/***/ }),

/***/ 32915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ compileSchema),
/* harmony export */   K: () => (/* binding */ parseYamlWithSchema)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);



/**
 * A YAML file checked against a JSON Schema, with errors as `file:line: key: what is wrong` (an
 * unknown key lists the keys allowed there). The schemas are the gates configuration's and the
 * configuration file's.
 */
function compileSchema(schema) {
    return new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema);
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
    // the branches of an anyOf each report; the anyOf says it once
    if (/\/anyOf\/\d+\//.test(error.schemaPath))
        return null;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const known = Object.keys(error.parentSchema?.properties ?? {});
            return {
                path: [...path, key],
                text: `unknown key "${key}"${known.length > 0 ? ` (allowed keys: ${known.join(', ')})` : ''}`
            };
        }
        case 'enum':
            return {
                path,
                text: `must be one of ${error.params.allowedValues.map(v => (v === '' ? '""' : String(v))).join(', ')}`
            };
        case 'pattern':
            return {
                path,
                text: `must look like "> 5%" or ">= 5%" (a relative change in percent; ">" does not fire at exactly the threshold, ">=" does), not ${JSON.stringify(error.data)}`
            };
        case 'type': {
            const type = error.params.type;
            const shown = (Array.isArray(type) ? type : [type])
                .map(t => (t === 'array' ? 'a list' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
                .join(' or ');
            // a block (release_gates, release_lines, the file itself) that is no mapping: say what to write
            const block = type === 'object'
                ? path.length === 0
                    ? ': the file holds keys, one a line, such as "tag_prefix: v" (or a JSON object)'
                    : `: write the keys of ${path[path.length - 1]} indented below it (a block of keys, not a value or a list), or remove the key`
                : '';
            return { path, text: `must be ${shown}${block}` };
        }
        case 'anyOf':
            return { path, text: 'must be a string or a list of strings' };
        default:
            return { path, text: error.message ?? 'is invalid' };
    }
}
/** Parses YAML and validates it; returns the data, or throws one ConfigurationError listing every problem. */
/** The most alias expansions a configuration may use (the `yaml` package's maxAliasCount). */
const MAX_ALIASES = 100;
function parseYamlWithSchema(text, file, validate, what) {
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
        data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: the YAML can't be loaded: ${error.message.split('\n')[0]} (at most ${MAX_ALIASES} alias expansions are allowed). ` +
            'Write the configuration out without chains of aliases (*name) and run again.');
    }
    if (!validate(data)) {
        const messages = (validate.errors ?? []).flatMap(error => {
            const described = describe(error);
            if (!described)
                return [];
            const { path, text: problem } = described;
            const node = nodeAt(doc.contents, path);
            const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
            return [{ line, text: `${file}:${line}: ${path.join('.') || '(top level)'}: ${problem}` }];
        });
        // in the file's order
        const lines = messages.sort((a, b) => a.line - b.line).map(message => message.text);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The ${what} is invalid:\n${[...new Set(lines)].join('\n')}`);
    }
    return data;
}


/***/ }),

/***/ 77952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ gatesConfigFrom),
/* harmony export */   parseGatesConfig: () => (/* binding */ parseGatesConfig),
/* harmony export */   y: () => (/* binding */ gatesSchema)
/* harmony export */ });
/* harmony import */ var _config_yaml_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32915);

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
                    required_checks: {
                        description: 'the gates a release must pass (names or aliases); the gates input, when given, wins',
                        type: 'array',
                        items: { enum: [...names, ...gates.flatMap(gate => gate.aliases ?? [])] }
                    },
                    approval_requirements: {
                        description: 'the approvals the approvals gate asks for (they add the approvals gate)',
                        type: 'array',
                        items: { enum: ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] }
                    },
                    automatic_rollback_triggers: {
                        description: 'what mode: watch compares after a release: error_rate_spike, performance_degradation (such as "> 5%"), critical_security_alert',
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
                    slow_gates: {
                        description: 'the gates severity: critical skips (default: tests_pass, performance_regression)',
                        type: 'array',
                        items: { enum: names }
                    },
                    base_branch: {
                        description: 'the branch up_to_date compares with (default main)',
                        type: 'string',
                        minLength: 1
                    },
                    gates: {
                        description: "each gate's parameters, under its name",
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
        validate = (0,_config_yaml_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .compileSchema */ .F)(gatesSchema(gates));
        compiled.set(gates, validate);
    }
    return validate;
}
/**
 * Parses and validates release-gates.yml against the gates' schema; an invalid file is a
 * ConfigurationError naming the key and line. Each gate's parameters are returned as written, for
 * the gate's entry to read with its defaults.
 */
function parseGatesConfig(text, file, gates) {
    const data = (0,_config_yaml_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlWithSchema */ .K)(text, file, validator(gates), 'gates configuration');
    return gatesConfigFrom(data.release_gates, gates);
}
/** The gates configuration of a release_gates block already validated (gatesSchema's, here or in the configuration file). */
function gatesConfigFrom(block, gates) {
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
