import { scrubberFor, secretParts } from '../../src/core/text/secrets.js'

describe('secrets scrubbed from everything we print or write', () => {
  const webhook = 'https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx'
  const scrub = scrubberFor([
    { value: webhook },
    { value: 'jira-token-1234567890', user: 'bot@example.com' },
    { value: 'ghs_abcdefghijklmnop' }
  ])

  const cases: Array<{ name: string; text: string; gone: string[] }> = [
    { name: 'the whole webhook URL', text: `posting to ${webhook}`, gone: [webhook] },
    {
      name: 'the webhook path a server echoes back',
      text: 'error: no_service for /services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx',
      gone: ['abcdefghijklmnopqrstuvwx', 'B0456EFGH']
    },
    { name: 'the token alone', text: 'Authorization: token ghs_abcdefghijklmnop', gone: ['ghs_abcdefghijklmnop'] },
    {
      name: 'Basic authentication of user:token',
      text: `Authorization: Basic ${btoa('bot@example.com:jira-token-1234567890')}`,
      gone: [btoa('bot@example.com:jira-token-1234567890')]
    },
    {
      name: 'a URL-encoded webhook',
      text: `?next=${encodeURIComponent(webhook)}`,
      gone: [encodeURIComponent(webhook)]
    },
    {
      name: 'a token in a job summary table',
      text: '| JIRA | failed: jira-token-1234567890 rejected |',
      gone: ['jira-token-1234567890']
    }
  ]
  it.each(cases)('$name', ({ text, gone }) => {
    const out = scrub(text)
    for (const part of gone) expect(out).not.toContain(part)
    expect(out).toContain('***')
  })

  it('leaves other text alone, and short values are masked only whole', () => {
    expect(scrub('hooks.slack.com is fine; services too')).toBe('hooks.slack.com is fine; services too')
    expect(secretParts('abc')).toEqual(['abc'])
    expect(scrubberFor([])('x')).toBe('x')
  })
})
