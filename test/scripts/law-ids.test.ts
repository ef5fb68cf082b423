/**
 * Every law file becomes its own document: parts of one law filed separately (the 民法典's 编, each
 * titled 中华人民共和国民法典 with the same date) must not overwrite each other's articles.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../scripts/corpus/load.ts'
import { assembleDocuments } from '../../scripts/index/documents.ts'
import { loadNodejieba } from '../../scripts/segment/nodejieba.ts'

const PARTS = ['总则.md', '合同编.md', '附则.md']

describe('law ids', () => {
  it('the parts of the 民法典 keep all their articles, each part a document of its own', () => {
    const lawsDir = join(mkdtempSync(join(tmpdir(), 'sbk-ids-')), 'laws')
    mkdirSync(join(lawsDir, '民法典'), { recursive: true })
    for (const f of PARTS) cpSync(join('../shared/corpus-sources/laws/民法典', f), join(lawsDir, '民法典', f))
    const { corpus, errors } = loadCorpus(lawsDir, { lawsDir, vocabularyDir: 'corpus', collection: { name: 'LawRefBook/Laws' } })
    expect(errors.filter((e) => e.severity !== 'warning')).toEqual([])
    const { store } = assembleDocuments(corpus, loadNodejieba(corpus.dictionaryPath))
    const laws = Object.values(store.docs).filter((d) => d.kind === 'law')
    expect(laws).toHaveLength(PARTS.length)
    expect(new Set(laws.map((d) => d.id)).size).toBe(PARTS.length)
    const articles = corpus.laws.reduce((n, l) => n + l.articles.length, 0)
    expect(Object.values(store.passages).filter((p) => p.kind === 'law')).toHaveLength(articles)
    // 合同编 begins at 第四百六十三条: its articles are there under the code's own numbering.
    expect(Object.values(store.passages).some((p) => p.title === '中华人民共和国民法典 第四百六十三条')).toBe(true)
  })
})
