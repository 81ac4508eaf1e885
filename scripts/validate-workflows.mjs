// npm run validate:workflows — action.yml and every workflow against the schemas of
// @action-validator (SchemaStore's GitHub Action and Workflow schemas), then the rules below.
// Its action schema predates `runs.using: node24`, so action.yml is validated with that one value
// read as node20, and node24 is checked here by itself.
// `node scripts/validate-workflows.mjs [dir ...]` checks the workflows of those folders instead of
// .github/workflows and docs/examples/workflows.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parse, parseDocument } from 'yaml'

const require = createRequire(import.meta.url)
const { validateAction, validateWorkflow } = require('@action-validator/core')

let failed = 0
function report(file, state) {
  const errors = state.errors ?? []
  if (errors.length === 0) {
    console.log(`ok   ${file}`)
    return
  }
  failed++
  console.log(`FAIL ${file}`)
  for (const error of errors) console.log(`  ${error.path ?? ''} ${error.title ?? ''} ${error.detail ?? ''}`)
}
function fail(file, problem) {
  failed++
  console.log(`FAIL ${file}: ${problem}`)
}

const action = readFileSync('action.yml', 'utf8')
const declared = new Set(Object.keys(parse(action)?.inputs ?? {}))
const outputs = new Set(Object.keys(parse(action)?.outputs ?? {}))

/** A step of this action: uses: ./ or …/fastvlm-release-action@…. */
const isThisAction = step => step.uses === './' || /\/fastvlm-release-action@/.test(step.uses ?? '')
const stepsOf = workflow => Object.values(workflow?.jobs ?? {}).flatMap(job => job.steps ?? [])

/** A step of this action passes only the inputs action.yml declares. */
function checkInputs(file, workflow) {
  for (const [jobName, job] of Object.entries(workflow?.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (!isThisAction(step)) continue
      const unknown = Object.keys(step.with ?? {}).filter(name => !declared.has(name))
      if (unknown.length === 0) continue
      fail(
        file,
        `job ${jobName} gives the action inputs action.yml does not declare: ${unknown.join(', ')} (keys of .github/release-action.yml)`
      )
    }
  }
}

/** Every string of a job (its if:, env:, with:, run:, outputs: …), for the expressions in them. */
function stringsOf(value) {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/**
 * needs.JOB.outputs.NAME names a job this one needs and an output that job declares;
 * steps.ID.outputs.NAME a step of this job, and an output of action.yml where that step is this action.
 */
function checkReferences(file, workflow) {
  const jobs = workflow?.jobs ?? {}
  for (const [jobName, job] of Object.entries(jobs)) {
    const needs = new Set([job.needs ?? []].flat())
    const steps = new Map((job.steps ?? []).filter(step => step.id).map(step => [String(step.id), step]))
    const text = stringsOf(job).join('\n')
    for (const [, other, name] of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!needs.has(other)) fail(file, `job ${jobName} reads needs.${other}.outputs.${name} without needs: ${other}`)
      else if (!Object.hasOwn(jobs[other]?.outputs ?? {}, name))
        fail(file, `job ${jobName} reads needs.${other}.outputs.${name}: job ${other} has no output ${name}`)
    }
    for (const [, id, name] of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const step = steps.get(id)
      if (!step) fail(file, `job ${jobName} reads steps.${id}.outputs.${name}: no step has id ${id}`)
      else if (isThisAction(step) && !outputs.has(name))
        fail(file, `job ${jobName} reads steps.${id}.outputs.${name}: action.yml has no output ${name}`)
    }
  }
}

/**
 * How the examples release on today's GitHub: provenance from actions/attest over SHA256SUMS (not
 * slsa-github-generator, unmaintained and on Node 20), the Swift package registry where a Swift
 * package is built, and Docker tags from docker_version with no unconditional latest.
 */
