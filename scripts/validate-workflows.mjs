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
const using = parse(action)?.runs?.using
if (using !== 'node24') {
  failed++
  console.log(`FAIL action.yml: runs.using is ${using}, expected node24`)
}
report('action.yml', validateAction(action.replace(/^(\s*using:\s*)['"]?node24['"]?/m, "$1'node20'")))
for (const name of readdirSync('.github/workflows')
  .filter(file => /\.ya?ml$/.test(file))
  .sort()) {
  report(`.github/workflows/${name}`, validateWorkflow(readFileSync(`.github/workflows/${name}`, 'utf8')))
}
if (failed > 0) {
  console.log(`${failed} file(s) failed validation`)
  process.exitCode = 1
}
