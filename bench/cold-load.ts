/** A cold isolate's first use of the index: loading it and the first answer, in workerd's whole milliseconds. */
import { getService } from '../worker/bundle.ts'

export function coldLoad() {
  const t0 = Date.now()
  const service = getService()
  const loadMs = Date.now() - t0
  const t1 = Date.now()
  service.answer('社保卡密码锁了怎么办', { limit: 5 })
  return { service, loadMs, firstQueryMs: Date.now() - t1 }
}
