/** Builds the MiniSearch index and writes every build file into a directory. */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import { TEXT_FIELDS, indexedRecord, miniSearchOptions, type IndexedPassage } from '../../core/search/options.ts'
import type { Segmenter } from '../../core/segment/types.ts'
import { textTerms } from '../../core/text/terms.ts'
import type { DocumentStore, Manifest } from '../../core/types.ts'
import type { BuildError } from '../corpus/errors.ts'

/**
 * The index, and how many passages hold each word in their own texts (for typo and pinyin lookup):
 * the questions of how citizens ask (the `asked` field) are left out, so that their colloquial
 * mis-cuts (要交, 能领) are not taken for words of the corpus (core/search/options.ts, TEXT_FIELDS).
 */
export function buildSearchIndex(store: DocumentStore, segmenter: Segmenter): { index: MiniSearch<IndexedPassage>; documentFrequency: Map<string, number> } {
  // Segmenting is the expensive part: remember each text's terms for the frequency count below.
  const cache = new Map<string, string[]>()
  const tokenize = (text: string) => {
    let terms = cache.get(text)
    if (!terms) cache.set(text, (terms = textTerms(text, segmenter)))
    return terms
  }
  const index = new MiniSearch<IndexedPassage>(miniSearchOptions(tokenize))
  const records = Object.values(store.passages).map(indexedRecord)
  index.addAll(records)
  const documentFrequency = new Map<string, number>()
  for (const r of records) {
    const terms = new Set(TEXT_FIELDS.flatMap((f) => (r[f] ? tokenize(r[f]) : [])))
    for (const t of terms) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1)
  }
  return { index, documentFrequency }
}

export interface BuildFiles {
  'search-index.json': string
  'documents.json': string
  'segmenter.json': string
  'vocabulary.json': string
  'pinyin.json': string
}

/** Writes the files and the manifest (version = hash of everything the worker serves). */
export function writeBuild(dir: string, files: BuildFiles, counts: Omit<Manifest, 'version' | 'builtAt' | 'files'>, warnings: BuildError[]): Manifest {
  mkdirSync(dir, { recursive: true })
  const hash = createHash('sha256')
  const sizes: Manifest['files'] = {}
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content)
    hash.update(name).update(content)
    sizes[name] = { bytes: Buffer.byteLength(content), gzipBytes: gzipSync(content, { level: 9 }).length }
  }
  const manifest: Manifest = { version: hash.digest('hex'), builtAt: new Date().toISOString(), ...counts, files: sizes }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ warnings }, null, 2) + '\n')
  return manifest
}

