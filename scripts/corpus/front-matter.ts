/**
 * Splits `---` YAML front matter from a Markdown file and validates it with a zod schema,
 * reporting every problem with the line of the offending key (1-based, in the whole file).
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import type { z } from 'zod'
import type { BuildError } from './errors.ts'

export interface Split {
  /** The YAML text between the fences, or undefined when the file has none. */
  yaml?: string
  /** Line number (1-based) of the first YAML line. */
  yamlLine: number
  body: string
  /** Line number (1-based) of the first body line. */
  bodyLine: number
  /** Set when the front matter is opened but never closed. */
  unterminated?: boolean
}

export function splitFrontMatter(source: string): Split {
  const text = source.replace(/^\uFEFF/, '')
  const lines = text.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return { yamlLine: 1, body: text, bodyLine: 1 }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---')
  if (end < 0) return { yamlLine: 2, body: '', bodyLine: lines.length, unterminated: true }
  return { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 }
}

/** Line (1-based, within the YAML) of the node at a zod issue path, falling back to its parent. */
function lineOfPath(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]): number {
  let node: unknown = doc.contents
  let line = 1
  const at = (n: unknown) => {
    const r = (n as Node | undefined)?.range
    if (r) line = counter.linePos(r[0]).line
  }
  at(node)
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
      if (!pair) break
      at(pair.key)
      node = pair.value
      if (node && !(isMap(node) || isSeq(node))) at(node)
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key]
      at(node)
    } else break
  }
  return line
}

/** Parses and validates front matter; errors carry absolute line numbers in `file`. */
export function parseFrontMatter<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
): { data?: z.infer<S>; split: Split; errors: BuildError[] } {
  const split = splitFrontMatter(source)
  const errors: BuildError[] = []
  const abs = (line: number) => split.yamlLine + line - 1
  if (split.unterminated) return { split, errors: [{ file, line: 1, message: 'front matter is opened with --- but never closed' }] }
  if (split.yaml === undefined) return { split, errors: [{ file, line: 1, message: 'missing front matter: the file must start with a --- YAML block' }] }
  const counter = new LineCounter()
  const doc = parseDocument(split.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  for (const e of doc.errors) errors.push({ file, line: abs(counter.linePos(e.pos[0]).line), message: `invalid YAML: ${e.message.split('\n')[0]}` })
  if (errors.length) return { split, errors }
  const value = doc.toJS() ?? {}
  if (typeof value !== 'object' || Array.isArray(value)) return { split, errors: [{ file, line: abs(1), message: 'front matter must be a YAML mapping (key: value)' }] }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : []
      if (keys.length) {
        for (const k of keys) errors.push({ file, line: abs(lineOfPath(doc, counter, [...issue.path, k])), message: `unknown field "${[...issue.path, k].join('.')}"` })
        continue
      }
      const name = issue.path.join('.') || '(front matter)'
      const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined
      errors.push({ file, line: abs(lineOfPath(doc, counter, issue.path)), message: missing ? `missing required field "${name}"` : `${name}: ${issue.message}` })
    }
    return { split, errors }
  }
  return { data: parsed.data, split, errors }
}
