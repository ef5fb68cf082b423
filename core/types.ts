/**
 * The shapes that cross from the build (scripts/, Node) to the edge (worker/, workerd).
 * Declared once here; both sides import them so they cannot drift.
 */

export type DocKind = 'qa' | 'law'

/**
 * One searchable, answerable unit: a law article, or one passage of a Q&A article.
 * Ids: `law/<law-slug>#<article number>` (e.g. `law/shehui-baoxian-fa#58`) and
 * `qa/<article-id>#<passage number from 1>`.
 */
export interface Passage {
  id: string
  kind: DocKind
  /** The document the passage belongs to: `law/<slug>` or `qa/<id>`. */
  docId: string
  /** Q&A: the article's question; law: `<full law title> 第N条` (e.g. 中华人民共和国社会保险法 第五十八条). */
  title: string
  /** Q&A: the passage's own heading, if any; law: chapter / section path (第二章 基本养老保险 / 第一节 …). */
  heading?: string
  /** The whole passage as plain text, paragraphs separated by `\n`. */
  text: string
  /** Q&A only: the article's summary (摘要). */
  summary?: string
  /**
   * Law only: how citizens ask for what the article answers (corpus/asked/), indexed so that their
   * wording meets the law's; never shown.
   */
  asked?: string[]
  /** Where a reader can see the source. */
  url: string
  /** Law only: the law's full title and the article label (第五十八条) and number (58). */
  law?: string
  article?: string
  articleNumber?: number
  /** Passage ids of the law articles this passage cites (resolved at build time). */
  citations: string[]
  /** Law only: where the law stands in the hierarchy of legal authority (from its corpus folder). */
  authority?: Authority
  /**
   * Set when this passage nearly repeats an earlier one (found at build time): the id of that
   * passage. Search shows only the best-ranked passage of such a group.
   */
  duplicateOf?: string
}

/**
 * Rank of a legal text, from the folder it is filed under in corpus/laws/: national laws (法律),
 * administrative regulations (行政法规), departmental rules (部门规章), judicial interpretations,
 * local regulations (地方性法规) and cases.
 */
export type Authority = 'law' | 'regulation' | 'rule' | 'interpretation' | 'local' | 'case'

export interface LawDoc {
  kind: 'law'
  id: string
  /** Full title as in the source, e.g. 中华人民共和国社会保险法. */
  title: string
  /** Version date from the file name, YYYY-MM-DD. */
  versionDate: string
  authority: Authority
  url: string
  /** Passage ids of its articles, in order. */
  articles: string[]
}

export interface QaDoc {
  kind: 'qa'
  id: string
  title: string
  summary?: string
  url: string
  sourceName: string
  updated: string
  region?: string
  tags: string[]
  /** Passage ids of the law articles the article cites. */
  citations: string[]
  /** Passage ids of its passages, in order. */
  passages: string[]
  /** Doc ids of related Q&A articles. */
  related: string[]
}

export type Doc = LawDoc | QaDoc

/** build/documents.json: everything the worker returns, keyed by id. */
export interface DocumentStore {
  passages: Record<string, Passage>
  docs: Record<string, Doc>
}

/** build/manifest.json */
export interface Manifest {
  /** Content hash of the index (hex). */
  version: string
  builtAt: string
  /** Corpus documents: laws + Q&A articles. */
  documents: number
  /** Indexed passages (law articles + Q&A passages). */
  passages: number
  laws: number
  articles: number
  qa: number
  files: Record<string, { bytes: number; gzipBytes: number }>
}
