import MarkdownIt from 'markdown-it'
import { decideBump } from '../../src/core/versioning/bump.js'
import { analyzeCommit } from '../../src/core/commits/changes.js'
import {
  checkOutput,
  chooseMergeMethod,
  COMMENT_LIMIT,
  conclusionOf,
  contributions,
  cutMarkdown,
  effectOf,
  lintHeader,
  lintPullRequest,
  lintRules,
  MERGE_SHA,
  mergedCommits,
  ownComment,
  PREVIEW_MARKER,
  pullRequestFromEvent,
  renderPreview,
  squashMessage,
  type PlannedRelease,
  type PreviewReport,
  type PullRequest,
  type RepoMergeSettings
} from '../../src/core/preview/index.js'
import type { RawCommit } from '../../src/core/types.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const NOW = new Date('2026-11-25T12:00:00Z')

const PR: PullRequest = {
  number: 12,
  title: 'feat(api): sessions',
  body: 'Adds sessions.',
  author: 'dev',
  headSha: HEAD,
  headRef: 'sessions',
  headRepo: 'acme/fastvlm',
  baseRef: 'main',
  baseSha: BASE,
  baseRepo: 'acme/fastvlm'
}

function commit(sha: string, message: string, parents: string[] = [BASE]): RawCommit {
  return { sha: sha.padEnd(40, '0'), parents, time: 1, author: 'dev', message }
}

describe('pullRequestFromEvent', () => {
  const payload = {
    action: 'opened',
    pull_request: {
      number: 12,
      title: 'feat: x',
      body: null,
      user: { login: 'dev' },
      head: { sha: HEAD, ref: 'x', repo: { full_name: 'dev/fastvlm' } },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/fastvlm' } }
    }
  }
  it.each([
    ['pull_request', payload, { number: 12, body: '', headRepo: 'dev/fastvlm', baseRef: 'main' }],
    ['pull_request_target', payload, { number: 12, author: 'dev' }]
  ])('%s reads the pull request', (name, event, expected) => {
    expect(pullRequestFromEvent(name, event)).toMatchObject(expected)
  })
  it.each([
    ['push', payload, 'this run is a push event'],
    [undefined, payload, 'GITHUB_EVENT_NAME is not set'],
    ['pull_request', { action: 'opened' }, 'has no pull_request with a number, head and base'],
    [
      'pull_request',
      { pull_request: { ...payload.pull_request, head: { sha: '--output=x', ref: 'x' } } },
      'has no commit sha for the head or the base of pull request #12'
    ]
  ])('%s: %j is refused', (name, event, message) => {
    expect(() => pullRequestFromEvent(name, event)).toThrow(message)
  })
})

describe('chooseMergeMethod', () => {
  const repo = (allowSquash: boolean | null, allowMerge: boolean | null, allowRebase: boolean | null) =>
    ({ allowSquash, allowMerge, allowRebase, squashTitle: null, squashMessage: null }) as RepoMergeSettings
  it.each([
    ['auto', repo(true, false, false), 'squash', 'the repository allows only squash merging'],
    ['auto', repo(true, false, true), 'squash', 'the repository does not allow merge commits'],
    ['auto', repo(false, false, true), 'rebase', 'the repository allows only rebase merging'],
    ['auto', repo(true, true, true), 'merge', 'the repository allows merge commits'],
    ['auto', repo(null, null, null), 'merge', "the repository's merge settings are not visible to the token"],
    ['auto', null, 'merge', "the repository's merge settings could not be read"],
    ['squash', repo(false, true, false), 'squash', 'preview_merge_method: squash'],
    ['rebase', null, 'rebase', 'preview_merge_method: rebase']
  ] as const)('%s with %j → %s', (setting, settings, method, why) => {
    const chosen = chooseMergeMethod(setting, settings)
    expect(chosen.method).toBe(method)
    expect(chosen.why).toContain(why)
  })
})

