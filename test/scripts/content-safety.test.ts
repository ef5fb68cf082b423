/**
 * Corpus text is data, never markup: markup in a Q&A article is kept as inert text, links lose
 * their targets (only the words remain), and a source URL must be http(s).
 */
import { describe, expect, it } from 'vitest'
import { parseQa } from '../../scripts/corpus/qa.ts'

const article = (front: string, body: string) => `---\nid: xss\ntitle: 测试\n${front}updated: 2024-01-01\n---\n\n${body}\n`

describe('content safety', () => {
  it('script tags and event handlers stay as literal text; javascript: links keep only their words', () => {
    const r = parseQa(
      article('source:\n  name: 测试\n', '答案<script>alert(1)</script>。<img src=x onerror=alert(1)>\n\n请看[这里](javascript:alert(1))和[官网](https://example.gov.cn)。'),
      'corpus/qa/xss.md',
    )
    expect(r.errors).toEqual([])
    const text = r.qa!.passages.map((p) => p.text).join('\n')
    expect(text).toContain('<script>alert(1)</script>')
    expect(text).toContain('<img src=x onerror=alert(1)>')
    expect(text).not.toContain('javascript:')
    expect(text).toContain('请看这里和官网。')
  })

  it('a source URL that is not http(s) is refused with its line', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x']) {
      const r = parseQa(article(`source:\n  name: 测试\n  url: "${url}"\n`, '答案。'), 'corpus/qa/xss.md')
      expect(r.qa).toBeUndefined()
      expect(r.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([expect.stringMatching(/^6: source\.url: /)])
    }
  })
})
