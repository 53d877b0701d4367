import type { Payload } from 'payload'
import { takeAnonymousSlot } from './anonymous-slots'
import { answerOnce } from './answer-cache'
import { answerKey } from './answer-key'
import { graphqlOverBudget } from './graphql-budget'
import { API_LIMITS } from './limits'
import { readBodyWithin } from './read-body'
import { hasValidSession } from './signed-in'

type Handler<C> = (request: Request, context: C) => Promise<Response>
export type RouteKind = 'rest' | 'graphql'

const error = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers })

const FILE_PATH = /^\/api\/[\w-]+\/file\//
const isJson = (type: string | null) => Boolean(type && /^application\/([\w.+-]*\+)?json\b/i.test(type))
const isMultipart = (type: string | null) => Boolean(type && /^multipart\/form-data\b/i.test(type))

function jsonProblem(text: string): string | undefined {
  if (!text.trim()) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'The request body is not valid JSON.'
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'The request body must be a JSON object.'
}

/**
 * The API's front door (REST and GraphQL), before Payload reads a byte:
 * - bodies are read only up to a limit (small for anonymous callers, larger for staff uploads), else 413;
 * - broken JSON, or JSON that is not an object, is a 400 with a message (Payload would answer 500);
 * - a GraphQL document over the budget (aliases, fields, depth) is a 400 in milliseconds;
 * - an anonymous read asked before is answered from memory (lib/api/answer-cache), emptied by every content change;
 * - other anonymous requests take turns (lib/api/anonymous-slots), so a burst of them cannot starve the site.
 */
export const guardRoute =
  <C>(kind: RouteKind, handler: Handler<C>, payload: () => Promise<Payload>): Handler<C> =>
  async (request, context) => {
    const signedIn = await hasValidSession(await payload(), request.headers)
    let forward = request
    let graphqlBody: string | undefined
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
      const type = request.headers.get('content-type')
      const limit = !signedIn
        ? API_LIMITS.anonymousBodyBytes
        : isMultipart(type)
          ? API_LIMITS.staffUploadBytes
          : API_LIMITS.staffJsonBytes
      const read = await readBodyWithin(request, limit)
      if (!read.ok) return error(read.status, read.message, { Connection: 'close' })
      if (isJson(type) || kind === 'graphql') {
        const text = new TextDecoder().decode(read.body)
        const problem = isJson(type) ? jsonProblem(text) : undefined
        if (problem) return error(400, problem)
        if (kind === 'graphql' && isJson(type) && text.trim()) {
          graphqlBody = text
          const over = graphqlOverBudget((JSON.parse(text) as { query?: unknown }).query)
          if (over) return error(400, over)
        }
      }
      forward = new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: read.body.byteLength ? read.body : undefined,
      })
    }
    const url = new URL(request.url)
    // Files are served to every reader of every page (pictures, downloads): they take no turn.
    if (signedIn || FILE_PATH.test(url.pathname)) return handler(forward, context)
    const key = answerKey(request.method, url, request.headers.get('origin'), graphqlBody)
    const inTurn = async () => {
      const release = await takeAnonymousSlot()
      if (!release) return error(503, 'The API is busy. Please try again in a moment.', { 'Retry-After': '2' })
      try {
        return await handler(forward, context)
      } finally {
        release()
      }
    }
    return key ? answerOnce(key, inTurn) : inTurn()
  }
