export const id = 865;
export const ids = [865];
export const modules = {

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


/***/ }),

/***/ 83381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ releasePublisher),
/* harmony export */   _8: () => (/* binding */ existingReleaseTarget)
/* harmony export */ });
/* unused harmony export publishTarget */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_record_release_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6632);
/* harmony import */ var _core_publish_repo_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54183);
/* harmony import */ var _core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95771);






async function common(git, settings, env) {
    const [origin, refs] = await Promise.all([git.remoteUrl('origin'), git.tags(settings.tagPrefix)]);
    return {
        repoUrl: (0,_core_publish_repo_url_js__WEBPACK_IMPORTED_MODULE_4__/* .repoUrlFrom */ .s)(env.serverUrl, env.repository, origin),
        highest: (0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .highestStable */ .Ij)((0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseTags */ .dt)(refs, settings.tagPrefix))?.version ?? null
    };
}
/** What a release run publishes: the release it is making. */
async function publishTarget(git, plan, head, env, settings) {
    const { repoUrl, highest } = await common(git, settings, env);
    const highestVersion = highest && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(highest, plan.version) ? highest : plan.version;
    return {
        tag: plan.tag,
        version: plan.version,
        notes: plan.notes,
        notesFile: settings.releaseNotesFile,
        commitSha: head,
        hotfix: plan.hotfix,
        highestVersion,
        maintenance: Boolean(plan.maintenanceLine),
        repoUrl,
        created: env.now
    };
}
/** mode: publish — the release tag named by `version`, else the one at HEAD; the notes from its annotation. */
async function existingReleaseTarget(git, settings, env) {
    const head = await git.head();
    const all = (0,_core_versioning_version_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseTags */ .dt)(await git.tags(settings.tagPrefix), settings.tagPrefix);
    const tag = settings.version
        ? all.find(candidate => candidate.version === settings.version)
        : all.filter(candidate => candidate.sha === head).sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version))[0];
    if (!tag) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(settings.version
            ? `mode: publish: there is no release tag ${settings.tagPrefix}${settings.version}. Make the release first, or fix the version input.`
            : `mode: publish: no release tag (${settings.tagPrefix}X.Y.Z) points at HEAD. Run it after the release step, on the release commit, or name the version input.`);
    }
    const { notes, meta } = (0,_core_record_release_record_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTagMessage */ .V3)(await git.tagMessage(tag.name));
    const { repoUrl, highest } = await common(git, settings, env);
    return {
        tag: tag.name,
        version: tag.version,
        notes,
        notesFile: settings.releaseNotesFile,
        commitSha: tag.sha,
        hotfix: meta?.type === 'hotfix',
        highestVersion: highest,
        // a release (not a hotfix) below the highest was made by a maintenance line: never "latest"
        maintenance: meta?.type === 'release',
        repoUrl,
        created: env.now
    };
}
/**
 * The `publish` step of a release run: prepared after the gates (checks its input, writes
 * nothing), executed once the release is made; `done` receives the result.
 */
function releasePublisher(settings, git, env, deps, done) {
    return async (plan, head) => {
        const target = await publishTarget(git, plan, head, env, settings);
        const prepared = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .preparePublish */ .dx)(settings, target, deps);
        return async (commitSha) => {
            const sha = commitSha || head;
            done(await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .executePublish */ .$_)(settings, { ...target, commitSha: sha }, { ...prepared, release: { ...prepared.release, targetCommitish: sha } }, deps));
        };
    };
}


/***/ }),

/***/ 95771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $_: () => (/* binding */ executePublish),
  dx: () => (/* binding */ preparePublish),
  eB: () => (/* binding */ publishOutputs),
  zA: () => (/* binding */ publishingWanted)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/versioning/ecosystem-versions.ts
var ecosystem_versions = __webpack_require__(50964);
;// CONCATENATED MODULE: ./src/core/publish/checksums.ts

