/** Response declarations shared by the route definitions (for the OpenAPI document). */
import { ErrorResponse } from '../schemas.ts'

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description })

export const errorResponses = {
  400: json(ErrorResponse, 'Bad parameter (missing, empty or over-long q; bad limit, offset or kind).'),
  404: json(ErrorResponse, 'Unknown path or id.'),
  405: json(ErrorResponse, 'Method not allowed.'),
} as const

export const ok = json
