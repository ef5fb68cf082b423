/**
 * Accessibility, phones and looks: axe on the demo page with suggestions and an answer open, a
 * 320 px touch screen, touch-sized targets, visible focus, and the screenshots the README shows
 * (test-results/screenshots/, git-ignored).
 */
import { mkdirSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ask, comboboxOf, openPage, useWorkerAndBrowser, part, widget } from '../support/browser.ts'

const running = useWorkerAndBrowser()

const QUESTION = '社保卡金融账户密码输错被锁了怎么办'

/** axe's serious and critical findings, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Opens the answer, its first citation and the whole article: the fullest state of the widget. */
async function openEverything(page: Page) {
  await ask(page, QUESTION)
  await part(page, 'citation').first().getByRole('button').click()
  await part(page, 'answer').getByRole('button', { name: '阅读全文' }).click()
  await expect.poll(() => part(page, 'answer-meta').textContent()).toContain('来源：')
}

describe('accessibility', () => {
  it('axe finds no serious or critical violations with the suggestions open, nor with an answer open', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    await comboboxOf(page).fill('社保卡')
    await expect.poll(() => comboboxOf(page).getAttribute('aria-expanded')).toBe('true')
    await comboboxOf(page).press('ArrowDown')
    expect(await seriousViolations(page)).toEqual([])

    await openEverything(page)
    await ask(page, '社会保险法第58条', 1) // the themed instance too
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('keyboard focus is visible on every control, and Tab reaches the answer’s controls in order', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    await ask(page, QUESTION)
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector('sbk-answer')!.shadowRoot!.activeElement as HTMLElement | null
        if (!el) return null
        const s = getComputedStyle(el)
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)'
        return { part: el.getAttribute('part'), ring: outline ? 'outline' : s.boxShadow !== 'none' ? 'shadow' : 'none' }
      })
    expect(await focused()).toEqual({ part: 'input', ring: 'shadow' })
    const seen: string[] = []
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      const f = await focused()
      if (!f) break
      expect(f.ring, `focus ring on ${f.part}`).toBe('outline')
      seen.push(f.part!)
    }
    expect(seen.slice(0, 4)).toEqual(['clear', 'button', 'toggle', 'toggle'])
    await close()
  })
})

describe('phones and touch', () => {
  it('works at 320 px on a touch screen: tap a suggestion, read the answer, nothing wider than the screen, targets ≥ 44 px', async () => {
    const { page, errors, close } = await openPage(running.browser, running.worker.url + '/', { width: 320, height: 640, touch: true })
    await comboboxOf(page).tap()
    await comboboxOf(page).fill('社保卡密码')
    await expect.poll(() => part(page, 'option').count()).toBeGreaterThan(0)
    const first = (await part(page, 'option').first().locator('.option-text').textContent())!.trim()
    await part(page, 'option').first().tap()
    await part(page, 'answer').or(part(page, 'status')).first().waitFor()
    expect(await comboboxOf(page).inputValue()).toBe(first)

    await ask(page, QUESTION)
    await part(page, 'citation').first().getByRole('button').tap()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const small = await widget(page).evaluate((w) =>
      [...w.shadowRoot!.querySelectorAll<HTMLElement>('input, button, [role=option]')]
        .map((el) => ({ part: el.getAttribute('part'), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
        .map(({ part, box }) => `${part} ${Math.round(box.width)}×${Math.round(box.height)}`),
    )
    expect(small).toEqual([])
    expect(errors).toEqual([])
    await close()
  })
})

describe('looks', () => {
  it('screenshots of the demo page at 1280 px and 375 px with an answer open (test-results/screenshots/)', async () => {
    mkdirSync('test-results/screenshots', { recursive: true })
    for (const [width, height] of [
      [1280, 900],
      [375, 812],
    ]) {
      const { page, errors, close } = await openPage(running.browser, running.worker.url + '/', { width, height, touch: width < 500 })
      await ask(page, QUESTION)
      await part(page, 'citation').last().getByRole('button').click()
      // No hover or focus styling in the picture.
      await page.mouse.move(0, 0)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({ path: `test-results/screenshots/demo-${width}.png`, fullPage: true })
      await widget(page).screenshot({ path: `test-results/screenshots/widget-${width}.png` })
      expect(errors).toEqual([])
      await close()
    }
  })
})
