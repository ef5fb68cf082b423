/**
 * The worker's startup phase in workerd — compiling the bundle and running its top-level code,
 * before any request — measured with Cloudflare's own tool, `wrangler check startup`, which builds
 * the worker and writes a CPU profile of that phase. The figure is the profile's active (non-idle)
 * sampled time; the median of a few runs, as the profile samples about once a millisecond.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { stats } from '../../bench/phrases.ts'

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[]
  samples: number[]
  timeDeltas: number[]
}

/** Milliseconds the profile sampled the isolate busy (compiling, running, collecting garbage): every sample but (idle). */
export function activeMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id))
  let us = 0
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) us += profile.timeDeltas[i] ?? 0
  })
  return us / 1000
}

export function measureStartup(runs = 3, outfile = 'build/worker-startup.cpuprofile'): { activeMs: number; runsMs: number[] } {
  const runsMs: number[] = []
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('npx', ['wrangler', 'check', 'startup', '--outfile', outfile], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
    if (r.status !== 0) throw new Error(`wrangler check startup failed:\n${r.stdout}\n${r.stderr}`)
    runsMs.push(Math.round(activeMs(JSON.parse(readFileSync(outfile, 'utf8'))) * 10) / 10)
  }
  return { activeMs: stats(runsMs).p50, runsMs }
}
