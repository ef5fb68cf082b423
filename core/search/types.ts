/** The shapes the search service returns; the worker's zod schemas are checked against these. */
import type { DocKind } from '../types.ts'

export interface SearchResult {
  id: string
  kind: DocKind
  title: string
  /** Q&A passage heading or law chapter; absent when there is none. */
  heading?: string
  snippet: string
  /** `[start, end)` UTF-16 offsets into `snippet` of the matched terms. */
  highlights: [number, number][]
  url: string
  score: number
}

export interface SearchResponse {
  query: string
  terms: string[]
  total: number
  tookMs: number
  results: SearchResult[]
}

export interface Answer {
  id: string
  kind: DocKind
  title: string
  heading?: string
  /** The whole passage. */
  text: string
  url: string
  score: number
  /** 0–1: how much of the question the passage covers, and how clearly it beats the rest. */
  confidence: number
}

export interface Citation {
  id: string
  /** Full law title, e.g. 中华人民共和国社会保险法. */
  law: string
  /** e.g. 第五十八条 */
  article: string
  text: string
  url: string
}

export interface Related {
  id: string
  title: string
}

export interface AnswerResponse {
  query: string
  terms: string[]
  tookMs: number
  answer: Answer | null
  citations: Citation[]
  results: SearchResult[]
  related: Related[]
}

export interface Suggestion {
  text: string
  id: string
  kind: DocKind
}

export interface SuggestResponse {
  query: string
  suggestions: Suggestion[]
}

export interface SearchParams {
  limit: number
  offset: number
  kind?: DocKind
}
