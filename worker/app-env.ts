import type { Env } from './env.ts'

/** Hono's environment type for this app. */
export type AppEnv = { Bindings: Env }
