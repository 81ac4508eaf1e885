/**
 * The preview's workflows as users copy them (docs/examples/workflows/release-preview.yml and the
 * preview mode's page, docs/modes/preview.md): a pull request's title, branch or body never reaches a shell, the checkout is
 * never of the pull request's code on pull_request_target, and the permissions are the fewest.
 */
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'

interface Step {
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}

const page = readFileSync('docs/modes/preview.md', 'utf8')
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1].replace(/^ {2}/gm, ''))

function stepsOf(text: string): Step[] {
  const parsed = parseYaml(text) as { jobs?: Record<string, { steps: Step[] }> } | Step[]
  return Array.isArray(parsed) ? parsed : Object.values(parsed.jobs ?? {}).flatMap(job => job.steps)
}

describe('the preview workflows', () => {
  const example = readFileSync('docs/examples/workflows/release-preview.yml', 'utf8')

  it('the preview page has its workflows', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2)
  })

  const workflows: Array<[string, string]> = [
    ['the example', example],
    ...blocks.map((text, n): [string, string] => [`docs block ${n + 1}`, text])
  ]
  it.each(workflows)('%s: no expression in a run: script, no checkout of the pull request head', (_name, text) => {
    for (const step of stepsOf(text)) {
      if (step.run) expect(step.run).not.toContain('${{')
      if (step.uses?.startsWith('actions/checkout')) expect(String(step.with?.ref ?? '')).not.toMatch(/head/)
    }
  })

  it('the example asks for the fewest permissions', () => {
    expect((parseYaml(example) as { permissions: unknown }).permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      checks: 'write'
    })
  })
})
