import type { Logger } from '../usecases/ports.js'

/** A logger that prints to stderr (the CLI), keeping stdout for results. */
export const stderrLogger: Logger = {
  info: message => process.stderr.write(`${message}\n`),
  warning: message => process.stderr.write(`warning: ${message}\n`),
  group: async (name, fn) => {
    process.stderr.write(`» ${name}\n`)
    return fn()
  }
}

export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  group: async (_name, fn) => fn()
}
