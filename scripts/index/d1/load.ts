/**
 * Loads a built DocumentStore into the D1 database of `wrangler.toml [env.d1]`, local (the
 * database `wrangler dev --env d1` serves) or remote, through `wrangler d1 execute`: the schema,
 * then batch after batch with progress. Resumable: a batch recorded in load_state for this
 * version is skipped, so an interrupted load continues where it stopped; a database holding
 * another version is emptied first.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { D1_DROP, D1_SCHEMA, D1_SCHEMA_VERSION } from '../../../core/d1/schema.ts'
import type { Segmenter } from '../../../core/segment/types.ts'
import type { DocumentStore } from '../../../core/types.ts'
import { finishStatements, sqlBatches } from './sql.ts'

export interface D1Target {
  /** The binding or database name in wrangler.toml. */
  database: string
  /** The wrangler environment that declares it. */
  env: string
  remote: boolean
  /** Local state directory (wrangler's default when absent). */
  persistTo?: string
}

const WRANGLER = resolve(import.meta.dirname, '../../../node_modules/.bin/wrangler')

function wrangler(target: D1Target, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync(
    WRANGLER,
    ['d1', 'execute', target.database, '--env', target.env, target.remote ? '--remote' : '--local', ...(target.persistTo ? ['--persist-to', target.persistTo] : []), '-y', ...args],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' } },
  )
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

function execFile(target: D1Target, file: string) {
  const r = wrangler(target, ['--file', file])
  if (!r.ok) throw new Error(`wrangler d1 execute --file ${file} failed:\n${(r.stderr || r.stdout).slice(-2000)}`)
}

function query<T>(target: D1Target, sql: string): T[] | undefined {
  const r = wrangler(target, ['--command', sql, '--json'])
  if (!r.ok) return undefined
  return (JSON.parse(r.stdout) as { results: T[] }[])[0]?.results
}

export interface LoadReport {
  batches: number
  skipped: number
  passages: number
  ms: number
}

export function loadIntoD1(
  store: DocumentStore,
  segmenter: Segmenter,
  opts: { target: D1Target; version: string; batchSize: number; workDir: string; meta: Record<string, string | number>; log: (line: string) => void },
): LoadReport {
  const started = performance.now()
  const { target, log } = opts
  const version = `${D1_SCHEMA_VERSION}:${opts.version}`
  mkdirSync(opts.workDir, { recursive: true })
  const write = (name: string, statements: string[]) => {
    const file = join(opts.workDir, name)
    writeFileSync(file, statements.map((s) => s + ';').join('\n') + '\n')
    return file
  }

  // What is there already: batches of this version are kept, anything else is dropped.
  const state = query<{ batch: number; version: string }>(target, 'SELECT batch, version FROM load_state')
  const done = new Set((state ?? []).filter((r) => r.version === version).map((r) => r.batch))
  if (state && state.some((r) => r.version !== version)) {
    log('d1: the database holds another version; emptying it')
    execFile(target, write('drop.sql', D1_DROP))
  }
  execFile(target, write('schema.sql', D1_SCHEMA))
  if (done.size) log(`d1: resuming; ${done.size} batch(es) of this version already loaded`)

  const total = Object.keys(store.passages).length
  let loaded = 0
  let batches = 0
  let skipped = 0
  for (const batch of sqlBatches(store, segmenter, version, opts.batchSize)) {
    batches++
    loaded += batch.passages
    if (done.has(batch.batch)) {
      skipped++
      continue
    }
    const t = performance.now()
    const file = write(`batch-${String(batch.batch).padStart(4, '0')}.sql`, batch.statements)
    execFile(target, file)
    rmSync(file)
    log(`d1: batch ${batch.batch}: ${batch.passages} passages, ${loaded}/${total} (${((loaded / total) * 100).toFixed(0)}%) in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }
  const meta = { ...opts.meta, version, passages: total }
  const t = performance.now()
  execFile(target, write('finish.sql', finishStatements(meta)))
  log(`d1: finished (meta, FTS optimize, derived tables) in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  return { batches, skipped, passages: total, ms: performance.now() - started }
}
