// Whether the database answers at all, asked every second with a bare TCP connection (no login, no query):
// enough for the server to tell a page that failed because the database is away (503, try again) from one that
// failed for any other reason (500).
import { connect } from 'node:net'

export function watchDatabase(databaseUrl, everyMs = 1000) {
  const state = { reachable: true }
  if (!databaseUrl) return state
  let url
  try {
    url = new URL(databaseUrl)
  } catch {
    return state
  }
  const probe = () => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 5432), timeout: 1000 })
    const done = (reachable) => {
      state.reachable = reachable
      socket.destroy()
    }
    socket.once('connect', () => done(true))
    socket.once('timeout', () => done(false))
    socket.once('error', () => done(false))
  }
  probe()
  setInterval(probe, everyMs).unref()
  return state
}

/** A 500 while the database is away is answered 503 with Retry-After: the outage is ours, and it will pass. */
export function unavailableWhileDatabaseIsAway(res, database, retryAfterSeconds = 30) {
  const writeHead = res.writeHead.bind(res)
  res.writeHead = (status, ...rest) => {
    if (status === 500 && !database.reachable) {
      res.setHeader('Retry-After', String(retryAfterSeconds))
      res.setHeader('Cache-Control', 'no-store')
      return writeHead(503, ...rest)
    }
    return writeHead(status, ...rest)
  }
}
