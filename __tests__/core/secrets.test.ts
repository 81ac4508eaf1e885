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

describe('token-shaped text that is not the run’s own', () => {
  const token = (...parts: string[]) => parts.join('')
  const scrub = scrubberFor([])
  it.each([
    ['a classic GitHub token', token('ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8')],
    ['a GitHub App installation token', token('ghs', '_', '0123456789abcdefABCDEF0123456789abcd')],
    ['a fine-grained token', token('github', '_pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789')],
    ['a Slack bot token', token('xoxb', '-', '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx')],
    ['a Slack webhook', token('hooks.slack.com/services/', 'T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx')],
    ['an npm token', token('npm', '_', 'abcdefghijklmnopqrstuvwxyz0123456789')],
    ['an AWS access key id', token('AKIA', 'IOSFODNN7EXAMPLE')]
  ])('%s', (_name, secret) => {
    const out = scrub(`deploy failed with ${secret}, retrying`)
    expect(out).not.toContain(secret)
    expect(out).toBe('deploy failed with ***, retrying')
  })

  it('a Datadog key only after its name; commit shas, checksums and words are left alone', () => {
    const key = '0123456789abcdef0123456789abcdef'
    expect(scrub(`DD_API_KEY=${key}`)).toBe('DD_API_KEY=***')
    expect(scrub(`{"application_key": "${key}abcd1234"}`)).toBe('{"application_key": "***"}')
    expect(scrub(`Invalid api key ${key}`)).toBe('Invalid api key ***')
    const ordinary = `revert 0123456789abcdef0123456789abcdef01234567; sha256 ${key}${key}; monkey business; the ghp_ prefix`
    expect(scrub(ordinary)).toBe(ordinary)
  })

  it('with the run’s secrets: both', () => {
    const both = scrubberFor([{ value: 'masked-value-123456' }])
    expect(both(`masked-value-123456 and ${token('ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8')}`)).toBe(
      '*** and ***'
    )
  })
})
