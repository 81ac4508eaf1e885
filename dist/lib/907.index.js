export const id = 907;
export const ids = [907];
export const modules = {

/***/ 48907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReportError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.$g),
/* harmony export */   atLeast: () => (/* binding */ atLeast),
/* harmony export */   benchmarkMetrics: () => (/* binding */ benchmarkMetrics),
/* harmony export */   comparePerformance: () => (/* binding */ comparePerformance),
/* harmony export */   fromScore: () => (/* binding */ fromScore),
/* harmony export */   lineCoverage: () => (/* binding */ lineCoverage),
/* harmony export */   migrationGuidePath: () => (/* binding */ migrationGuidePath),
/* harmony export */   sarifFindings: () => (/* binding */ sarifFindings),
/* harmony export */   under: () => (/* binding */ under)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75824);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);



function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file} is not valid JSON: ${error.message}`);
    }
}
/** Line coverage in percent from a Cobertura XML, coverage.py JSON or lcov report. */
function lineCoverage(text, file) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<')) {
        const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__/* .XMLValidator */ .iI.validate(text);
        if (valid !== true)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}:${valid.err.line}:${valid.err.col}: not valid XML: ${valid.err.msg}`);
        const doc = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);
        const coverage = doc.coverage;
        if (!coverage)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file} is XML but not a Cobertura report (no <coverage> root element)`);
        const valid_ = Number(coverage['@lines-valid']);
        const covered = Number(coverage['@lines-covered']);
        if (Number.isFinite(valid_) && valid_ > 0 && Number.isFinite(covered))
            return { percent: (covered / valid_) * 100, format: 'Cobertura' };
        const rate = Number(coverage['@line-rate']);
        if (!Number.isFinite(rate))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}: the <coverage> element has no line-rate or lines-valid/lines-covered attributes`);
        return { percent: rate * 100, format: 'Cobertura' };
    }
    if (trimmed.startsWith('{')) {
        const data = parseJson(text, file);
        const totals = data.totals;
        if (!totals)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file} is JSON but not a coverage.py report (no "totals")`);
        if (typeof totals.covered_lines === 'number' &&
            typeof totals.num_statements === 'number' &&
            totals.num_statements > 0) {
            return { percent: (totals.covered_lines / totals.num_statements) * 100, format: 'coverage.py JSON' };
        }
        if (typeof totals.percent_covered === 'number')
            return { percent: totals.percent_covered, format: 'coverage.py JSON' };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}: "totals" has neither covered_lines/num_statements nor percent_covered`);
    }
    let found = 0;
    let hit = 0;
    let records = 0;
    text.split('\n').forEach((line, index) => {
        const match = /^(LF|LH):(.*)$/.exec(line.trim());
        if (!match)
            return;
        const value = Number(match[2]);
        if (!Number.isInteger(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}:${index + 1}: ${match[1]} is not a count: "${match[2]}"`);
        if (match[1] === 'LF') {
            found += value;
            records++;
        }
        else
            hit += value;
    });
    if (records === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file} is not a Cobertura XML, coverage.py JSON or lcov report (no LF: lines)`);
    return { percent: found === 0 ? 100 : (hit / found) * 100, format: 'lcov' };
}
const SEVERITY_RANK = { low: 1, medium: 2, high: 3, critical: 4 };
function atLeast(severity, minimum) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum];
}
/** CVSS-like security-severity (CodeQL, trivy) to a level: ≥9 critical, ≥7 high, ≥4 medium, else low. */
function fromScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
/** Every finding of a SARIF log, with its severity (security-severity when given, else the SARIF level). */
function sarifFindings(text, file) {
    const log = parseJson(text, file);
    if (!log || typeof log !== 'object' || !Array.isArray(log.runs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file} is not a SARIF log (no "runs" array)`);
    const findings = [];
    log.runs.forEach((run, runIndex) => {
        if (!run || typeof run !== 'object')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}: runs[${runIndex}] is not an object`);
        const rules = run.tool?.driver?.rules ?? [];
        const tool = run.tool?.driver?.name ?? 'scanner';
        for (const res of run.results ?? []) {
            if (Array.isArray(res.suppressions) && res.suppressions.length > 0)
                continue;
            if (res.baselineState === 'absent')
                continue;
            const index = res.ruleIndex ?? res.rule?.index;
            const rule = (index !== undefined ? rules[index] : undefined) ?? rules.find(r => r.id === (res.ruleId ?? res.rule?.id));
            const scoreText = res.properties?.['security-severity'] ?? rule?.properties?.['security-severity'];
            const score = scoreText === undefined ? NaN : Number(scoreText);
            const level = res.level ?? rule?.defaultConfiguration?.level ?? 'warning';
            const severity = Number.isFinite(score)
                ? fromScore(score)
                : level === 'error'
                    ? 'high'
                    : level === 'warning'
                        ? 'medium'
                        : 'low';
            const location = res.locations?.[0]?.physicalLocation;
            findings.push({
                ruleId: res.ruleId ?? res.rule?.id ?? rule?.id ?? 'unknown-rule',
                severity,
                message: (res.message?.text ?? res.message?.markdown ?? '').split('\n')[0],
                file: location?.artifactLocation?.uri?.replace(/^file:\/\//, ''),
                line: location?.region?.startLine,
                tool
            });
        }
    });
    return findings;
}
/** Benchmark results: a flat {name: number}, {name: {value}}, or pytest-benchmark's {benchmarks: [{name, stats: {mean}}]}. */
function benchmarkMetrics(text, file) {
    const data = parseJson(text, file);
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}: expected a JSON object of metrics`);
    const metrics = {};
    if (Array.isArray(data.benchmarks)) {
        for (const bench of data.benchmarks) {
            if (typeof bench.name === 'string' && typeof bench.stats?.mean === 'number')
                metrics[bench.name] = bench.stats.mean;
        }
        return metrics;
    }
    const source = (data.metrics && typeof data.metrics === 'object' ? data.metrics : data);
    for (const [name, value] of Object.entries(source)) {
        if (typeof value === 'number')
            metrics[name] = value;
        else if (value && typeof value === 'object' && typeof value.value === 'number')
            metrics[name] = value.value;
    }
    if (Object.keys(metrics).length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(`${file}: no numeric metrics found`);
    return metrics;
}
/** Compares metric by metric; a metric is worse when it rises (lower is better) or falls (higher is better). */
function comparePerformance(current, baseline, directions) {
    const rows = [];
    for (const [metric, now] of Object.entries(current)) {
        const before = baseline[metric];
        if (before === undefined)
            continue;
        const direction = directions[metric] ?? (/(throughput|ops|per_s|fps|qps|rps|score|accuracy)/i.test(metric) ? 'higher' : 'lower');
        const change = before === 0 ? (now === 0 ? 0 : Infinity) : ((now - before) / Math.abs(before)) * 100;
        rows.push({
            metric,
            baseline: before,
            current: now,
            direction,
            regressionPercent: direction === 'lower' ? change : -change
        });
    }
    return rows;
}
/** Files under any of the paths (a path ending in / is a folder, else a file or folder). */
function under(files, paths) {
    return files.filter(file => paths.some(p => (p.endsWith('/') ? file.startsWith(p) : file === p || file.startsWith(`${p}/`))));
}
function migrationGuidePath(pattern, version) {
    const [major, minor, patch] = version.split(/[.-]/);
    return pattern
        .replace(/\{version\}/g, version)
        .replace(/\{major\}/g, major)
        .replace(/\{minor\}/g, minor)
        .replace(/\{patch\}/g, patch);
}


/***/ })

};
