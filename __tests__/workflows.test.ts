import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

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
    expect(out).toMatch(/ok {3}docs\/examples\/workflows\/release\.yml/)
    expect(out).not.toContain('FAIL')
  })
})

/** The release rules, on workflows that break them (and one that keeps them), in a folder of their own. */
describe('the release rules of validate-workflows', () => {
  const release = `  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    outputs:
      released: \${{ steps.version.outputs.released }}
      version: \${{ steps.version.outputs.new_version }}
      docker_version: \${{ steps.version.outputs.docker_version }}
      tag: \${{ steps.version.outputs.tag }}
      hashes: \${{ steps.publish.outputs.hashes }}
    steps:
      - uses: actions/checkout@v4
      - id: version
        uses: org/fastvlm-release-action@v1
      - id: publish
        uses: org/fastvlm-release-action@v1
        with:
          mode: publish
          create_release: true
`
  const provenance = `  provenance:
    needs: release
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      attestations: write
    steps:
      - env:
          HASHES: \${{ needs.release.outputs.hashes }}
        run: printf '%s' "$HASHES" | base64 --decode > SHA256SUMS
      - uses: actions/attest@v4
        with:
          subject-checksums: SHA256SUMS
`
  const swift = `  swift:
    needs: release
    runs-on: macos-latest
    steps:
      - run: swift build && swift test
      - run: swift package-registry publish "$ID" "$VERSION"
        env:
          VERSION: \${{ needs.release.outputs.version }}
`
  const docker = `  docker:
    needs: release
    runs-on: ubuntu-latest
    steps:
      - id: tags
        env:
          DOCKER_VERSION: \${{ needs.release.outputs.docker_version }}
        run: echo "tags=image:$DOCKER_VERSION" >> "$GITHUB_OUTPUT"
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: \${{ steps.tags.outputs.tags }}
`
  const workflow = (...jobs: string[]): string => `on: workflow_dispatch\njobs:\n${jobs.join('')}`
  const files: Record<string, string> = {
    'good.yml': workflow(release, provenance, swift, docker),
    'generator.yml': workflow(
      release,
      `  provenance:
    needs: release
    permissions:
      id-token: write
      contents: write
      actions: read
    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0
    with:
      base64-subjects: \${{ needs.release.outputs.hashes }}
`,
      swift,
      docker
    ),
    'attest-permissions.yml': workflow(
      release,
      provenance.replace('      attestations: write\n', '').replace('id-token: write', 'contents: read'),
      swift,
      docker
    ),
    'no-registry.yml': workflow(
      release,
      provenance,
      swift.replace(/ {6}- run: swift package-registry[^]*$/, ''),
      docker
    ),
    'docker-version.yml': workflow(
      release,
      provenance,
      swift,
      `  docker:
    needs: release
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: |
            image:latest
            image:\${{ needs.release.outputs.version }}
`
    ),
    'references.yml': workflow(
      release,
      provenance,
      swift,
      docker
        .replace('needs.release.outputs.docker_version', 'needs.release.outputs.docker_tag')
        .replace('steps.tags.outputs.tags', 'steps.labels.outputs.tags'),
      `  notes:
    runs-on: ubuntu-latest
    steps:
      - id: version
        uses: org/fastvlm-release-action@v1
      - run: echo "$NOTES $TAG"
        env:
          NOTES: \${{ steps.version.outputs.release_note }}
          TAG: \${{ needs.release.outputs.tag }}
`
    ),
    'newer-permissions.yml': workflow(
      release,
      provenance.replace('attestations: write', 'attestations: always'),
      swift,
      docker
    )
  }
  let out = ''
  let status: number | null = null
  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workflow-rules-'))
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
      const run = spawnSync(process.execPath, ['scripts/validate-workflows.mjs', dir], { encoding: 'utf8' })
      out = run.stdout.replaceAll(`${dir}/`, '')
      status = run.status
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  const fails = (file: string): string[] =>
    out
      .split('\n')
      .filter(line => line.startsWith(`FAIL ${file}`))
      .map(line => line.slice(`FAIL ${file}`.length))

  it('fails the run when a rule is broken', () => {
    expect(status).toBe(1)
  })
  it('a workflow that keeps them passes', () => {
    expect(out).toContain('ok   good.yml')
    expect(fails('good.yml')).toEqual([])
  })
  it('no slsa-github-generator: provenance from actions/attest over SHA256SUMS', () => {
    expect(fails('generator.yml')).toEqual([
      expect.stringContaining('job provenance uses slsa-framework/slsa-github-generator'),
      expect.stringContaining('publishes a release without provenance: actions/attest with subject-checksums')
    ])
  })
  it('attesting takes id-token and attestations: write', () => {
    expect(fails('attest-permissions.yml')).toEqual([
      ': job provenance attests without id-token: write, attestations: write'
    ])
  })
  it('a workflow that builds a Swift package publishes it to the registry', () => {
    expect(fails('no-registry.yml')).toEqual([
      ': releases a Swift package without publishing it: swift package-registry publish'
    ])
  })
  it('Docker tags come from docker_version, latest never unconditionally', () => {
    expect(fails('docker-version.yml')).toEqual([
      expect.stringContaining('job docker pushes the Docker tag latest unconditionally'),
      expect.stringContaining('job docker tags the image with the version'),
      expect.stringContaining('job docker pushes an image without reading docker_version')
    ])
  })
  it('outputs read through needs and steps are declared', () => {
    expect(fails('references.yml')).toEqual([
      ': job docker reads needs.release.outputs.docker_tag: job release has no output docker_tag',
      ': job docker reads steps.labels.outputs.tags: no step has id labels',
      ': job notes reads needs.release.outputs.tag without needs: release',
      ': job notes reads steps.version.outputs.release_note: action.yml has no output release_note',
      ': job docker pushes an image without reading docker_version'
    ])
  })
  it('a permission newer than the schema is checked by itself', () => {
    expect(out).toContain('ok   newer-permissions.yml')
    expect(fails('newer-permissions.yml')).toEqual([
      ': jobs.provenance.permissions.attestations is always',
      ': job provenance attests without attestations: write'
    ])
  })
})
