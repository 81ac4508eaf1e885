import type { Component } from '../../../src/core/components/types.js'
import { componentsBurned } from '../../../src/usecases/components/burned.js'

const component = (name: string, path: string, tagPrefix: string) => ({ name, paths: [path], tagPrefix }) as Component
const RECORD = `| Version | Date | Reason | By | Restored |
| --- | --- | --- | --- | --- |
| 1.3.0 | 2026-11-30 | crash | octocat | 1.2.0 |
| ios@0.3.1 | 2026-12-01 | crash | octocat | 0.3.0 |
`

describe('the versions of each component never released again', () => {
  it('a bare version of the record is the root component’s, name@version the named one’s', async () => {
    const burned = await componentsBurned(
      [component('kit', '', 'v'), component('ios', 'ios', 'ios-v')],
      { files: { read: path => (path === 'docs/ROLLBACKS.md' ? RECORD : null) } },
      'docs/ROLLBACKS.md',
      new Set()
    )
    expect([...burned.get('kit')!.keys()]).toEqual(['1.3.0'])
    expect([...burned.get('ios')!.keys()]).toEqual(['0.3.1'])
  })

  it('a tag on origin and not here is burned for the component whose series it is', async () => {
    const burned = await componentsBurned(
      [component('kit', '', 'v'), component('ios', 'ios', 'ios-v')],
      { files: { read: () => null }, remote: { remoteTags: async () => ['v1.4.0', 'ios-v0.4.0', 'ios-v0.3.0'] } },
      'docs/ROLLBACKS.md',
      new Set(['ios-v0.3.0'])
    )
    expect([...burned.get('kit')!.keys()]).toEqual(['1.4.0'])
    expect([...burned.get('ios')!.keys()]).toEqual(['0.4.0'])
  })
})
