// npm run validate:workflows — action.yml and every workflow against the schemas of
// @action-validator (SchemaStore's GitHub Action and Workflow schemas).
// Its action schema predates `runs.using: node24`, so action.yml is validated with that one value
// read as node20, and node24 is checked here by itself.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parse } from 'yaml'

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

const action = readFileSync('action.yml', 'utf8')
const declared = new Set(Object.keys(parse(action)?.inputs ?? {}))

/** A step of this action (uses: ./ or …/fastvlm-release-action@…) passes only the inputs action.yml declares. */
function checkInputs(file, workflow) {
  for (const [jobName, job] of Object.entries(workflow?.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (step.uses !== './' && !/\/fastvlm-release-action@/.test(step.uses ?? '')) continue
      const unknown = Object.keys(step.with ?? {}).filter(name => !declared.has(name))
      if (unknown.length === 0) continue
      failed++
      console.log(
        `FAIL ${file}: job ${jobName} gives the action inputs action.yml does not declare: ${unknown.join(', ')} (keys of .github/release-action.yml)`
      )
    }
  }
}
const using = parse(action)?.runs?.using
if (using !== 'node24') {
  failed++
  console.log(`FAIL action.yml: runs.using is ${using}, expected node24`)
}
report('action.yml', validateAction(action.replace(/^(\s*using:\s*)['"]?node24['"]?/m, "$1'node20'")))
// this repository's workflows, and the example workflows of docs/examples/ (the Fast VLM kit's)
for (const dir of ['.github/workflows', 'docs/examples/workflows']) {
  for (const name of readdirSync(dir)
    .filter(file => /\.ya?ml$/.test(file))
    .sort()) {
    const text = readFileSync(`${dir}/${name}`, 'utf8')
    // its workflow schema predates concurrency's `queue: max` (GitHub, May 2026): that one key is
    // checked here by itself and left out of the schema's validation
    const queue = parse(text)?.concurrency?.queue
    if (queue !== undefined && queue !== 'max') {
      failed++
      console.log(`FAIL ${dir}/${name}: concurrency.queue is ${queue}, expected max`)
    }
    report(`${dir}/${name}`, validateWorkflow(text.replace(/^ {2}queue: max\b.*\n/m, '')))
    checkInputs(`${dir}/${name}`, parse(text))
  }
}
if (failed > 0) {
  console.log(`${failed} file(s) failed validation`)
  process.exitCode = 1
}
