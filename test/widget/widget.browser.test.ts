/**
 * <sbk-answer> in real Chromium against the running worker (wrangler dev): what a citizen does on
 * an agency page, with a keyboard, on a phone, and when things go wrong.
 */
import { mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.ts'
import { freePort, startWorker, type RunningWorker } from '../support/wrangler-dev.ts'

let worker: RunningWorker
let browser: Browser

beforeAll(async () => {
  ;[worker, browser] = await Promise.all([startWorker(), launchChromium()])
})
afterAll(async () => {
  await browser?.close()
  await worker?.stop()
})

/** Opens the demo page and returns the first widget's input. */
async function openDemo(width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height } })
  const page = await context.newPage()
  page.on('close', () => void context.close())
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(worker.url + '/')
  await page.waitForFunction(() => customElements.get('sbk-answer') !== undefined)
  return { page, errors }
}

const input = (page: Page) => page.locator('sbk-answer').first().locator('input[role=combobox]')
const widget = (page: Page) => page.locator('sbk-answer').first()

describe('a citizen on the demo page', () => {
  it('typing 社保卡密码 shows suggestions; Enter shows the unlock answer with its 社会保险法 citations', async () => {
    const { page, errors } = await openDemo()
    await input(page).fill('社保卡密码')
    await expect.poll(() => widget(page).locator('[role=option]').count()).toBeGreaterThan(0)
    expect(await input(page).getAttribute('aria-expanded')).toBe('true')

    const events: string[] = []
    await page.exposeFunction('recordEvent', (e: string) => events.push(e))
    await page.evaluate(() => {
      for (const name of ['sbk-search', 'sbk-answer', 'sbk-select'])
        document.body.addEventListener(name, (e) => (window as any).recordEvent(`${name}:${JSON.stringify((e as CustomEvent).detail).slice(0, 40)}`))
    })
    await input(page).press('Enter')
    const answer = widget(page).locator('[part=answer]')
    await answer.waitFor()
    expect(await answer.textContent()).toContain('解锁')
    expect(events[0]).toBe('sbk-search:{"query":"社保卡密码"}')
    await expect.poll(() => events.some((e) => e.startsWith('sbk-answer:{"query":"社保卡密码","answer":{'))).toBe(true)
    const c58 = widget(page).locator('[part=citation]', { hasText: '中华人民共和国社会保险法 第五十八条' })
    await expect.poll(() => c58.count()).toBe(1)
    expect(await c58.locator('[part=citation-text]').isVisible()).toBe(false)
    await c58.locator('summary').click()
    expect(await c58.locator('[part=citation-text]').isVisible()).toBe(true)
    expect(await c58.locator('[part=citation-text]').textContent()).toContain('三十日内')
    // The polite live region announces the answer.
    expect(await widget(page).locator('[role=status][aria-live=polite]').textContent()).toContain('找到答案')
    expect(errors).toEqual([])
    await page.close()
  })

  it('arrow keys move aria-activedescendant and Enter picks the active option', async () => {
    const { page } = await openDemo()
    const box = input(page)
    await box.fill('社保卡')
    await expect.poll(() => widget(page).locator('[role=option]').count()).toBeGreaterThan(1)
    await box.press('ArrowDown')
    const first = await box.getAttribute('aria-activedescendant')
    expect(first).toMatch(/-option-0$/)
    await box.press('ArrowDown')
    const second = await box.getAttribute('aria-activedescendant')
    expect(second).toMatch(/-option-1$/)
    expect(await widget(page).locator(`[id="${second}"]`).getAttribute('aria-selected')).toBe('true')
    await box.press('End')
    expect(await box.getAttribute('aria-activedescendant')).not.toBe(second)
    await box.press('Home')
    expect(await box.getAttribute('aria-activedescendant')).toBe(first)
    const chosen = (await widget(page).locator(`[id="${first}"]`).textContent())!.trim()
    await box.press('Enter')
    await widget(page).locator('[part=answer], [part=status]').first().waitFor()
    expect(await box.inputValue()).toBe(chosen)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    await box.press('Escape')
    await page.close()
  })

  it('a related question starts a new search', async () => {
    const { page } = await openDemo()
    await input(page).fill('社保卡被锁了还能用吗')
    await input(page).press('Enter')
    const related = widget(page).locator('[part=related-question]').first()
    await related.waitFor()
    const title = (await related.textContent())!.trim()
    const searches: string[] = []
    await page.exposeFunction('recordSearch', (q: string) => searches.push(q))
    await page.evaluate(() => document.addEventListener('sbk-search', (e) => (window as any).recordSearch((e as CustomEvent).detail.query)))
    await related.click()
    await expect.poll(() => input(page).inputValue()).toBe(title)
    await expect.poll(() => searches).toEqual([title])
    await widget(page).locator('[part=answer], [part=status]').first().waitFor()
    await page.close()
  })

  it('a hostile query is shown as text: no dialog, no <img> anywhere', async () => {
    const { page } = await openDemo()
    let dialogs = 0
    page.on('dialog', async (d) => {
      dialogs++
      await d.dismiss()
    })
    await input(page).fill('<img src=x onerror=alert(1)>')
    await input(page).press('Enter')
    await widget(page).locator('[part=answer], [part=status]').first().waitFor()
    await page.waitForTimeout(300)
    const imgs = await page.evaluate(() => {
      const all = [document, ...[...document.querySelectorAll('sbk-answer')].map((e) => e.shadowRoot!)]
      return all.reduce((n, root) => n + root.querySelectorAll('img').length, 0)
    })
    expect(imgs).toBe(0)
    expect(dialogs).toBe(0)
    await page.close()
  })

  it('nothing is sent while an IME composition is in progress; the finished word is', async () => {
    const { page } = await openDemo()
    const sent: string[] = []
    page.on('request', (r) => r.url().includes('/api/suggest') && sent.push(new URL(r.url()).searchParams.get('q')!))
    const box = input(page)
    await box.focus()
    await box.dispatchEvent('compositionstart', { data: '' })
    for (const partial of ['s', 'sh', 'she', '社', '社保']) {
      await box.evaluate((el, v) => {
        ;(el as HTMLInputElement).value = v
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: v }))
      }, partial)
      await page.waitForTimeout(200)
    }
    // Enter while composing confirms the IME candidate; it must not search.
    await box.press('Enter').catch(() => {})
    expect(sent).toEqual([])
    expect(await widget(page).locator('[part=answer]').count()).toBe(0)
    await box.dispatchEvent('compositionend', { data: '社保' })
    await expect.poll(() => sent).toEqual(['社保'])
    await page.close()
  })

  it('English labels with lang="en"', async () => {
    const { page } = await openDemo()
    await page.evaluate(() => document.querySelector('sbk-answer')!.setAttribute('lang', 'en'))
    expect(await widget(page).locator('[part=button]').textContent()).toBe('Search')
    expect(await widget(page).locator('label').textContent()).toContain('Search social security questions')
    await page.close()
  })
})

