import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import * as path from 'node:path'
import { componentsFrom, type Component } from '../../src/core/components/index.js'
import { collector } from '../../src/core/components/ranges.js'
import { planComponents, type ComponentInput } from '../../src/core/components/decide.js'
import { releaseTags, type ReleaseTag } from '../../src/core/versioning/version.js'
import semver from 'semver'
import { entryDescription, normalizeEntry } from './replay.js'
import { notesEntries, percent } from './measure.js'
import { sharedDir } from './shared.js'

/** A monorepo of ../shared/monorepos (see its README): commits with files, components, package releases. */
export interface Monorepo {
  repo: string
  commits: Array<{ sha: string; parents: string[]; date: string; message: string; files?: string[] }>
  tags: Array<{ name: string; sha: string }>
  components: Array<{ name: string; path: string; tag_prefix: string; 'bump-minor-pre-major'?: boolean }>
  transitions: Array<{
    component: string
    paths: string[]
    tag_prefix: string
    prev_tag: string | null
    tag: string
    prev: string | null
    next: string
    bump: string
    sha: string
    sha_before: string
    changelog: Record<string, string[]> | null
  }>
}

/** The monorepo's data: ../shared's, else the gzipped copy of __tests__/fixtures/shared/ (a clone without ../shared). */
export function loadMonorepo(name = 'launchdarkly+js-core.json'): Monorepo {
  const file = path.join(sharedDir(), 'monorepos', name)
  const text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : gunzipSync(
        readFileSync(path.resolve(process.cwd(), '__tests__', 'fixtures', 'shared', 'monorepos', `${name}.gz`))
      ).toString('utf8')
  return JSON.parse(text) as Monorepo
}

/**
 * `depends_on` as the repository's manifests state it, read from the history itself (the data has
 * no manifests): a release of Q driven by commits of its own (release-please's attribution by path,
 * the transitions' `commits`) drags P along when P depends on Q (a workspace dependency bumped). P
 * depends on Q when, from P's first release on, P released alongside nearly every (≥ 90 %) such
 * release of Q, at least once with no commit of its own. When both ways qualify (packages that move
 * together), the way with more dragged releases wins; an edge closing a cycle is left out.
 */
export function inferDependencies(data: Monorepo): Map<string, string[]> {
  const events = new Map<string, Map<string, boolean>>()
  for (const t of data.transitions) {
    if (!events.has(t.sha)) events.set(t.sha, new Map())
    const own = (t as { commits?: unknown[] }).commits
    events.get(t.sha)!.set(t.component, Array.isArray(own) && own.length > 0)
  }
  const order = [...events.keys()]
  const first = new Map<string, number>()
  order.forEach((sha, index) => {
    for (const name of events.get(sha)!.keys()) if (!first.has(name)) first.set(name, index)
  })
  const names = [...first.keys()]
  /** Of Q's own releases after P's first: how many P joined, how many with no commit of its own. */
  const drag = (p: string, q: string): { ratio: number; dragged: number } => {
    let driven = 0
    let along = 0
    let dragged = 0
    order.forEach((sha, index) => {
      const released = events.get(sha)!
      // P with commits of its own releases anyway: only a release of Q alone tells
      if (index <= first.get(p)! || released.get(q) !== true || released.get(p) === true) return
      driven++
      if (!released.has(p)) return
      along++
      dragged++
    })
    return { ratio: driven >= 2 ? along / driven : 0, dragged }
  }
  const qualifies = (p: string, q: string) => {
    const { ratio, dragged } = drag(p, q)
    return ratio >= 0.9 && dragged > 0 ? dragged : 0
  }
  const edges: Array<[string, string, number]> = []
  for (const p of names)
    for (const q of names) {
      if (p === q) continue
      const forward = qualifies(p, q)
      if (forward > 0 && forward > qualifies(q, p)) edges.push([p, q, forward])
    }
  edges.sort((a, b) => b[2] - a[2])
  const result = new Map<string, string[]>(names.map(name => [name, []]))
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>()
    const stack = [from]
    while (stack.length > 0) {
      const at = stack.pop()!
      if (at === to) return true
      if (seen.has(at)) continue
      seen.add(at)
      stack.push(...result.get(at)!)
    }
    return false
  }
  for (const [p, q] of edges) if (!reaches(q, p)) result.get(p)!.push(q)
  return result
}

export interface MonorepoFigures {
  releases: number
  replayed: number
  agreed: number
  /** Per package: [agreed, replayed]. */
  perPackage: Map<string, [number, number]>
  /** Releases we would make that the project did not (a package released at a point it was not). */
  extra: number
  theirs: number
  found: number
  counted: number
  published: number
  misses: string[]
}

const NOT_COUNTED = /highlights|documentation|technical changes|dependencies/i

/**
 * Replays each release of the monorepo: at the state the release was planned from (`sha_before`),
 * every component is decided from one pass over the commits and their files, as a run would, and
 * each package's version and changelog section is compared with what the project released.
 */
