/** The backend is chosen by configuration; a misconfiguration is a clear 503, never a crash. */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../worker/app.ts'

const app = createApp()

describe('SEARCH_BACKEND', () => {
  it('defaults to the bundled index', async () => {
    const res = await app.request('/api/search?q=社保卡', {}, {})
    expect(res.status).toBe(200)
  })

  it('answers 503 with a JSON error when d1 is chosen but no database is bound', async () => {
    const res = await app.request('/api/search?q=社保卡', {}, { SEARCH_BACKEND: 'd1' })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ error: { code: 'backend_unavailable', message: expect.stringContaining('DB') } })
  })

  it('answers 503 for an unknown backend name', async () => {
    const res = await app.request('/api/health', {}, { SEARCH_BACKEND: 'elastic' })
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('backend_unavailable')
  })
})