describe('embedding and failure', () => {
  let other: Server
  let otherUrl: string
  beforeAll(async () => {
    const port = await freePort()
    // Another local origin: the two-line embed of the contract, pointing at the worker.
    other = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>其他机构页面</title>
<script type="module" src="${worker.url}/widget.js"></script></head>
<body><main><h1>某区政务服务网</h1><sbk-answer></sbk-answer></main></body></html>`)
    })
    await new Promise<void>((r) => other.listen(port, '127.0.0.1', r))
    otherUrl = `http://127.0.0.1:${port}/`
  })
  afterAll(() => new Promise<void>((r) => other.close(() => r())))

  it('a page on a different origin embeds the widget with two lines and gets answers (CORS)', async () => {
    const page = await browser.newPage()
    await page.goto(otherUrl)
    await page.waitForFunction(() => customElements.get('sbk-answer') !== undefined)
    await input(page).fill('社保卡金融账户密码忘记了怎么办')
    await input(page).press('Enter')
    await widget(page).locator('[part=answer]').waitFor()
    expect(await widget(page).locator('[part=answer-text]').textContent()).toMatch(/银行网点|重置/)
    await page.close()
  })

  it('the API being down shows the error state, and 重试 recovers once it is back', async () => {
    const { page } = await openDemo()
    let down = true
    await page.route('**/api/answer**', (route) => (down ? route.abort('connectionrefused') : route.continue()))
    await input(page).fill('社保卡被锁了还能用吗')
    await input(page).press('Enter')
    const retry = widget(page).locator('[part=retry]')
    await retry.waitFor()
    expect(await widget(page).locator('[part=status]').textContent()).toContain('暂时无法获取答案')
    expect(await widget(page).locator('.spinner').count()).toBe(0)
    down = false
    await retry.click()
    await widget(page).locator('[part=answer]').waitFor()
    await page.close()
  })

  it('a slow API (3 s) shows the loading state, then the answer, with no console error', async () => {
    const { page, errors } = await openDemo()
    await page.route('**/api/answer**', async (route) => {
      await new Promise((r) => setTimeout(r, 3000))
      await route.continue()
    })
    await input(page).fill('社保卡被锁了还能用吗')
    await input(page).press('Enter')
    const status = widget(page).locator('[part=status][aria-busy=true]')
    await status.waitFor()
    expect(await widget(page).locator('.spinner').count()).toBe(1)
    await widget(page).locator('[part=answer]').waitFor({ timeout: 10_000 })
    expect(await widget(page).locator('.spinner').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('a malformed or failing API answer also shows the error state, never a stuck spinner', async () => {
    const { page } = await openDemo()
    for (const body of [{ status: 500, body: '{"error":{"code":"internal_error","message":"x"}}' }, { status: 200, body: '{"not json' }]) {
      await page.unroute('**/api/answer**')
      await page.route('**/api/answer**', (route) => route.fulfill({ status: body.status, contentType: 'application/json', body: body.body }))
      await input(page).fill('社保卡')
      await input(page).press('Enter')
      await widget(page).locator('[part=retry]').waitFor()
      expect(await widget(page).locator('.spinner').count()).toBe(0)
    }
    await page.close()
  })
})

describe('accessibility and looks', () => {
  it('axe finds no serious or critical violations on the demo page with an answer open', async () => {
    const { page } = await openDemo()
    await input(page).fill('社保卡金融账户密码输错被锁了怎么办')
    await input(page).press('Enter')
    await widget(page).locator('[part=answer]').waitFor()
    const { violations } = await new AxeBuilder({ page }).analyze()
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    await page.close()
  })

  it('screenshots at 1280 px and 375 px with an answer open (test-results/screenshots/)', async () => {
    mkdirSync('test-results/screenshots', { recursive: true })
    for (const [width, height] of [
      [1280, 900],
      [375, 812],
    ]) {
      const { page } = await openDemo(width, height)
      await input(page).fill('社保卡金融账户密码输错被锁了怎么办')
      await input(page).press('Enter')
      await widget(page).locator('[part=answer]').waitFor()
      await widget(page).locator('[part=citation] summary').last().click()
      // Nothing is wider than the viewport (works at phone width).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({ path: `test-results/screenshots/demo-${width}.png`, fullPage: true })
      await page.close()
    }
  })
})
