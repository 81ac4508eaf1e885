export const id = 392;
export const ids = [392];
export const modules = {

/***/ 59414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ conventionsPart),
/* harmony export */   So: () => (/* binding */ shiftHeadings),
/* harmony export */   bf: () => (/* binding */ filesPart)
/* harmony export */ });
/* harmony import */ var _conventions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36623);
/* harmony import */ var _text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74048);
/**
 * Parts of the release summary: the notes as they will be published (their headings moved one
 * level down so that the page's outline has no skipped or inverted level), what was learned of the
 * repository's notes convention, and the files the release writes.
 */


/**
 * Moves every ATX heading outside fenced code `by` levels down (at most to level 6):
 * the notes' `## What's Changed` becomes a `###` under the summary's `##` verdict.
 */
function shiftHeadings(markdown, by) {
    let fence = null;
    return markdown
        .split('\n')
        .map(line => {
        const open = /^\s*(`{3,}|~{3,})/.exec(line);
        if (open) {
            if (fence === null)
                fence = open[1][0];
            else if (open[1][0] === fence)
                fence = null;
            return line;
        }
        if (fence !== null)
            return line;
        return line.replace(/^(\s*)(#{1,6})(?=[ \t]|$)/, (_all, lead, marks) => {
            return `${lead}${'#'.repeat(Math.min(6, marks.length + by))}`;
        });
    })
        .join('\n');
}
/** What the notes followed: the sections learned from the repository's changelog, or the defaults. */
function conventionsPart(learned) {
    if (!learned)
        return [];
    return [...(0,_conventions_js__WEBPACK_IMPORTED_MODULE_0__/* .describeConventions */ .Yp)(learned.conventions, learned.file), ''];
}
/** The files section: what the release changed (or would change) and where the notes are. */
function filesPart(input) {
    const verb = input.dryRun ? 'would change' : 'changed';
    const lines = ['### Files', ''];
    for (const file of input.versionFiles)
        lines.push(`- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(file.path)}: ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(file.from)} → ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeCell */ .CN)(file.to)} (${verb})`);
    if (input.changelogFile)
        lines.push(`- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.changelogFile)}: new section at the top (${verb})`);
    lines.push(input.notesWritten
        ? `- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.notesFile)}: the notes above (written, not committed)`
        : `- ${(0,_text_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(input.notesFile)}: not written (plan only)`);
    if (input.commitSha)
        lines.push(`- Release commit \`${input.commitSha}\`${input.pushed ? ', pushed with its tag' : ', not pushed (push: false)'}`);
    lines.push('');
    return lines;
}


/***/ }),

/***/ 26392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preview: () => (/* binding */ preview),
  runPreview: () => (/* binding */ runPreview)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/preview/text.ts
