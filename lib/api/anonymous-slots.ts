import { API_LIMITS } from './limits'

type Waiter = { resolve: (granted: boolean) => void; timer: NodeJS.Timeout }

let running = 0
const waiting: Waiter[] = []

/**
 * A turn for an anonymous API request: a few run at once per server, a queue waits briefly behind them, and the
 * rest are told to come back. However many arrive together, they never hold every database connection, so pages,
 * logins and health checks keep answering. Resolves to a release function, or undefined when the server is busy.
 */
export function takeAnonymousSlot(): Promise<(() => void) | undefined> {
  const release = () => {
    const next = waiting.shift()
    if (next) {
      clearTimeout(next.timer)
      next.resolve(true)
    } else running--
  }
  if (running < API_LIMITS.anonymousConcurrent) {
    running++
    return Promise.resolve(once(release))
  }
  if (waiting.length >= API_LIMITS.anonymousQueue) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const waiter: Waiter = {
      resolve: (granted) => resolve(granted ? once(release) : undefined),
      timer: setTimeout(() => {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve(false)
      }, API_LIMITS.anonymousWaitMs),
    }
    waiting.push(waiter)
  })
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
