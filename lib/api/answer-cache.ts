// Anonymous API answers, kept briefly in this server's memory. Anonymous readers all get the same answer to the same
// question, so a greedy client asking again and again costs a lookup, not a render of a hundred documents. Kept apart
// from Next's cache so a flood of distinct questions can only evict other API answers, never the pages.
type Answer = { status: number; headers: [string, string][]; body: Uint8Array; at: number }
type Store = { answers: Map<string, Answer>; bytes: number; generation: number }

const MAX_ENTRIES = 500
const MAX_BYTES = 32 * 1024 * 1024
const MAX_ANSWER_BYTES = 2 * 1024 * 1024
/** A safety net only: every content change empties the store at once (expireApiAnswers). */
const MAX_AGE_MS = 60_000

// One store per process, whichever bundle the caller was compiled into (API routes, the revalidate route, the server).
const KEY = Symbol.for('press-office.api-answers')
const store = (): Store => ((globalThis as Record<symbol, Store>)[KEY] ??= { answers: new Map(), bytes: 0, generation: 0 })

/** Forgets every answer: called whenever any cached content expires, on this server or announced by another. */
export function expireApiAnswers(): void {
  const s = store()
  s.answers.clear()
  s.bytes = 0
  s.generation++
}

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
  return new Response(answer.body.slice(), { status: answer.status, headers: answer.headers })
}

/**
 * Answers a question not in the store and keeps the answer, unless content changed while it was being worked out
 * (the answer may predate the change) or it is an error or too large. Returns the response to send.
 */
export async function answerAndKeep(key: string, work: () => Promise<Response>): Promise<Response> {
  const s = store()
  const generation = s.generation
  const response = await work()
  if (response.status !== 200 || response.headers.has('set-cookie')) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const headers = [...response.headers.entries()].filter(([name]) => name !== 'content-length' && name !== 'content-encoding')
  if (body.byteLength <= MAX_ANSWER_BYTES && s.generation === generation) {
    const old = s.answers.get(key)
    if (old) forget(s, key, old)
    s.answers.set(key, { status: response.status, headers, body, at: Date.now() })
    s.bytes += body.byteLength
    for (const [oldest, answer] of s.answers) {
      if (s.answers.size <= MAX_ENTRIES && s.bytes <= MAX_BYTES) break
      forget(s, oldest, answer)
    }
  }
  return new Response(body, { status: response.status, headers })
}

function forget(s: Store, key: string, answer: Answer) {
  s.answers.delete(key)
  s.bytes -= answer.body.byteLength
}
