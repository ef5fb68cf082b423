/** Loads the built index from build/ into the same SearchService the worker uses (Node side). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SearchService } from '../../core/search/service.ts'
import { searchConfig, type SearchConfig } from '../../core/search/config.ts'

export function loadService(buildDir = 'build', config: SearchConfig = searchConfig): SearchService {
  const read = (f: string) => readFileSync(join(buildDir, f), 'utf8')
  return SearchService.create(
    {
      index: read('search-index.json'),
      documents: JSON.parse(read('documents.json')),
      segmenter: JSON.parse(read('segmenter.json')),
      vocabulary: JSON.parse(read('vocabulary.json')),
      pinyin: JSON.parse(read('pinyin.json')),
      manifest: JSON.parse(read('manifest.json')),
    },
    config,
  )
}
