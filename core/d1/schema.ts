/**
 * The D1 (SQLite) database behind the `d1` backend, declared once for the loader (scripts/) and
 * the worker. Passages are stored as JSON beside an FTS5 table of their pre-segmented terms: the
 * build segments with nodejieba exactly as for the in-memory index, so FTS5 only splits on the
 * spaces between terms (unicode61), and the query side searches the same terms.
 */
import { INDEX_FIELDS } from '../search/options.ts'

/**
 * Bumped when the loaded rows change (passages, docs, FTS); a load into a database of another
 * version starts over. Tables derived from them at the end of a load (D1_DERIVE) are rebuilt by
 * every load, a resumed or already complete one too, so adding one needs no reload.
 */
export const D1_SCHEMA_VERSION = 2 // 2: the FTS table gained the `asked` column (how citizens ask for an article)

export const FTS_COLUMNS = INDEX_FIELDS

export const D1_SCHEMA: string[] = [
  `CREATE TABLE IF NOT EXISTS passages (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS passages_doc ON passages (doc_id, rowid)`,
  `CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, authority TEXT, json TEXT NOT NULL)`,
  // rowid = passages.rowid. Terms are separated by spaces; unicode61 keeps each Chinese term whole.
  `CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(${FTS_COLUMNS.join(', ')}, tokenize = 'unicode61 remove_diacritics 0')`,
  // Document frequency of each term, read from the FTS index itself (walks a term's whole doclist).
  `CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'row')`,
  // The same, stored once per load (D1_DERIVE): a query looks up its terms' frequencies by key
  // instead of walking the doclists of common terms through fts5vocab.
  `CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID`,
  // Which batches of a load are in (resumability) and what was loaded (manifest).
  `CREATE TABLE IF NOT EXISTS load_state (batch INTEGER PRIMARY KEY, version TEXT NOT NULL, passages INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
]

/** Derived tables, rebuilt at the end of every load (after the FTS index is complete and merged). */
export const D1_DERIVE: string[] = ['DELETE FROM term_df', 'INSERT INTO term_df (term, df) SELECT term, doc FROM passages_vocab']

export const D1_DROP: string[] = ['DROP TABLE IF EXISTS term_df', 'DROP TABLE IF EXISTS passages_vocab', 'DROP TABLE IF EXISTS passages_fts', 'DROP TABLE IF EXISTS passages', 'DROP TABLE IF EXISTS docs', 'DROP TABLE IF EXISTS load_state', 'DROP TABLE IF EXISTS meta']

/** A law document as stored: without its (possibly thousand-long) article list, which is a query away. */
export interface StoredLawDoc {
  kind: 'law'
  id: string
  title: string
  versionDate: string
  authority: string
  url: string
}