function checkReleaseRules(file, workflow) {
  const jobs = Object.entries(workflow?.jobs ?? {})
  const steps = stepsOf(workflow)
  for (const [jobName, job] of jobs) {
    for (const uses of [job.uses, ...(job.steps ?? []).map(step => step.uses)]) {
      if (/slsa-framework\/slsa-github-generator/.test(uses ?? ''))
        fail(
          file,
          `job ${jobName} uses ${uses}: provenance comes from actions/attest with subject-checksums: SHA256SUMS`
        )
    }
    for (const step of job.steps ?? []) {
      if (!/^actions\/attest@/.test(step.uses ?? '')) continue
      const permissions = job.permissions ?? workflow.permissions ?? {}
      const missing = ['id-token', 'attestations'].filter(name => permissions[name] !== 'write')
      if (missing.length > 0) fail(file, `job ${jobName} attests without ${missing.map(m => `${m}: write`).join(', ')}`)
    }
    for (const step of job.steps ?? []) {
      if (!/^docker\/build-push-action@/.test(step.uses ?? '') || String(step.with?.push) !== 'true') continue
      const tags = String(step.with?.tags ?? '')
      if (/:latest\b/.test(tags))
        fail(file, `job ${jobName} pushes the Docker tag latest unconditionally: only the newest release gets it`)
      if (/\b(outputs|matrix)\.(new_)?version\b/.test(tags))
        fail(file, `job ${jobName} tags the image with the version: a Docker tag takes docker_version (+ becomes -)`)
      if (!stringsOf(job).some(text => /\b(outputs|matrix)\.docker_version\b/.test(text)))
        fail(file, `job ${jobName} pushes an image without reading docker_version`)
    }
  }
  const publishes = steps.some(step => isThisAction(step) && step.with?.mode === 'publish')
  const attests = steps.some(
    step =>
      /^actions\/attest@/.test(step.uses ?? '') && /SHA256SUMS/.test(String(step.with?.['subject-checksums'] ?? ''))
  )
  if (publishes && !attests)
    fail(file, 'publishes a release without provenance: actions/attest with subject-checksums: SHA256SUMS')
  const runs = steps.map(step => String(step.run ?? ''))
  if (
    steps.some(isThisAction) &&
    runs.some(run => /\bswift (build|test)\b/.test(run)) &&
    !runs.some(run => /\bswift package-registry publish\b/.test(run))
  )
    fail(file, 'releases a Swift package without publishing it: swift package-registry publish')
}

// permission keys newer than the workflow schema: their level is checked here, and they are left out
// of the schema's validation
const NEWER_PERMISSIONS = ['attestations', 'artifact-metadata', 'models']
function withoutNewerPermissions(file, document) {
  const paths = [['permissions'], ...Object.keys(document.toJS()?.jobs ?? {}).map(job => ['jobs', job, 'permissions'])]
  for (const path of paths) {
    const permissions = document.getIn(path)
    if (!permissions || typeof permissions !== 'object') continue
    for (const name of NEWER_PERMISSIONS) {
      const level = document.getIn([...path, name])
      if (level === undefined) continue
      if (!['read', 'write', 'none'].includes(level)) fail(file, `${path.join('.')}.${name} is ${level}`)
      document.deleteIn([...path, name])
    }
  }
}

const using = parse(action)?.runs?.using
if (using !== 'node24') fail('action.yml', `runs.using is ${using}, expected node24`)
report('action.yml', validateAction(action.replace(/^(\s*using:\s*)['"]?node24['"]?/m, "$1'node20'")))
// this repository's workflows, and the example workflows of docs/examples/ (the Fast VLM kit's)
const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['.github/workflows', 'docs/examples/workflows']
for (const dir of dirs) {
  for (const name of readdirSync(dir)
    .filter(file => /\.ya?ml$/.test(file))
    .sort()) {
    const file = `${dir}/${name}`
    const text = readFileSync(file, 'utf8')
    const workflow = parse(text)
    const document = parseDocument(text)
    // its workflow schema predates concurrency's `queue: max` (GitHub, May 2026): that one key is
    // checked here by itself and left out of the schema's validation
    const queue = workflow?.concurrency?.queue
    if (queue !== undefined && queue !== 'max') fail(file, `concurrency.queue is ${queue}, expected max`)
    if (queue !== undefined) document.deleteIn(['concurrency', 'queue'])
    withoutNewerPermissions(file, document)
    report(file, validateWorkflow(document.toString()))
    checkInputs(file, workflow)
    checkReferences(file, workflow)
    checkReleaseRules(file, workflow)
  }
}
if (failed > 0) {
  console.log(`${failed} check(s) failed`)
  process.exitCode = 1
}
