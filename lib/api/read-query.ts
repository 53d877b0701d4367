// The REST query string as Payload reads it: qs-esm with the options of Payload's createPayloadRequest, then
// Payload's own parseParams. parseParams reads `where` and `data` given as JSON text with JSON.parse, and a caller's
// broken JSON there ends Payload's request in a 500; read here first, it is a 400 that says what was wrong.
import { parseParams } from 'payload'
import * as qs from 'qs-esm'

const PAYLOAD_QS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true } as const

/** Why Payload could not read this query string, or undefined when it can. */
export function queryProblem(search: string): string | undefined {
  if (!search) return undefined
  try {
    parseParams(qs.parse(search, PAYLOAD_QS) as Parameters<typeof parseParams>[0])
    return undefined
  } catch (error) {
    return `The query could not be read (${(error as Error).message}). A "where" or "data" given as text must be JSON.`
  }
}
