import { createHash } from 'node:crypto'

// Anonymous API answers, kept briefly in this server's memory. Anonymous readers all get the same answer to the same
// question, so a greedy client asking again and again costs a lookup, not a render of a hundred documents. Kept apart
// from Next's cache so a flood of distinct questions can only evict other API answers, never the pages. And an
// answer is kept only for a question asked twice (a doorkeeper, as in TinyLFU): a client making up a new address for
// every request (`?x=<random>`) fills nothing, so the answers other readers keep asking for are not pushed out.
type Answer = { status: number; headers: [string, string][]; body: Uint8Array; at: number }
type Flight = { generation: number; answer: Promise<Answer | undefined> }
type Store = {
  answers: Map<string, Answer>
  bytes: number
  generation: number
  flights: Map<string, Flight>
  asked: Set<string>
}

const MAX_ENTRIES = 500
const MAX_BYTES = 32 * 1024 * 1024
const MAX_ANSWER_BYTES = 2 * 1024 * 1024
/** Questions remembered as asked once; when full it starts again, so a flood of new ones only costs a second ask. */
const MAX_ASKED = 10_000
/** A safety net only: every content change empties the store at once (expireApiAnswers). */
const MAX_AGE_MS = 60_000

// One store per process, whichever bundle the caller was compiled into (API routes, the revalidate route, the server).
const KEY = Symbol.for('press-office.api-answers')
const store = (): Store =>
  ((globalThis as Record<symbol, Store>)[KEY] ??= {
    answers: new Map(),
    bytes: 0,
    generation: 0,
    flights: new Map(),
    asked: new Set(),
  })

const toResponse = (answer: Answer) =>
  new Response(answer.body.slice(), { status: answer.status, headers: answer.headers })

/** Forgets every answer: called whenever any cached content expires, on this server or announced by another. */
export function expireApiAnswers(): void {
  const s = store()
  s.answers.clear()
  s.bytes = 0
  s.generation++
}

/** Moves on every content change, here or on another server: what else is kept until a change can compare it. */
export const answersGeneration = (): number => store().generation

export function cachedAnswer(key: string): Response | undefined {
  const s = store()
  const answer = s.answers.get(key)
  if (!answer) return undefined
  if (Date.now() - answer.at > MAX_AGE_MS) {
    forget(s, key, answer)
    return undefined
  }
  // Most recently used last: the first entry is the one to evict.
  s.answers.delete(key)
  s.answers.set(key, answer)
  return toResponse(answer)
}

/** Whether a question was asked before (and so its answer is worth keeping); remembers it if not. */
function askedBefore(s: Store, key: string): boolean {
  // A digest, not the question: a GraphQL question may be tens of kilobytes.
  const digest = createHash('sha256').update(key).digest('base64')
  if (s.asked.has(digest)) return true
  if (s.asked.size >= MAX_ASKED) s.asked.clear()
  s.asked.add(digest)
  return false
}

/**
 * The answer to an anonymous question: from the store; else from the same question already being worked out, when
 * nothing changed since it began (a hundred readers asking at once cost one answer); else worked out here, and kept
 * when the question was asked before, unless content changed meanwhile (the answer may predate the change), it is
 * not a 200, or it is too large.
 */
export async function answerOnce(key: string, work: () => Promise<Response>): Promise<Response> {
  const kept = cachedAnswer(key)
  if (kept) return kept
  const s = store()
  const worthKeeping = askedBefore(s, key)
  const generation = s.generation
  const flight = s.flights.get(key)
  if (flight && flight.generation === generation) {
    const answer = await flight.answer.catch(() => undefined)
    if (answer) return toResponse(answer)
  }
  let response: Response | undefined
  const answer = (async (): Promise<Answer | undefined> => {
    response = await work()
    if (response.status !== 200 || response.headers.has('set-cookie')) return undefined
    const body = new Uint8Array(await response.arrayBuffer())
    const headers = [...response.headers.entries()].filter(
      ([name]) => name !== 'content-length' && name !== 'content-encoding',
    )
    return { status: response.status, headers, body, at: Date.now() }
  })()
  s.flights.set(key, { generation, answer })
  try {
    const result = await answer
    if (!result) return response!
    if (worthKeeping && result.body.byteLength <= MAX_ANSWER_BYTES && s.generation === generation) keep(s, key, result)
    return toResponse(result)
  } finally {
    if (s.flights.get(key)?.answer === answer) s.flights.delete(key)
  }
}

function keep(s: Store, key: string, answer: Answer) {
  const old = s.answers.get(key)
  if (old) forget(s, key, old)
  s.answers.set(key, answer)
  s.bytes += answer.body.byteLength
  for (const [oldest, entry] of s.answers) {
    if (s.answers.size <= MAX_ENTRIES && s.bytes <= MAX_BYTES) break
    forget(s, oldest, entry)
  }
}

function forget(s: Store, key: string, answer: Answer) {
  s.answers.delete(key)
  s.bytes -= answer.body.byteLength
}
