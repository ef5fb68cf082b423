/**
 * vitest globalSetup of the worker-d1 project (Node side): a small corpus — three laws and one Q&A
 * article from corpus/ — parsed, segmented with nodejieba and turned into the D1 loader's SQL,
 * exactly as `npm run index -- --target d1` does, and handed to the tests inside workerd, which
 * load it into their D1 database (the loader's finish step included: meta, optimize, derived tables).
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { D1_SCHEMA } from '../../core/d1/schema.ts'
import { loadCorpus } from '../../scripts/corpus/load.ts'
import { assembleDocuments } from '../../scripts/index/documents.ts'
import { finishStatements, sqlBatches } from '../../scripts/index/d1/sql.ts'
import { loadNodejieba } from '../../scripts/segment/nodejieba.ts'

const ROOT = resolve(import.meta.dirname, '../..')
export const FIXTURE_LAWS = ['行政法规/工伤保险条例(2010-12-20).md', '社会法/社会保险法(2018-12-29).md', '行政法规/失业保险条例(1999-01-22).md']
export const FIXTURE_QA = ['shebaoka-wufa-shiyong.md']

declare module 'vitest' {
  export interface ProvidedContext {
    d1Statements: string[]
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sbk-d1-fixture-'))
  try {
    for (const f of FIXTURE_LAWS) {
      mkdirSync(join(dir, 'laws', f, '..'), { recursive: true })
      cpSync(join(ROOT, 'corpus/laws', f), join(dir, 'laws', f))
    }
    mkdirSync(join(dir, 'qa'))
    for (const f of FIXTURE_QA) cpSync(join(ROOT, 'corpus/qa', f), join(dir, 'qa', f))
    const { corpus, errors } = loadCorpus(dir, { vocabularyDir: join(ROOT, 'corpus') })
    const problems = errors.filter((e) => e.severity !== 'warning')
    if (problems.length) throw new Error(`fixture corpus: ${JSON.stringify(problems)}`)
    const segmenter = loadNodejieba(corpus.dictionaryPath)
    const { store } = assembleDocuments(corpus, segmenter)
    const statements = [...D1_SCHEMA]
    for (const batch of sqlBatches(store, segmenter, 'fixture', 500)) statements.push(...batch.statements)
    const articles = Object.values(store.passages).filter((p) => p.kind === 'law').length
    const meta = { version: 'fixture', builtAt: '2026-01-01T00:00:00.000Z', documents: corpus.laws.length + corpus.qa.length, passages: Object.keys(store.passages).length, laws: corpus.laws.length, articles, qa: corpus.qa.length }
    statements.push(...finishStatements(meta))
    project.provide('d1Statements', statements)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
