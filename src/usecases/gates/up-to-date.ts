import { result } from '../../core/gates/types.js'
import { defineGate } from './types.js'

const REMOTE = 'origin'

/** HEAD contains origin/<base_branch> (a hotfix or a maintenance line: its own branch on origin). */
export const upToDate = defineGate({
  name: 'up_to_date',
  byDefault: true,
  schema: { base_branch: { type: 'string', minLength: 1 } },
  params: (raw, config, settings) => ({
    baseBranch: settings.baseBranch || ((raw.base_branch as string | undefined) ?? config.baseBranch)
  }),
  async run({ baseBranch }, input, deps) {
    const base = (input.plan.hotfix || input.plan.maintenanceLine) && input.branch ? input.branch : baseBranch
    if (!(await deps.git.remoteUrl(REMOTE)))
      return result('up_to_date', 'skipped', `no ${REMOTE} remote to compare with`)
    if (!deps.remote)
      return result('up_to_date', 'skipped', `this run does not read ${REMOTE} (the CLI: --online or --push)`)
    let remoteSha: string | null
    try {
      remoteSha = await deps.remote.remoteBranch(REMOTE, base)
      if (remoteSha && !(await deps.git.hasCommit(remoteSha))) {
        if (!deps.fetch)
          return result(
            'up_to_date',
            'skipped',
            `${REMOTE}/${base} (${remoteSha.slice(0, 7)}) is not in this clone, and this run fetches nothing`
          )
        await deps.fetch.fetchObjects(REMOTE, base)
      }
    } catch (error) {
      return result('up_to_date', 'fail', `could not read ${REMOTE}/${base}: ${(error as Error).message}`)
    }
    if (!remoteSha) return result('up_to_date', 'skipped', `${REMOTE} has no branch ${base} (base_branch)`)
    const missing = await deps.git.countMissing(input.head, remoteSha)
    if (missing === 0) return result('up_to_date', 'pass', `HEAD contains ${REMOTE}/${base} (${remoteSha.slice(0, 7)})`)
    return result(
      'up_to_date',
      'fail',
      `HEAD is missing ${missing} commit(s) of ${REMOTE}/${base} (${remoteSha.slice(0, 7)}): merge or rebase onto it`
    )
  }
})
