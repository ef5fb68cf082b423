/**
 * `npm run index -- --corpus <dir> --target d1 [--remote]`: a collection (a corpus folder, or a
 * bare folder of law files such as ../shared/corpus-sources/laws) parsed, linked and segmented
 * exactly as for the in-memory index, then loaded into D1. Files that do not parse are reported
 * and left out (a bulk collection has a few); the query vocabulary and dictionary come from the
 * project's corpus/ unless the folder has its own, because the worker's query side bundles them.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { formatError } from '../../corpus/errors.ts'
import { loadCorpus, type Collection } from '../../corpus/load.ts'
import { loadNodejieba } from '../../segment/nodejieba.ts'
import { assembleDocuments } from '../documents.ts'
import { loadIntoD1, type D1Target } from './load.ts'

export interface D1BuildOptions {
  corpus: string
  target: D1Target
  batchSize: number
  collection?: Collection
  /** Scratch space for batch files and the report. */
  workDir: string
}

export function buildD1(opts: D1BuildOptions): void {
  const started = performance.now()
  const step = (msg: string) => console.log(`index: ${msg} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  const dir = resolve(opts.corpus)
  const lawsDir = existsSync(join(dir, 'laws')) ? join(dir, 'laws') : dir
  const vocabularyDir = existsSync(join(dir, 'dictionary.txt')) ? dir : resolve('corpus')
  const collection = opts.collection ?? { name: basename(lawsDir) }

  const { corpus, errors } = loadCorpus(dir, { lawsDir, vocabularyDir, collection })
  const problems = errors.filter((e) => e.severity !== 'warning')
  step(`read ${corpus.laws.length} laws (${corpus.laws.reduce((n, l) => n + l.articles.length, 0)} articles), ${corpus.qa.length} Q&A; ${problems.length} problem(s) in files left out`)
  for (const e of problems.slice(0, 5)) console.log(`  ${formatError(e)}`)
  mkdirSync(opts.workDir, { recursive: true })
  writeFileSync(join(opts.workDir, 'report.json'), JSON.stringify({ problems }, null, 2))
  if (problems.length > 5) console.log(`  … ${problems.length - 5} more in ${join(opts.workDir, 'report.json')}`)
  if (corpus.laws.length + corpus.qa.length === 0) throw new Error(`nothing to load from ${opts.corpus}`)

  const segmenter = loadNodejieba(corpus.dictionaryPath)
  const { store } = assembleDocuments(corpus, segmenter)
  const passages = Object.keys(store.passages).length
  step(`linked ${passages} passages`)

  // The version names the content and the segmentation: same input, same batches, resumable.
  const hash = createHash('sha256')
  hash.update(readFileSync(corpus.dictionaryPath))
  for (const p of Object.values(store.passages)) hash.update(JSON.stringify(p))
  const version = hash.digest('hex')

  const report = loadIntoD1(store, segmenter, {
    target: opts.target,
    version,
    batchSize: opts.batchSize,
    workDir: opts.workDir,
    meta: {
      builtAt: new Date().toISOString(),
      documents: corpus.laws.length + corpus.qa.length,
      laws: corpus.laws.length,
      articles: Object.values(store.passages).filter((p) => p.kind === 'law').length,
      qa: corpus.qa.length,
      source: collection.name,
    },
    log: console.log,
  })
  step(`loaded ${report.passages} passages into D1 (${opts.target.remote ? 'remote' : 'local'}) in ${report.batches} batches${report.skipped ? `, ${report.skipped} already there` : ''}; version ${version.slice(0, 12)}`)
}
