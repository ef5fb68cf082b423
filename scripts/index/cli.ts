/**
 * `npm run index [-- --corpus <dir>] [--out <dir>]`: validates the corpus and builds the index.
 * On any error: every problem as file:line: message, exit 1, and the previous build untouched.
 * `--target d1 [--remote] [--batch N] [--source-name … --source-url … --source-commit …]` loads the
 * corpus (or a bare folder of law files) into the D1 database of wrangler.toml [env.d1] instead.
 */
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CorpusError, formatError, type BuildError } from '../corpus/errors.ts'
import { loadCorpus } from '../corpus/load.ts'
import { loadNodejieba } from '../segment/nodejieba.ts'
import { exportSegmenterData } from '../segment/export.ts'
import { normalizeText } from '../../core/text/normalize.ts'
import { acquireLock, LockedError, swapInto, tempDirFor } from './atomic.ts'
import { assembleDocuments } from './documents.ts'
import { markDuplicates } from './duplicates.ts'
import { buildPinyinData } from './pinyin.ts'
import { searchConfig } from '../../core/search/config.ts'
import { toPostingsData } from '../../core/search/postings.ts'
import { buildSearchIndex, writeBuild } from './write.ts'
import { buildD1 } from './d1/target.ts'

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`

/** Stops the build; main() reports the errors after the temporary directory and lock are cleaned up. */
function fail(errors: BuildError[]): never {
  throw new CorpusError(errors.filter((e) => e.severity !== 'warning'))
}

function main() {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'corpus' },
      out: { type: 'string', default: 'build' },
      target: { type: 'string', default: 'minisearch' },
      remote: { type: 'boolean', default: false },
      batch: { type: 'string', default: '4000' },
      'source-name': { type: 'string' },
      'source-url': { type: 'string' },
      'source-commit': { type: 'string' },
    },
  })
  if (values.target === 'd1') {
    const name = values['source-name']
    buildD1({
      corpus: values.corpus!,
      target: { database: 'DB', env: 'd1', remote: values.remote! },
      batchSize: Number(values.batch),
      ...(name ? { collection: { name, urlBase: values['source-url'], commit: values['source-commit'] } } : {}),
      workDir: resolve('.wrangler/sbk-d1-load'),
    })
    return
  }
  if (values.target !== 'minisearch') {
    console.error(`index: unknown --target ${values.target}; use minisearch (default) or d1`)
    process.exit(2)
  }
  const corpusDir = resolve(values.corpus!)
  const outDir = resolve(values.out!)
  const started = performance.now()
  const step = (msg: string) => console.log(`index: ${msg} (${((performance.now() - started) / 1000).toFixed(1)} s)`)

  let release: () => void
  try {
    release = acquireLock(outDir)
  } catch (e) {
    if (e instanceof LockedError) {
      console.error(`index: ${e.message}`)
      process.exit(2)
    }
    throw e
  }
  const tmp = tempDirFor(outDir)
  try {
    const { corpus, errors } = loadCorpus(corpusDir)
    if (corpus.laws.length + corpus.qa.length === 0) fail(errors)
    step(`read ${corpus.laws.length} laws (${corpus.laws.reduce((n, l) => n + l.articles.length, 0)} articles) and ${corpus.qa.length} Q&A articles`)

    const segmenter = loadNodejieba(corpus.dictionaryPath)
    const { store, errors: linkErrors } = assembleDocuments(corpus, segmenter)
    const all = [...errors, ...linkErrors]
    if (all.some((e) => e.severity !== 'warning')) fail(all)
    const warnings = all.filter((e) => e.severity === 'warning')
    const passages = Object.values(store.passages)
    step(`linked citations: ${passages.reduce((n, p) => n + p.citations.length, 0)} links, ${warnings.length} warning(s)`)

    const duplicates = markDuplicates(store, searchConfig.duplicateSimilarity)
    step(`found ${duplicates} near-duplicate passage(s)`)
    const { index, documentFrequency } = buildSearchIndex(store, segmenter)
    step(`indexed ${passages.length} passages, ${index.termCount} terms`)

    // Corpus text (exact agreement there) plus the query vocabulary (question words, synonyms).
    const v = corpus.vocabulary
    const texts = [
      ...passages.flatMap((p) => [p.title, p.heading ?? '', p.summary ?? '', ...(p.asked ?? []), p.text]),
      ...v.stopwords,
      ...v.equivalents.flat(),
      ...Object.entries(v.colloquial).flat(),
    ].map(normalizeText)
    const segmenterData = exportSegmenterData({ userDictPath: corpus.dictionaryPath, texts })
    step('exported the edge segmenter')
    const pinyinData = buildPinyinData(documentFrequency, Object.values(segmenterData.dict))
    step(`pinyin keys for ${Object.keys(pinyinData.words).length} words`)

    rmSync(tmp, { recursive: true, force: true })
    const laws = corpus.laws.length
    const articles = passages.filter((p) => p.kind === 'law').length
    const manifest = writeBuild(
      tmp,
      {
        'search-index.json': JSON.stringify(toPostingsData(index.toJSON())),
        'documents.json': JSON.stringify(store),
        'segmenter.json': JSON.stringify(segmenterData),
        'vocabulary.json': JSON.stringify(corpus.vocabulary),
        'pinyin.json': JSON.stringify(pinyinData),
      },
      { documents: laws + corpus.qa.length, passages: passages.length, laws, articles, qa: corpus.qa.length },
      warnings,
    )
    swapInto(tmp, outDir)

    for (const w of warnings.slice(0, 5)) console.log(`  ${formatError(w)}`)
    if (warnings.length > 5) console.log(`  … ${warnings.length - 5} more warning(s) in ${values.out}/report.json`)
    const total = Object.values(manifest.files).reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzip: a.gzip + f.gzipBytes }), { bytes: 0, gzip: 0 })
    console.log(`
sbk-answer index ${manifest.version.slice(0, 12)}  →  ${values.out}/
  laws        ${laws}   (${articles} articles)
  Q&A         ${corpus.qa.length}   (${passages.length - articles} passages)
  documents   ${manifest.documents}   passages ${manifest.passages}
  files       ${Object.entries(manifest.files).map(([n, f]) => `${n} ${kb(f.bytes)} (${kb(f.gzipBytes)} gz)`).join(', ')}
  total       ${kb(total.bytes)} raw, ${kb(total.gzip)} gzip
  warnings    ${warnings.length}
  time        ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e
    for (const err of e.errors) console.error(formatError(err))
    console.error(`\nindex: ${e.errors.length} error(s); ${values.out}/ was left as it was.`)
    process.exitCode = 1
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true })
    release()
  }
}

main()
