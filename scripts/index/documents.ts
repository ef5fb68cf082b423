/**
 * Parsed corpus → the DocumentStore the worker serves: ids, passages, and every citation resolved
 * to a law article's passage id. Unresolvable front-matter citations are errors; mentions in
 * running text of laws we do not carry are warnings (laws cite many other laws).
 */
import { findCitations, matchLawTitle } from '../../core/text/citations.ts'
import type { Segmenter } from '../../core/segment/types.ts'
import type { DocumentStore, LawDoc, Passage, QaDoc } from '../../core/types.ts'
import type { Corpus, LoadedLaw } from '../corpus/load.ts'
import type { BuildError } from '../corpus/errors.ts'
import { pinyinSlug } from './slug.ts'

export interface Assembled {
  store: DocumentStore
  errors: BuildError[]
}

const articleId = (lawId: string, number: number, sub?: number) => `${lawId}#${number}${sub ? `-${sub}` : ''}`

export function assembleDocuments(corpus: Corpus, segmenter: Segmenter): Assembled {
  const errors: BuildError[] = []
  const passages: Record<string, Passage> = {}
  const docs: DocumentStore['docs'] = {}

  // Law ids: pinyin slug of the title. A part of a law filed on its own (民法典 合同编) adds its
  // subtitle, a second version of the same law its year, and anything still taken a number.
  const lawIds = new Map<LoadedLaw, string>()
  const used = new Set<string>()
  for (const law of [...corpus.laws].sort((a, b) => b.versionDate.localeCompare(a.versionDate))) {
    const base = `law/${pinyinSlug(law.title, segmenter)}`
    const year = law.versionDate.slice(0, 4)
    let id = base
    if (used.has(id) && law.subtitle) id = `${base}-${pinyinSlug(law.subtitle, segmenter)}`
    if (used.has(id)) id = `${base}-${year}`
    for (let n = 2; used.has(id); n++) id = `${base}-${year}-${n}`
    used.add(id)
    lawIds.set(law, id)
  }
  // The newest version answers for a title.
  const byTitle = new Map<string, { law: LoadedLaw; id: string }>()
  for (const [law, id] of lawIds) if (!byTitle.has(law.title)) byTitle.set(law.title, { law, id })
  const knownTitles = [...byTitle.keys()]
  const articleExists = new Set<string>()
  for (const [law, id] of lawIds) for (const a of law.articles) if (!a.sub) articleExists.add(articleId(id, a.number))

  // The same law is cited thousands of times in a large collection: match each written title once.
  const matched = new Map<string, string | undefined>()
  const matchTitle = (title: string) => {
    if (!matched.has(title)) matched.set(title, matchLawTitle(title, knownTitles))
    return matched.get(title)
  }
  /** Resolves one mention; undefined when the law or the article is not in the corpus. */
  const resolve = (title: string | undefined, article: number, selfId?: string): string | undefined => {
    const lawId = title === undefined ? selfId : byTitle.get(matchTitle(title) ?? '')?.id
    if (!lawId) return undefined
    const id = articleId(lawId, article)
    return articleExists.has(id) ? id : undefined
  }

  for (const [law, id] of lawIds) {
    const articles: string[] = []
    // How citizens ask, for the version that answers for the title.
    const asked = byTitle.get(law.title)?.law === law ? corpus.asked[law.title] : undefined
    for (const a of law.articles) {
      const pid = articleId(id, a.number, a.sub)
      const text = a.paragraphs.join('\n')
      const cites: string[] = []
      for (const m of findCitations(text)) {
        const target = resolve(m.self ? undefined : m.lawTitle, m.article, m.self ? id : undefined)
        if (target && target !== pid && !cites.includes(target)) cites.push(target)
      }
      passages[pid] = {
        id: pid,
        kind: 'law',
        docId: id,
        title: `${law.title} ${a.label}`,
        ...(a.chapter || a.section ? { heading: [a.chapter, a.section].filter(Boolean).join(' / ') } : {}),
        text,
        // A collection file without a link of its own is served by /api/docs.
        url: law.source.url || `/api/docs/${encodeURIComponent(pid)}`,
        law: law.title,
        article: a.label,
        articleNumber: a.number,
        citations: cites,
        authority: law.authority,
        ...(asked?.[a.label] ? { asked: asked[a.label] } : {}),
      }
      articles.push(pid)
    }
    const doc: LawDoc = { kind: 'law', id, title: law.title, versionDate: law.versionDate, authority: law.authority, url: law.source.url || `/api/docs/${encodeURIComponent(id)}`, articles }
    docs[id] = doc
  }

  for (const qa of corpus.qa) {
    const id = `qa/${qa.meta.id}`
    const citations: string[] = []
    qa.meta.citations.forEach((written, i) => {
      const mentions = findCitations(written)
      const line = qa.citationLines[i]
      if (mentions.length === 0) {
        errors.push({ file: qa.file, line, message: `cannot read the citation "${written}": write 《法律名称》第N条` })
        return
      }
      for (const m of mentions) {
        const target = m.lawTitle ? resolve(m.lawTitle, m.article) : undefined
        if (!target) errors.push({ file: qa.file, line, message: `citation "${written}" does not resolve: ${m.lawTitle ? (matchLawTitle(m.lawTitle, knownTitles) ? `${m.label} is not in that law` : `no law titled 《${m.lawTitle}》 in corpus/laws`) : 'name the law'}` })
        else if (!citations.includes(target)) citations.push(target)
      }
    })
    const passageIds: string[] = []
    qa.passages.forEach((p, i) => {
      const pid = `${id}#${i + 1}`
      const cites = [...citations]
      for (const m of findCitations(p.text)) {
        if (m.self || !m.lawTitle) continue
        const target = resolve(m.lawTitle, m.article)
        if (target) {
          if (!cites.includes(target)) cites.push(target)
        } else errors.push({ file: qa.file, line: p.line, message: `the text cites 《${m.lawTitle}》${m.label}, which is not in the corpus`, severity: 'warning' })
      }
      passages[pid] = {
        id: pid,
        kind: 'qa',
        docId: id,
        title: qa.meta.title,
        ...(p.heading ? { heading: p.heading } : {}),
        text: p.text,
        ...(qa.meta.summary ? { summary: qa.meta.summary } : {}),
        url: qa.meta.source.url ?? `/api/docs/${encodeURIComponent(id)}`,
        citations: cites,
      }
      passageIds.push(pid)
    })
    const doc: QaDoc = {
      kind: 'qa',
      id,
      title: qa.meta.title,
      ...(qa.meta.summary ? { summary: qa.meta.summary } : {}),
      url: qa.meta.source.url ?? `/api/docs/${encodeURIComponent(id)}`,
      sourceName: qa.meta.source.name,
      updated: qa.meta.updated,
      ...(qa.meta.region ? { region: qa.meta.region } : {}),
      tags: qa.meta.tags,
      citations,
      passages: passageIds,
      related: qa.meta.related.map((r) => `qa/${r}`),
    }
    docs[id] = doc
  }
  // Related ids must exist.
  for (const qa of corpus.qa) {
    for (const r of qa.meta.related)
      if (!docs[`qa/${r}`]) errors.push({ file: qa.file, line: 2, message: `related article "${r}" does not exist in corpus/qa` })
  }
  return { store: { passages, docs }, errors }
}
