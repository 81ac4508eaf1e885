import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { History } from './shared.js'
import { TestRepo } from './repo.js'

/**
 * Replays a shared history into a real repository with `git fast-import`: one commit per entry,
 * same parents, message and committer date; trees are synthetic (one file that changes each time).
 * Returns the repository and the map from the original shas to the new ones.
 */
export function replayHistory(history: History): { repo: TestRepo; shaOf: Map<string, string> } {
  const repo = TestRepo.create({ origin: false })
  const mark = new Map<string, number>()
  const chunks: string[] = []
  history.commits.forEach((commit, index) => {
    const id = index + 1
    mark.set(commit.sha, id)
    const seconds = Math.floor(Date.parse(commit.date) / 1000)
    const message = Buffer.from(commit.message, 'utf8')
    const content = `${commit.sha}\n`
    chunks.push(
      `commit refs/heads/main\nmark :${id}\ncommitter Replay <replay@example.com> ${seconds} +0000\ndata ${message.length}\n`
    )
    chunks.push(message.toString('utf8'))
    chunks.push('\n')
    const parents = commit.parents.filter(parent => mark.has(parent))
    if (parents.length > 0) chunks.push(`from :${mark.get(parents[0])}\n`)
    for (const parent of parents.slice(1)) chunks.push(`merge :${mark.get(parent)}\n`)
    chunks.push(`M 100644 inline history.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`)
  })
  for (const tag of history.tags)
    if (mark.has(tag.sha)) chunks.push(`reset refs/tags/${tag.name}\nfrom :${mark.get(tag.sha)}\n\n`)
  const marksFile = `${repo.root}/marks`
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], {
    cwd: repo.dir,
    input: chunks.join(''),
    maxBuffer: 1 << 28
  })
  const byMark = new Map<number, string>()
  for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
    const [m, sha] = line.split(' ')
    if (m && sha) byMark.set(Number(m.slice(1)), sha)
  }
  const shaOf = new Map<string, string>()
  for (const [original, id] of mark) shaOf.set(original, byMark.get(id)!)
  repo.git('checkout', '-q', '-f', 'main')
  return { repo, shaOf }
}
