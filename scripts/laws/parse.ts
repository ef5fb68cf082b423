/**
 * Law Markdown (the LawRefBook format) → article-level records. Format: front matter (source),
 * `# 标题`, optional `# 副标题`, dated history lines, `<!-- INFO END -->`, then `## 章` / `### 节`
 * headings and paragraphs beginning `第N条 `; an article runs over every paragraph until the next
 * article or heading. `<!-- FORCE BREAK -->` only separates paragraphs.
 */
import { basename } from 'node:path'
import { chineseToNumber, numberToChinese } from '../../core/text/numerals.ts'
import type { BuildError } from '../corpus/errors.ts'
import { parseFrontMatter, splitFrontMatter } from '../corpus/front-matter.ts'
import { lawFrontMatter, type LawFrontMatter } from '../corpus/schema.ts'

export interface ParsedArticle {
  /** Article number; 第五十八条 → 58. */
  number: number
  /** 第N条之M → M; absent for plain articles. */
  sub?: number
  /** The label as it should be displayed: 第五十八条 (or 第五十八条之一). */
  label: string
  /** Every paragraph, word for word; the first without its leading label. */
  paragraphs: string[]
  chapter?: string
  section?: string
  /** Line (1-based, in the file) where the article starts. */
  line: number
}

export interface ParsedLaw {
  title: string
  subtitle?: string
  /** From the file name: `社会保险法(2018-12-29).md` → 2018-12-29. */
  versionDate: string
  history: string[]
  articles: ParsedArticle[]
  source: LawFrontMatter['source']
}

const NUM = '[零〇一二两三四五六七八九十百千]+'
const ARTICLE_START = new RegExp(`^第(${NUM})条(?:之(${NUM}))?(?:[\\s\\u3000]+|$)`)
const HEADING = /^(#{2,6})\s+(.*)$/
const FORCE_BREAK = /^<!--\s*FORCE BREAK\s*-->$/
const INFO_END = /^<!--\s*INFO END\s*-->$/

/** Folds the full-width and repeated spaces that headings use (第一章　总则, 第一章  总 则). */
const cleanHeading = (s: string) => s.replace(/[\s\u3000]+/g, ' ').trim()

/**
 * `collectionSource`: for a bulk collection whose files carry no front matter (the scale corpus
 * loaded into D1), the source every such file gets; files with front matter keep their own.
 */
export function parseLaw(source: string, file: string, collectionSource?: LawFrontMatter['source']): { law?: ParsedLaw; errors: BuildError[] } {
  const bare = collectionSource !== undefined && splitFrontMatter(source).yaml === undefined
  const { data, split, errors } = bare ? { data: { source: collectionSource }, split: splitFrontMatter(source), errors: [] as BuildError[] } : parseFrontMatter(source, file, lawFrontMatter)
  if (!data) return { errors }
  const dateMatch = /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(basename(file))
  if (!dateMatch && !bare) errors.push({ file, line: 1, message: 'the file name must end with the version date: <name>(YYYY-MM-DD).md' })

  const lines = split.body.split(/\r?\n/)
  let title: string | undefined
  let subtitle: string | undefined
  const history: string[] = []
  const articles: ParsedArticle[] = []
  let inInfo = true
  let chapter: string | undefined
  let section: string | undefined
  let current: ParsedArticle | undefined
  const seen = new Map<string, number>()

  lines.forEach((raw, i) => {
    const line = raw.trim()
    const lineNo = split.bodyLine + i
    if (!line || FORCE_BREAK.test(line)) return
    if (inInfo) {
      if (INFO_END.test(line)) inInfo = false
      else if (line.startsWith('# ')) {
        if (title === undefined) title = line.slice(2).trim()
        else subtitle = line.slice(2).trim()
      } else history.push(line)
      return
    }
    const heading = HEADING.exec(line)
    if (heading) {
      current = undefined
      const text = cleanHeading(heading[2])
      if (heading[1].length === 2) {
        chapter = text
        section = undefined
      } else section = text
      return
    }
    const start = ARTICLE_START.exec(line)
    if (start) {
      const number = chineseToNumber(start[1])
      const sub = start[2] ? chineseToNumber(start[2]) : undefined
      if (number === undefined || number < 1) {
        errors.push({ file, line: lineNo, message: `cannot read the article number in "${line.slice(0, 20)}"` })
        return
      }
      const label = `第${numberToChinese(number)}条${sub ? `之${numberToChinese(sub)}` : ''}`
      const key = `${number}-${sub ?? 0}`
      if (seen.has(key)) {
        errors.push({ file, line: lineNo, message: `${label} appears twice (first at line ${seen.get(key)})`, severity: 'warning' })
        current = undefined
        return
      }
      seen.set(key, lineNo)
      const first = line.slice(start[0].length).trim()
      current = { number, ...(sub ? { sub } : {}), label, paragraphs: first ? [first] : [], ...(chapter ? { chapter } : {}), ...(section ? { section } : {}), line: lineNo }
      articles.push(current)
      return
    }
    // A paragraph outside any article (a preamble) belongs to no article.
    if (current) current.paragraphs.push(line)
  })

  if (title === undefined) errors.push({ file, line: split.bodyLine, message: 'missing the law title: a line "# 标题"' })
  if (inInfo) errors.push({ file, line: split.bodyLine, message: 'missing the <!-- INFO END --> line after the title and history' })
  else if (articles.length === 0) errors.push({ file, line: split.bodyLine, message: 'no articles found: paragraphs must begin with 第N条' })
  for (const a of articles) if (a.paragraphs.length === 0) errors.push({ file, line: a.line, message: `${a.label} has no text` })
  // A collection file without a date in its name: the latest date in its history lines.
  const versionDate = dateMatch?.[1] ?? (bare ? latestHistoryDate(history) : undefined)
  if (errors.some((e) => e.severity !== 'warning') || title === undefined || !versionDate) return { errors }
  return { law: { title, ...(subtitle ? { subtitle } : {}), versionDate, history, articles, source: data.source }, errors }
}

/** `2018年12月29日 …修正` → the latest such date as YYYY-MM-DD; 0000-00-00 when there is none. */
function latestHistoryDate(history: string[]): string {
  const dates = history.flatMap((h) => [...h.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`))
  return dates.sort().at(-1) ?? '0000-00-00'
}
