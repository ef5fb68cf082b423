/**
 * The 法律依据 section quotes law articles run together (第四条…第五条…). Each quote is checked
 * against the law corpus: the law and article must exist and the quoted text must be the
 * article's text (compared without punctuation and spaces, which the page changes).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { lawKey } from '../../core/text/citations.ts'
import { chineseToNumber, numberToChinese } from '../../core/text/numerals.ts'
import type { BuildError } from '../corpus/errors.ts'
import { parseLaw, type ParsedLaw } from '../laws/parse.ts'
import type { Page } from './parse-page.ts'

export interface CheckedCitation {
  /** As written into front matter: 《中华人民共和国社会保险法》第五十八条 */
  citation: string
}

const comparable = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '')

export function loadLaws(lawsDir: string): ParsedLaw[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.md') ? [join(dir, n)] : []))
  return walk(lawsDir).flatMap((p) => parseLaw(readFileSync(p, 'utf8'), relative(process.cwd(), p)).law ?? [])
}

export function checkLegalBasis(page: Page, laws: ParsedLaw[], file: string): { citations: string[]; errors: BuildError[] } {
  const errors: BuildError[] = []
  const citations: string[] = []
  for (const basis of page.legalBasis) {
    const law = laws.find((l) => lawKey(l.title) === lawKey(basis.law.text))
    const quoted = basis.quoted.map((q) => q.text).join('')
    const line = basis.quoted[0]?.line ?? basis.law.line
    const labels = [...quoted.matchAll(/第([零〇一二两三四五六七八九十百千]+)条/g)]
    if (!law) {
      errors.push({ file, line: basis.law.line, message: `法律依据 cites 《${basis.law.text}》, which is not in corpus/laws` })
      continue
    }
    labels.forEach((m, i) => {
      const n = chineseToNumber(m[1])!
      const text = quoted.slice(m.index + m[0].length, labels[i + 1]?.index ?? quoted.length)
      const article = law.articles.find((a) => a.number === n && !a.sub)
      const label = `第${numberToChinese(n)}条`
      if (!article) {
        errors.push({ file, line, message: `法律依据 quotes 《${basis.law.text}》${label}, which that law does not have` })
        return
      }
      if (comparable(text) !== comparable(article.paragraphs.join(''))) {
        errors.push({ file, line, message: `法律依据 quotes 《${basis.law.text}》${label} differently from the law's text in ${law.title}` })
        return
      }
      citations.push(`《${law.title}》${label}`)
    })
  }
  return { citations, errors }
}
