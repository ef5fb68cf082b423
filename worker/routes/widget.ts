/** GET /widget.js — the <sbk-answer> bundle, cached long and revalidated by its content hash. */
import type { Hono } from 'hono'
import widgetText from '../../build/widget.json'
import type { AppEnv } from '../app-env.ts'

interface WidgetBundle {
  code: string
  hash: string
}

// Parsed once per isolate.
const widget: WidgetBundle = JSON.parse(widgetText)
const etag = `"widget-${widget.hash}"`

export const widgetHash = widget.hash

export const registerWidget = (app: Hono<AppEnv>) =>
  app.get('/widget.js', (c) => {
    // A URL that names the hash (?v=…) never changes; the plain URL is revalidated daily.
    const immutable = c.req.query('v') === widget.hash
    const headers = {
      ETag: etag,
      // A module script from another origin is fetched with CORS: the widget is public code.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400, stale-while-revalidate=604800',
      'Content-Type': 'text/javascript; charset=utf-8',
    }
    const inm = c.req.header('If-None-Match')
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304, headers)
    return c.body(widget.code, 200, headers)
  })
