/** Loads the built index from build/ into the same SearchService the worker uses (Node side). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SearchService } from '../../core/search/service.ts'
import { searchConfig, type SearchConfig } from '../../core/search/config.ts'

/** The build files the worker bundles as text, by name. */
export const SERVICE_FILES = ['search-index.json', 'documents.json', 'segmenter.json', 'vocabulary.json', 'pinyin.json', 'manifest.json'] as const
export type BuildTexts = Record<(typeof SERVICE_FILES)[number], string>

export const readBuildTexts = (buildDir = 'build'): BuildTexts =>
  Object.fromEntries(SERVICE_FILES.map((f) => [f, readFileSync(join(buildDir, f), 'utf8')])) as BuildTexts

/** What the worker does with its text modules on the first request: parse them and create the service. */
export function serviceFromTexts(t: BuildTexts, config: SearchConfig = searchConfig): SearchService {
  return SearchService.create(
    {
      index: t['search-index.json'],
      documents: JSON.parse(t['documents.json']),
      segmenter: JSON.parse(t['segmenter.json']),
      vocabulary: JSON.parse(t['vocabulary.json']),
      // As the worker: the pinyin table is parsed when a question first needs it.
      pinyin: () => JSON.parse(t['pinyin.json']),
      manifest: JSON.parse(t['manifest.json']),
    },
    config,
  )
}

export const loadService = (buildDir = 'build', config: SearchConfig = searchConfig): SearchService => serviceFromTexts(readBuildTexts(buildDir), config)
