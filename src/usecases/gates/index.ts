import { approvals } from './approvals.js'
import { cleanTree } from './clean-tree.js'
import { coverage } from './coverage.js'
import { docsUpdated } from './docs-updated.js'
import { noFixupCommits } from './no-fixup-commits.js'
import { performanceRegression } from './performance-regression.js'
import { securityScanClean } from './security-scan-clean.js'
import { testsPass } from './tests-pass.js'
import type { RegisteredGate } from './types.js'
import { upToDate } from './up-to-date.js'

/**
 * Every validation gate (in this order in the configuration schema and in messages). Names, aliases,
 * the configuration schema and the defaults come from each entry. Adding a gate: its file here and a
 * line in this list.
 */
export const GATES: readonly RegisteredGate[] = [
  cleanTree,
  upToDate,
  testsPass,
  coverage,
  securityScanClean,
  docsUpdated,
  performanceRegression,
  approvals,
  noFixupCommits
]
