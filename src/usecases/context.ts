import type { Settings } from '../core/settings.js'

/** The release date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function releaseDate(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()
}

export function gatesNote(settings: Settings): string {
  if (settings.gates === null) return 'none configured'
  if (settings.gates.length === 0) return 'none (gates: none)'
  return `requested: ${settings.gates.join(', ')}`
}
