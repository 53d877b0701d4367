// Turns for requests that are not a signed-in member of staff's: a few run at once per server, a queue waits briefly
// behind them, and the rest are told to come back. Each kind of request has its own line (anonymous API reads,
// sign-in, files), so a flood of one never keeps the others out: staff can sign in while the API is flooded. In each
// line one client (by the address the server in front decided) holds only a few places, so one greedy client is
// turned away at once and everybody else still gets in.

export type Line = 'anonymous' | 'signIn' | 'files'
export type LineRule = { concurrent: number; queue: number; waitMs: number; perClient: number }
type Waiter = { grant: () => void; timer: NodeJS.Timeout }
type State = { running: number; waiting: Waiter[]; held: Map<string, number> }

// One state per process, whichever route bundle the caller was compiled into (REST and GraphQL are separate ones).
const KEY = Symbol.for('press-office.turns')
const states = (): Map<Line, State> => ((globalThis as Record<symbol, Map<Line, State>>)[KEY] ??= new Map())
const stateOf = (line: Line): State => {
  let state = states().get(line)
  if (!state) states().set(line, (state = { running: 0, waiting: [], held: new Map() }))
  return state
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (!done) {
      done = true
      fn()
    }
  }
}

/** A turn in `line` for `client`: resolves to a release function, or undefined when the client must come back. */
export function takeTurn(line: Line, rule: LineRule, client: string): Promise<(() => void) | undefined> {
  const s = stateOf(line)
  const hold = (by: number) => {
    const n = (s.held.get(client) ?? 0) + by
    if (n > 0) s.held.set(client, n)
    else s.held.delete(client)
  }
  if ((s.held.get(client) ?? 0) >= rule.perClient) return Promise.resolve(undefined)
  hold(1)
  const release = once(() => {
    hold(-1)
    const next = s.waiting.shift()
    if (next) {
      clearTimeout(next.timer)
      next.grant() // the running place passes to the next in line
    } else s.running--
  })
  if (s.running < rule.concurrent) {
    s.running++
    return Promise.resolve(release)
  }
  if (s.waiting.length >= rule.queue) {
    hold(-1)
    return Promise.resolve(undefined)
  }
  return new Promise((resolve) => {
    const waiter: Waiter = {
      grant: () => resolve(release),
      timer: setTimeout(() => {
        s.waiting.splice(s.waiting.indexOf(waiter), 1)
        hold(-1)
        resolve(undefined)
      }, rule.waitMs),
    }
    s.waiting.push(waiter)
  })
}
