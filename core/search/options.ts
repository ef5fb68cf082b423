/**
 * The MiniSearch setup of the build, which indexes every passage with it (scripts/index/write.ts)
 * and ships the result in core/search/postings.ts's form; the tests load MiniSearch with the same
 * options to check the worker's index against it.
 */
import type { Options } from 'minisearch'
import type { Passage } from '../types.ts'

/**
 * Fields indexed for every passage. Terms are pre-normalized by the tokenizer, so no processTerm.
 * A law article's title is only its label (第五十八条): the law's name is its own field, so that
 * 失业保险 in a question does not favour every article of every 失业保险条例 over the one that answers.
 */
export const INDEX_FIELDS = ['title', 'law', 'heading', 'summary', 'asked', 'text'] as const

export type IndexedField = (typeof INDEX_FIELDS)[number]

/**
 * The fields that hold the corpus's own words. `asked` (how citizens ask for an article) is indexed
 * to be found, but its colloquial words and mis-cuts (要交 in 老外要交社保吗) are not words of the
 * corpus: the query analyzer, typo and pinyin lookup ask only about these.
 */
export const ASKED_FIELD = 'asked' satisfies IndexedField
export const TEXT_FIELDS = INDEX_FIELDS.filter((f) => f !== ASKED_FIELD)

/** The record MiniSearch indexes: a Passage's searchable fields. */
export type IndexedPassage = { id: string; kind: 'qa' | 'law' } & Partial<Record<IndexedField, string>>

export function miniSearchOptions(tokenize: (text: string) => string[]): Options<IndexedPassage> {
  return {
    idField: 'id',
    fields: [...INDEX_FIELDS],
    storeFields: ['kind'],
    tokenize,
    processTerm: (term) => term,
  }
}

/**
 * A passage's text per indexed field. A law article's title is only its label (第五十八条): the
 * law's name is its own field. Both indexes (MiniSearch and D1's FTS5) index exactly this.
 */
export const indexedRecord = (p: Passage): IndexedPassage => ({
  id: p.id,
  kind: p.kind,
  title: p.kind === 'law' ? p.article : p.title,
  law: p.law,
  heading: p.heading,
  summary: p.summary,
  asked: p.asked?.join('\n'),
  text: p.text,
})
