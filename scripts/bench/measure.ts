/** Wall time and approximate peak memory of a command (for the build figures of the benchmarks). */
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

/** Runs a command, sampling its resident memory (and its children's) for an approximate peak. */
export async function measured(cmd: string, args: string[], stdout: 'ignore' | 'inherit' = 'ignore'): Promise<{ ms: number; peakRssBytes: number }> {
  const started = performance.now()
  const child = spawn(cmd, args, { stdio: ['ignore', stdout, 'inherit'] })
  let peak = 0
  const rssOfTree = (pid: number): number => {
    let total = 0
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024
      for (const t of readdirSync(`/proc/${pid}/task`))
        for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) total += rssOfTree(Number(c))
    } catch {}
    return total
  }
  const timer = setInterval(() => (peak = Math.max(peak, rssOfTree(child.pid!))), 20)
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)))
  clearInterval(timer)
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${code})`)
  return { ms: performance.now() - started, peakRssBytes: peak }
}

