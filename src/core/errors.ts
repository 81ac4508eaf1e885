/**
 * An error caused by the user's input or repository state (not a bug in this action).
 * Its message says what is wrong and what to do about it.
 */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}
