import { describe, expect, it } from 'vitest'
import { pageUrl, safeUrl } from '../../widget/urls.ts'

const endpoint = 'https://answers.example.gov.cn'

describe('links from the API', () => {
  it('only http(s) links are rendered; relative ones resolve against the endpoint', () => {
    expect(safeUrl('/api/docs/qa%2Fa', endpoint)).toBe('https://answers.example.gov.cn/api/docs/qa%2Fa')
    expect(safeUrl('https://example.org/社会保险法.md', endpoint)).toBe('https://example.org/%E7%A4%BE%E4%BC%9A%E4%BF%9D%E9%99%A9%E6%B3%95.md')
    expect(safeUrl('javascript:alert(1)', endpoint)).toBeUndefined()
    expect(safeUrl('data:text/html,<script>alert(1)</script>', endpoint)).toBeUndefined()
    expect(safeUrl('http://[bad', endpoint)).toBeUndefined()
  })

  it('the API’s own JSON documents are not pages to send a citizen to; other pages are', () => {
    expect(pageUrl('/api/docs/qa%2Fa', endpoint)).toBeUndefined()
    expect(pageUrl('https://answers.example.gov.cn/api/docs/law%2Fx%2358', endpoint)).toBeUndefined()
    expect(pageUrl('https://answers.example.gov.cn/guide/shebaoka', endpoint)).toBe('https://answers.example.gov.cn/guide/shebaoka')
    expect(pageUrl('https://www.mohrss.gov.cn/api/docs/x', endpoint)).toBe('https://www.mohrss.gov.cn/api/docs/x')
    expect(pageUrl('javascript:alert(1)', endpoint)).toBeUndefined()
  })
})
