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
export const INDEX_FIELDS = ['title', 'law', 'heading', 'summary', 'text'] as const

export type IndexedField = (typeof INDEX_FIELDS)[number]

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
  text: p.text,
})
