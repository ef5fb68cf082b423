/**
 * The build output, bundled into the worker as text modules and turned into a SearchService once
 * per isolate (on the first request that needs it), never per request.
 */
import indexText from '../build/search-index.json'
import documentsText from '../build/documents.json'
import segmenterText from '../build/segmenter.json'
import vocabularyText from '../build/vocabulary.json'
import pinyinText from '../build/pinyin.json'
import manifestText from '../build/manifest.json'
import { SearchService } from '../core/search/service.ts'
import type { Manifest } from '../core/types.ts'

export const manifest: Manifest = JSON.parse(manifestText)

let service: SearchService | undefined

export function getService(): SearchService {
  service ??= SearchService.create({
    index: indexText,
    documents: JSON.parse(documentsText),
    segmenter: JSON.parse(segmenterText),
    vocabulary: JSON.parse(vocabularyText),
    pinyin: JSON.parse(pinyinText),
    manifest,
  })
  return service
}