/** `sha256sum` format: one "<hex>  <name>" line a file, sorted by name. */
function sha256sums(entries) {
    return [...entries]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map(entry => `${entry.sha256}  ${entry.name}\n`)
        .join('');
}
/** What slsa-github-generator's generic generator takes as base64-subjects: the sums file, base64. */
function base64Subjects(sums) {
    return Buffer.from(sums, 'utf8').toString('base64');
}
const CONTENT_TYPES = [
    [/\.whl$/, 'application/zip'],
    [/\.zip$/, 'application/zip'],
    [/\.(tar\.gz|tgz)$/, 'application/gzip'],
    [/\.json$/, 'application/json'],
    [/\.(txt|md)$|SHA256SUMS$/, 'text/plain'],
    [/\.(sig|pem|crt)$/, 'application/octet-stream'],
    [/\.intoto\.jsonl$/, 'application/json']
];
function contentType(name) {
    return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream';
}
/**
 * The expected asset names of a release: `{version}` is the SemVer version (npm, Swift, tags),
 * `{pep440_version}` the Python spelling wheels and sdists carry (`1.3.0rc1`), `{docker_version}`
 * the Docker tag form.
 */
function expectedAssetNames(patterns, version) {
    const pep440 = (0,ecosystem_versions/* pep440Version */.ul)(version) ?? version;
    return patterns.map(pattern => pattern
        .replace(/\{version\}/g, version)
        .replace(/\{pep440_version\}/g, pep440)
        .replace(/\{docker_version\}/g, (0,ecosystem_versions/* dockerTag */.TU)(version)));
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/core/publish/sbom.ts



const NOASSERTION = 'NOASSERTION';
/** JSON.parse with the file and line:column in the error. */
function parseJsonFile(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : null);
        if (position !== null) {
            const before = text.slice(0, Number(position));
            const line = before.split('\n').length;
            const column = before.length - before.lastIndexOf('\n');
            throw new errors/* ConfigurationError */.j1(`${file}:${line}:${column}: not valid JSON (${message.replace(/ in JSON at position.*$/, '')})`);
        }
        throw new errors/* ConfigurationError */.j1(`${file}: not valid JSON (${message})`);
    }
}
function parseTomlFile(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const e = error;
        throw new errors/* ConfigurationError */.j1(`${file}${e.line ? `:${e.line}:${e.column ?? 0}` : ''}: not valid TOML (${e.message.split('\n')[0]})`);
    }
}
/** A PEP 508 requirement: name, extras, version specifier; markers are ignored. */
function parseRequirement(line, source, group) {
    // a comment starts at a # after white space (found without a backtracking pattern: linear on long lines)
    const comment = line.search(/\s#/);
    const text = (comment >= 0 ? line.slice(0, comment) : line).trim();
    if (!text || text.startsWith('#') || text.startsWith('-') || /^[a-z+]+:\/\//i.test(text))
        return null;
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?:@\s*(\S+)|\(?\s*([^;()]*?)\s*\)?)?\s*(?:;.*)?$/.exec(text);
    if (!match)
        return null;
    const [, name, url, spec] = match;
    const pinned = spec ? /^===?\s*([^,*\s]+)$/.exec(spec) : null;
    return {
        name,
        ecosystem: 'pypi',
        version: pinned ? pinned[1] : null,
        range: pinned ? null : url ? `@ ${url}` : spec || null,
        source,
        group
    };
}
function pyprojectPackage(text, file = 'pyproject.toml') {
    const data = parseTomlFile(text, file);
    const project = (data.project ?? {});
    const poetry = (data.tool?.poetry ?? {});
    const dependencies = [];
    const add = (list, group) => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            if (typeof item !== 'string')
                continue;
            const dep = parseRequirement(item, file, group);
            if (dep)
                dependencies.push(dep);
        }
    };
    add(project.dependencies);
    for (const [group, list] of Object.entries((project['optional-dependencies'] ?? {})))
        add(list, group);
    for (const [name, spec] of Object.entries((poetry.dependencies ?? {}))) {
        if (name.toLowerCase() === 'python')
            continue;
        const version = typeof spec === 'string'
            ? spec
            : typeof spec?.version === 'string'
                ? spec.version
                : null;
        const exact = version && /^=?=?\s*\d[^*,^~<>]*$/.test(version) ? version.replace(/^=+\s*/, '') : null;
        dependencies.push({ name, ecosystem: 'pypi', version: exact, range: exact ? null : version, source: file });
    }
    const license = project.license;
    const licenseText = typeof license === 'string'
        ? license
        : typeof license?.text === 'string'
            ? license.text
            : typeof poetry.license === 'string'
                ? poetry.license
                : null;
    const urls = (project.urls ?? {});
    const homepage = [urls.Homepage, urls.homepage, urls.Repository, poetry.homepage].find(value => typeof value === 'string');
    return {
        root: {
            name: typeof project.name === 'string' ? project.name : typeof poetry.name === 'string' ? poetry.name : undefined,
            license: licenseText,
            homepage: homepage ?? null
        },
        dependencies
    };
}
function requirementsFile(text, file) {
    return text
        .split('\n')
        .map(line => parseRequirement(line, file))
        .filter((dep) => dep !== null);
}
/** Swift Package.resolved, format v1 (object.pins), v2 and v3 (pins). */
function packageResolved(text, file) {
    const data = parseJsonFile(text, file);
    const pins = (Array.isArray(data.pins) ? data.pins : Array.isArray(data.object?.pins) ? data.object.pins : null);
    if (!pins)
        throw new errors/* ConfigurationError */.j1(`${file}: not a Package.resolved file (no "pins")`);
    return pins.map((pin, index) => {
        const location = (pin.location ?? pin.repositoryURL);
        const name = (pin.identity ?? pin.package);
        if (!name || !location)
            throw new errors/* ConfigurationError */.j1(`${file}: pins[${index}] has no identity or location`);
        const state = (pin.state ?? {});
        return {
            name,
            ecosystem: 'swift',
            version: state.version ?? null,
            range: state.version
                ? null
                : state.branch
                    ? `branch ${state.branch}`
                    : state.revision
                        ? `revision ${state.revision}`
                        : null,
            source: file,
            location
        };
    });
}
/** npm package-lock.json, lockfile v1, v2 and v3. */
function packageLock(text, file) {
    const data = parseJsonFile(text, file);
    const locked = (name, version, dev) => ({
        name,
        ecosystem: 'npm',
        version,
        range: null,
        source: file,
        group: dev ? 'dev' : undefined
    });
    const deps = [];
    if (data.packages) {
        for (const [path, pkg] of Object.entries(data.packages)) {
            if (!path || !pkg.version)
                continue;
            const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
            deps.push(locked(name, pkg.version, pkg.dev));
        }
    }
    else if (data.dependencies) {
        for (const [name, pkg] of Object.entries(data.dependencies))
            if (pkg.version)
                deps.push(locked(name, pkg.version, pkg.dev));
    }
    else
        throw new errors/* ConfigurationError */.j1(`${file}: not a package-lock.json (no "packages" or "dependencies")`);
    return deps;
}
function normalizePypi(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function purl(dep) {
    const at = dep.version ? `@${encodeURIComponent(dep.version)}` : '';
    switch (dep.ecosystem) {
        case 'pypi':
            return `pkg:pypi/${normalizePypi(dep.name)}${at}`;
        case 'npm': {
            const [scope, name] = dep.name.startsWith('@') ? dep.name.split('/') : [null, dep.name];
            return `pkg:npm/${scope ? `${encodeURIComponent(scope)}/` : ''}${encodeURIComponent(name)}${at}`;
        }
        case 'swift': {
            const path = (dep.location ?? dep.name)
                .replace(/^https?:\/\//, '')
                .replace(/^git@([^:]+):/, '$1/')
                .replace(/\.git$/, '');
            return `pkg:swift/${path}${at}`;
        }
    }
}
function spdxId(text) {
    return `SPDXRef-${text.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
}
/** An SPDX license expression as declared, or NOASSERTION when the text is not one. */
function licenseExpression(text) {
    if (!text)
        return NOASSERTION;
    const trimmed = text.trim();
    return /^\(?[A-Za-z0-9.+-]+(?:\s+(?:AND|OR|WITH)\s+\(?[A-Za-z0-9.+-]+\)?)*\)?$/.test(trimmed) ? trimmed : NOASSERTION;
}
function buildSbom(input) {
    const { root } = input;
    const rootId = spdxId(`Package-${root.name}`);
    const seen = new Set([rootId]);
    const packages = [
        {
            SPDXID: rootId,
            name: root.name,
            versionInfo: root.version,
            downloadLocation: root.downloadLocation ?? NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: licenseExpression(root.license),
            copyrightText: NOASSERTION,
            primaryPackagePurpose: 'LIBRARY',
            ...(root.homepage ? { homepage: root.homepage } : {}),
            externalRefs: [
                {
                    referenceCategory: 'PACKAGE-MANAGER',
                    referenceType: 'purl',
                    referenceLocator: purl({ name: root.name, ecosystem: 'pypi', version: root.version })
                }
            ]
        }
    ];
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }
    ];
    for (const dep of input.dependencies) {
        let id = spdxId(`Package-${dep.ecosystem}-${dep.name}${dep.version ? `-${dep.version}` : ''}`);
        if (seen.has(id)) {
            if (packages.some(p => p.SPDXID === id && p.versionInfo === (dep.version ?? dep.range ?? NOASSERTION)))
                continue;
            let n = 2;
            while (seen.has(`${id}-${n}`))
                n++;
            id = `${id}-${n}`;
        }
        seen.add(id);
        packages.push({
            SPDXID: id,
            name: dep.name,
            versionInfo: dep.version ?? dep.range ?? NOASSERTION,
            downloadLocation: dep.ecosystem === 'swift' && dep.location ? `git+${dep.location}` : NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl(dep) }],
            comment: `Declared in ${dep.source}${dep.group ? ` (${dep.group})` : ''}${dep.version ? '' : dep.range ? `; not pinned: ${dep.range}` : '; no version declared'}`
        });
        relationships.push({
            spdxElementId: rootId,
            relationshipType: dep.group === 'dev' ? 'DEV_DEPENDENCY_OF' : 'DEPENDS_ON',
            relatedSpdxElement: id
        });
    }
    // DEV_DEPENDENCY_OF points from the dependency to the package
    for (const rel of relationships) {
        if (rel.relationshipType === 'DEV_DEPENDENCY_OF')
            [rel.spdxElementId, rel.relatedSpdxElement] = [rel.relatedSpdxElement, rel.spdxElementId];
    }
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([root, input.dependencies, input.created]))
        .digest('hex');
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${root.name}-${root.version}`,
        documentNamespace: `${input.namespaceBase.replace(/\/+$/, '')}/${root.name}-${root.version}-${digest.slice(0, 16)}`,
        creationInfo: { created: input.created, creators: [`Tool: fastvlm-release-action-${input.toolVersion}`] },
        documentDescribes: [rootId],
        packages,
        relationships
    };
}

// EXTERNAL MODULE: ./src/core/notes/notes.ts + 2 modules
var notes = __webpack_require__(47588);
// EXTERNAL MODULE: ./src/core/notes/summary.ts
var summary = __webpack_require__(65157);
;// CONCATENATED MODULE: ./src/usecases/publish/side-files.ts
/**
 * Where publishing leaves the SBOM and SHA256SUMS: the run's side files (RUNNER_TEMP, outside the
 * workspace, so the next `npm pack` or `python -m build` does not ship them), or release_dir in the
 * workspace when it is set. The outputs `sbom` and `checksums` name the paths.
 */

function placeOf(releaseDir, deps) {
    if (releaseDir)
        return { folder: releaseDir };
    // no side files (a test's deps): the workspace's dist/, as before
    return deps.sideFiles ? { side: deps.sideFiles } : { folder: 'dist' };
}
/** The path a side file of publishing gets (absolute for the side files; else relative to the workspace). */
function publishPath(releaseDir, deps, name) {
    const place = placeOf(releaseDir, deps);
    return 'side' in place ? place.side.path(name) : external_node_path_.posix.join(place.folder, name);
}
/** Writes one of publishing's files where `publishPath` said. */
function writePublishFile(releaseDir, deps, file, text) {
    const place = placeOf(releaseDir, deps);
    if ('side' in place)
        place.side.write(external_node_path_.basename(file), text);
    else
        deps.files.write(file, text);
}
/**
 * The workflow artifact's files and its root: the notes (copied beside the side files, an artifact
 * has one root) and the SBOM and SHA256SUMS.
 */
function artifactFiles(releaseDir, deps, notesFile, written) {
    const place = placeOf(releaseDir, deps);
    if (!('side' in place))
        return { files: [notesFile, ...written].map(file => deps.files.absolute(file)), root: deps.files.absolute('.') };
    const notes = place.side.write(external_node_path_.posix.basename(notesFile), deps.files.read(notesFile) ?? '');
    return { files: [notes, ...written], root: external_node_path_.dirname(notes) };
}

;// CONCATENATED MODULE: ./src/usecases/publish/immutable.ts
/** Compares by GitHub's digest (sha256) where it gives one, else by size; returns the assets that match. */
function checkImmutableAssets(release, uploads, log) {
    const same = [];
    const missing = [];
    const different = [];
    for (const asset of uploads) {
        const attached = release.assets.find(candidate => candidate.name === asset.name);
        if (!attached)
            missing.push(asset.name);
        else if (attached.digest ? attached.digest === `sha256:${asset.sha256}` : attached.size === asset.size)
            same.push({ ...asset, url: attached.url ?? '' });
        else
            different.push(asset.name);
    }
    if (missing.length === 0 && different.length === 0) {
        log.info(`${release.url} is immutable: its ${same.length} asset(s) were checked and match; nothing was changed.`);
        return same;
    }
    const problems = [
        missing.length > 0 ? `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not attached` : '',
        different.length > 0
            ? `${different.join(', ')} ${different.length === 1 ? 'differs' : 'differ'} from the attached bytes`
            : ''
    ].filter(Boolean);
    log.warning(`${release.url} is an immutable release: its assets can't change, and ${problems.join(' and ')}. Nothing was changed; release a new version to ship other assets.`);
    return same;
}

;// CONCATENATED MODULE: ./src/usecases/publish/publish.ts










function sha256(buffer) {
    return (0,external_node_crypto_.createHash)('sha256').update(buffer).digest('hex');
}
function makeLatest(settings, target, prerelease) {
    // a maintenance line (1.x) never claims "latest" while a higher release exists, whatever make_latest says
    if (target.maintenance && target.highestVersion && semver_default().lt(target.version, target.highestVersion))
        return 'false';
    if (settings.makeLatest !== 'auto')
        return settings.makeLatest;
    if (prerelease)
        return 'false';
    if (target.highestVersion && semver_default().lt(target.version, target.highestVersion))
        return 'false'; // a hotfix of an older line
    return 'true';
}
/** The SBOM of the release: the package from pyproject.toml and every dependency file present. */
async function sbomFor(settings, target, files, toolVersion) {
    const dependencies = [];
    const pyprojectText = files.read('pyproject.toml');
    const pyproject = pyprojectText ? pyprojectPackage(pyprojectText) : { root: {}, dependencies: [] };
    dependencies.push(...pyproject.dependencies);
    for (const file of await files.glob('requirements*.txt'))
        dependencies.push(...requirementsFile(files.read(file) ?? '', file));
    for (const file of await files.glob('{Package.resolved,*/Package.resolved,*/*.xcworkspace/xcshareddata/swiftpm/Package.resolved}'))
        dependencies.push(...packageResolved(files.read(file) ?? '', file));
    const lock = files.read('package-lock.json');
    if (lock !== null)
        dependencies.push(...packageLock(lock, 'package-lock.json'));
    const name = settings.packageName || pyproject.root.name || (target.repoUrl ? target.repoUrl.split('/').pop() : 'package');
    const sbom = buildSbom({
        root: {
            name,
            version: target.version,
            license: pyproject.root.license ?? null,
            homepage: pyproject.root.homepage ?? target.repoUrl,
            downloadLocation: target.repoUrl ? `git+${target.repoUrl}.git@${target.tag}` : null
        },
        dependencies,
        created: target.created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        namespaceBase: target.repoUrl ? `${target.repoUrl}/releases/${target.tag}` : 'https://spdx.org/spdxdocs',
        toolVersion
    });
    return `${JSON.stringify(sbom, null, 2)}\n`;
}
/**
 * Everything that can fail on input, checked before the release is made: the asset globs and
 * names, the expected assets, the SBOM's sources. Writes nothing.
 */
async function preparePublish(settings, target, deps) {
    const { files } = deps;
    const warnings = [];
    const byName = new Map();
    const sbomName = `SBOM-${target.version}.json`;
    const sbomPath = settings.sbom ? publishPath(settings.releaseDir, deps, sbomName) : null;
    const checksumsPath = publishPath(settings.releaseDir, deps, 'SHA256SUMS');
    const own = new Set([sbomPath, checksumsPath].filter(Boolean));
    for (const pattern of settings.assets) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..'))
            throw new errors/* ConfigurationError */.j1(`Input assets has the invalid glob "${pattern}". Use globs relative to the repository root, such as dist/*.`);
        const matched = (await files.glob(pattern)).filter(file => !own.has(file));
        if (matched.length === 0) {
            const message = `assets: ${pattern} matches no file`;
            if (settings.requireAssets)
                throw new errors/* ConfigurationError */.j1(`${message} (require_assets: true). Build the assets before this step, or fix the glob.`);
            warnings.push(message);
        }
        for (const file of matched) {
            const name = external_node_path_.posix.basename(file);
            const earlier = byName.get(name);
            if (earlier && earlier !== file)
                throw new errors/* ConfigurationError */.j1(`Two assets would have the same name ${name}: ${earlier} and ${file}. A release cannot hold both; narrow the globs in assets.`);
            byName.set(name, file);
        }
    }
    const assets = [...byName].map(([name, file]) => {
        const bytes = files.bytes(file);
        if (!bytes)
            throw new errors/* ConfigurationError */.j1(`assets: ${file} cannot be read.`);
        return { name, path: file, size: bytes.length, sha256: sha256(bytes) };
    });
    let sbomText = null;
    if (sbomPath) {
        sbomText = await sbomFor(settings, target, files, deps.toolVersion);
        assets.push({ name: sbomName, path: sbomPath, size: Buffer.byteLength(sbomText), sha256: sha256(sbomText) });
    }
    const checksums = sha256sums(assets);
    const names = new Set([...assets.map(asset => asset.name), 'SHA256SUMS']);
    // the expected set matters where assets are published
    const publishing = settings.createRelease || settings.assets.length > 0;
    const expected = publishing
        ? expectedAssetNames(settings.expectedAssets, target.version).map(name => ({ name, found: names.has(name) }))
        : [];
    const missing = expected.filter(asset => !asset.found).map(asset => asset.name);
    if (missing.length > 0 && settings.requireAssets) {
        throw new errors/* ConfigurationError */.j1(`Expected release assets are missing: ${missing.join(', ')} (require_assets: true). Build them before this step, or change expected_assets.`);
    }
    if (missing.length > 0)
        warnings.push(`expected assets missing: ${missing.join(', ')}`);
    const prerelease = semver_default().prerelease(target.version) !== null;
    if (settings.createRelease && !deps.offline)
        await checkReleaseAccess(settings, deps);
    return {
        assets,
        expected,
        warnings,
        sbomPath,
        sbomText,
        checksumsPath,
        checksums,
        hashes: base64Subjects(checksums),
        release: {
            tag: target.tag,
            title: settings.releaseTitle.replace(/\{tag\}/g, target.tag).replace(/\{version\}/g, target.version),
            body: (0,summary/* truncateMarkdown */.o4)(target.notes, notes/* RELEASE_BODY_LIMIT */.fS - 200, `_Cut to fit GitHub's ${notes/* RELEASE_BODY_LIMIT */.fS.toLocaleString('en-US')}-character limit: the whole notes are in ${target.notesFile}._`),
            draft: settings.draft,
            prerelease,
            makeLatest: makeLatest(settings, target, prerelease),
            targetCommitish: target.commitSha
        }
    };
}
/**
 * Before the point of no return: a release that can't be published fails here, not after the push
 * (no token or repository; a token that can't reach the repository or can't write to it).
 */
