/**
 * `npm run import -- <page.txt> [--out corpus/qa] [--laws corpus/laws] [--updated YYYY-MM-DD] [--dry-run]`
 * Turns a scraped lawyer Q&A page into corpus/qa/ articles. Re-importing the same page changes nothing.
 */
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatError } from '../corpus/errors.ts'
import { loadNodejieba } from '../segment/nodejieba.ts'
import { checkLegalBasis, loadLaws } from './check-citations.ts'
import { parsePage } from './parse-page.ts'
import { toArticles } from './to-articles.ts'
import { writeArticles } from './write.ts'

/** The review date written when none is given: the date the seed page was captured for the project. */
export const DEFAULT_UPDATED = '2026-11-24'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'corpus/qa' },
    laws: { type: 'string', default: 'corpus/laws' },
    dictionary: { type: 'string', default: 'corpus/dictionary.txt' },
    updated: { type: 'string', default: DEFAULT_UPDATED },
    'dry-run': { type: 'boolean', default: false },
  },
})
if (positionals.length !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(values.updated!)) {
  console.error('usage: npm run import -- <page.txt> [--out corpus/qa] [--updated YYYY-MM-DD] [--dry-run]')
  process.exit(2)
}
const pagePath = resolve(positionals[0])
const file = relative(process.cwd(), pagePath)
const page = parsePage(readFileSync(pagePath, 'utf8'))
const { citations, errors } = checkLegalBasis(page, loadLaws(values.laws!), file)
if (errors.length) {
  for (const e of errors) console.error(formatError(e))
  console.error(`\nimport: ${errors.length} error(s); nothing was written.`)
  process.exit(1)
}
// Provenance: the page's path from the shared folder when it comes from there.
const sourceFile = file.replace(/^(\.\.\/)*shared\//, '')
const { articles, collapsed } = toArticles(page, loadNodejieba(values.dictionary!), { sourceFile, updated: values.updated!, citations })
const { written, unchanged } = writeArticles(articles, values.out!, values['dry-run'])
console.log(`import ${file}
  articles    ${articles.length} (${written.length} written, ${unchanged} unchanged${values['dry-run'] ? ', dry run' : ''})
  collapsed   ${collapsed} near-duplicate related question(s)
  dropped     ${page.dropped} boilerplate line(s)
  citations   ${citations.join(', ') || 'none'}`)
for (const w of written) console.log(`  wrote ${w}`)