export function replayMonorepo(data: Monorepo, dependsOn = inferDependencies(data)): MonorepoFigures {
  const position = new Map(data.commits.map((c, index) => [c.sha, index]))
  const bySha = new Map(data.commits.map(c => [c.sha, c]))
  const figures: MonorepoFigures = {
    releases: data.transitions.length,
    replayed: 0,
    agreed: 0,
    perPackage: new Map(),
    extra: 0,
    theirs: 0,
    found: 0,
    counted: 0,
    published: 0,
    misses: []
  }
  const latestPaths = new Map(data.components.map(c => [c.name, [c.path]]))
  const events = new Map<string, Monorepo['transitions']>()
  for (const t of data.transitions) {
    if (!events.has(t.sha_before)) events.set(t.sha_before, [])
    events.get(t.sha_before)!.push(t)
  }
  const allTags = data.tags
  for (const [before, transitions] of events) {
    if (!position.has(before)) continue
    // ancestors of the planning state
    const ancestors = new Set<string>()
    const stack = [before]
    while (stack.length > 0) {
      const sha = stack.pop()!
      if (ancestors.has(sha) || !bySha.has(sha)) continue
      ancestors.add(sha)
      stack.push(...bySha.get(sha)!.parents)
    }
    const paths = new Map(latestPaths)
    for (const t of transitions) paths.set(t.component, t.paths)
    const released = new Set(transitions.map(t => t.component))
    const raw = data.components.map(c => ({
      name: c.name,
      path: paths.get(c.name) ?? [c.path],
      tag_format: `${c.tag_prefix}{version}`,
      bump_minor_pre_major: c['bump-minor-pre-major'] ?? false
    }))
    const previous = new Map<string, ReleaseTag | null>()
    const tagsOf = new Map<string, ReleaseTag[]>()
    for (const c of data.components) {
      const tags = releaseTags(allTags, c.tag_prefix).filter(tag => ancestors.has(tag.sha))
      tagsOf.set(c.name, tags)
      const stable = tags.filter(tag => !tag.prerelease).sort((a, b) => semver.rcompare(a.version, b.version))
      previous.set(c.name, stable[0] ?? null)
    }
    // a package takes part once it exists: released before, or released now
    const present = raw.filter(c => previous.get(c.name) || released.has(c.name))
    const names = new Set(present.map(c => c.name))
    const config = componentsFrom(
      present.map(c => ({ ...c, depends_on: (dependsOn.get(c.name) ?? []).filter(n => names.has(n)) })),
      undefined,
      'replay'
    )!
    const components: Component[] = config.components
    const { add, result } = collector(
      components,
      components.map(c => previous.get(c.name)?.sha ?? null)
    )
    for (let index = position.get(before)!; index >= 0; index--) {
      const commit = data.commits[index]
      if (!ancestors.has(commit.sha)) continue
      const merge = commit.parents.length > 1
      add(
        {
          sha: commit.sha,
          parents: commit.parents,
          time: Date.parse(commit.date) / 1000,
          author: 'a',
          message: commit.message
        },
        merge ? [] : (commit.files ?? [])
      )
    }
    const inputs: ComponentInput[] = components.map((component, index) => ({
      component,
      previous: previous.get(component.name) ?? null,
      tags: tagsOf.get(component.name) ?? [],
      commits: result.commits[index]
    }))
    const decisions = planComponents({
      settings: {
        bump: 'auto',
        bumpMinorPreMajor: false,
        initialVersion: '0.1.0',
        prerelease: '',
        tagPrefix: 'v',
        changelogFile: 'CHANGELOG.md',
        dryRun: false,
        notesSections: null
      },
      inputs,
      fixed: [],
      repoUrl: `https://github.com/${data.repo}`,
      date: '2026-01-01'
    })
    for (const decision of decisions) {
      const t = transitions.find(each => each.component === decision.component.name)
      if (!t) {
        if (decision.plan.released) figures.extra++
        continue
      }
      if (!t.prev_tag || !previous.get(t.component)) continue
      figures.replayed++
      const mine = figures.perPackage.get(t.component) ?? [0, 0]
      mine[1]++
      const got = decision.plan.released ? decision.plan.version : '(none)'
      if (got === t.next) {
        figures.agreed++
        mine[0]++
      } else figures.misses.push(`${t.component} ${t.prev}→${t.next} got ${got}: ${decision.reason}`)
      figures.perPackage.set(t.component, mine)
      if (!t.changelog) continue
      const theirs = Object.entries(t.changelog)
        .filter(([section]) => !NOT_COUNTED.test(section))
        .flatMap(([, entries]) => entries.map(entry => entryDescription(`- ${entry}`)))
        .filter(Boolean)
      const ours = notesEntries(decision.plan.changelogSection || decision.plan.notes)
      const oursText = ours.map(entry => entry.description).join('\n')
      figures.theirs += theirs.length
      for (const description of theirs) if (oursText.includes(description)) figures.found++
      const theirText = normalizeEntry(Object.values(t.changelog).flat().join('\n'))
      for (const entry of ours) {
        if (NOT_COUNTED.test(entry.section)) continue
        figures.counted++
        if (entry.description.length > 0 && theirText.includes(entry.description)) figures.published++
      }
    }
  }
  return figures
}

export function monorepoTable(figures: MonorepoFigures): string {
  const rows = [...figures.perPackage]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, [agreed, total]]) => `| ${name} | ${agreed}/${total} | ${percent(agreed, total)} |`)
  return [
    '| package | versions | agreement |',
    '| --- | ---: | ---: |',
    ...rows,
    `| **all** | ${figures.agreed}/${figures.replayed} | ${percent(figures.agreed, figures.replayed)} |`,
    '',
    `releases the project did not make: ${figures.extra}`,
    `notes recall ${percent(figures.found, figures.theirs)} (${figures.found}/${figures.theirs}), precision ${percent(figures.published, figures.counted)} (${figures.published}/${figures.counted})`
  ].join('\n')
}
