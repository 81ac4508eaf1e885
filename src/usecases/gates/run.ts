import { ConfigurationError, ConfinementError } from '../../core/errors.js'
import { defaultGatesConfig, type GatesConfig } from '../../core/gates/defaults.js'
import { result, type GateResult, type GatesReport } from '../../core/gates/types.js'
import { GATES } from './index.js'
import type { GateDeps, GateInput, GateSettings, RegisteredGate } from './types.js'
import type { FileReader } from '../ports.js'

export type { GateDeps, GateInput, GateSettings }

const DEFAULT_CONFIG_FILE = '.github/release-gates.yml'

/** The one-line failure of a release the gates stopped (the step fails with it). */
export function gatesFailure(report: GatesReport): string {
  const failed = report.results.filter(r => r.status === 'fail')
  return `${failed.length} release gate(s) failed, nothing was changed: ${failed.map(r => `${r.gate} (${r.reason})`).join('; ')}`
}

/** The gate of a name or of one of its aliases (the reference design's names). */
function gateNamed(name: string): RegisteredGate | undefined {
  return GATES.find(gate => gate.name === name || gate.aliases?.includes(name))
}

/** The gates input names known gates (checked when a run starts, before anything is read or written). */
export function checkGateNames(names: string[] | null): void {
  for (const name of names ?? []) {
    if (!gateNamed(name)) {
      throw new ConfigurationError(
        `Input gates has the invalid value "${name}". Known gates: ${GATES.map(gate => gate.name).join(', ')}; or none.`
      )
    }
  }
}

/**
 * Which gates run: the `gates` input when given (`none` for none), else the configuration's
 * required checks (plus the gates it implies, such as approvals), else the gates that run by default.
 */
export function selectGates(input: string[] | null, config: GatesConfig | null): string[] {
  if (input !== null) return input.map(name => gateNamed(name)?.name ?? name)
  if (config) {
    const selected = [...config.requiredChecks]
    for (const gate of GATES) if (gate.impliedBy?.(config) && !selected.includes(gate.name)) selected.push(gate.name)
    return selected
  }
  return GATES.filter(gate => gate.byDefault).map(gate => gate.name)
}

/**
 * Reads the gates configuration: the gates_config file; else the release_gates block of the
 * configuration file; else the default path when it exists.
 */
export async function loadGatesConfig(
  settings: Pick<GateSettings, 'gatesConfig' | 'sections'>,
  files: Pick<FileReader, 'read'>
): Promise<{ config: GatesConfig | null; file: string | null }> {
  // the configuration file's block, read with the file once (src/core/config/config-file.ts)
  const embedded = settings.gatesConfig ? null : settings.sections?.releaseGates
  if (embedded) return { config: embedded, file: settings.sections?.file ?? null }
  const file = settings.gatesConfig || DEFAULT_CONFIG_FILE
  const text = files.read(file)
  if (text === null) {
    if (settings.gatesConfig) {
      throw new ConfigurationError(
        `gates_config names ${settings.gatesConfig}, which does not exist. Fix the path, or remove the input to use ${DEFAULT_CONFIG_FILE} when present.`
      )
    }
    return { config: null, file: null }
  }
  // the YAML parser and the schema validator load only when there is a configuration
  const { parseGatesConfig } = await import('../../core/gates/config.js')
  return { config: parseGatesConfig(text, file, GATES), file }
}

/** Runs every selected gate (none stops the others) and reports; changes nothing. */
export async function runGates(settings: GateSettings, input: GateInput, deps: GateDeps): Promise<GatesReport> {
  checkGateNames(settings.gates)
  const { config: loaded, file } = await loadGatesConfig(settings, deps.files)
  const selected = selectGates(settings.gates, loaded)
  const config = loaded ?? defaultGatesConfig()
  const slowGates = config.slowGates ?? GATES.filter(gate => gate.slow).map(gate => gate.name)
  const skipSlow = settings.severity === 'critical'
  const results: GateResult[] = []
  for (const name of selected) {
    if (skipSlow && slowGates.includes(name)) {
      results.push(result(name, 'skipped', 'severity: critical skips the slow gates (SKIP_SLOW_TESTS=true)'))
      continue
    }
    const gate = gateNamed(name)!
    try {
      results.push(await deps.log.group(`Gate ${name}`, () => gate.check(config, settings, input, deps)))
    } catch (error) {
      // a path out of the workspace is not a gate's verdict: the run stops with one clear error
      if (error instanceof ConfinementError) throw new ConfinementError(`Gate ${name}: ${error.message}`)
      results.push(result(name, 'fail', `the gate could not run: ${(error as Error).message ?? String(error)}`))
    }
    const last = results[results.length - 1]
    deps.log.info(`${last.gate}: ${last.status} — ${last.reason}`)
  }
  return {
    results,
    failed: results.some(r => r.status === 'fail'),
    skipSlowTests: skipSlow,
    rollbackTriggers: config.rollbackTriggers,
    configFile: file
  }
}
