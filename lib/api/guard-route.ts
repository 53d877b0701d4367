import type { RequestParams } from 'graphql-http'
import type { Payload } from 'payload'
import { clientIp } from '../enquiries/client-ip'
import { answerOnce } from './answer-cache'
import { answerKey } from './answer-key'
import { graphqlOverBudget } from './graphql-budget'
import { readGraphql } from './graphql-params'
import { isKnownFile } from './known-files'
import { API_LIMITS, LINES } from './limits'
import { readBodyWithin } from './read-body'
import { queryProblem } from './read-query'
import { carriesCredentials, staffUser } from './staff-user'
import { takeTurn, type Line } from './turns'
import { withoutSuggestions } from './without-suggestions'

type Handler<C> = (request: Request, context: C) => Promise<Response>
type RouteContext = { params?: Promise<{ slug?: string[] }> }
export type RouteKind = 'rest' | 'graphql'

const error = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers })

// Payload's sign-in and session endpoints on the users collection, as its REST router names them.
const SIGN_IN = new Set(['login', 'logout', 'refresh-token', 'forgot-password', 'reset-password', 'first-register'])
const SIGN_IN_MORE = new Set(['init', 'unlock', 'verify', 'me'])

/** Which line an anonymous request waits in, read from the route segments Payload's REST router reads. */
function lineOf(segments: string[]): Line {
  if (segments[1] === 'file') return 'files'
  if (segments[0] === 'users' && (SIGN_IN.has(segments[1]) || SIGN_IN_MORE.has(segments[1]))) return 'signIn'
  return 'anonymous'
}

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
 * The API's front door (REST and GraphQL). Every decision reads the request as Payload will:
 * - who is asking is Payload's own auth on these headers (lib/api/staff-user.ts): a token that does not sign anyone
 *   in is anonymous, and a request carrying anything credential-like is never answered from or kept in memory;
 * - a query string Payload's own reading cannot parse (a `where` of broken JSON) is a 400, not Payload's 500;
 * - bodies are read only up to a limit (small for anyone not signed in, larger for staff uploads), else 413;
 * - a JSON body that is not an object is a 400 (Payload reads a body as JSON exactly when its media type is
 *   `application/json`, and would fail on one that is not an object);
 * - a GraphQL operation over the budget is a 400 in milliseconds, measured on what graphql-http parsed;
 * - anonymous reads asked before are answered from memory (lib/api/answer-cache), emptied by every content change;
 * - other anonymous requests take turns in their line (lib/api/turns), so a burst cannot starve the site or staff.
 */
export const guardRoute =
  <C>(kind: RouteKind, handler: Handler<C>, payload: () => Promise<Payload>): Handler<C> =>
  async (request, context) => {
    const instance = await payload()
    if (kind === 'rest') {
      const problem = queryProblem(new URL(request.url).search)
      if (problem) return error(400, problem)
    }
    const user = await staffUser(instance, request.headers)
    let forward = request
    let graphql: RequestParams | undefined
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
      const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]
      const limit = !user
        ? API_LIMITS.anonymousBodyBytes
        : mediaType.includes('multipart/')
          ? API_LIMITS.staffUploadBytes
          : API_LIMITS.staffJsonBytes
      const read = await readBodyWithin(request, limit)
      if (!read.ok) return error(read.status, read.message, { Connection: 'close' })
      if (kind === 'rest' && mediaType === 'application/json') {
        const problem = jsonProblem(new TextDecoder().decode(read.body))
        if (problem) return error(400, problem)
      }
      if (kind === 'graphql') {
        const parsed = await readGraphql(request.url, request.headers, read.body)
        if ('refusal' in parsed) return parsed.refusal
        graphql = parsed.params
        const over = graphqlOverBudget(graphql.query)
        if (over) return error(400, over)
      }
      forward = new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: read.body.byteLength ? read.body : undefined,
      })
    }
    if (user) return handler(forward, context)
    const segments = kind === 'rest' ? ((await (context as RouteContext)?.params)?.slug ?? []) : []
    const line = lineOf(segments)
    // A file nobody stored costs a look-up in memory, not a turn and two queries.
    if (line === 'files' && segments[0] === 'media' && !(await isKnownFile(instance, segments.slice(2).join('/'))))
      return error(404, 'Not Found')
    const inTurn = async () => {
      const release = await takeTurn(line, LINES[line], clientIp(request.headers))
      if (!release) return error(503, 'The API is busy. Please try again in a moment.', { 'Retry-After': '2' })
      try {
        const response = await handler(forward, context)
        return kind === 'graphql' ? await withoutSuggestions(response) : response
      } finally {
        release()
      }
    }
    const shareable = line === 'anonymous' && !carriesCredentials(request.headers, instance.config.cookiePrefix)
    const key = shareable
      ? answerKey(request.method, new URL(request.url), request.headers.get('origin'), graphql)
      : undefined
    return key ? answerOnce(key, inTurn) : inTurn()
  }
