/** GET / — the demo page an agency web team can copy, under a strict Content-Security-Policy. */
import type { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { demoPage } from '../pages/demo.ts'
import { widgetHash } from './widget.ts'

// Scripts only from this origin (the widget bundle); no inline script, no eval.
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

// Rendered once per isolate: the page depends on nothing in the request.
let html: string | undefined

export const registerDemo = (app: Hono<AppEnv>) =>
  app.get('/', (c) => {
    html ??= demoPage()
    return c.html(html as string, 200, {
      'Content-Security-Policy': DEMO_CSP,
      'Cache-Control': 'public, max-age=300',
      ETag: `"demo-${widgetHash}"`,
    })
  })
