import { stringList } from '../../core/gates/defaults.js'
import { result } from '../../core/gates/types.js'
import { defineGate } from './types.js'

/** No commit of the release is a fixup left unsquashed (`git commit --fixup` and its kin). */
export const noFixupCommits = defineGate({
  name: 'no_fixup_commits',
  schema: { prefixes: stringList },
  params: raw => ({ prefixes: (raw.prefixes as string[] | undefined) ?? ['fixup!', 'squash!', 'amend!'] }),
  async run({ prefixes }, input, deps) {
    const { plan, head } = input
    const messages = await deps.git.messages(plan.previousTag ? `${plan.previousTag}..${head}` : head)
    const subjects = messages.map(message => message.trimStart().split('\n')[0])
    const left = subjects.filter(subject => prefixes.some(prefix => subject.startsWith(prefix)))
    const since = plan.previousTag ? `since ${plan.previousTag}` : 'in the history'
    if (left.length === 0) return result('no_fixup_commits', 'pass', `no ${prefixes.join(' / ')} commits ${since}`)
    return result(
      'no_fixup_commits',
      'fail',
      `${left.length} commit(s) ${since} still to squash (git rebase -i --autosquash)`,
      left.slice(0, 20).map(subject => subject.slice(0, 100))
    )
  }
})
