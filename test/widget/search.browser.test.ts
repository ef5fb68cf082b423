/**
 * A citizen on the agency demo page asks questions in real Chromium against the real worker
 * (wrangler dev, the real corpus): suggestions, the answer with its law articles, the keyboard,
 * a Chinese IME, related questions, the whole article, and a query that looks like markup.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ask, comboboxOf, countEverywhere, openPage, useWorkerAndBrowser, part, widget } from '../support/browser.ts'

const running = useWorkerAndBrowser()

const demo = () => openPage(running.browser, running.worker.url + '/')

/** Records the widget's events (as the embedding page would receive them on document). */
async function recordEvents(page: Page): Promise<() => Promise<{ type: string; detail: any }[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { sbkEvents: { type: string; detail: unknown }[] }
    w.sbkEvents = []
    for (const type of ['sbk-search', 'sbk-answer', 'sbk-select']) document.addEventListener(type, (e) => w.sbkEvents.push({ type, detail: (e as CustomEvent).detail }))
  })
  return () => page.evaluate(() => (window as unknown as { sbkEvents: { type: string; detail: any }[] }).sbkEvents)
}

describe('a citizen on the demo page', () => {
  it('types 社保卡密码, sees suggestions, presses Enter and gets the unlock answer with 社会保险法 第五十八条 (三十日内)', async () => {
    const { page, errors, close } = await demo()
    const events = await recordEvents(page)
    const box = comboboxOf(page)
    await box.fill('社保卡密码')
    await expect.poll(() => part(page, 'option').count()).toBeGreaterThan(0)
    expect(await box.getAttribute('aria-expanded')).toBe('true')
    expect(await box.getAttribute('aria-autocomplete')).toBe('list')
    const listId = await box.getAttribute('aria-controls')
    expect(await widget(page).locator(`[id="${listId}"]`).getAttribute('role')).toBe('listbox')
    expect(await part(page, 'option').first().textContent()).toContain('社保卡')

    await box.press('Enter')
    await part(page, 'answer').waitFor()
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    expect(await part(page, 'answer-text').textContent()).toContain('解锁')
    expect(await part(page, 'answer-title').textContent()).toBe('社保卡无法使用,该怎么办?')

    // The law article it rests on: a disclosure that opens to the article's full text.
    const c58 = part(page, 'citation').filter({ hasText: '中华人民共和国社会保险法 第五十八条' })
    expect(await c58.count()).toBe(1)
    const toggle = c58.getByRole('button')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await c58.locator('[part~=citation-text]').isVisible()).toBe(false)
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await c58.locator('[part~=citation-text]').isVisible()).toBe(true)
    expect(await c58.locator('[part~=citation-text]').textContent()).toContain('用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记')

    // Other results have their matched words marked; related questions are offered.
    expect(await part(page, 'result').count()).toBeGreaterThan(0)
    expect(await part(page, 'mark').count()).toBeGreaterThan(0)
    expect(await part(page, 'related-question').count()).toBeGreaterThan(0)

    // A screen reader hears the answer through the polite live region.
    expect(await widget(page).locator('[role=status][aria-live=polite]').textContent()).toBe('找到答案：社保卡无法使用,该怎么办?')
    expect(await widget(page).locator('[aria-busy]').getAttribute('aria-busy')).toBe('false')

    const log = await events()
    expect(log[0]).toEqual({ type: 'sbk-search', detail: { query: '社保卡密码' } })
    expect(log[1].type).toBe('sbk-answer')
    expect(log[1].detail.query).toBe('社保卡密码')
    expect(log[1].detail.answer.title).toBe('社保卡无法使用,该怎么办?')
    expect(errors).toEqual([])
    await close()
  })

  it('moves through the suggestions with the arrow keys (aria-activedescendant) and Enter picks the active one', async () => {
    const { page, errors, close } = await demo()
    const events = await recordEvents(page)
    const box = comboboxOf(page)
    await box.fill('社保卡')
    await expect.poll(() => part(page, 'option').count()).toBeGreaterThan(2)
    const n = await part(page, 'option').count()
    const ids = await part(page, 'option').evaluateAll((els) => els.map((e) => e.id))
    expect(new Set(ids).size).toBe(n)
    expect(await box.getAttribute('aria-activedescendant')).toBeNull()

    const active = () => box.getAttribute('aria-activedescendant')
    await box.press('ArrowDown')
    expect(await active()).toBe(ids[0])
    await box.press('ArrowDown')
    expect(await active()).toBe(ids[1])
    expect(await widget(page).locator(`[id="${ids[1]}"]`).getAttribute('aria-selected')).toBe('true')
    expect(await widget(page).locator(`[id="${ids[0]}"]`).getAttribute('aria-selected')).toBe('false')
    await box.press('End')
    expect(await active()).toBe(ids[n - 1])
    await box.press('ArrowDown') // wraps around
    expect(await active()).toBe(ids[0])
    await box.press('ArrowUp') // and back
    expect(await active()).toBe(ids[n - 1])
    await box.press('Home')
    expect(await active()).toBe(ids[0])
    await box.press('ArrowDown')

    // Focus never left the input: the active option is only referenced.
    expect(await page.evaluate(() => document.querySelector('sbk-answer')!.shadowRoot!.activeElement?.getAttribute('role'))).toBe('combobox')
    const chosen = (await widget(page).locator(`[id="${ids[1]}"] .option-text`).textContent())!.trim()
    await box.press('Enter')
    await part(page, 'answer').or(part(page, 'status')).first().waitFor()
    expect(await box.inputValue()).toBe(chosen)
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    const log = await events()
    expect(log[0].type).toBe('sbk-select')
    expect(log[0].detail).toEqual({ id: expect.stringMatching(/^(qa|law)\//), url: null })
    expect(log[1]).toEqual({ type: 'sbk-search', detail: { query: chosen } })
    expect(errors).toEqual([])
    await close()
  })

  it('Escape closes the suggestions, Tab leaves them, and typing again searches what was typed, not the old option', async () => {
    const { page, close } = await demo()
    const box = comboboxOf(page)
    await box.fill('社保卡')
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true')
    await box.press('ArrowDown')
    await box.press('Escape')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    expect(await box.getAttribute('aria-activedescendant')).toBeNull()
    expect(await box.inputValue()).toBe('社保卡')

    await box.press('ArrowDown') // reopens on the first option
    expect(await box.getAttribute('aria-expanded')).toBe('true')
    await box.press('Tab')
    expect(await box.getAttribute('aria-expanded')).toBe('false')

    await box.fill('社保卡')
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true')
    await box.press('ArrowDown')
    await box.pressSequentially('密码')
    await box.press('Enter')
    await part(page, 'answer').waitFor()
    expect(await box.inputValue()).toBe('社保卡密码')
    await close()
  })

  it('a related question starts a new search for it, and focus moves to the new results', async () => {
    const { page, close } = await demo()
    const events = await recordEvents(page)
    await ask(page, '社保卡被锁了还能用吗')
    const related = part(page, 'related-question').first()
    const title = (await related.textContent())!.trim()
    await related.click()
    await expect.poll(() => comboboxOf(page).inputValue()).toBe(title)
    await part(page, 'answer').or(part(page, 'status')).first().waitFor()
    const log = await events()
    expect(log.filter((e) => e.type === 'sbk-search').map((e) => e.detail.query)).toEqual(['社保卡被锁了还能用吗', title])
    expect(log.find((e) => e.type === 'sbk-select')?.detail).toEqual({ id: expect.stringMatching(/^qa\//), url: null })
    // The clicked button is gone; keyboard users continue from the results, not from the top of the page.
    expect(await page.evaluate(() => document.querySelector('sbk-answer')!.shadowRoot!.activeElement?.getAttribute('part'))).toBe('panel')
    await close()
  })

  it('reads the whole Q&A article in place, and opens another result to its full text (from /api/docs)', async () => {
    const { page, errors, close } = await demo()
    const docs: string[] = []
    page.on('request', (r) => void (r.url().includes('/api/docs/') && docs.push(decodeURIComponent(new URL(r.url()).pathname))))
    await ask(page, '社保卡密码输错被锁了怎么办')
    const readFull = part(page, 'answer').getByRole('button', { name: '阅读全文' })
    expect(await readFull.getAttribute('aria-expanded')).toBe('false')
    await readFull.click()
    await expect.poll(() => part(page, 'answer-text').textContent()).toContain('金融账户密码被锁')
    expect(await part(page, 'answer').getByRole('button', { name: '收起全文' }).getAttribute('aria-expanded')).toBe('true')
    expect(await part(page, 'answer-meta').textContent()).toContain('来源：')
    expect(docs).toEqual(['/api/docs/qa/shebaoka-wufa-shiyong'])

    const result = part(page, 'result').first()
    const snippet = (await result.locator('[part~=snippet]').textContent())!
    await result.locator('[part~=result-title]').click()
    await expect.poll(() => result.locator('[part~=result-text]').textContent()).not.toContain('正在加载')
    const full = (await result.locator('[part~=result-text]').textContent())!
    expect(full.replace(/\s+/g, '').length).toBeGreaterThanOrEqual(snippet.replace(/…/g, '').replace(/\s+/g, '').length)
    expect(docs).toHaveLength(2)
    expect(errors).toEqual([])
    await close()
  })

  it('a question with nothing relevant gets 「未找到相关答案」 and a hint, never a blank box', async () => {
    const { page, close } = await demo()
    const events = await recordEvents(page)
    await ask(page, '今天天气怎么样')
    expect(await part(page, 'status').textContent()).toContain('未找到相关答案')
    expect(await part(page, 'status').textContent()).toContain('请换一种说法')
    expect(await part(page, 'answer').count()).toBe(0)
    expect((await events()).find((e) => e.type === 'sbk-answer')?.detail).toEqual({ query: '今天天气怎么样', answer: null })
    expect(await widget(page).locator('[role=status]').textContent()).toBe('未找到相关答案')
    await close()
  })

  it('a query that looks like markup is shown as text: no dialog, no <img> anywhere, shadow roots included', async () => {
    const { page, close } = await demo()
    let dialogs = 0
    page.on('dialog', (d) => void (dialogs++, d.dismiss()))
    const hostile = '<img src=x onerror=alert(1)>'
    await comboboxOf(page).fill(hostile)
    await page.waitForTimeout(400) // the suggestions round trip
    await comboboxOf(page).press('Enter')
    await part(page, 'answer').or(part(page, 'status')).first().waitFor()
    await page.waitForTimeout(300)
    expect(await countEverywhere(page, 'img')).toBe(0)
    expect(dialogs).toBe(0)
    expect(await comboboxOf(page).inputValue()).toBe(hostile)
    await close()
  })

  it('sends nothing while an IME composition is open, and Enter that confirms a candidate does not search', async () => {
    const { page, close } = await demo()
    const sent: string[] = []
    page.on('request', (r) => void (r.url().includes('/api/') && sent.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search))))
    const box = comboboxOf(page)
    await box.focus()
    await box.dispatchEvent('compositionstart', { data: '' })
    for (const partial of ['s', 'sh', 'she', 'shebao', '社保']) {
      await box.evaluate((el, v) => {
        ;(el as HTMLInputElement).value = v
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: v }))
      }, partial)
      await page.waitForTimeout(200)
    }
    // The Enter that picks the IME candidate arrives as a composing keydown.
    await box.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true })))
    await page.waitForTimeout(300)
    expect(sent).toEqual([])
    expect(await part(page, 'answer').count()).toBe(0)
    await box.dispatchEvent('compositionend', { data: '社保' })
    await expect.poll(() => sent).toEqual(['/api/suggest?q=社保&limit=8'])
    await close()
  })

  it('with lang="en" the widget’s own labels are English and the Chinese content stays marked as Chinese', async () => {
    const { page, close } = await demo()
    await page.evaluate(() => document.querySelector('sbk-answer')!.setAttribute('lang', 'en'))
    expect(await part(page, 'button').textContent()).toBe('Search')
    expect(await part(page, 'label').textContent()).toBe('Search social security questions')
    expect(await part(page, 'form').getAttribute('lang')).toBe('en')
    await ask(page, '社保卡密码输错被锁了怎么办')
    expect(await part(page, 'answer-label').textContent()).toBe('Best answer')
    expect(await part(page, 'answer').getByRole('button', { name: 'Read the whole article' }).count()).toBe(1)
    expect(await widget(page).locator('#citations-title').textContent()).toBe('Legal basis')
    expect(await widget(page).locator('[role=status]').textContent()).toBe('Answer found: 社保卡无法使用,该怎么办?')
    expect(await part(page, 'answer-text').getAttribute('lang')).toBe('zh-CN')
    await ask(page, '今天天气怎么样')
    expect(await part(page, 'status').textContent()).toContain('No answer found')
    await close()
  })
})
