/** A problem found in the corpus, reported as `file:line: message` (file relative to the repo root). */
export interface BuildError {
  file: string
  line: number
  message: string
  /** Warnings are reported but do not fail the build. */
  severity?: 'error' | 'warning'
}

export const formatError = (e: BuildError): string =>
  `${e.file}:${e.line}: ${e.severity === 'warning' ? 'warning: ' : ''}${e.message}`

/** Thrown by the build when the corpus has errors; carries all of them, not just the first. */
export class CorpusError extends Error {
  constructor(readonly errors: BuildError[]) {
    super(`${errors.length} problem(s) in the corpus:\n${errors.map(formatError).join('\n')}`)
    this.name = 'CorpusError'
  }
}