describe('squashMessage', () => {
  const one = [commit('c1', 'fix: the one commit\n\nits body')]
  const two = [commit('c2', 'fix: second'), commit('c1', 'feat: first')]
  const settings = (squashTitle: string | null, squashMessage: string | null) =>
    ({ allowSquash: true, allowMerge: true, allowRebase: true, squashTitle, squashMessage }) as RepoMergeSettings
  it.each([
    ['no settings: title and description', null, two, 'feat(api): sessions (#12)\n\nAdds sessions.'],
    ['PR_TITLE + BLANK', settings('PR_TITLE', 'BLANK'), two, 'feat(api): sessions (#12)'],
    [
      'COMMIT_MESSAGES, oldest first',
      settings('PR_TITLE', 'COMMIT_MESSAGES'),
      two,
      'feat(api): sessions (#12)\n\n* feat: first\n\n* fix: second'
    ],
    [
      'COMMIT_OR_PR_TITLE, one commit: its subject',
      settings('COMMIT_OR_PR_TITLE', 'BLANK'),
      one,
      'fix: the one commit (#12)'
    ],
    [
      'COMMIT_OR_PR_TITLE, two commits: the title',
      settings('COMMIT_OR_PR_TITLE', 'BLANK'),
      two,
      'feat(api): sessions (#12)'
    ]
  ])('%s', (_name, repo, commits, expected) => {
    expect(squashMessage(PR, commits, repo)).toBe(expected)
  })
  it('a title with line breaks stays one header', () => {
    expect(squashMessage({ ...PR, title: 'feat: a\nBREAKING CHANGE: b', body: '' }, two, null)).toBe(
      'feat: a BREAKING CHANGE: b (#12)'
    )
  })
})

describe('mergedCommits', () => {
  const prCommits = [commit('c2', 'fix: second', ['c1'.padEnd(40, '0')]), commit('c1', 'feat: first')]
  it.each([
    ['squash', [HEAD], ['feat(api): sessions (#12)\n\nAdds sessions.']],
    [
      'merge',
      [MERGE_SHA, prCommits[0].sha, prCommits[1].sha],
      ['Merge pull request #12 from acme/sessions\n\nfeat(api): sessions', 'fix: second', 'feat: first']
    ],
    ['rebase', [prCommits[0].sha, prCommits[1].sha], ['fix: second', 'feat: first']]
  ] as const)('%s', (method, shas, messages) => {
    const made = mergedCommits(method, PR, prCommits, BASE, NOW, null)
    expect(made.map(each => each.sha)).toEqual(shas)
    expect(made.map(each => each.message)).toEqual(messages)
  })
  it('no commits: nothing on top', () => {
    expect(mergedCommits('squash', PR, [], BASE, NOW, null)).toEqual([])
  })
  it('the merge commit is a merge (two parents), the squash commit is not', () => {
    expect(mergedCommits('merge', PR, prCommits, BASE, NOW, null)[0].parents).toEqual([BASE, HEAD])
    expect(mergedCommits('squash', PR, prCommits, BASE, NOW, null)[0].parents).toEqual([BASE])
  })
})

