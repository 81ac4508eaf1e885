import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: unknown[] }
}

describe('workflow validation', () => {
  it('catches a broken workflow (so a pass means something)', () => {
    expect(
      validateWorkflow('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: not-a-list\n').errors.length
    ).toBeGreaterThan(0)
  })
  it('passes for action.yml and every workflow of this repository', () => {
    const out = execFileSync(process.execPath, ['scripts/validate-workflows.mjs'], { encoding: 'utf8' })
    expect(out).toMatch(/ok {3}action\.yml/)
    expect(out).not.toContain('FAIL')
  })
})
