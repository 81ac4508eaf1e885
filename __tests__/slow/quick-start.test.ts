import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parse as parseYaml } from 'yaml'
import { FakeGitHub } from '../helpers/github-server.js'
import { TestRepo } from '../helpers/repo.js'
import { FAKE_TOKEN, runActionAsync } from '../helpers/runner.js'

const require = createRequire(import.meta.url)
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: unknown[] }
}

/**
 * A new repository adopting the action with the README's quick start alone: its workflow, as
 * written there, is valid; its release step's inputs (dispatch defaults filled in) run through the
 * built action on a new Python, Node and Swift repository with a bare origin, and nothing else.
 */
interface Workflow {
  on: { workflow_dispatch: { inputs: Record<string, { default: string | boolean }> } }
  permissions: Record<string, string>
  jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string | number | boolean> }> }>
}

const block = /<!-- quick-start:[^\n]*-->\s*```yaml\n([\s\S]*?)```\s*<!-- \/quick-start -->/.exec(
  readFileSync('README.md', 'utf8')
)
const text = block?.[1] ?? ''
const workflow = parseYaml(text) as Workflow
const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
const action = steps.find(step => /\/fastvlm-release-action@v1$/.test(step.uses ?? ''))

function quickStartInputs(): Record<string, string> {
  const defaults = workflow.on.workflow_dispatch.inputs
  return Object.fromEntries(
    Object.entries(action?.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, input: string) => String(defaults[input].default))
    ])
  )
}

describe("the README's quick start, as a new repository copies it", () => {
  it('is a valid workflow with fetch-depth: 0 and contents: write', () => {
    expect(text).not.toBe('')
    expect(validateWorkflow(text).errors).toEqual([])
    expect(workflow.permissions).toEqual({ contents: 'write' })
    expect(steps.find(step => step.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 })
    const declared = Object.keys(
      (parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs
    )
    for (const name of Object.keys(action?.with ?? {})) expect(declared).toContain(name)
  })

  const repos: TestRepo[] = []
  afterAll(() => repos.forEach(repo => repo.cleanup()))

  async function adopt(files: Record<string, string>, repository: string) {
    const repo = TestRepo.create()
    repos.push(repo)
    repo.commit('chore: initial', files)
    repo.commit('feat: the first feature', { 'feature.txt': 'x' })
    repo.publish('main')
    const github = await new FakeGitHub(FAKE_TOKEN, repository).start()
    let run
    try {
      run = await runActionAsync(repo.dir, quickStartInputs(), {
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: repository
      })
    } finally {
      await github.stop()
    }
    expect(github.release('v1.0.0')).toMatchObject({ body: run.outputs.notes })
    expect(run.stdout).not.toContain('::error')
    expect(run.stdout).not.toContain('::warning')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ released: 'true', tag: 'v1.0.0', pushed: 'true' })
    expect(repo.remoteRefs()).toContain(`refs/tags/v1.0.0`)
    expect(repo.remoteRefs()).toContain(`refs/heads/main ${repo.git('rev-parse', 'HEAD').trim()}`)
    expect(repo.read('CHANGELOG.md')).toMatch(/^# Changelog\n\n## 1\.0\.0 /)
    return { repo, run }
  }

  it('a Python project: pyproject.toml and __version__ in PEP 440, the pip install line', async () => {
    const { repo, run } = await adopt(
      {
        'pyproject.toml': '[project]\nname = "tiny-py"\nversion = "0.1.0"\n',
        'src/tiny_py/__init__.py': '__version__ = "0.1.0"\n'
      },
      'acme/tiny-py'
    )
    expect(repo.read('pyproject.toml')).toContain('version = "1.0.0"')
    expect(repo.read('src/tiny_py/__init__.py')).toBe('__version__ = "1.0.0"\n')
    expect(run.outputs.notes).toContain('`pip install tiny-py==1.0.0`')
    expect(run.outputs.notes).not.toMatch(/npm install|Swift Package Manager/)
  }, 30_000)

  it('a Node package: package.json and package-lock.json, the npm install line', async () => {
    const { repo, run } = await adopt(
      {
        'package.json': '{\n  "name": "tiny-node",\n  "version": "0.1.0"\n}\n',
        'package-lock.json':
          '{\n  "name": "tiny-node",\n  "version": "0.1.0",\n  "lockfileVersion": 3,\n  "packages": {\n    "": {\n      "name": "tiny-node",\n      "version": "0.1.0"\n    }\n  }\n}\n'
      },
      'acme/tiny-node'
    )
    expect(JSON.parse(repo.read('package.json')).version).toBe('1.0.0')
    const lock = JSON.parse(repo.read('package-lock.json')) as {
      version: string
      packages: Record<string, { version: string }>
    }
    expect([lock.version, lock.packages[''].version]).toEqual(['1.0.0', '1.0.0'])
    expect(repo.git('show', '--stat', '--format=', 'HEAD')).toContain('package-lock.json')
    expect(run.outputs.notes).toContain('`npm install tiny-node@1.0.0`')
    expect(run.outputs.notes).not.toMatch(/pip install|Swift Package Manager/)
  }, 30_000)

  it('a Swift package: the version constant, the Swift Package Manager line', async () => {
    const { repo, run } = await adopt(
      {
        'Package.swift': '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "Tiny")\n',
        'Sources/Tiny/Version.swift': 'public let tinyVersion = "0.1.0"\n'
      },
      'acme/tiny-swift'
    )
    expect(repo.read('Sources/Tiny/Version.swift')).toBe('public let tinyVersion = "1.0.0"\n')
    expect(run.outputs.notes).toContain('.package(url: "https://github.com/acme/tiny-swift.git", exact: "1.0.0")')
    expect(run.outputs.notes).not.toMatch(/pip install|npm install/)
  }, 30_000)
})
