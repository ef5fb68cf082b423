/**
 * Another agency embeds the widget with the contract's two lines, on its own origin and under its
 * own strict CSP; and the API fails in every way a network can fail. The widget always ends in a
 * state the citizen can act on (answer, or a message with 重试), never a blank box or a spinner.
 */
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ask, comboboxOf, countEverywhere, openPage, useWorkerAndBrowser, part, widget } from '../support/browser.ts'
import { freePort, startWorker } from '../support/wrangler-dev.ts'

const running = useWorkerAndBrowser()
let agency: Server
let agencyUrl: string

/** Another agency's page on another local origin: the two-line embed, pointing at the worker. */
function agencyPage(widgetOrigin: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>某区政务服务网</title>
<script type="module" src="${widgetOrigin}/widget.js"></script>
</head>
<body>
<main><h1>某区政务服务网 · 社保问答</h1>
<sbk-answer placeholder="请输入您的问题"></sbk-answer>
</main>
</body>
</html>`
}

beforeAll(async () => {
  const port = await freePort()
  agency = createServer((req, res) => {
    const widgetOrigin = new URL(req.url!, 'http://x').searchParams.get('widget') ?? running.worker.url
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      // The embedding page's own strict policy: no inline script or style at all.
      'Content-Security-Policy': `default-src 'self'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`,
    })
    res.end(agencyPage(widgetOrigin))
  })
  await new Promise<void>((r) => agency.listen(port, '127.0.0.1', r))
  agencyUrl = `http://127.0.0.1:${port}/`
})
afterAll(async () => {
  agency?.closeAllConnections()
  await new Promise<void>((r) => (agency ? agency.close(() => r()) : r()))
})

