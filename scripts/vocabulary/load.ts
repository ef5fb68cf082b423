/**
 * Reads the query vocabulary from corpus/ (synonyms.yaml, stopwords.txt, question-types.yaml),
 * validates it and reports problems as file:line: message.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { z } from 'zod'
import { fillThing, type Vocabulary } from '../../core/query/vocabulary.ts'
import { normalizeText } from '../../core/text/normalize.ts'
import { canonicalQuantities } from '../../core/text/numerals.ts'
import type { BuildError } from '../corpus/errors.ts'
import { readYaml } from '../corpus/yaml.ts'

const phrase = z.string().trim().min(1).max(40)
/**
 * Colloquial phrases are matched against the question as the analyzer reads it (normalized, with
 * quantities in one form: 满十六岁 → 满16岁), so they are put in that form here, once, at build time.
 * Two phrases that become one (满十六岁 and 满16岁) are reported rather than one silently dropped.
 */
const colloquialPhrases = z.record(phrase, phrase).transform((entries, ctx) => {
  const inQueryForm: Record<string, string> = {}
  for (const [from, to] of Object.entries(entries)) {
    const key = canonicalQuantities(normalizeText(from))
    if (Object.hasOwn(inQueryForm, key)) ctx.addIssue({ code: 'custom', path: [from], message: `the same phrase as another entry (${key})` })
    else inQueryForm[key] = to
  }
  return inQueryForm
})
const synonymsSchema = z
  .object({
    equivalents: z.array(z.array(phrase).min(2, 'a group needs at least two words')).default([]),
    colloquial: colloquialPhrases.default({}),
  })
  .strict()

/** Whether a JavaScript regular expression, as text, compiles. */
function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u')
    return true
  } catch {
    return false
  }
}
const pattern = z.string().trim().min(1).max(400)
const questionTypesSchema = z.array(
  z
    .object({
      type: z.string().trim().min(1).max(40),
      cues: pattern.refine(compiles, { message: 'not a valid regular expression' }),
      // {thing} stands for a word of the question: the pattern must compile with one filled in.
      answer: pattern.refine((source) => compiles(fillThing(source, '保险')), { message: 'not a valid regular expression' }),
    })
    .strict(),
)

export function loadVocabulary(corpusDir: string, root = process.cwd()): { vocabulary?: Vocabulary; errors: BuildError[] } {
  const errors: BuildError[] = []
  const synPath = join(corpusDir, 'synonyms.yaml')
  const stopPath = join(corpusDir, 'stopwords.txt')
  const rel = (p: string) => relative(root, p)

  const synonyms = readYaml(synPath, synonymsSchema, { equivalents: [], colloquial: {} }, rel(synPath), errors)
  // Question types are optional: a vocabulary without them simply has none.
  const typesPath = join(corpusDir, 'question-types.yaml')
  const questionTypes = existsSync(typesPath) ? readYaml(typesPath, questionTypesSchema, [], rel(typesPath), errors) : []

  const stopwords: string[] = []
  try {
    readFileSync(stopPath, 'utf8')
      .split(/\r?\n/)
      .forEach((raw, i) => {
        const line = raw.trim()
        if (!line || line.startsWith('#')) return
        if (/\s/.test(line)) errors.push({ file: rel(stopPath), line: i + 1, message: `one phrase per line, found "${line}"` })
        else stopwords.push(line)
      })
  } catch (e) {
    errors.push({ file: rel(stopPath), line: 1, message: `cannot read: ${(e as Error).message}` })
  }

  if (errors.length) return { errors }
  return { vocabulary: { stopwords, equivalents: synonyms.equivalents, colloquial: synonyms.colloquial, questionTypes }, errors }
}
