/**
 * A cold isolate's load of the index and its first answer, alone (run by `npm run bench` in a few
 * fresh workerd processes besides bench/edge.bench-test.ts: one load per isolate is one sample).
 */
import { it } from 'vitest'
import { coldLoad } from './cold-load.ts'

it('cold load', () => {
  const { loadMs, firstQueryMs } = coldLoad()
  console.log('BENCH ' + JSON.stringify({ loadMs, firstQueryMs }))
})
