/** Importing the seed page: a maintainer's import gives clean, deterministic Q&A articles. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseQa } from '../../scripts/corpus/qa.ts'
import { cleanAnswer } from '../../scripts/import/clean.ts'

const SEED = '../shared/seeds/000_2d87f746e5dc353e.txt'
const tsx = join('node_modules', '.bin', 'tsx')
const runImport = (page: string, out: string) =>
  execFileSync(tsx, ['scripts/import/cli.ts', page, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const readDir = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]))

describe('importing the seed page', () => {
  const out = mkdtempSync(join(tmpdir(), 'sbk-import-'))
  runImport(SEED, out)
  const files = readDir(out)
  const articles = Object.entries(files).map(([f, text]) => {
    const r = parseQa(text, f)
    expect(r.errors, f).toEqual([])
    return r.qa!
  })
  const main = articles.find((a) => a.meta.id === 'shebaoka-wufa-shiyong')!

  it('writes the same files as the committed corpus (re-importing changes nothing)', () => {
    expect(files).toEqual(readDir('corpus/qa'))
    const again = mkdtempSync(join(tmpdir(), 'sbk-import-'))
    runImport(SEED, again)
    expect(readDir(again)).toEqual(files)
    expect(runImport(SEED, out)).toContain('0 written, 11 unchanged')
  })

  it('the main question becomes one article with summary, sections and 结语', () => {
    expect(articles).toHaveLength(11)
    expect(main.meta.title).toBe('社保卡无法使用,该怎么办?')
    expect(main.meta.summary).toMatch(/^社保卡密码锁定后的处理方法/)
    expect(main.passages.map((p) => p.heading ?? null)).toEqual([null, '社保账户密码被锁', '金融账户密码被锁', '结语'])
    const financial = main.passages.find((p) => p.heading === '金融账户密码被锁')!
    expect(financial.text).toContain('第二天')
    expect(financial.text).toContain('自动解锁')
  })

  it('法律依据 becomes checked citations of 社会保险法 第四条, 第五条 and 第五十八条', () => {
    expect(main.meta.citations).toEqual(['《中华人民共和国社会保险法》第四条', '《中华人民共和国社会保险法》第五条', '《中华人民共和国社会保险法》第五十八条'])
    expect(JSON.stringify(main.passages)).not.toContain('用工之日起三十日内')
  })

  it('延伸阅读 and every related question become their own articles, related to the main one', () => {
    const titles = articles.map((a) => a.meta.title)
    expect(titles).toContain('社保卡遗失或损坏,如何重新办理?')
    expect(titles).toContain('东莞社保卡怎么使用')
    expect(articles.find((a) => a.meta.title === '东莞社保卡怎么使用')!.meta.region).toBe('东莞市')
    expect(main.meta.related).toHaveLength(10)
    for (const a of articles) if (a !== main) expect(a.meta.related).toEqual(['shebaoka-wufa-shiyong'])
  })

  it('near-duplicates collapse: 「社保卡怎么使用」 appears once in the corpus', () => {
    expect(articles.filter((a) => a.meta.title.replace(/[?？]$/, '') === '社保卡怎么使用')).toHaveLength(1)
    expect(articles.filter((a) => /电子社(保|会保险)卡无法使用/.test(a.meta.title))).toHaveLength(1)
  })

  it('no site boilerplate, lawyer names, prefixes or 查看全文 tails', () => {
    const all = Object.values(files).join('\n')
    for (const junk of ['晖律网', '项薏芯', '推荐律师', '已服务', '声明:', '热门法律问题', '查看全文', '律师分析', '法律解析', '法律分析', '律师为您解答'])
      expect(all, junk).not.toContain(junk)
  })

  it('a page that quotes an article wrongly is refused with file:line', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'sbk-bad-')), 'page.txt')
    writeFileSync(bad, readFileSync(SEED, 'utf8').replace('第五十八条用人单位应当自用工之日起三十日内', '第五十八条用人单位应当自用工之日起六十日内'))
    let stderr = ''
    try {
      runImport(bad, mkdtempSync(join(tmpdir(), 'sbk-out-')))
    } catch (e) {
      stderr = (e as { stderr: string }).stderr
    }
    expect(stderr).toMatch(/page\.txt:\d+: 法律依据 quotes 《中华人民共和国社会保险法》第五十八条 differently/)
  })

  it('cleans prefixes and truncated tails', () => {
    expect(cleanAnswer('律师分析: 因为电子社保卡还没有激活。情况如下:全国统一,...查看全文')).toBe('因为电子社保卡还没有激活。')
    expect(cleanAnswer('社保卡失效是可以申请换卡的。需要身份证。【法律依据】...查看全文')).toBe('社保卡失效是可以申请换卡的。需要身份证。')
  })
})
