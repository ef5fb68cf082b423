/**
 * One bounded autocannon run against a running worker: GET requests cycling through the given
 * paths, with the count of each HTTP status. Shared by `npm run load` and `npm run bench`.
 */
import autocannon from 'autocannon'

export interface LoadRun {
  result: autocannon.Result
  statuses: Record<string, number>
}

export interface LoadSummary {
  connections: number
  seconds: number
  requests: number
  rps: number
  latencyMs: { p50: number; p90: number; p99: number; max: number }
  errors: number
  timeouts: number
  statuses: Record<string, number>
}

export async function runLoad(url: string, opts: { connections: number; seconds: number; paths: string[] }): Promise<LoadRun> {
  let i = 0
  const statuses: Record<string, number> = {}
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: opts.connections,
        duration: opts.seconds,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: opts.paths[i++ % opts.paths.length] }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    )
    instance.on('response', (_client, status) => void (statuses[status] = (statuses[status] ?? 0) + 1))
  })
  return { result, statuses }
}

export const summarize = ({ result, statuses }: LoadRun, connections: number, seconds: number): LoadSummary => ({
  connections,
  seconds,
  requests: result.requests.total,
  rps: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  statuses,
})

/** The request mix: search, answer and a typed-prefix suggest for each question. */
export const apiPaths = (questions: string[]): string[] =>
  questions.flatMap((q) => {
    const e = encodeURIComponent(q)
    return [`/api/search?q=${e}`, `/api/answer?q=${e}`, `/api/suggest?q=${encodeURIComponent(q.slice(0, 4))}`]
  })
