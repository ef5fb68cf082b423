/**
 * corpus/asked/<law title>.yaml: how citizens ask for what each article of a law answers
 * (第十六条: [社保交满几年能领养老金, …]). The questions are indexed with the article (the `asked`
 * field) so that a question worded as people word it meets the article that answers it; they are
 * never shown. Every problem is reported as file:line: message.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { z } from 'zod'
import type { BuildError } from './errors.ts'
import { readYaml } from './yaml.ts'

/** Questions by article label (第十六条), by law title (中华人民共和国社会保险法). */
export type AskedByLaw = Record<string, Record<string, string[]>>

const question = z.string().trim().min(2).max(40)
const askedSchema = z.record(
  z.string().regex(/^第[一二三四五六七八九十百千零〇两]+条(之[一二三四五六七八九十]+)?$/, 'an article label such as 第十六条'),
  z.array(question).min(1, 'at least one question').max(12, 'at most 12 questions an article'),
)

/** The law an asked file is for, and the labels of its articles. */
export interface AskedLaw {
  title: string
  labels: ReadonlySet<string>
  file: string
}

export function loadAsked(dir: string, laws: AskedLaw[], root: string): { asked: AskedByLaw; errors: BuildError[] } {
  const errors: BuildError[] = []
  const asked: AskedByLaw = {}
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()
  } catch {
    return { asked, errors } // No asked/ folder: nothing to add.
  }
  const byTitle = new Map(laws.map((l) => [l.title, l]))
  for (const name of names) {
    const path = join(dir, name)
    const file = relative(root, path)
    const title = name.slice(0, -'.yaml'.length)
    const law = byTitle.get(title)
    if (!law) {
      errors.push({ file, line: 1, message: `no law titled ${title} in the corpus: name the file after the law's title (the "# " line of its file)` })
      continue
    }
    const data = readYaml(path, askedSchema, {}, file, errors)
    // Every article named at the start of a line must be one of the law's, even when the file has
    // other problems (which leave data empty).
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        const label = /^(第[^:：\s]+条(?:之[^:：\s]+)?)\s*:/.exec(line)?.[1]
        if (label && !law.labels.has(label)) errors.push({ file, line: i + 1, message: `${title} has no ${label} (${law.file})` })
      })
    asked[title] = Object.fromEntries(Object.entries(data).filter(([label]) => law.labels.has(label)))
  }
  return { asked, errors }
}
