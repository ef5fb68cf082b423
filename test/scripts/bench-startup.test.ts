/** The isolate-start figure of `npm run bench` counts the busy samples of the startup profile. */
import { describe, expect, it } from 'vitest'
import { activeMs } from '../../scripts/bench/startup.ts'

describe('startup profile', () => {
  it('counts every sample but (idle), in milliseconds', () => {
    const frame = (functionName: string) => ({ callFrame: { functionName } })
    const profile = {
      nodes: [{ id: 1, ...frame('(root)') }, { id: 2, ...frame('(idle)') }, { id: 3, ...frame('(program)') }, { id: 4, ...frame('compile') }],
      samples: [2, 3, 4, 2, 4],
      timeDeltas: [5000, 1200, 800, 9000, 1000],
    }
    expect(activeMs(profile)).toBeCloseTo(3, 5)
  })
})