/** Small text helpers of the preview: first lines, cuts that never split an emoji, shown headers. */
/** The first line of a message, leading white space removed. */
function firstLine(message) {
    const trimmed = message.replace(/^\s+/, '');
    const end = trimmed.search(/\r?\n|\r/);
    return end < 0 ? trimmed : trimmed.slice(0, end);
}
function lowerFirst(text) {
    return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
/** The text before `end`, never ending in the first half of a surrogate pair (an emoji cut in two). */
function before(text, end) {
    const code = text.charCodeAt(end - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}
/** A header on one line, cut to `max` characters with an ellipsis. */
function shown(header, max = 120) {
    const line = header.replace(/[\r\n]+/g, ' ').trim();
    return line.length > max ? `${before(line, max - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/core/preview/comment.ts
/** The preview comment's identity and limits, and the Markdown cut that keeps it within them. */

/** The hidden first line that finds this action's comment again (never a second one). */
const PREVIEW_MARKER = '<!-- fastvlm-release-action:preview -->';
/** Who writes with the workflow's token (`GITHUB_TOKEN`, the github_token input's default). */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * The comment this action wrote before, to update in place: the first that starts with the marker
 * and is by the token's own identity (`viewer`: GraphQL's, else GET /user's). An installation token
 * is told neither: then the identity is the workflow token's, `github-actions[bot]`. Never another
 * login's comment (a person's, another app's bot): anyone can start a comment with the marker.
 */
function ownComment(comments, viewer) {
    const identity = viewer ?? ACTIONS_BOT;
    return comments.find(comment => comment.body.startsWith(PREVIEW_MARKER) && comment.author === identity);
}
/** GitHub refuses a comment body longer than this (characters). */
const COMMENT_LIMIT = 65_536;
/** The check run and the commit status. */
const CHECK_NAME = 'release preview';
/** GitHub refuses a commit status description longer than this. */
const STATUS_DESCRIPTION_LIMIT = 140;
const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ *(`{3,}|~{3,})[ \t]*$/;
/**
 * Cuts Markdown at a line end within `max` characters, closing a code fence left open at the
 * fence's own indentation (a fence under a list item closed at the margin would open a new one).
 */
function cutMarkdown(markdown, max) {
    if (markdown.length <= max)
        return markdown;
    let room = Math.max(0, max - 10);
    for (;;) {
        let cut = markdown.lastIndexOf('\n', room);
        if (cut < 0)
            cut = room;
        const out = before(markdown, cut);
        let fence = null;
        for (const line of out.split('\n')) {
            if (fence === null) {
                const open = FENCE_OPEN.exec(line);
                // a backtick fence's info string has no backtick (else it is a code span)
                if (open && !(open[2][0] === '`' && open[3].includes('`')))
                    fence = { indent: open[1], marker: open[2] };
            }
            else {
                // only a line of the fence's character alone closes it (```js inside a block is code)
                const close = FENCE_CLOSE.exec(line);
                if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length)
                    fence = null;
            }
        }
        const result = fence ? `${out}\n${fence.indent}${fence.marker}` : out;
        if (result.length <= max || room === 0)
            return result;
        room = Math.max(0, room - (result.length - max));
    }
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/preview/contributions.ts


/** The bump each commit on top contributes, read from the release's own decision (drivers, cancels, skips). */
function contributions(method, onTop, decision) {
    return onTop.map(commit => {
        const label = commit.parents.length > 1 ? 'merge' : method === 'squash' ? 'squash' : commit.sha.slice(0, 7);
        const header = firstLine(commit.message);
        if (commit.parents.length > 1)
            return { commit: label, header, bump: 'none', why: 'a merge commit: its commits count on their own' };
        if (!decision)
            return { commit: label, header, bump: 'none', why: 'no decision (the release would fail)' };
        const drivers = decision.drivers.filter(driver => driver.change.sha === commit.sha);
        if (drivers.length > 0) {
            const strongest = drivers.reduce((best, driver) => types/* BUMP_ORDER */.q[driver.level] > types/* BUMP_ORDER */.q[best.level] ? driver : best);
            const whys = [...new Set(drivers.map(driver => driver.why))];
            return { commit: label, header, bump: strongest.level, why: whys.join(', ') };
        }
        if (decision.skipped.includes(commit.sha))
            return { commit: label, header, bump: 'none', why: '[skip release]' };
        if (decision.cancelled.has(commit.sha))
            return { commit: label, header, bump: 'none', why: 'cancelled by a revert in the range' };
        const change = decision.changes.find(each => each.sha === commit.sha);
        if (change)
            return {
                commit: label,
                header,
                bump: 'none',
                why: change.type
                    ? `${change.type}: in the notes, releases nothing by itself`
                    : 'not a conventional commit: releases nothing'
            };
        return {
            commit: label,
            header,
            bump: 'none',
            why: 'not in the release (a release commit or an empty message)'
        };
    });
}

// EXTERNAL MODULE: ./src/core/text/sanitize.ts
var sanitize = __webpack_require__(74048);
;// CONCATENATED MODULE: ./src/core/preview/components.ts




/** What the pull request changes in a component's release (as render.ts's effectOf). */
function effectOf(merged, base) {
    if (merged.released !== base.released || merged.version !== base.version || merged.bump !== base.bump)
        return 'version';
    return merged.notes !== base.notes ? 'notes' : 'nothing';
}
/** The components whose release the pull request changes (version or notes), in dependency order. */
function changedComponents(components) {
    return components.filter(c => effectOf(c.merged, c.base) !== 'nothing');
}
function version(plan) {
    return plan.released ? `${(0,sanitize/* codeSpan */.SS)(plan.tag)} (${plan.bump})` : 'no release';
}
/** The verdict with components: the check's title and the comment's headline. */
function componentsVerdict(components) {
    const changed = changedComponents(components);
    if (changed.length === 0)
        return 'Changes no component of the release';
    const released = changed.filter(c => c.merged.released);
    // a check run's title: five names at most
    const few = (list) => (list.length > 5 ? [...list.slice(0, 5), `${list.length - 5} more`] : list).join(', ');
    if (released.length === 0)
        return `No release of ${few(changed.map(c => c.name))} after this merge`;
    return `Next release${released.length > 1 ? 's' : ''}: ${few(released.map(c => `${c.merged.tag} (${c.merged.bump})`))}`;
}
/** The headline of a preview with components: a row per component it changes, one line for the rest. */
function componentsHeadline(components, merge) {
    const changed = changedComponents(components);
    const unchanged = components.filter(c => !changed.includes(c));
    const lines = [];
    if (changed.length === 0)
        lines.push(`**This pull request changes no component's release** (${components.length} component${components.length === 1 ? '' : 's'}).`);
    else {
        lines.push(`**If this pull request were ${merge} now, it would change the release of ${changed.length} of ${components.length} components:**`, '', '| component | next release | without it | why |', '| --- | --- | --- | --- |');
        for (const c of changed) {
            const from = c.merged.previousTag ? ` from ${(0,sanitize/* codeSpan */.SS)(c.merged.previousTag)}` : ' (first release)';
            const next = c.merged.released ? `${version(c.merged)}${from}` : 'no release';
            const notesOnly = effectOf(c.merged, c.base) === 'notes' ? ' (adds to its notes)' : '';
            lines.push(`| ${(0,sanitize/* sanitizeCell */.CN)(c.name)} | ${next}${notesOnly} | ${version(c.base)} | ${(0,sanitize/* sanitizeCell */.CN)(shown(c.merged.reason, 300))} |`);
        }
    }
    if (unchanged.length > 0)
        lines.push('', `Unchanged by this pull request: ${unchanged
            .map(c => `${(0,sanitize/* sanitizeInline */.nW)(c.name)} (${c.merged.released ? `next stays ${(0,sanitize/* codeSpan */.SS)(c.merged.tag)}` : 'no release'})`)
            .join(', ')}.`);
    return lines;
}
/** The notes of the components the pull request changes and releases, each under its heading. */
function componentsNotes(components) {
    return changedComponents(components)
        .filter(c => c.merged.released && c.merged.notes.trim())
        .map(c => `#### ${(0,sanitize/* sanitizeInline */.nW)(c.name)} ${(0,sanitize/* sanitizeInline */.nW)(c.merged.version)}\n\n${c.merged.notes.trim()}`)
        .join('\n\n');
}
/**
 * What each commit on top contributes, read from every component's decision: the strongest bump,
 * and per component the commit counts for, why (`lib: feature; web: fix`).
 */
function componentContributions(method, onTop, decisions) {
    const per = decisions.map(([name, decision]) => [name, contributions(method, onTop, decision)]);
    const base = contributions(method, onTop, null);
    return base.map((row, index) => {
        if (onTop[index].parents.length > 1)
            return row;
        let bump = 'none';
        const whys = [];
        for (const [name, rows] of per) {
            const own = rows[index];
            const decision = decisions.find(([n]) => n === name)[1];
            const sha = onTop[index].sha;
            const counted = decision.changes.some(c => c.sha === sha) || decision.skipped.includes(sha);
            if (!counted)
                continue;
            if (types/* BUMP_ORDER */.q[own.bump] > types/* BUMP_ORDER */.q[bump])
                bump = own.bump;
            whys.push(`${name}: ${own.why}`);
        }
        return {
            ...row,
            bump,
            why: whys.length > 0 ? whys.join('; ') : 'touches no component (or is not in any range)'
        };
    });
}

// EXTERNAL MODULE: ./src/core/commits/parser.ts
var parser = __webpack_require__(88675);
// EXTERNAL MODULE: ./src/core/commits/type-table.ts
var type_table = __webpack_require__(24405);
;// CONCATENATED MODULE: ./src/core/preview/lint.ts
/**
 * The title and message lint of a preview: each header against the commit grammar
 * (src/core/commits/parser.ts) and the allowed types and scopes. The types, their aliases and the
 * words that say what a plain message is come from the table of commit types (commits/type-table.ts).
 */



/**
 * The allowed types: commit_types when given; else the conventional types and the types the notes
 * sections name (such as `deps`), without the pseudo-types `other` and `deps-dev`.
 */
function lintRules(commitTypes, commitScopes, sections) {
    const types = commitTypes.length > 0
        ? new Set(commitTypes.map(type => type.toLowerCase()))
        : new Set([
            ...type_table/* KNOWN_TYPES */.EE,
            ...(sections ?? type_table/* DEFAULT_SECTIONS */.vu).flatMap(section => section.types).filter(t => !type_table/* UNWRITTEN_TYPES */.by.has(t))
        ]);
    return { types, scopes: commitScopes.length > 0 ? commitScopes : null };
}
const FIXUP = /^(?:fixup|squash|amend)! /;
const REVERT = /^(?:revert|reapply)\s+"/i;
/**
 * One header against the commit grammar (src/core/commits/parser.ts) and the allowed types and
 * scopes; null when it is fine. Reverts as git and GitHub write them (`Revert "…"`) are fine.
 */
function lintHeader(header, rules) {
    const line = header.trim();
    const typesList = [...rules.types].sort().join(', ');
    const generic = `for example \`feat: …\` for a feature or \`fix: …\` for a bug fix (allowed types: ${typesList})`;
    if (!line)
        return { header, problem: 'it is empty', suggestion: `Write what the change does, ${generic}.` };
    if (FIXUP.test(line))
        return {
            header,
            problem: 'it is a fixup commit left unsquashed',
            suggestion: 'Squash it into the commit it fixes (git rebase -i --autosquash) before merging.'
        };
    if (REVERT.test(line))
        return null;
    const parsed = (0,parser/* parseCommitMessage */.o)(line);
    if (parsed.type === null) {
        const colon = /^(\w+)(\([^()]*\))?(!?):\s*(\S.*)$/.exec(line);
        let subject = lowerFirst(colon ? colon[4] : line);
        let type = colon ? (type_table/* LINT_ALIASES */.lv[colon[1].toLowerCase()] ?? colon[1].toLowerCase()) : undefined;
        if (!type) {
            type = type_table/* LINT_GUESSES */.UU.find(([pattern]) => pattern.test(line))?.[1];
            // `Fix crash` is `fix: crash`; `Add x` stays `feat: add x`
            const rest = /^(\w+)\s+(\S.*)$/.exec(subject);
            if (type && rest && rest[1].toLowerCase().startsWith(type))
                subject = rest[2];
        }
        const scope = colon?.[2] ?? '';
        const suggestion = type && rules.types.has(type)
            ? `For example \`${type}${scope}${colon?.[3] ?? ''}: ${shown(subject, 100)}\`.`
            : `Start it with a type, ${generic}.`;
        return {
            header,
            problem: colon
                ? 'it is not a conventional commit header (`type(scope): description`, one space after the colon)'
                : 'it is not a conventional commit (`type(scope): description`)',
            suggestion
        };
    }
    const type = parsed.type.toLowerCase();
    const breaking = /^\w+(?:\(.*\))?!:/.test(line) ? '!' : '';
    const scopePart = parsed.scope ? `(${parsed.scope})` : '';
    const subject = parsed.subject ?? '';
    if (!rules.types.has(type)) {
        const alias = type_table/* LINT_ALIASES */.lv[type];
        return {
            header,
            problem: `its type \`${shown(parsed.type, 40)}\` is not one of the allowed types (${typesList})`,
            suggestion: alias && rules.types.has(alias)
                ? `For example \`${alias}${scopePart}${breaking}: ${shown(subject, 100)}\`.`
                : `Use one of the allowed types (commit_types in .github/release-action.yml).`
        };
    }
    if (rules.scopes && parsed.scope) {
        const scopes = parsed.scope.split(/\s*,\s*/);
        const unknown = scopes.filter(scope => !rules.scopes.includes(scope));
        if (unknown.length > 0)
            return {
                header,
                problem: `its scope \`${shown(unknown.join(','), 40)}\` is not one of the allowed scopes (${rules.scopes.join(', ')})`,
                suggestion: `Use one of them, or no scope: \`${type}${breaking}: ${shown(subject, 100)}\`.`
            };
    }
    if (!subject.trim())
        return {
            header,
            problem: 'it has no description after the type',
            suggestion: `Say what changes: \`${type}${scopePart}${breaking}: …\`.`
        };
    return null;
}
/**
 * What the lint looks at: with squash merging the squash commit's header (the title decides),
 * else every commit of the pull request but merges.
 */
function lintPullRequest(method, onTop, rules, squashTitleFromCommit) {
    if (method === 'squash') {
        if (onTop.length === 0)
            return { problems: [], checked: 0 };
        // the title as written, without the ` (#N)` GitHub appends
        const header = firstLine(onTop[0].message).replace(/ \(#\d+\)$/, '');
        const problem = lintHeader(header, rules);
        return { problems: problem ? [{ where: squashTitleFromCommit ? 'commit' : 'title', ...problem }] : [], checked: 1 };
    }
    const commits = onTop.filter(commit => commit.parents.length < 2);
    const problems = [];
    for (const commit of commits) {
        const problem = lintHeader(firstLine(commit.message), rules);
        if (problem)
            problems.push({ where: commit.sha.slice(0, 7), ...problem });
    }
    return { problems, checked: commits.length };
}

;// CONCATENATED MODULE: ./src/core/preview/pull-request.ts
/**
 * The pull request of a preview: the event payload read into a pull request, the merge method the
 * preview assumes, and the commits the merge would put on the base branch (a squash commit made of
 * the title and body, or the pull request's own commits).
 */


const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function pull_request_text(value) {
    return typeof value === 'string' ? value : '';
}
/**
 * The pull request of a `pull_request` or `pull_request_target` event payload (GITHUB_EVENT_PATH).
 * Shas are checked (they become git arguments); every text stays untrusted.
 */
function pullRequestFromEvent(eventName, payload) {
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target') {
        throw new errors/* ConfigurationError */.j1(`mode: preview runs on pull_request or pull_request_target events, but this run is ${eventName ? `a ${eventName} event` : 'not a workflow run (GITHUB_EVENT_NAME is not set)'}. ` +
            'Run it from a workflow with on: pull_request (see Preview on pull requests in the README).');
    }
    const pull = payload?.pull_request;
    const head = pull?.head;
    const base = pull?.base;
    const number = pull?.number;
    if (!pull || typeof number !== 'number' || !Number.isSafeInteger(number) || !head || !base) {
        throw new errors/* ConfigurationError */.j1(`The ${eventName} event payload (GITHUB_EVENT_PATH) has no pull_request with a number, head and base: mode: preview needs the event of a pull request.`);
    }
    const headSha = pull_request_text(head.sha);
    const baseSha = pull_request_text(base.sha);
    if (!SHA.test(headSha) || !SHA.test(baseSha)) {
        throw new errors/* ConfigurationError */.j1(`The ${eventName} event payload has no commit sha for the head or the base of pull request #${number}.`);
    }
    const repo = (side) => pull_request_text(side.repo?.full_name);
    return {
        number,
        title: pull_request_text(pull.title),
        body: pull_request_text(pull.body),
        author: pull_request_text(pull.user?.login),
        headSha,
        headRef: pull_request_text(head.ref),
        headRepo: repo(head),
        baseRef: pull_request_text(base.ref),
        baseSha,
        baseRepo: repo(base)
    };
}
/** A pull request from another repository (a fork); a deleted fork counts as one. */
function isFork(pr) {
    return pr.headRepo === '' || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}
/**
 * The merge method the preview assumes. `auto` reads the repository's settings: merge commits
 * allowed (or not said) → merge; otherwise squash when allowed, else rebase. The first is also
 * GitHub's default button; a repository that allows only squash merging gets the title's preview.
 */
function chooseMergeMethod(setting, repo) {
    if (setting !== 'auto')
        return { method: setting, why: `preview_merge_method: ${setting}` };
    if (!repo)
        return { method: 'merge', why: "the repository's merge settings could not be read: merge commits assumed" };
    if (repo.allowMerge === false && repo.allowSquash === true)
        return {
            method: 'squash',
            why: repo.allowRebase
                ? 'the repository does not allow merge commits'
                : 'the repository allows only squash merging'
        };
    if (repo.allowMerge === false && repo.allowRebase === true)
        return { method: 'rebase', why: 'the repository allows only rebase merging' };
    if (repo.allowMerge === null)
        return {
            method: 'merge',
            why: "the repository's merge settings are not visible to the token: merge commits assumed"
        };
    return { method: 'merge', why: 'the repository allows merge commits' };
}
/**
 * The squash commit's message as GitHub writes it: the title (the PR's, or with COMMIT_OR_PR_TITLE
 * the one commit's subject) followed by ` (#N)`, then the body: the PR's description (PR_BODY, and
 * when GitHub does not say), the commits' messages as bullets (COMMIT_MESSAGES), or nothing (BLANK).
 * `commits` newest first, as git lists them.
 */
function squashMessage(pr, commits, repo) {
    const own = commits.filter(commit => commit.parents.length < 2);
    const title = repo?.squashTitle === 'COMMIT_OR_PR_TITLE' && own.length === 1 ? firstLine(own[0].message) : pr.title.trim();
    const header = `${title.replace(/[\r\n]+/g, ' ')} (#${pr.number})`;
    const body = repo?.squashMessage === 'BLANK'
        ? ''
        : repo?.squashMessage === 'COMMIT_MESSAGES'
            ? [...own]
                .reverse()
                .map(commit => `* ${commit.message.trim()}`)
                .join('\n\n')
            : pr.body.replace(/\r\n/g, '\n').trim();
    return body ? `${header}\n\n${body}` : header;
}
/** The sha the synthetic merge commit gets (it is a merge: it never shows in notes or reasons). */
const MERGE_SHA = '0'.repeat(40);
/**
 * The commits a merge of the pull request puts on the base branch, newest first: one squash commit
 * (shown with the PR head's sha, since it does not exist yet), or a merge commit over the pull
 * request's commits, or those commits alone (rebase). None when the pull request has no commits.
 */
function mergedCommits(method, pr, commits, base, now, repo) {
    if (commits.length === 0)
        return [];
    const time = Math.floor(now.getTime() / 1000);
    if (method === 'squash')
        return [{ sha: pr.headSha, parents: [base], time, author: pr.author, message: squashMessage(pr, commits, repo) }];
    if (method === 'rebase')
        return commits;
    const from = `${pr.headRepo.split('/')[0] || 'fork'}/${pr.headRef}`;
    return [
        {
            sha: MERGE_SHA,
            parents: [base, pr.headSha],
            time,
            author: pr.author,
            message: `Merge pull request #${pr.number} from ${from}\n\n${pr.title}`
        },
        ...commits
    ];
}

;// CONCATENATED MODULE: ./src/core/preview/render.ts
/**
 * The preview as Markdown (the comment and the job summary), its one-line verdict, and the check
 * run's output, with GitHub's limits kept.
 */




/** What the pull request changes in the release: its version, only its notes, or nothing. */
function render_effectOf(merged, base) {
    if (merged.released !== base.released || merged.version !== base.version || merged.bump !== base.bump)
        return 'version';
    return merged.notes !== base.notes ? 'notes' : 'nothing';
}
function render_version(plan) {
    return plan.released ? `${(0,sanitize/* codeSpan */.SS)(plan.tag)} (${plan.bump})` : 'no release';
}
/** The one-line verdict: the comment's headline, the check's title. */
function verdict(report) {
    const { merged, base } = report;
    if (report.error || !merged || !base)
        return 'The release would fail after this merge';
    if (report.components)
        return componentsVerdict(report.components);
    const effect = render_effectOf(merged, base);
    if (effect === 'nothing')
        return merged.released
            ? `Changes nothing in the release: next is still ${merged.tag}`
            : 'Changes nothing in the release: no release';
    if (effect === 'notes')
        return `Adds to the notes of ${merged.tag}; the version stays`;
    return merged.released ? `Next release: ${merged.tag} (${merged.bump})` : 'No release after this merge';
}
/** The check's conclusion: a failure when the release would fail, or the lint fails and is set to. */
function conclusionOf(report) {
    if (report.error)
        return 'failure';
    return report.lint.mode === 'fail' && report.lint.problems.length > 0 ? 'failure' : 'success';
}
const GATE_ICONS = {
    pass: '✅ pass',
    fail: '❌ fail',
    skipped: '⏭️ skipped',
    release: '⏳ at release time'
};
const MAX_ROWS = 50;
const MAX_PROBLEMS = 20;
function headline(report) {
    const { merged, base } = report;
    const merge = report.method === 'squash' ? 'squash-merged' : report.method === 'rebase' ? 'rebase-merged' : 'merged';
    if (report.error || !merged || !base)
        return [
            `**If this pull request were ${merge} now, the release would fail:** ${(0,sanitize/* sanitizeInline */.nW)(shown(report.error ?? 'unknown error', 2_000))}`
        ];
    if (report.components)
        return componentsHeadline(report.components, merge);
    const effect = render_effectOf(merged, base);
    const from = merged.previousTag ? ` from ${(0,sanitize/* codeSpan */.SS)(merged.previousTag)}` : ', the first release';
    const lines = [];
    if (effect === 'nothing') {
        lines.push(merged.released
            ? `**This pull request changes nothing in the release**: the next release stays ${render_version(merged)}${from}.`
            : '**This pull request changes nothing in the release**: there is nothing to release, with or without it.');
    }
    else if (effect === 'notes') {
        lines.push(`**This pull request adds to the release notes but does not change the version**: the next release stays ${render_version(merged)}${from}.`);
    }
    else if (merged.released) {
        lines.push(`**If this pull request were ${merge} now, the next release would be ${render_version(merged)}**${from}. Without it: ${render_version(base)}.`);
    }
    else {
        lines.push(`**If this pull request were ${merge} now, there would be no release** (without it: ${render_version(base)}).`);
    }
    lines.push('', `Why: ${(0,sanitize/* sanitizeInline */.nW)(shown(merged.reason, 2_000))}`);
    return lines;
}
function contributionTable(report) {
    if (report.contributions.length === 0)
        return ['The pull request has no commits to merge.'];
    const rows = report.contributions.slice(0, MAX_ROWS).map(row => {
        const commit = /^[0-9a-f]{7}$/.test(row.commit) ? `\`${row.commit}\`` : row.commit;
        return `| ${commit} | ${(0,sanitize/* sanitizeCell */.CN)(shown(row.header))} | ${row.bump} | ${(0,sanitize/* sanitizeCell */.CN)(row.why)} |`;
    });
    const more = report.contributions.length - MAX_ROWS;
    return [
        report.method === 'squash'
            ? 'With squash merging the title (and the description, as the commit body) makes one commit, which decides:'
            : `With ${report.method === 'rebase' ? 'rebase merging' : 'a merge commit'} each commit of the pull request counts:`,
        '',
        '| commit | message | bump | why |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...(more > 0 ? ['', `_…and ${more.toLocaleString('en-US')} more commits._`] : [])
    ];
}
function lintSection(report) {
    const { lint } = report;
    if (lint.checked === 0)
        return [];
    const what = report.method === 'squash' ? 'The title' : 'Every commit message';
    if (lint.problems.length === 0)
        return [`✅ ${what} is a conventional commit.`];
    const icon = lint.mode === 'fail' ? '❌' : '⚠️';
    const lines = [
        `${icon} ${lint.problems.length} ${lint.problems.length === 1 ? 'message is' : 'messages are'} not what the release reads${lint.mode === 'fail' ? ' (preview_lint: fail: the check fails)' : ''}:`,
        ''
    ];
    for (const problem of lint.problems.slice(0, MAX_PROBLEMS)) {
        const where = problem.where === 'title' ? 'The title' : problem.where === 'commit' ? 'The commit' : (0,sanitize/* codeSpan */.SS)(problem.where);
        lines.push(`- ${where} "${(0,sanitize/* sanitizeInline */.nW)(shown(problem.header))}": ${(0,sanitize/* sanitizeInline */.nW)(problem.problem)}. ${(0,sanitize/* sanitizeInline */.nW)(problem.suggestion)}`);
    }
    if (lint.problems.length > MAX_PROBLEMS)
        lines.push(`- _…and ${lint.problems.length - MAX_PROBLEMS} more._`);
    return lines;
}
function gatesSection(report) {
    if (report.gates.length === 0)
        return ['No release gates would run.'];
    return [
        '| gate | now |',
        '| --- | --- |',
        ...report.gates.map(gate => `| ${gate.gate} | ${GATE_ICONS[gate.status]}: ${(0,sanitize/* sanitizeCell */.CN)(shown(gate.reason, 300))} |`)
    ];
}
/**
 * The preview as Markdown, never longer than `limit` characters (the comment: 65,536): the release
 * notes are cut first, with a line saying so; everything else is bounded (rows, problems, reasons).
 */
function renderPreview(report, limit = COMMENT_LIMIT, where = 'the job summary of this run') {
    const head = [
        PREVIEW_MARKER,
        `## 🔮 Release preview of #${report.pr.number}`,
        '',
        ...headline(report),
        '',
        ...(report.versionFiles.length > 0
            ? [
                `Version files it would update: ${report.versionFiles
                    // the old version is read from a file the pull request may change: untrusted
                    // escaped: rendered literally (the `__init__` of `pkg/__init__.py` is not bold) and inert
                    .map(file => (0,sanitize/* sanitizeInline */.nW)(`${shown(file.path, 200)} ${shown(file.from, 60)} → ${shown(file.to, 60)}`))
                    .join(', ')}.`,
                ''
            ]
            : []),
        '### What each commit contributes',
        '',
        ...contributionTable(report),
        '',
        ...(report.lint.checked > 0 ? ['### Title and commit messages', '', ...lintSection(report), ''] : []),
        '### Release gates that would run',
        '',
        ...gatesSection(report),
        ''
    ].join('\n');
    const footer = [
        '',
        `<sub>Merge method: ${report.method} (${report.methodWhy}). Preview of ${report.pr.headSha.slice(0, 7)} by fastvlm-release-action ${report.toolVersion}: a dry run, nothing was changed; this comment is updated on every push and edit.</sub>`,
        ''
    ].join('\n');
    const notes = report.error
        ? ''
        : report.components
            ? componentsNotes(report.components)
            : report.merged?.released
                ? report.merged.notes.trim()
                : '';
    const open = notes
        ? [
            '',
            '### Release notes as they would read',
            '',
            `<details><summary>Release notes of ${report.components ? 'the components it changes' : (0,sanitize/* sanitizeInline */.nW)(report.merged.tag)}</summary>`,
            '',
            ''
        ].join('\n')
        : '';
    const learned = notes && report.merged?.learned?.length ? `\n${report.merged.learned.join('\n')}\n` : '';
    const close = notes ? `\n\n</details>\n${learned}` : '';
    const fixed = head.length + footer.length + open.length + close.length;
    let body = notes;
    if (fixed + notes.length > limit) {
        const note = `\n\n_…the release notes are cut here: the whole preview is longer than ${limit.toLocaleString('en-US')} characters. ${where} has them in full._`;
        body = cutMarkdown(notes, Math.max(0, limit - fixed - note.length)) + note;
    }
    const markdown = head + open + body + close + footer;
    if (markdown.length <= limit)
        return markdown;
    // cannot happen with bounded parts; a last guarantee all the same
    const note = '\n\n_…cut: the preview is longer than a comment can be._\n';
    return cutMarkdown(markdown, limit - note.length) + note;
}
/** The check run's output (title and summary) and the status description (≤ 140 characters). */
function checkOutput(report) {
    const title = verdict(report);
    const lines = [`**${(0,sanitize/* sanitizeInline */.nW)(title)}**`];
    if (report.merged && !report.error)
        lines.push('', `Why: ${(0,sanitize/* sanitizeInline */.nW)(shown(report.merged.reason, 1_000))}`);
    if (report.error)
        lines.push('', (0,sanitize/* sanitizeInline */.nW)(shown(report.error, 2_000)));
    if (report.lint.problems.length > 0)
        lines.push('', `${report.lint.problems.length} message(s) are not conventional commits${report.lint.mode === 'fail' ? ' (preview_lint: fail)' : ''}: see the comment or the job summary.`);
    const lint = report.lint.problems.length > 0 ? `; ${report.lint.problems.length} lint problem(s)` : '';
    const description = `${title}${lint}`;
    return {
        title,
        summary: lines.join('\n'),
        description: description.length > STATUS_DESCRIPTION_LIMIT
            ? `${before(description, STATUS_DESCRIPTION_LIMIT - 1)}…`
            : description
    };
}

;// CONCATENATED MODULE: ./src/core/preview/index.ts
/**
 * The preview of a pull request (mode: preview): what the next release would be if the pull request
 * were merged now. Pure parts only: the event payload read into a pull request, the merge method,
 * the commits the merge would put on the base branch (pull-request.ts), the title and message lint
 * (lint.ts), what each commit contributes (contributions.ts), and the comment, with GitHub's
 * 65,536-character limit kept (comment.ts, render.ts). The decision itself is the release's
 * (src/usecases/preview/preview.ts runs the release's dry run on a view of the merged history).
 */







// EXTERNAL MODULE: ./src/usecases/gates/run.ts
var run = __webpack_require__(32454);
;// CONCATENATED MODULE: ./src/usecases/preview/preview-view.ts

/**
 * The history as it would be after the merge, as the release reads it: HEAD is the newest commit on
 * top (the squash or merge commit), `git log` yields those commits, then the history of `tips`; the
 * tags reachable from HEAD are those reachable from the tips. `headSubject` is what HEAD's subject
 * reads (the base alone: '', so the base's own release commit is never taken for an unfinished run).
 */
function mergedView(git, view) {
    const head = view.onTop[0]?.sha ?? view.tips[0];
    return {
        isRepository: () => git.isRepository(),
        isShallow: () => git.isShallow(),
        head: () => Promise.resolve(head),
        branch: () => Promise.resolve(view.branch),
        subject: rev => (rev === 'HEAD' ? Promise.resolve(view.headSubject) : git.subject(rev)),
        tags: async (prefix, mergedInto) => {
            if (mergedInto !== 'HEAD')
                return git.tags(prefix, mergedInto);
            const seen = new Map();
            for (const tip of view.tips)
                for (const tag of await git.tags(prefix, tip))
                    seen.set(tag.name, tag);
            return [...seen.values()];
        },
        // HEAD is the merge on top of the tips: what a tip's history holds
        isAncestor: async (ancestor, descendant) => {
            if (descendant !== 'HEAD')
                return git.isAncestor(ancestor, descendant);
            for (const tip of view.tips)
                if (await git.isAncestor(ancestor, tip))
                    return true;
            return false;
        },
        tagMessage: name => git.tagMessage(name),
        log: async (exclude, onCommit) => {
            for (const commit of view.onTop)
                onCommit(commit);
            return git.log(exclude, onCommit, view.tips);
        },
        remoteUrl: remote => git.remoteUrl(remote),
        show: (rev, path) => git.show(rev, path),
        diffNames: (from, to) => git.diffNames(from, to),
        changedPaths: () => git.changedPaths()
    };
}
/** A command runner that runs nothing: a preview never runs code of the pull request. */
function refusingRunner(onCall) {
    return {
        run: command => {
            onCall(command);
            return Promise.resolve({ exitCode: null, tail: [], error: 'is not run by a preview' });
        }
    };
}
/**
 * The gates the plan names, and what each would say now (a gate that runs a command: at release
 * time).
 */
async function previewGates(settings, names, input, deps, git) {
    const gates = [];
    for (const name of names) {
        let command = null;
        const report = await (0,run/* runGates */.AQ)({ ...settings, gates: [name], severity: '' }, input, {
            git,
            // origin's branch is read; nothing is fetched (the gate says so when HEAD lacks it)
            remote: deps.remote ?? null,
            fetch: null,
            files: deps.files,
            commands: refusingRunner(run => {
                command = run;
            }),
            github: deps.gatesApi,
            log: deps.log,
            cwd: deps.cwd,
            runId: deps.env.runId
        });
        const result = report.results[0];
        if (!result)
            continue;
        if (command !== null)
            gates.push({
                gate: result.gate,
                status: 'release',
                reason: `runs \`${String(command).slice(0, 200)}\` at release time (a preview runs no command)`
            });
        else
            gates.push({ gate: result.gate, status: result.status, reason: result.reason });
    }
    return gates;
}

// EXTERNAL MODULE: ./src/core/components/log.ts
var log = __webpack_require__(99574);
// EXTERNAL MODULE: ./src/usecases/components/ports.ts
var ports = __webpack_require__(87641);
;// CONCATENATED MODULE: ./src/usecases/preview/components-view.ts
/**
 * The merged view of a preview (preview-view.ts) with the reads the components' planning adds
 * (src/usecases/components/ports.ts): the files each commit changed, streamed as
 * `git log -z --name-only` writes them, the merge's own commit on top first (a squash commit
 * changes every file the pull request's commits change; a merge commit lists none, as git shows
 * it), then the history of the tips. Reads only.
 */


/** The log's arguments over other revisions than HEAD (the view's HEAD is no commit yet). */
function over(args, revisions) {
    const at = args.indexOf('HEAD');
    return at < 0 ? args : [...args.slice(0, at), ...revisions, ...args.slice(at + 1)];
}
/** A commit's record as the log writes it (no NUL can end a field early: the text is the pull request's). */
function record(commit, files) {
    // eslint-disable-next-line no-control-regex
    const clean = (text) => text.replace(/[\0\x1e]/g, '');
    // eslint-disable-next-line no-control-regex
    const author = clean(commit.author).replace(/\x1f/g, ' ');
    const head = `\x1e${commit.sha}\x1f${commit.parents.join(' ')}\x1f${commit.time}\x1f${author}\x1f${clean(commit.message)}\0`;
    const list = files.length > 0 ? `\n${files.map(file => `${file}\0`).join('')}` : '';
    return new TextEncoder().encode(head + list);
}
/**
 * `view` with the components' reads when the checkout's git has them; `onTop` is the view's commit
 * on top of `tips` (none for a rebase or the base alone).
 */
function withComponentReads(view, git, shape) {
    const reads = git;
    if (!(0,ports/* hasComponentsReads */.C)(reads) || typeof reads.mergeBase !== 'function')
        return view;
    const filesLog = async (args, onChunk) => {
        const top = shape.onTop;
        if (top) {
            const files = new Set();
            // a squash commit: what the pull request's commits change (a merge commit: none, as git shows it)
            if (top.parents.length === 1) {
                const parser = new log/* FilesLogParser */.N8((_commit, changed) => changed.forEach(file => files.add(file)));
                await reads.filesLog(over(args, [top.sha, ...top.parents.map(parent => `^${parent}`)]).filter(arg => arg === '--' || !arg.startsWith('^') || top.parents.includes(arg.slice(1))), chunk => parser.push(chunk));
                parser.end();
            }
            onChunk(record(top, [...files]));
        }
        await reads.filesLog(over(args, shape.tips), onChunk);
    };
    return Object.assign(Object.create(null), view, {
        filesLog,
        allFiles: () => reads.allFiles(),
        mergeBase: (shas) => reads.mergeBase(shas)
    });
}

;// CONCATENATED MODULE: ./src/usecases/preview/components-preview.ts


/** The merged view, with the components' reads when the checkout's git offers them. */
function viewWithComponents(git, shape) {
    return withComponentReads(mergedView(git, shape), git, { tips: shape.tips, onTop: shape.onTop[0] });
}
function planned(release) {
    return {
        released: release.released,
        version: release.version,
        tag: release.tag,
        bump: release.released ? release.bump : 'none',
        previousTag: release.previousTag,
        reason: release.reason,
        notes: release.released ? release.notes : ''
    };
}
/** Each component, merged and without the pull request; {} for a single package. */
function componentsPreview(merged, base) {
    if (!merged.components)
        return {};
    const before = new Map((base.components ?? []).map(release => [release.name, release]));
    const none = {
        released: false,
        version: '',
        tag: '',
        bump: 'none',
        previousTag: '',
        reason: '',
        notes: ''
    };
    return {
        components: merged.components.map(release => {
            const other = before.get(release.name);
            return { name: release.name, merged: planned(release), base: other ? planned(other) : none };
        })
    };
}

// EXTERNAL MODULE: ./src/usecases/release/index.ts + 7 modules
var release = __webpack_require__(41354);
// EXTERNAL MODULE: ./src/core/versioning/release-lines.ts
var release_lines = __webpack_require__(28363);
// EXTERNAL MODULE: ./src/core/notes/summary-parts.ts
var summary_parts = __webpack_require__(59414);
;// CONCATENATED MODULE: ./src/usecases/preview/preview.ts
/**
 * mode: preview — on a pull request, the release as if it were merged now: the release's own plan
 * (planRelease, which only reads) over a view of the history in which the merge has happened (the
 * base branch's commits since the last release and, on top, the squash commit or the pull
 * request's commits; src/usecases/preview/preview-view.ts).
 * It reads git and the event payload only, never runs a command of the pull request, never writes
 * the repository; it writes one comment (found again by its marker and updated in place) and a
 * check run (or a commit status), or, where the token may not, the job summary says why.
 */







/** The job summary may hold up to 1 MiB; the preview there keeps well below it. */
const SUMMARY_LIMIT = 500_000;
function preview_planned(plan, learned = []) {
    return {
        learned,
        released: plan.released,
        version: plan.version,
        tag: plan.tag,
        bump: plan.bump,
        previousTag: plan.previousTag,
        reason: plan.reason,
        notes: plan.notes
    };
}
const FORBIDDEN = /resource not accessible|forbidden|not have permission|must have/i;
function forbidden(error) {
    return (error instanceof errors/* GitHubApiError */.OS && (error.status === 403 || (error.status === 404 && FORBIDDEN.test(error.message))));
}
/**
 * Whether a release could start from the branch (release_lines): the repository's default branch
 * always (its release's error shows, such as base_branch not set). The release lines were read with
 * the configuration file, once.
 */
function releaseBranch(settings, branch, payload) {
    const repository = payload?.repository;
    if (branch === repository?.default_branch)
        return true;
    return (0,release_lines/* isReleaseBranch */.S9)(branch, settings.sections.releaseLines, settings.baseBranch ?? '');
}
/** The preview: plan the merged history and the base alone, lint, render, comment, check. */
async function runPreview(settings, deps) {
    const { log } = deps;
    let pr = pullRequestFromEvent(deps.event.name, deps.event.payload);
    const fork = isFork(pr);
    const readOnlyToken = fork && deps.event.name === 'pull_request';
    // the title and description as they are now (a rerun of an older event has the old ones)
    if (deps.pulls) {
        try {
            const fresh = await deps.pulls.pullRequest(pr.number);
            pr = { ...pr, title: fresh.title, body: fresh.body };
        }
        catch (error) {
            log.warning(`Pull request #${pr.number} could not be read from the API (${error.message}): the event's title and description are used.`);
        }
    }
    let repoSettings = null;
    if (deps.pulls && settings.previewMergeMethod !== 'merge' && settings.previewMergeMethod !== 'rebase') {
        repoSettings = await deps.pulls.mergeSettings().catch(() => null);
    }
    const { method, why: methodWhy } = chooseMergeMethod(settings.previewMergeMethod, repoSettings);
    const { git } = deps;
    if (!(await git.isRepository()))
        throw new errors/* ConfigurationError */.j1('mode: preview needs the repository checked out: actions/checkout with fetch-depth: 0.');
    if (!(await git.hasCommit(pr.headSha))) {
        throw new errors/* ConfigurationError */.j1(`The head commit of pull request #${pr.number} (${pr.headSha.slice(0, 12)}) is not in this clone. Check out with actions/checkout and fetch-depth: 0 (on pull_request_target also fetch the pull request: git fetch origin refs/pull/${pr.number}/head).`);
    }
    // the checkout: the merge ref (refs/pull/N/merge: parents base and head), the head, or the base
    const headNow = await git.head();
    const parents = headNow ? await git.parents(headNow) : [];
    let base;
    if (parents.length === 2 && parents[1] === pr.headSha)
        base = parents[0];
    else if (await git.hasCommit(pr.baseSha))
        base = pr.baseSha;
    else if (headNow && headNow !== pr.headSha)
        base = headNow;
    else
        throw new errors/* ConfigurationError */.j1(`The base commit of pull request #${pr.number} (${pr.baseSha.slice(0, 12)}) is not in this clone: check out with actions/checkout and fetch-depth: 0.`);
    const prCommits = [];
    await git.log(base, commit => prCommits.push(commit), [pr.headSha]);
    const onTop = mergedCommits(method, pr, prCommits, base, deps.env.now, repoSettings);
    log.info(`Pull request #${pr.number}: ${prCommits.length} commit(s), previewed as a ${method} merge (${methodWhy}).`);
    // a pull request into hotfix/* previews a hotfix: its severity is chosen when it is released
    const hotfixBase = pr.baseRef.startsWith('hotfix/');
    const previewSettings = {
        ...settings,
        mode: 'release',
        dryRun: true,
        push: false,
        severity: settings.severity || (hotfixBase ? 'medium' : '')
    };
    const env = { ...deps.env, refName: pr.baseRef || undefined };
    const { files } = deps;
    let gates = [];
    let plan = null;
    let versionFiles = [];
    let error = null;
    let basePlan = null;
    /** What the notes learned from the repository's changelog (core/notes/conventions.ts). */
    let learned = [];
    let noRelease = null;
    let mergedPlan = null;
    let basePlanned = null;
    const planOf = (view) => (0,release/* planRelease */.F3)(previewSettings, { git: viewWithComponents(git, view), files, log, env, remote: deps.remote });
    try {
        const merged = await log.group('The release if merged now', () => planOf({
            tips: method === 'squash' ? [base] : method === 'rebase' ? [pr.headSha, base] : [base, pr.headSha],
            onTop: method === 'rebase' ? [] : onTop.slice(0, 1),
            branch: pr.baseRef,
            headSubject: onTop[0] && method !== 'rebase' ? onTop[0].message.split('\n')[0] : ''
        }));
        mergedPlan = merged;
        // the gates the plan names, as the release would run them (a resumed release runs none)
        if (merged.release.released)
            gates = await previewGates(settings, merged.gates, { plan: merged.release, head: pr.headSha, branch: merged.gatesBranch }, { ...deps, remote: deps.remote }, git);
        const stray = (0,release/* strayError */.WC)(merged);
        if (stray)
            throw stray;
        plan = merged.release;
        learned = (0,summary_parts/* conventionsPart */.Ol)(merged.conventions);
        versionFiles = merged.versionFiles;
        basePlanned = await log.group('The release without it', () => planOf({ tips: [base], onTop: [], branch: pr.baseRef, headSubject: '' }));
        basePlan = basePlanned.release;
    }
    catch (caught) {
        if (!(caught instanceof errors/* ConfigurationError */.j1))
            throw caught;
        // in a shallow clone the history may be what is missing: the workflow's mistake, not the pull
        // request's, so the step fails with the error and no comment or check blames the pull request
        if (await git.isShallow())
            throw caught;
        // with release_lines, a pull request into a branch of no line (stacked on a feature branch)
        // releases nothing when merged: no release, not a release that would fail
        if (!releaseBranch(settings, pr.baseRef, deps.event.payload))
            noRelease = {
                released: false,
                version: '',
                tag: '',
                bump: 'none',
                previousTag: '',
                reason: `${pr.baseRef} is no release branch of release_lines: merging into it releases nothing (its changes are previewed when they go to a release branch).`,
                notes: ''
            };
        else
            error = caught.message;
    }
    // squash and merge: the commits on top are the squash or merge commit and the PR's own
    const shownCommits = method === 'merge' ? onTop.filter(commit => commit.parents.length < 2) : onTop;
    const lintResult = lintPullRequest(method, onTop, lintRules(settings.commitTypes, settings.commitScopes, settings.notesSections), method === 'squash' &&
        repoSettings?.squashTitle === 'COMMIT_OR_PR_TITLE' &&
        prCommits.filter(c => c.parents.length < 2).length === 1);
    const report = {
        pr,
        method,
        methodWhy,
        merged: plan ? preview_planned(plan, learned) : noRelease,
        base: basePlan ? preview_planned(basePlan) : noRelease,
        error,
        contributions: (mergedPlan?.componentDecisions && plan
            ? componentContributions(method, shownCommits, mergedPlan.componentDecisions)
            : contributions(method, shownCommits, plan?.decision ?? null)).map(row => (noRelease && row.commit !== 'merge' ? { ...row, why: `no release from ${pr.baseRef}` } : row)),
        lint: { ...lintResult, mode: settings.previewLint },
        gates,
        versionFiles,
        toolVersion: deps.toolVersion,
        ...(plan && mergedPlan && basePlanned ? componentsPreview(mergedPlan, basePlanned) : {})
    };
    // the comment: found by its marker, updated in place; else the job summary carries the preview
    const body = renderPreview(report);
    let comment = { status: 'skipped', url: '', why: '' };
    if (readOnlyToken)
        comment.why = `pull request #${pr.number} comes from a fork (${pr.headRepo || 'deleted'}), and a pull_request run from a fork gets a read-only token`;
    else if (!deps.pulls)
        comment.why = 'there is no token or GITHUB_REPOSITORY to call the GitHub API with';
    else {
        try {
            // only the token's own comment: a stranger's that starts with the marker is not ours
            const viewer = await deps.pulls.viewer().catch(() => null);
            const existing = ownComment(await deps.pulls.comments(pr.number), viewer);
            const written = existing
                ? await deps.pulls.updateComment(existing.id, body)
                : await deps.pulls.createComment(pr.number, body);
            comment = { status: existing ? 'updated' : 'created', url: written.url, why: '' };
            log.info(`${existing ? 'Updated' : 'Wrote'} the preview comment on #${pr.number}.`);
        }
        catch (caught) {
            if (!forbidden(caught))
                throw caught;
            comment.why = `the token may not comment on pull request #${pr.number} (${caught.message}); give the workflow permissions: pull-requests: write`;
        }
    }
    if (comment.status === 'skipped')
        log.warning(`No preview comment: ${comment.why}. The job summary has the preview.`);
    // the same verdict for branch protection: a check run, else a commit status
    const output = checkOutput(report);
    const conclusion = conclusionOf(report);
    let check = { status: 'skipped', why: '' };
    const runUrl = deps.env.serverUrl && deps.env.repository && deps.env.runId
        ? `${deps.env.serverUrl}/${deps.env.repository}/actions/runs/${deps.env.runId}`
        : undefined;
    if (readOnlyToken)
        check.why = 'a pull_request run from a fork gets a read-only token';
    else if (!deps.pulls)
        check.why = 'no token';
    else {
        try {
            await deps.pulls.createCheckRun({
                name: CHECK_NAME,
                headSha: pr.headSha,
                conclusion,
                title: output.title,
                summary: output.summary,
                detailsUrl: runUrl
            });
            check = { status: 'check run', why: '' };
        }
        catch (caught) {
            if (!forbidden(caught))
                throw caught;
            try {
                await deps.pulls.createStatus(pr.headSha, {
                    state: conclusion,
                    context: CHECK_NAME,
                    description: output.description,
                    targetUrl: runUrl
                });
                check = { status: 'status', why: 'check runs need checks: write' };
            }
            catch (again) {
                if (!forbidden(again))
                    throw again;
                check.why = 'the token may write neither check runs (checks: write) nor commit statuses (statuses: write)';
            }
        }
    }
    const why = comment.status === 'skipped'
        ? `\n> **No comment was written**: ${comment.why}. This summary carries the preview instead.\n`
        : `\n> The preview is in [the comment on #${pr.number}](${comment.url}).\n`;
    const summary = `${renderPreview(report, SUMMARY_LIMIT, 'The release notes file')}${why}${check.status === 'skipped' ? `\n> No check run or commit status: ${check.why}.\n` : ''}`;
    return { report, pr, plan, comment, check, summary };
}
/** mode: preview as the mode table runs it. */
const preview = async (settings, services) => {
    const result = await runPreview(settings, {
        git: services.git,
        remote: services.remote ?? undefined,
        files: services.files,
        log: services.log,
        env: services.env,
        cwd: services.cwd,
        event: services.event?.() ?? { name: undefined, payload: null },
        pulls: services.github.pulls ?? null,
        gatesApi: services.github.gates,
        toolVersion: services.toolVersion
    });
    const { report, plan } = result;
    const title = verdict(report);
    const lintFails = report.lint.mode === 'fail' && report.lint.problems.length > 0;
    const failure = report.error
        ? `The release would fail after merging pull request #${result.pr.number}: ${report.error}`
        : lintFails
            ? `${report.lint.problems.length} title or commit message(s) of pull request #${result.pr.number} are not conventional commits (preview_lint: fail): see the preview.`
            : undefined;
    return {
        outputs: {
            released: String(plan?.released ?? false),
            new_version: plan?.version ?? '',
            previous_version: plan?.previousVersion ?? '',
            tag: plan?.tag ?? '',
            previous_tag: plan?.previousTag ?? '',
            bump: plan?.bump ?? 'none',
            reason: plan?.reason ?? report.error ?? report.merged?.reason ?? '',
            dry_run: 'true',
            pushed: 'false'
        },
        summary: result.summary,
        annotations: report.lint.problems.slice(0, 10).map(problem => ({
            level: lintFails ? 'error' : 'warning',
            title: 'Not a conventional commit',
            message: `${problem.where === 'title' ? 'The pull request title' : `Commit ${problem.where}`}: ${problem.problem}. ${problem.suggestion}`
        })),
        variables: {},
        message: `Preview of #${result.pr.number}: ${plan?.released ? `${plan.tag} (${plan.bump})` : report.error ? 'the release would fail' : 'no release'}; comment ${result.comment.status}, ${result.check.status}.`,
        report: [title],
        failure
    };
};


/***/ })

};