describe('lintHeader', () => {
  const rules = lintRules([], [], null)
  it.each([
    ['feat(api): sessions', null],
    ['fix!: breaking fix', null],
    ['Feat: capitalised type', null],
    ['Revert "feat: x"', null],
    ['deps: bump numpy to 2.0', null],
    ['Add streaming decode', 'For example `feat: add streaming decode`.'],
    ['Fix crash on empty input', 'For example `fix: crash on empty input`.'],
    ['Update README', 'For example `chore: update README`.'],
    ['fix:no space', 'For example `fix: no space`.'],
    ['feature: sessions', null],
    ['features: sessions', 'For example `feat: sessions`.'],
    ['bugfix(api): crash', 'For example `fix(api): crash`.'],
    ['Sessions', 'Start it with a type, for example `feat: …` for a feature or `fix: …` for a bug fix'],
    ['fixup! feat: x', 'Squash it into the commit it fixes (git rebase -i --autosquash) before merging.'],
    ['', 'Write what the change does']
  ])('%j', (header, suggestion) => {
    const problem = lintHeader(header, rules)
    if (suggestion === null) expect(problem).toBeNull()
    else expect(problem?.suggestion).toContain(suggestion)
  })
  it.each([
    [['feat', 'fix'], [], 'docs: x', 'its type `docs` is not one of the allowed types (feat, fix)'],
    [['feat', 'fix'], [], 'feature: x', 'its type `feature` is not one of the allowed types (feat, fix)'],
    [[], ['api', 'decoder'], 'fix(ui): x', 'its scope `ui` is not one of the allowed scopes (api, decoder)'],
    [[], ['api', 'decoder'], 'fix(api,ui): x', 'its scope `ui` is not one of the allowed scopes'],
    [[], ['api'], 'fix(api): x', null],
    [[], ['api'], 'fix: no scope is fine', null]
  ])('types %j scopes %j: %j', (types, scopes, header, problem) => {
    const found = lintHeader(header, lintRules(types, scopes, null))
    if (problem === null) expect(found).toBeNull()
    else expect(found?.problem).toContain(problem)
  })
  it('the default types are the conventional ones and those of the notes sections, without the pseudo-types', () => {
    const types = lintRules([], [], [{ title: 'Other', types: ['other', 'deps-dev', 'security'] }]).types
    expect(types.has('security')).toBe(true)
    expect(types.has('other')).toBe(false)
    expect(types.has('deps-dev')).toBe(false)
    expect(types.has('feat')).toBe(true)
  })
})

describe('lintPullRequest', () => {
  const rules = lintRules([], [], null)
  it('squash: the title without the (#N) GitHub appends', () => {
    const onTop = mergedCommits('squash', { ...PR, title: 'Add x' }, [commit('c1', 'wip')], BASE, NOW, null)
    expect(lintPullRequest('squash', onTop, rules, false)).toEqual({
      problems: [expect.objectContaining({ where: 'title', header: 'Add x' })],
      checked: 1
    })
  })
  it('merge: every commit but merges, by short sha', () => {
    const onTop = mergedCommits(
      'merge',
      PR,
      [commit('c3', 'Merge branch main', [BASE, BASE]), commit('c2', 'wip'), commit('c1', 'feat: ok')],
      BASE,
      NOW,
      null
    )
    const linted = lintPullRequest('merge', onTop, rules, false)
    expect(linted.checked).toBe(2)
    expect(linted.problems.map(problem => problem.where)).toEqual(['c200000'])
  })
})

describe('contributions', () => {
  it.each([
    ['feat: x', 'minor', 'feature'],
    ['fix: x', 'patch', 'fix'],
    ['feat!: x', 'major', 'breaking change'],
    ['docs: x', 'none', 'docs: in the notes, releases nothing by itself'],
    ['fix: x [skip release]', 'none', '[skip release]'],
    ['1.3.0', 'none', 'not in the release (a release commit or an empty message)']
  ])('%j contributes %s', (message, bump, why) => {
    const commits = [commit('c1', message), commit('c0', 'fix: on main')]
    const decision = decideBump(commits.map(analyzeCommit), { bump: 'auto', bumpMinorPreMajor: false, currentMajor: 1 })
    expect(contributions('rebase', commits.slice(0, 1), decision)).toEqual([
      { commit: 'c100000', header: message.split('\n')[0], bump, why }
    ])
  })
  it('a reverted commit and its revert', () => {
    const target = commit('c1', 'feat: x')
    const revert = commit('c2', `Revert "feat: x"\n\nThis reverts commit ${target.sha}.`)
    const decision = decideBump([revert, target].map(analyzeCommit), {
      bump: 'auto',
      bumpMinorPreMajor: false,
      currentMajor: 1
    })
    expect(contributions('rebase', [revert, target], decision).map(row => `${row.bump} ${row.why}`)).toEqual([
      'patch revert',
      'none cancelled by a revert in the range'
    ])
  })
})

const RELEASE = (version: string, notes = `## What's Changed in v${version}\n`): PlannedRelease => ({
  released: true,
  version,
  tag: `v${version}`,
  bump: version.endsWith('.0.0') ? 'major' : version.endsWith('.0') ? 'minor' : 'patch',
  previousTag: 'v1.2.0',
  reason: 'because',
  notes
})
const NONE: PlannedRelease = {
  released: false,
  version: '',
  tag: '',
  bump: 'none',
  previousTag: 'v1.2.0',
  reason: 'none',
  notes: ''
}

