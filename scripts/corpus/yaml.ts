/**
 * One YAML data file of corpus/ read and validated with a zod schema, every problem reported with
 * the line it is on (corpus/synonyms.yaml, question-types.yaml, asked/*.yaml).
 */
import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml'
import type { z } from 'zod'
import type { BuildError } from './errors.ts'

/** Line of the YAML node at a zod issue path, for a useful error location. */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]): number {
  let node: unknown = doc.contents
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
      node = pair ? (pair.value ?? pair.key) : node
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] ?? node
    } else break
  }
  const range = (node as Node | undefined)?.range
  return range ? counter.linePos(range[0]).line : 1
}

/** Parses and validates one YAML file; problems go to errors with the line they are on. */
export function readYaml<T extends z.ZodType>(path: string, schema: T, fallback: z.infer<T>, file: string, errors: BuildError[]): z.infer<T> {
  try {
    const counter = new LineCounter()
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter })
    for (const e of doc.errors) errors.push({ file, line: counter.linePos(e.pos[0]).line, message: `invalid YAML: ${e.message.split('\n')[0]}` })
    if (doc.errors.length) return fallback
    const parsed = schema.safeParse(doc.toJS() ?? fallback)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues)
      errors.push({ file, line: lineOf(doc, counter, issue.path), message: `${issue.path.join('.') || '(root)'}: ${issue.message}` })
  } catch (e) {
    errors.push({ file, line: 1, message: `cannot read: ${(e as Error).message}` })
  }
  return fallback
}
