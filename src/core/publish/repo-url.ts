/** The web URL of the repository, from the Actions environment or the origin remote. */
export function repoUrlFrom(
  serverUrl: string | undefined,
  repository: string | undefined,
  originUrl: string | null
): string | null {
  if (serverUrl && repository && /^[\w.-]+\/[\w.-]+$/.test(repository))
    return `${serverUrl.replace(/\/+$/, '')}/${repository}`
  if (!originUrl) return null
  const https = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(originUrl)
  if (https) return `https://${https[1]}/${https[2]}/${https[3]}`
  const scp = /^(?:ssh:\/\/)?(?:[\w.-]+@)([\w.-]+)[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(originUrl)
  if (scp) return `https://${scp[1]}/${scp[2]}/${scp[3]}`
  return null
}