describe('effectOf', () => {
  it.each([
    [RELEASE('1.3.0'), RELEASE('1.2.1'), 'version'],
    [RELEASE('1.2.1'), NONE, 'version'],
    [RELEASE('1.2.1', 'a'), RELEASE('1.2.1', 'b'), 'notes'],
    [RELEASE('1.2.1'), RELEASE('1.2.1'), 'nothing'],
    [NONE, NONE, 'nothing']
  ])('%#', (merged, base, effect) => {
    expect(effectOf(merged, base)).toBe(effect)
  })
})

function report(overrides: Partial<PreviewReport> = {}): PreviewReport {
  return {
    pr: { number: 12, headSha: HEAD },
    method: 'squash',
    methodWhy: 'the repository allows only squash merging',
    merged: RELEASE('1.3.0'),
    base: RELEASE('1.2.1'),
    error: null,
    contributions: [{ commit: 'squash', header: 'feat: x (#12)', bump: 'minor', why: 'feature' }],
    lint: { problems: [], checked: 1, mode: 'warn' },
    gates: [],
    versionFiles: [],
    toolVersion: '1.0.0',
    ...overrides
  }
}

describe('renderPreview', () => {
  it.each([
    [
      'a version change',
      report(),
      'the next release would be `v1.3.0` (minor)** from `v1.2.0`. Without it: `v1.2.1` (patch).'
    ],
    [
      'nothing',
      report({ merged: RELEASE('1.2.1'), base: RELEASE('1.2.1') }),
      '**This pull request changes nothing in the release**: the next release stays `v1.2.1` (patch)'
    ],
    ['nothing, no release', report({ merged: NONE, base: NONE }), 'there is nothing to release, with or without it.'],
    [
      'notes only',
      report({ merged: RELEASE('1.2.1', 'a'), base: RELEASE('1.2.1', 'b') }),
      'adds to the release notes but does not change the version'
    ],
    [
      'an error',
      report({ error: 'Tag v1.3.0 already exists <b>' }),
      'the release would fail:** Tag v1.3.0 already exists &lt;b>'
    ],
    [
      'a command gate',
      report({ gates: [{ gate: 'tests_pass', status: 'release', reason: 'runs `npm test` at release time' }] }),
      '| tests_pass | ⏳ at release time: runs `npm test` at release time |'
    ]
  ])('%s', (_name, input, expected) => {
    const markdown = renderPreview(input)
    expect(markdown.startsWith(`${PREVIEW_MARKER}\n`)).toBe(true)
    expect(markdown).toContain(expected)
  })

  it('untrusted text in cells and lines is sanitized: no HTML, no pings, no broken table', () => {
    const markdown = renderPreview(
      report({
        contributions: [
          { commit: 'squash', header: 'feat: <script>x</script> | @octocat', bump: 'minor', why: 'feature' }
        ],
        lint: {
          problems: [
            {
              where: 'title',
              header: '<img src=x> @admin',
              problem: 'it is not a conventional commit',
              suggestion: 'x'
            }
          ],
          checked: 1,
          mode: 'warn'
        }
      })
    )
    expect(markdown).not.toMatch(/<script|<img/)
    expect(markdown).toContain('| squash | feat: &lt;script>x&lt;/script> \\| `@octocat` | minor | feature |')
    expect(markdown).toContain('`@admin`')
  })

  it.each([
    ['huge notes', report({ merged: RELEASE('1.3.0', `## notes\n\n${'- a line of the notes\n'.repeat(20_000)}`) })],
    [
      'huge notes with an open fence at the cut',
      report({ merged: RELEASE('1.3.0', `## notes\n\n\`\`\`\n${'code line\n'.repeat(20_000)}\`\`\`\n`) })
    ],
    [
      'thousands of commits and problems',
      report({
        contributions: Array.from({ length: 5_000 }, (_, n) => ({
          commit: 'c'.repeat(7),
          header: `fix: ${'x'.repeat(500)} ${n}`,
          bump: 'patch' as const,
          why: 'fix'
        })),
        lint: {
          problems: Array.from({ length: 5_000 }, () => ({
            where: 'abcdef1',
            header: 'y'.repeat(10_000),
            problem: 'p',
            suggestion: 's'
          })),
          checked: 5_000,
          mode: 'fail'
        }
      })
    ],
    ['a huge error', report({ error: 'e'.repeat(200_000) })],
    ['a huge reason', report({ merged: { ...RELEASE('1.3.0'), reason: 'r'.repeat(200_000) } })]
  ])('%s: within 65,536 characters', (_name, input) => {
    const markdown = renderPreview(input)
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(markdown).toContain('<sub>Merge method: squash')
  })

  it('cut notes say so, and the fence left open is closed', () => {
    const markdown = renderPreview(
      report({ merged: RELEASE('1.3.0', `## notes\n\n\`\`\`\n${'code line\n'.repeat(20_000)}\`\`\`\n`) })
    )
    expect(markdown).toContain(
      'the release notes are cut here: the whole preview is longer than 65,536 characters. the job summary of this run has them in full.'
    )
    const fences = markdown.split('\n').filter(line => line.startsWith('```')).length
    expect(fences % 2).toBe(0)
    expect(markdown).toContain('</details>')
  })
})

