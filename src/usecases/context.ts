/** The release date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function releaseDate(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()
}