async function checkReleaseAccess(settings, deps) {
    if (!deps.github)
        throw new errors/* ConfigurationError */.j1('create_release: true needs github_token and GITHUB_REPOSITORY. Nothing was released: pass the token (permissions: contents: write), or set create_release: false.');
    if (settings.dryRun)
        return;
    let access;
    try {
        access = await deps.github.repositoryAccess();
    }
    catch (error) {
        if (!(error instanceof errors/* GitHubApiError */.OS))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${error.message}. Nothing was released: the GitHub release could not be made with this token. ${(0,errors/* adviceFor */.cp)(error.status)}`);
    }
    if (access.push === false)
        throw new errors/* ConfigurationError */.j1('The token can read this repository but not write to it, so the GitHub release could not be made. Nothing was released: give the workflow permissions: contents: write, or set create_release: false.');
}
/** Writes the SBOM and SHA256SUMS, creates or updates the GitHub release, uploads the assets, the artifact. */
async function executePublish(settings, target, prepared, deps) {
    const { files, log } = deps;
    const result = {
        ...prepared,
        releaseUrl: '',
        releaseId: null,
        uploadUrl: '',
        uploaded: [],
        artifact: '',
        dryRun: settings.dryRun
    };
    for (const warning of prepared.warnings)
        log.warning(warning);
    if (settings.dryRun) {
        log.info(`Dry run: would write ${[prepared.sbomPath, prepared.checksumsPath].filter(Boolean).join(' and ')}${settings.createRelease ? `, ${settings.createRelease ? 'create or update' : ''} the GitHub release ${prepared.release.tag} and upload ${prepared.assets.length + 1} asset(s)` : ''}`);
        return result;
    }
    if (prepared.sbomPath && prepared.sbomText)
        writePublishFile(settings.releaseDir, deps, prepared.sbomPath, prepared.sbomText);
    writePublishFile(settings.releaseDir, deps, prepared.checksumsPath, prepared.checksums);
    const uploads = [
        ...prepared.assets,
        {
            name: 'SHA256SUMS',
            path: prepared.checksumsPath,
            size: Buffer.byteLength(prepared.checksums),
            sha256: sha256(prepared.checksums)
        }
    ];
    if (settings.createRelease) {
        if (!deps.github)
            throw new errors/* ConfigurationError */.j1('create_release: true needs github_token and GITHUB_REPOSITORY.');
        const github = deps.github;
        const done = ['wrote SBOM and SHA256SUMS'];
        try {
            await log.group(`GitHub release ${prepared.release.tag}`, async () => {
                // created as a draft, assets attached, then published in one step: repositories whose
                // releases are immutable take no asset once a release is published
                const staged = { ...prepared.release, draft: true };
                let release = await github.releaseByTag(prepared.release.tag);
                if (release) {
                    release = await github.updateRelease(release.id, release.draft ? staged : prepared.release);
                    log.info(`Updated ${release.url}`);
                }
                else {
                    try {
                        release = await github.createRelease(staged);
                    }
                    catch (error) {
                        // 422: created meanwhile (a parallel run): update that one instead of failing
                        if (!(error instanceof errors/* GitHubApiError */.OS && error.status === 422))
                            throw error;
                        const existing = await github.releaseByTag(prepared.release.tag);
                        if (!existing)
                            throw error;
                        release = await github.updateRelease(existing.id, existing.draft ? staged : prepared.release);
                    }
                    log.info(`Created ${release.url}${release.draft ? ' (a draft until its assets are attached)' : ''}`);
                }
                done.push(`release ${release.url}`);
                result.releaseUrl = release.url;
                result.releaseId = release.id;
                result.uploadUrl = release.uploadUrl;
                if (release.immutable && !release.draft) {
                    // published and immutable: its assets can't change (GitHub answers 422): checked, reported
                    result.uploaded.push(...checkImmutableAssets(release, uploads, log));
                    return;
                }
                for (const asset of uploads) {
                    const existing = release.assets.find(candidate => candidate.name === asset.name);
                    if (existing)
                        await github.deleteAsset(existing.id);
                    const data = asset.path === prepared.checksumsPath
                        ? Buffer.from(prepared.checksums)
                        : asset.path === prepared.sbomPath && prepared.sbomText !== null
                            ? Buffer.from(prepared.sbomText)
                            : (files.bytes(asset.path) ?? Buffer.alloc(0));
                    const uploaded = await github.uploadAsset(release.uploadUrl, asset.name, contentType(asset.name), data);
                    result.uploaded.push({ ...asset, url: uploaded.url });
                    log.info(`${existing ? 'Replaced' : 'Uploaded'} ${asset.name} (${asset.size} bytes)`);
                }
                if (release.draft && !prepared.release.draft) {
                    release = await github.updateRelease(release.id, prepared.release);
                    done.push('published it');
                    result.releaseUrl = release.url;
                    log.info(`Published ${release.url}`);
                }
            });
        }
        catch (error) {
            if (!(error instanceof errors/* GitHubApiError */.OS))
                throw error;
            const uploaded = result.uploaded.map(asset => asset.name);
            throw new errors/* ConfigurationError */.j1(`${error.message}. Done so far: ${[...done, uploaded.length > 0 ? `uploaded ${uploaded.join(', ')}` : ''].filter(Boolean).join('; ')}. ${(0,errors/* adviceFor */.cp)(error.status)} Running again updates the release and replaces its assets.`);
        }
    }
    if (settings.uploadArtifact) {
        const name = `release-${target.version}`;
        const written = [prepared.checksumsPath, ...(prepared.sbomPath ? [prepared.sbomPath] : [])];
        const { files: list, root } = artifactFiles(settings.releaseDir, deps, target.notesFile, written);
        await deps.artifact.upload(name, list, root);
        result.artifact = name;
        log.info(`Uploaded the workflow artifact ${name}`);
    }
    return result;
}
/** Whether a release run publishes: a GitHub release, assets or an artifact were asked for. */
function publishingWanted(settings) {
    return settings.createRelease || settings.assets.length > 0 || settings.uploadArtifact;
}
/** The publishing outputs, the same for the action and the CLI's --json. */
function publishOutputs(published) {
    if (!published)
        return {};
    const assets = published.uploaded.length > 0
        ? published.uploaded.map(({ name, size, sha256, url }) => ({ name, size, sha256, url }))
        : published.assets.map(({ name, size, sha256 }) => ({ name, size, sha256, url: '' }));
    return {
        release_url: published.releaseUrl,
        release_id: published.releaseId === null ? '' : String(published.releaseId),
        upload_url: published.uploadUrl,
        assets: JSON.stringify(assets),
        hashes: published.hashes,
        sbom: published.sbomPath ?? '',
        checksums: published.checksumsPath
    };
}


/***/ })

};