describe('cutMarkdown', () => {
  it.each([
    ['short', 'abc', 10, 'abc'],
    ['at a line end', 'one\ntwo\nthree\nfour', 20, 'one\ntwo\nthree\nfour'],
    ['cut', `${'line\n'.repeat(10)}`, 22, 'line\nline'],
    ['open fence closed', `\`\`\`\n${'x\n'.repeat(20)}`, 20, '```\nx\nx\nx\n```']
  ])('%s', (_name, text, max, expected) => {
    expect(cutMarkdown(text, max)).toBe(expected)
  })
})

describe('checkOutput and conclusionOf', () => {
  it.each([
    [report(), 'success', 'Next release: v1.3.0 (minor)'],
    [report({ merged: NONE, base: NONE }), 'success', 'Changes nothing in the release: no release'],
    [report({ error: 'boom' }), 'failure', 'The release would fail after this merge'],
    [
      report({
        lint: { problems: [{ where: 'title', header: 'x', problem: 'p', suggestion: 's' }], checked: 1, mode: 'warn' }
      }),
      'success',
      'Next release: v1.3.0 (minor)'
    ],
    [
      report({
        lint: { problems: [{ where: 'title', header: 'x', problem: 'p', suggestion: 's' }], checked: 1, mode: 'fail' }
      }),
      'failure',
      'Next release: v1.3.0 (minor)'
    ]
  ])('%#', (input, conclusion, title) => {
    expect(conclusionOf(input)).toBe(conclusion)
    const output = checkOutput(input)
    expect(output.title).toBe(title)
    expect(output.description.length).toBeLessThanOrEqual(140)
  })
  it('a long verdict is cut to the 140 characters of a status description', () => {
    const long = report({ merged: { ...RELEASE('1.3.0'), tag: `v1.3.0-${'x'.repeat(300)}` } })
    expect(checkOutput(long).description).toHaveLength(140)
  })
})

