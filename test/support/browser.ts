/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work here),
 * and the few page helpers the widget's browser tests share.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startWorker, type RunningWorker } from './wrangler-dev.ts'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/**
 * The real worker (wrangler dev) and Chromium, started once for a test file and stopped after it.
 * Read `worker` and `browser` from the returned object inside tests (they exist once beforeAll ran).
 */
export function useWorkerAndBrowser(): { worker: RunningWorker; browser: Browser } {
  const running = {} as { worker: RunningWorker; browser: Browser }
  beforeAll(async () => {
    ;[running.worker, running.browser] = await Promise.all([startWorker(), launchChromium()])
  })
  afterAll(async () => {
    await running.browser?.close()
    await running.worker?.stop()
  })
  return running
}

export interface OpenPageOptions {
  width?: number
  height?: number
  /** A phone: touch events, mobile viewport. */
  touch?: boolean
}

export interface OpenedPage {
  page: Page
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[]
  /** Closes the page and its context. */
  close(): Promise<void>
}

/** Opens `url` in a fresh context and waits until <sbk-answer> is defined. */
export async function openPage(browser: Browser, url: string, { width = 1280, height = 900, touch = false }: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
  page.on('pageerror', (e) => void errors.push(e.message))
  await page.goto(url)
  await page.waitForFunction(() => customElements.get('sbk-answer') !== undefined)
  return { page, errors, close: () => context.close() }
}

/** The n-th <sbk-answer> on the page (Playwright's locators pierce its open shadow root). */
export const widget = (page: Page, n = 0): Locator => page.locator('sbk-answer').nth(n)
/** Its search input, the combobox. */
export const comboboxOf = (page: Page, n = 0): Locator => widget(page, n).locator('input[role=combobox]')
/** One of its parts, e.g. part(page, 'answer'); matches elements whose part list contains the name. */
export const part = (page: Page, name: string, n = 0): Locator => widget(page, n).locator(`[part~="${name}"]`)

/** Types `query` and presses Enter; resolves when the answer, empty or error state is shown. */
export async function ask(page: Page, query: string, n = 0): Promise<void> {
  await comboboxOf(page, n).fill(query)
  await comboboxOf(page, n).press('Enter')
  await widget(page, n).locator('[part~=answer], [part~=status]:not(.loading)').first().waitFor()
}

/** How many elements matching `selector` the document and every shadow root hold together. */
export function countEverywhere(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const count = (root: Document | ShadowRoot): number =>
      root.querySelectorAll(sel).length + [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0)
    return count(document)
  }, selector)
}
