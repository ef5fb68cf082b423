/**
 * The DocumentStore → SQL for the D1 backend, in batches of whole documents. Each batch first
 * deletes its own rows, so running it twice (a resumed load) gives the same database; its last
 * statement records it in load_state. Passages keep the rowid of their position in the store, so
 * the same corpus always produces the same batches.
 */
import { D1_DERIVE, FTS_COLUMNS, type StoredLawDoc } from '../../../core/d1/schema.ts'
import { indexedRecord } from '../../../core/search/options.ts'
import type { Segmenter } from '../../../core/segment/types.ts'
import { textTerms } from '../../../core/text/terms.ts'
import type { Doc, DocumentStore, Passage } from '../../../core/types.ts'

export interface SqlBatch {
  /** 1-based. */
  batch: number
  passages: number
  statements: string[]
}

/** A SQLite string literal. */
export const literal = (s: string) => `'${s.replaceAll("'", "''")}'`
const nullable = (s: string | undefined) => (s === undefined ? 'NULL' : literal(s))

/** The meta table's rows: what was loaded (version, counts), read by /api/health. */
export const metaStatements = (meta: Record<string, string | number>): string[] =>
  Object.entries(meta).map(([k, v]) => `INSERT OR REPLACE INTO meta (key, value) VALUES (${literal(k)}, ${literal(String(v))})`)

/**
 * The end of a load, once every batch is in: what was loaded, the FTS b-trees merged (fewer
 * segments, faster queries), and the derived tables rebuilt from the complete index.
 */
export const finishStatements = (meta: Record<string, string | number>): string[] => [
  ...metaStatements(meta),
  "INSERT INTO passages_fts (passages_fts) VALUES ('optimize')",
  ...D1_DERIVE,
]

/** What a document row stores: a law without its article list (that is a query on passages). */
function storedDoc(doc: Doc): Doc | StoredLawDoc {
  if (doc.kind !== 'law') return doc
  const { articles: _, ...rest } = doc
  return rest
}

/** Groups the store's documents into batches of about `size` passages and writes their SQL. */
export function* sqlBatches(store: DocumentStore, segmenter: Segmenter, version: string, size: number): Generator<SqlBatch> {
  // Law article id → Q&A documents that cite it (related questions under a law answer).
  const citedBy = new Map<string, string[]>()
  for (const doc of Object.values(store.docs))
    if (doc.kind === 'qa') for (const c of doc.citations) citedBy.set(c, [...(citedBy.get(c) ?? []), doc.id])

  let rowid = 0
  let batch: SqlBatch | undefined
  let first = 1
  const finish = (b: SqlBatch): SqlBatch => {
    b.statements.unshift(`DELETE FROM passages_fts WHERE rowid BETWEEN ${first} AND ${rowid}`, `DELETE FROM passages WHERE rowid BETWEEN ${first} AND ${rowid}`)
    b.statements.push(`INSERT OR REPLACE INTO load_state (batch, version, passages) VALUES (${b.batch}, ${literal(version)}, ${b.passages})`)
    return b
  }
  for (const doc of Object.values(store.docs)) {
    const ids = doc.kind === 'law' ? doc.articles : doc.passages
    batch ??= { batch: 1, passages: 0, statements: [] }
    batch.statements.push(
      `INSERT OR REPLACE INTO docs (id, kind, title, authority, json) VALUES (${literal(doc.id)}, ${literal(doc.kind)}, ${literal(doc.title)}, ${nullable(doc.kind === 'law' ? doc.authority : undefined)}, ${literal(JSON.stringify(storedDoc(doc)))})`,
    )
    for (const id of ids) {
      const p: Passage & { citedBy?: string[] } = { ...store.passages[id], ...(citedBy.has(id) ? { citedBy: citedBy.get(id) } : {}) }
      rowid++
      batch.passages++
      const record = indexedRecord(p)
      const terms = FTS_COLUMNS.map((f) => literal(record[f] ? textTerms(record[f]!, segmenter).join(' ') : ''))
      batch.statements.push(
        `INSERT INTO passages (rowid, id, doc_id, kind, json) VALUES (${rowid}, ${literal(p.id)}, ${literal(p.docId)}, ${literal(p.kind)}, ${literal(JSON.stringify(p))})`,
        `INSERT INTO passages_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (${rowid}, ${terms.join(', ')})`,
      )
    }
    if (batch.passages >= size) {
      yield finish(batch)
      batch = { batch: batch.batch + 1, passages: 0, statements: [] }
      first = rowid + 1
    }
  }
  if (batch && batch.passages > 0) yield finish(batch)
}
