/**
 * The demo page at `/` must work under the strict CSP the worker sends with it (script-src 'self',
 * no inline script): an agency copies it as is.
 */
import { describe, expect, it } from 'vitest'
import { demoPage } from '../../worker/pages/demo.ts'

const html = demoPage()

describe('the demo page', () => {
  it('loads the widget with one module script from its own origin and has no inline script or handlers', () => {
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="module" src="/widget.js">'])
    expect(html).not.toMatch(/<script\b[^>]*>(?!<\/script>)/) // nothing between <script …> and </script>
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toMatch(/\sstyle\s*=/i) // page CSS lives in the one <style> element
  })

  it('is a Chinese agency page with two widgets, the second themed with --sbk-* and ::part()', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/)
    expect(html).toContain('人力资源和社会保障局')
    expect(html).toContain('社保卡')
    expect(html.match(/<sbk-answer\b/g)).toHaveLength(2)
    expect(html).toMatch(/--sbk-color-primary:/)
    expect(html).toMatch(/sbk-answer::part\(/)
  })
})
