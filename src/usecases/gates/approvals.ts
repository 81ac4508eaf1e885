import { stringList } from '../../core/gates/defaults.js'
import { result } from '../../core/gates/types.js'
import { apiFailure, defineGate } from './types.js'

const ALL = ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'] as const

/**
 * The pull request that brought HEAD has an approving review from the technical lead (every
 * release), the security team (major) and the product owner (feature release).
 */
export const approvals = defineGate({
  name: 'approvals',
  schema: { technical_lead: stringList, security_team: stringList, product_owner: stringList },
  impliedBy: config => config.approvalRequirements.length > 0,
  params: (raw, config) => ({
    wanted: config.approvalRequirements.length > 0 ? config.approvalRequirements : [...ALL],
    technicalLead: (raw.technical_lead as string[] | undefined) ?? [],
    securityTeam: (raw.security_team as string[] | undefined) ?? [],
    productOwner: (raw.product_owner as string[] | undefined) ?? []
  }),
  async run(config, input, deps) {
    if (!deps.github) return result('approvals', 'fail', 'approvals need github_token and GITHUB_REPOSITORY')
    const { plan } = input
    const { wanted } = config
    const roles: Array<{ role: string; members: string[] }> = []
    if (wanted.includes('technical_lead_approval'))
      roles.push({ role: 'technical lead', members: config.technicalLead })
    if (wanted.includes('security_team_approval') && plan.bump === 'major') {
      roles.push({ role: 'security team (major release)', members: config.securityTeam })
    }
    if (wanted.includes('product_owner_approval') && plan.bump === 'minor') {
      roles.push({ role: 'product owner (feature release)', members: config.productOwner })
    }
    try {
      const pulls = await deps.github.pullsForCommit(input.head)
      const pull = pulls.find(candidate => candidate.mergedAt) ?? pulls[0]
      if (!pull) {
        return result(
          'approvals',
          'fail',
          `HEAD (${input.head.slice(0, 7)}) did not come from a pull request, so it has no reviews`
        )
      }
      const latest = new Map<string, string>()
      const reviews = [...(await deps.github.reviews(pull.number))].sort((a, b) =>
        a.submittedAt.localeCompare(b.submittedAt)
      )
      for (const review of reviews) {
        if (review.state === 'COMMENTED') continue
        latest.set(review.user, review.state)
      }
      const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user)
      const lines: string[] = []
      const missing: string[] = []
      for (const { role, members } of roles) {
        if (members.length === 0) {
          missing.push(`${role}: no one is configured (gates.approvals)`)
          continue
        }
        let by: string | null = null
        for (const approver of approvers) {
          for (const member of members) {
            const [org, team] = member.split('/')
            const isMember = team
              ? await deps.github.isTeamMember(org, team, approver)
              : member.toLowerCase() === approver.toLowerCase()
            if (isMember) by = approver
            if (by) break
          }
          if (by) break
        }
        if (by) lines.push(`${role}: approved by ${by}`)
        else missing.push(`${role}: no approval from ${members.join(', ')}`)
      }
      return missing.length === 0
        ? result(
            'approvals',
            'pass',
            `pull request #${pull.number} has every approval a ${plan.bump} release needs`,
            lines
          )
        : result('approvals', 'fail', `pull request #${pull.number} lacks ${missing.length} approval(s)`, [
            ...lines,
            ...missing
          ])
    } catch (error) {
      return result('approvals', 'fail', apiFailure(error))
    }
  }
})
