/** Writes articles as corpus/qa/<id>.md: YAML front matter in a stable key order, LF, final newline. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { Article } from './to-articles.ts'

const KEY_ORDER = ['id', 'title', 'summary', 'source', 'updated', 'region', 'tags', 'citations', 'related'] as const

export function renderArticle(a: Article): string {
  const ordered: Record<string, unknown> = {}
  for (const k of KEY_ORDER) if (a.meta[k] !== undefined) ordered[k] = a.meta[k]
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${a.body.trim()}\n`
}

/** Writes only what changed; returns how many files were written and how many were already identical. */
export function writeArticles(articles: Article[], outDir: string, dryRun = false): { written: string[]; unchanged: number } {
  if (!dryRun) mkdirSync(outDir, { recursive: true })
  const written: string[] = []
  let unchanged = 0
  for (const a of articles) {
    const path = join(outDir, `${a.meta.id}.md`)
    const text = renderArticle(a)
    if (existsSync(path) && readFileSync(path, 'utf8') === text) {
      unchanged++
      continue
    }
    if (!dryRun) writeFileSync(path, text)
    written.push(path)
  }
  return { written, unchanged }
}