describe('ownComment', () => {
  const comment = (id: number, body: string, author: string, authorIsBot: boolean) => ({
    id,
    body,
    author,
    authorIsBot
  })
  const BOT = 'github-actions[bot]'
  it.each([
    ['the bot’s own comment', [comment(1, `${PREVIEW_MARKER}\nx`, BOT, true)], BOT, 1],
    [
      'a person’s comment that starts with the marker',
      [comment(1, `${PREVIEW_MARKER}\nx`, 'mallory', false)],
      BOT,
      undefined
    ],
    [
      'a person’s marker comment before ours',
      [comment(1, `${PREVIEW_MARKER} fake`, 'mallory', false), comment(2, `${PREVIEW_MARKER}\nx`, BOT, true)],
      BOT,
      2
    ],
    ['another bot’s marker comment', [comment(1, `${PREVIEW_MARKER}\nx`, 'other-app[bot]', true)], BOT, undefined],
    ['ours, quoting the marker later on', [comment(1, `> ${PREVIEW_MARKER}`, BOT, true)], BOT, undefined],
    ['a personal token: the user’s own comment', [comment(1, `${PREVIEW_MARKER}\nx`, 'alice', false)], 'alice', 1],
    ['the token unknown: a bot’s comment', [comment(1, `${PREVIEW_MARKER}\nx`, BOT, true)], null, 1],
    ['the token unknown: never a person’s', [comment(1, `${PREVIEW_MARKER}\nx`, 'mallory', false)], null, undefined],
    [
      'the token unknown: never another app’s bot',
      [comment(1, `${PREVIEW_MARKER}\nx`, 'other-app[bot]', true), comment(2, `${PREVIEW_MARKER}\ny`, BOT, true)],
      null,
      2
    ]
  ])('%s', (_, comments, viewer, id) => {
    expect(ownComment(comments, viewer)?.id).toBe(id)
  })
})

describe('version files in the comment', () => {
  it('the version read from a file of the pull request is untrusted: sanitized', () => {
    const markdown = renderPreview(
      report({
        versionFiles: [{ path: 'package.json', from: '1.2.0-<img src=x onerror=alert(1)> @octocat', to: '1.3.0' }]
      })
    )
    expect(markdown).toContain('package.json 1.2.0-&lt;img src=x onerror=alert(1)> `@octocat` → 1.3.0')
    expect(markdown).not.toContain('<img')
  })

  it('a huge version string is bounded: the rest of the comment stays', () => {
    const markdown = renderPreview(
      report({ versionFiles: [{ path: 'pyproject.toml', from: `1.2.0${'a'.repeat(100_000)}`, to: '1.3.0' }] })
    )
    expect(markdown.length).toBeLessThan(5_000)
    expect(markdown).toContain('### What each commit contributes')
  })
})

describe('cutMarkdown keeps what follows out of a code block', () => {
  const md = new MarkdownIt({ html: true })
  // the migration text of a breaking change is indented under its list item, or quoted
  it.each([
    ['a fence in a list item', `- ⚠️ **BREAKING:** x\n\n  \`\`\`js\n${'  code line\n'.repeat(200)}  \`\`\`\n`],
    ['a fence in a nested list item', `- a\n  - b\n\n    \`\`\`\n${'    code line\n'.repeat(200)}    \`\`\`\n`],
    [
      'a line with an info string does not close a fence',
      `\`\`\`\ncode\n\`\`\`js\n${'code line\n'.repeat(200)}\`\`\`\n`
    ],
    ['a fence in a quote', `> \`\`\`\n${'> code line\n'.repeat(200)}> \`\`\`\n`],
    ['a deep fence of many backticks', `- a\n  - b\n    - c\n\n      ${'`'.repeat(12)}\n${'      code\n'.repeat(200)}`]
  ])('%s', (_name, notes) => {
    const cut = cutMarkdown(notes, 500)
    expect(cut.length).toBeLessThanOrEqual(500)
    const html = md.render(`${cut}\n\nAFTER THE CUT\n`)
    expect(html).toContain('<p>AFTER THE CUT</p>')
  })
})

describe('a cut never splits a character in two', () => {
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
  it.each([0, 1, 2, 3])('an emoji at the cut, offset %i', offset => {
    const text = `fix: ${'x'.repeat(110 + offset)}${'😀'.repeat(1_000)}`
    const input = report({
      contributions: [{ commit: 'squash', header: text, bump: 'patch', why: 'fix' }],
      lint: { problems: [{ where: 'title', header: text, problem: 'p', suggestion: 's' }], checked: 1, mode: 'warn' },
      merged: { ...RELEASE('1.3.0'), reason: text }
    })
    expect(renderPreview(input)).not.toMatch(LONE)
    expect(JSON.stringify(checkOutput(input))).not.toMatch(LONE)
    expect(renderPreview(report({ error: text }))).not.toMatch(LONE)
    expect(cutMarkdown(text, 100 + offset)).not.toMatch(LONE)
  })
})
