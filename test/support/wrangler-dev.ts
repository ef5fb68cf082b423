/**
 * Starts the real worker with `wrangler dev` on 127.0.0.1, for tests that need a running server
 * (browser tests, HTTP checks): offline, no login, no metrics. It serves the current build/ as
 * `npm test` produced it (it never rebuilds), and the test stops it, process group and all.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

export interface RunningWorker {
  /** e.g. http://127.0.0.1:43127 (no trailing slash) */
  url: string
  /** Stops wrangler and everything it started (workerd); resolves once they are gone. */
  stop(): Promise<void>
}

export interface StartWorkerOptions {
  /** Port to listen on. Default: a free port. */
  port?: number
  /** `--var KEY:VALUE` overrides of wrangler.toml [vars], e.g. { ALLOWED_ORIGINS: 'http://127.0.0.1:9000' }. */
  vars?: Record<string, string>
  /** A wrangler.toml environment, e.g. "d1" for the D1 backend. */
  env?: string
  /** How long to wait for GET /api/health to answer 200. Default 90 s (a cold first start takes ~15 s). */
  timeoutMs?: number
}

const ROOT = resolve(import.meta.dirname, '../..')
const WRANGLER = resolve(ROOT, 'node_modules/.bin/wrangler')
/** After SIGTERM, how long wrangler gets to shut workerd down before SIGKILL. */
const STOP_GRACE_MS = 5000

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => done(port))
    })
  })
}

export async function startWorker(opts: StartWorkerOptions = {}): Promise<RunningWorker> {
  if (!existsSync(resolve(ROOT, 'build/widget.json')) || !existsSync(resolve(ROOT, 'build/manifest.json')))
    throw new Error('build/ is incomplete: run `npm run build` first (npm test does)')
  const port = opts.port ?? (await freePort())
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--log-level', 'warn', '--show-interactive-dev-session=false']
  if (opts.env) args.push('--env', opts.env)
  for (const [k, v] of Object.entries(opts.vars ?? {})) args.push('--var', `${k}:${v}`)
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() reaches workerd too.
    detached: true,
  })
  let output = ''
  const collect = (d: Buffer) => void (output = (output + d.toString()).slice(-8000))
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))

  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig)
    } catch {
      // already gone
    }
  }
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signal('SIGTERM')
      const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS)
      await exited
      clearTimeout(timer)
      // wrangler may exit before workerd does: make sure nothing of the group is left.
      signal('SIGKILL')
    })())

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output.slice(-2000)}`)
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return { url, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`wrangler dev did not answer GET /api/health within ${opts.timeoutMs ?? 90_000} ms:\n${output.slice(-2000)}`)
}
