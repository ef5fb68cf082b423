/**
 * Reads and validates the whole corpus: every law and Q&A file, the dictionary and the query
 * vocabulary. Collects every problem (not just the first) as file:line: message.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { emptyVocabulary, type Vocabulary } from '../../core/query/vocabulary.ts'
import type { Authority } from '../../core/types.ts'
import { parseLaw, type ParsedLaw } from '../laws/parse.ts'
import { loadVocabulary } from '../vocabulary/load.ts'
import { loadAsked, type AskedByLaw } from './asked.ts'
import type { BuildError } from './errors.ts'
import { parseQa, type ParsedQa } from './qa.ts'

export interface LoadedLaw extends ParsedLaw {
  file: string
  authority: Authority
}

/** The folder a law is filed under (corpus/laws/<folder>/…) says where it stands. */
const AUTHORITY_BY_FOLDER: Record<string, Authority> = {
  行政法规: 'regulation',
  部门规章: 'rule',
  司法解释: 'interpretation',
  地方性法规: 'local',
  DLC: 'local',
  案例: 'case',
}
export const authorityOf = (lawsDir: string, path: string): Authority =>
  AUTHORITY_BY_FOLDER[relative(lawsDir, path).split(/[\\/]/)[0]] ?? 'law'
export interface LoadedQa extends ParsedQa {
  file: string
}

export interface Corpus {
  laws: LoadedLaw[]
  qa: LoadedQa[]
  /** How citizens ask for each article (corpus/asked/), by law title and article label. */
  asked: AskedByLaw
  vocabulary: Vocabulary
  dictionaryPath: string
}

function markdownFiles(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir).sort()
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return markdownFiles(path)
    return name.endsWith('.md') && !/^(readme|provenance)\.md$/i.test(name) ? [path] : []
  })
}

/** Decodes UTF-8 strictly; a GBK (or otherwise non-UTF-8) file is an error at its first bad line. */
function readUtf8(path: string, file: string, errors: BuildError[]): string | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (e) {
    errors.push({ file, line: 1, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : `cannot read: ${(e as Error).message}` })
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes)
    const line = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD'))).split('\n').length
    errors.push({ file, line, message: 'not valid UTF-8 (is it GBK?): save the file as UTF-8' })
    return undefined
  }
}

/** `word [frequency] [tag]` per line; # comments. */
function checkDictionary(path: string, file: string, errors: BuildError[]) {
  const text = readUtf8(path, file, errors)
  if (text === undefined) return
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const parts = line.split(/\s+/)
    const ok = parts.length === 1 || (parts.length === 2 && /^[a-z]+$/i.test(parts[1])) || (parts.length === 3 && /^\d+$/.test(parts[1]) && /^[a-z]+$/i.test(parts[2]))
    if (!ok) errors.push({ file, line: i + 1, message: `expected "word", "word tag" or "word frequency tag", found "${line}"` })
  })
}

/**
 * Loads everything that can be loaded and returns it with every problem found, so that later
 * steps (citation linking) can report their problems in the same run.
 */
/**
 * A bulk collection of law files without front matter (e.g. the whole LawRefBook collection for
 * D1): every file's source is the collection's, with the file's own path and, given a base URL,
 * its own link.
 */
export interface Collection {
  name: string
  /** e.g. https://github.com/LawRefBook/Laws/blob/<commit>/ — the file's path is appended. */
  urlBase?: string
  commit?: string
}

export interface LoadOptions {
  root?: string
  /** Where laws are: `<corpusDir>/laws` by default. */
  lawsDir?: string
  /** Where the dictionary and query vocabulary are: corpusDir by default. */
  vocabularyDir?: string
  collection?: Collection
}

export function loadCorpus(corpusDir: string, opts: LoadOptions = {}): { corpus: Corpus; errors: BuildError[] } {
  const root = opts.root ?? process.cwd()
  const errors: BuildError[] = []
  const rel = (p: string) => relative(root, p)
  const laws: LoadedLaw[] = []
  const qa: LoadedQa[] = []

  const lawsDir = opts.lawsDir ?? join(corpusDir, 'laws')
  const collection = opts.collection
  for (const path of markdownFiles(lawsDir)) {
    const file = rel(path)
    const text = readUtf8(path, file, errors)
    if (text === undefined) continue
    const inCollection = relative(lawsDir, path).split(/[\\/]/).join('/')
    const source = collection && {
      name: collection.name,
      path: inCollection,
      ...(collection.commit ? { commit: collection.commit } : {}),
      url: collection.urlBase ? collection.urlBase + inCollection.split('/').map(encodeURIComponent).join('/') : '',
    }
    const r = parseLaw(text, file, source)
    errors.push(...r.errors)
    if (r.law) laws.push({ ...r.law, file, authority: authorityOf(lawsDir, path) })
  }
  const ids = new Map<string, string>()
  for (const path of markdownFiles(join(corpusDir, 'qa'))) {
    const file = rel(path)
    const text = readUtf8(path, file, errors)
    if (text === undefined) continue
    const r = parseQa(text, file)
    errors.push(...r.errors)
    if (!r.qa) continue
    const other = ids.get(r.qa.meta.id)
    if (other) errors.push({ file, line: 2, message: `duplicate id "${r.qa.meta.id}" (also in ${other})` })
    else ids.set(r.qa.meta.id, file)
    qa.push({ ...r.qa, file })
  }
  // The same law and version twice is a mistake, and the second copy is left out; parts of one law
  // filed separately (民法典 总则, 合同编 …: the same title and date, their own subtitles) are not.
  const titles = new Map<string, string>()
  for (let i = 0; i < laws.length; i++) {
    const law = laws[i]
    const key = `${law.title}@${law.versionDate}@${law.subtitle ?? ''}`
    const other = titles.get(key)
    if (other) {
      errors.push({ file: law.file, line: 1, message: `the same law and version is also in ${other}` })
      laws.splice(i--, 1)
    } else titles.set(key, law.file)
  }
  // The newest version of a title last, so that its articles are the ones asked files are checked against.
  const lawsByDate = [...laws].sort((a, b) => a.versionDate.localeCompare(b.versionDate))
  const { asked, errors: askedErrors } = loadAsked(
    join(corpusDir, 'asked'),
    lawsByDate.map((l) => ({ title: l.title, labels: new Set(l.articles.map((a) => a.label)), file: l.file })),
    root,
  )
  errors.push(...askedErrors)
  if (laws.length + qa.length === 0 && !errors.length)
    errors.push({ file: rel(corpusDir), line: 1, message: 'the corpus is empty: add laws under laws/ or Q&A articles under qa/' })

  const vocabularyDir = opts.vocabularyDir ?? corpusDir
  const dictionaryPath = join(vocabularyDir, 'dictionary.txt')
  checkDictionary(dictionaryPath, rel(dictionaryPath), errors)
  const vocab = loadVocabulary(vocabularyDir, root)
  errors.push(...vocab.errors)

  // Without the dictionary nothing can be segmented; stop here with what was found.
  if (!existsSync(dictionaryPath)) return { corpus: { laws: [], qa: [], asked: {}, vocabulary: emptyVocabulary(), dictionaryPath }, errors }
  const vocabulary = vocab.vocabulary ?? emptyVocabulary()
  return { corpus: { laws, qa, asked, vocabulary, dictionaryPath }, errors }
}
