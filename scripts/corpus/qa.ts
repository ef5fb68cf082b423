/**
 * A Q&A article file → validated front matter and passages. `## ` headings split the answer into
 * passages; text before the first heading is the first passage. Markdown syntax is reduced to
 * plain text (the API returns text; the widget renders it as text).
 */
import type { BuildError } from './errors.ts'
import { parseFrontMatter } from './front-matter.ts'
import { qaFrontMatter, type QaFrontMatter } from './schema.ts'

export interface QaPassage {
  heading?: string
  text: string
  /** Line (1-based) where the passage starts. */
  line: number
}

export interface ParsedQa {
  meta: QaFrontMatter
  passages: QaPassage[]
  /** Line of each front-matter citation, for error locations. */
  citationLines: number[]
}

/** Markdown inline syntax → plain text: links keep their text, emphasis and code marks go. */
// A link target may itself hold one level of parentheses: [x](javascript:alert(1)).
const LINK_TARGET = String.raw`\((?:[^()\s]|\([^()]*\))*\)`
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]` + LINK_TARGET, 'g')
const LINK = new RegExp(String.raw`\[([^\]]*)\]` + LINK_TARGET, 'g')

export const plainText = (md: string) =>
  md
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]+?)\1/g, '$2')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, (m) => (/\d/.test(m) ? m.trim() + ' ' : ''))
    .replace(/^>\s?/, '')
    .trim()

export function parseQa(source: string, file: string): { qa?: ParsedQa; errors: BuildError[] } {
  const { data, split, errors } = parseFrontMatter(source, file, qaFrontMatter)
  if (!data) return { errors }
  const passages: QaPassage[] = []
  let current: QaPassage | undefined
  let paragraphs: string[] = []
  const flush = () => {
    if (current) {
      current.text = paragraphs.join('\n')
      if (current.text) passages.push(current)
      else errors.push({ file, line: current.line, message: `the section "${current.heading}" has no text` })
    }
    paragraphs = []
  }
  split.body.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    const lineNo = split.bodyLine + i
    const heading = /^#{1,6}\s+(.+)$/.exec(line)
    if (heading) {
      flush()
      current = { heading: plainText(heading[1]), text: '', line: lineNo }
      return
    }
    if (!line) return
    current ??= { text: '', line: lineNo }
    paragraphs.push(plainText(line))
  })
  flush()
  if (passages.length === 0) errors.push({ file, line: split.bodyLine, message: 'the answer is empty: write the answer below the front matter' })
  const base = basenameWithoutExt(file)
  if (data.id !== base) errors.push({ file, line: split.yamlLine, message: `id "${data.id}" must match the file name "${base}.md"` })
  const citationLines = data.citations.map((_, i) => lineOf(split.yaml ?? '', 'citations', i, split.yamlLine))
  // The article is returned with its errors so later checks (duplicate ids, citations) still run.
  return { qa: { meta: data, passages, citationLines }, errors }
}

const basenameWithoutExt = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.md$/, '')

/** Line of the i-th item of a top-level YAML list `key:` (simple block style), else the key's line. */
function lineOf(yaml: string, key: string, index: number, firstLine: number): number {
  const lines = yaml.split('\n')
  const at = lines.findIndex((l) => l.startsWith(`${key}:`))
  if (at < 0) return firstLine
  let seen = -1
  for (let i = at + 1; i < lines.length && /^\s/.test(lines[i]); i++) {
    if (/^\s*-\s/.test(lines[i]) && ++seen === index) return firstLine + i
  }
  return firstLine + at
}
