/** Small helpers for tests that run inside workerd through the whole worker. */
import { SELF } from 'cloudflare:test'

export const BASE = 'http://sbk.test'

export const url = (path: string, params?: Record<string, string>) =>
  BASE + path + (params ? '?' + new URLSearchParams(params).toString() : '')

export async function getJson<T = any>(path: string, params?: Record<string, string>, init?: RequestInit) {
  const res = await SELF.fetch(url(path, params), init)
  const text = await res.text()
  let json: T | undefined
  try {
    json = JSON.parse(text) as T
  } catch {
    json = undefined
  }
  return { res, status: res.status, json: json as T, text }
}