describe('embedding on another origin', () => {
  it('a page on another origin with a strict CSP embeds the widget with two lines and gets answers (CORS)', async () => {
    const { page, errors, close } = await openPage(running.browser, agencyUrl)
    expect(new URL(page.url()).origin).not.toBe(running.worker.url)
    await ask(page, '社保卡金融账户密码忘记了怎么办')
    expect(await part(page, 'answer-text').textContent()).toMatch(/银行网点|重置密码/)
    // The shadow-root styles apply under style-src 'self' (adopted stylesheets are not inline styles).
    expect(await part(page, 'button').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(11, 92, 173)')
    // The default endpoint is the origin the script came from.
    expect(await widget(page).evaluate((w) => (w as HTMLElement & { endpoint: string }).endpoint)).toBe(running.worker.url)
    expect(errors).toEqual([])
    await close()
  })

  it('an origin the deployment does not allow (ALLOWED_ORIGINS) gets the error state, not a blank box', async () => {
    const strict = await startWorker({ vars: { ALLOWED_ORIGINS: 'https://www.example.gov.cn' } })
    try {
      const { page, close } = await openPage(running.browser, `${agencyUrl}?widget=${encodeURIComponent(strict.url)}`)
      await ask(page, '社保卡密码锁了')
      expect(await part(page, 'status').textContent()).toContain('暂时无法获取答案')
      expect(await part(page, 'retry').isVisible()).toBe(true)
      await close()
    } finally {
      await strict.stop()
    }
  })
})

describe('when the API fails', () => {
  it('a slow API (3 s) shows the loading state, then the answer, with no console error', async () => {
    const { page, errors, close } = await openPage(running.browser, running.worker.url + '/')
    await page.route('**/api/answer**', async (route) => {
      await new Promise((r) => setTimeout(r, 3000))
      await route.continue()
    })
    const box = comboboxOf(page)
    await box.fill('社保卡被锁了还能用吗')
    await box.press('Enter')
    await expect.poll(() => widget(page).locator('.spinner').count()).toBe(1)
    expect(await widget(page).locator('[aria-busy=true]').count()).toBeGreaterThan(0)
    await part(page, 'answer').waitFor({ timeout: 10_000 })
    expect(await widget(page).locator('.spinner').count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('the API being down shows the error state, and 重试 repeats the question once it is back', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    let down = true
    await page.route('**/api/**', (route) => (down ? route.abort('connectionrefused') : route.continue()))
    await ask(page, '社保卡被锁了还能用吗')
    expect(await part(page, 'status').textContent()).toContain('暂时无法获取答案')
    expect(await part(page, 'status').getAttribute('role')).toBe('alert')
    expect(await widget(page).locator('.spinner').count()).toBe(0)
    expect(await widget(page).locator('[aria-busy]').getAttribute('aria-busy')).toBe('false')

    down = false
    const asked: string[] = []
    page.on('request', (r) => void (r.url().includes('/api/answer') && asked.push(new URL(r.url()).searchParams.get('q')!)))
    await part(page, 'retry').click()
    await part(page, 'answer').waitFor()
    expect(asked).toEqual(['社保卡被锁了还能用吗'])
    await close()
  })

  it('an endpoint where nothing listens shows the error state; pointing it back and 重试 recovers', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    const closedPort = await freePort()
    await widget(page).evaluate((w, url) => w.setAttribute('endpoint', url), `http://127.0.0.1:${closedPort}`)
    await ask(page, '社保卡丢了怎么补办')
    await part(page, 'retry').waitFor()
    await widget(page).evaluate((w, url) => w.setAttribute('endpoint', url), running.worker.url)
    await part(page, 'retry').click()
    await part(page, 'answer').waitFor()
    await close()
  })

  it('a 500, a 429, malformed JSON and an unexpected shape each end in the error state with the right message', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    const cases = [
      { status: 500, body: '{"error":{"code":"internal_error","message":"x"}}', message: '暂时无法获取答案' },
      { status: 429, body: '{"error":{"code":"rate_limited","message":"x"}}', message: '查询过于频繁' },
      { status: 200, body: '{"query": "社保卡", "answer": ', message: '暂时无法获取答案' },
      { status: 200, body: '{"query": "社保卡", "answer": null, "citations": "none"}', message: '暂时无法获取答案' },
      { status: 502, body: '<html>Bad gateway</html>', message: '暂时无法获取答案' },
    ]
    for (const c of cases) {
      await page.unroute('**/api/answer**')
      await page.route('**/api/answer**', (route) => route.fulfill({ status: c.status, contentType: 'application/json', body: c.body }))
      await ask(page, '社保卡')
      expect(await part(page, 'status').textContent(), `${c.status} ${c.body}`).toContain(c.message)
      expect(await widget(page).locator('.spinner').count()).toBe(0)
    }
    await close()
  })

  it('an API that never answers times out after 8 s into the error state with 重试', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    await page.route('**/api/answer**', () => {
      // never fulfilled: a hung connection
    })
    const started = Date.now()
    await comboboxOf(page).fill('社保卡')
    await comboboxOf(page).press('Enter')
    expect(await part(page, 'status').getAttribute('class')).toContain('loading')
    expect(await widget(page).locator('[aria-busy]').getAttribute('aria-busy')).toBe('true')
    await part(page, 'retry').waitFor({ timeout: 15_000 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(7_500)
    expect(await part(page, 'status').textContent()).toContain('服务响应超时')
    await close()
  })
})

describe('hostile content from the corpus', () => {
  it('markup and javascript: links in an answer, its citations and results are shown as text, never run or linked', async () => {
    const { page, close } = await openPage(running.browser, running.worker.url + '/')
    const markup = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    const body = {
      query: '社保卡',
      terms: ['社保卡'],
      tookMs: 0,
      answer: { id: 'qa/evil#1', kind: 'qa', title: `标题${markup}`, text: `答案${markup}`, url: 'javascript:alert(1)', score: 1, confidence: 0.9 },
      citations: [{ id: 'law/evil#1', law: `某法${markup}`, article: '第一条', text: `条文${markup}`, url: 'javascript:alert(2)' }],
      results: [{ id: 'qa/other#1', kind: 'qa', title: `结果${markup}`, snippet: `摘要${markup}`, highlights: [[0, 2]], url: 'data:text/html,<script>alert(3)</script>', score: 1 }],
      related: [{ id: 'qa/rel', title: `相关${markup}` }],
    }
    await page.route('**/api/answer**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }))
    await ask(page, '社保卡')
    await part(page, 'answer').waitFor()
    await part(page, 'citation').getByRole('button').click()
    expect(await part(page, 'answer-text').textContent()).toContain('<script>window.pwned = 1</script>')
    expect(await countEverywhere(page, 'img')).toBe(0)
    expect(await countEverywhere(page, 'sbk-answer script')).toBe(0)
    expect(await widget(page).evaluate((el) => el.shadowRoot!.querySelectorAll('script').length)).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    const hrefs = await widget(page).evaluate((el) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([])
    await close()
  })
})
