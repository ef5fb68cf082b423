/**
 * The build output, bundled into the worker as text modules and turned into a SearchService once
 * per isolate (on the first request that needs it), never per request. The d1 backend uses only
 * the query side of it.
 */
import indexText from '../build/search-index.json'
import documentsText from '../build/documents.json'
import segmenterText from '../build/segmenter.json'
import vocabularyText from '../build/vocabulary.json'
import pinyinText from '../build/pinyin.json'
import manifestText from '../build/manifest.json'
import { pinyinGetter } from '../core/query/pinyin.ts'
import type { QueryBundle } from '../core/search/d1-service.ts'
import { SearchService } from '../core/search/service.ts'
import type { Manifest } from '../core/types.ts'

export const manifest: Manifest = JSON.parse(manifestText)

let query: QueryBundle | undefined
let service: SearchService | undefined

/**
 * The pinyin table, parsed when a question first needs it (see PinyinSource), once per isolate: the
 * d1 backend builds an analyzer per request, and they all share this getter.
 */
const pinyinTable = pinyinGetter(() => JSON.parse(pinyinText))

/** The query side (segmenter, vocabulary, pinyin): what every backend analyzes questions with. */
export function getQueryBundle(): QueryBundle {
  query ??= { segmenter: JSON.parse(segmenterText), vocabulary: JSON.parse(vocabularyText), pinyin: pinyinTable }
  return query
}

/** The in-memory index (the minisearch backend). */
export function getService(): SearchService {
  service ??= SearchService.create({ index: indexText, documents: JSON.parse(documentsText), ...getQueryBundle(), manifest })
  return service
}
