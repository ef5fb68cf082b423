/**
 * Starts the real worker with `wrangler dev` on 127.0.0.1 and a free port, for tests that need a
 * running server (browser tests, HTTP checks). Offline, no login; stopped by the test itself.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export interface RunningWorker {
  url: string
  stop(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
  })
}

export async function startWorker(opts: { vars?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningWorker> {
  const port = await freePort()
  const args = ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--log-level', 'warn']
  for (const [k, v] of Object.entries(opts.vars ?? {})) args.push('--var', `${k}:${v}`)
  const child = spawn('npx', args, {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        resolve()
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {}
      }, 5000).unref()
    })
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output.slice(-2000)}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) return { url, stop }
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`wrangler dev did not answer within the timeout:\n${output.slice(-2000)}`)
}
