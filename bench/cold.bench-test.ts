/**
 * A cold isolate's load of the index and its first answer, alone (run by `npm run bench` in a few
 * fresh workerd processes besides bench/edge.bench-test.ts: one load per isolate is one sample).
 */
import { it } from 'vitest'
import { getService } from '../worker/bundle.ts'

it('cold load', () => {
  const t0 = Date.now()
  const service = getService()
  const loadMs = Date.now() - t0
  const t1 = Date.now()
  service.answer('社保卡密码锁了怎么办', { limit: 5 })
  console.log('BENCH ' + JSON.stringify({ loadMs, firstQueryMs: Date.now() - t1 }))
})
