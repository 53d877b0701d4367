// The HTTP server in front of Next (`npm run dev`, `npm start`, the Docker image). Next itself cannot tell a
// client's own X-Forwarded-For from one a proxy wrote, nor see the connection's address, so this server decides
// the client address once (server/client-address.mjs, with TRUSTED_PROXIES) and hands it to the app in a header
// nobody outside can set. Usage: node server/next-server.mjs dev|start
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import { boundSharedCaching } from './cache-headers.mjs'
import { publicAnswerTags, SURROGATE_KEY } from './cache-tags.mjs'
import { stampClientAddress, trustedProxies } from './client-address.mjs'
import { countReadings } from './count-requests.mjs'
import { carriesCredentials } from './credentials.mjs'
import { unavailableWhileDatabaseIsAway, watchDatabase } from './database-probe.mjs'
import { serverEnv } from './env.mjs'
import { restoreFileLength } from './file-length.mjs'
import { notFoundPages } from './not-found-page.mjs'
import { paceAnonymousApi } from './pace-api.mjs'
import { sentWithoutFramework, withoutFrameworkScripts } from './reading-pages.mjs'
import { hashInlineScripts } from './script-hashes.mjs'

const mode = process.argv[2] === 'dev' ? 'dev' : 'start'
const { PORT: port, HOSTNAME: hostname, TRUSTED_PROXIES, CDN_MAX_AGE: cdnMaxAge, DATABASE_URL } = serverEnv()
const isTrusted = trustedProxies(TRUSTED_PROXIES.join(','))
const database = watchDatabase(DATABASE_URL)

// A production server runs the configuration the build wrote (.next/required-server-files.json), as Next's own
// standalone server does, so the Docker image needs neither next.config.ts nor the tools to read it.
const built = path.join(process.cwd(), '.next', 'required-server-files.json')
const conf = mode === 'start' && existsSync(built) ? JSON.parse(readFileSync(built, 'utf8')).config : undefined
if (conf) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf)

const app = next({
  dev: mode === 'dev',
  hostname,
  port,
  turbopack: mode === 'dev',
  dir: process.cwd(),
  ...(conf ? { conf } : {}),
})
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  notFound.admit(req)
  const client = stampClientAddress(req, isTrusted)
  if (paceAnonymousApi(req, res, client)) return
  const credentialed = carriesCredentials(req.headers)
  boundSharedCaching(res, cdnMaxAge, credentialed)
  // A public answer names its tags for a shared cache; public pages and forms go without the framework's scripts.
  const tags = publicAnswerTags(req, credentialed)
  if (tags) res.setHeader(SURROGATE_KEY, tags.join(' '))
  const bare = sentWithoutFramework(req, credentialed, tags)
  hashInlineScripts(res, async (html) => {
    const page = await notFound.replacement(req, res, html)
    // An error page (5xx) is drawn by the framework in the browser (app/(site)/error.tsx): it keeps its scripts.
    return bare && res.statusCode < 500 ? withoutFrameworkScripts(page ?? html) : page
  })
  restoreFileLength(res)
  unavailableWhileDatabaseIsAway(res, database)
  countReadings(req, res)
  handle(req, res)
})
// Asked of this server itself, wherever it listens.
const notFound = notFoundPages(() => {
  const bound = server.address()
  const host =
    !bound || typeof bound === 'string' || ['0.0.0.0', '::'].includes(bound.address) ? '127.0.0.1' : bound.address
  return `http://${host.includes(':') ? `[${host}]` : host}:${bound && typeof bound === 'object' ? bound.port : port}`
})
server.on('upgrade', app.getUpgradeHandler())
// Slow clients may not hold connections open forever (slowloris): headers within 20 s, a whole request within 60 s.
server.headersTimeout = 20_000
server.requestTimeout = 60_000
server.listen(port, hostname, () =>
  console.log(`[press-office] Listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
)

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  // No new requests; the ones in flight finish; idle keep-alive connections close so the server can close.
  const closed = new Promise((resolve) => server.close(resolve))
  server.closeIdleConnections()
  // Then the jobs in hand finish (instrumentation.ts), then Next, then the process; the launcher (scripts/serve.ts)
  // stops an embedded database last. A stuck request or job is not waited for forever.
  const finish = async () => {
    await closed
    await globalThis.pressOfficeBeforeExit?.()
    await app.close()
  }
  const deadline = new Promise((resolve) => setTimeout(resolve, 25_000).unref())
  Promise.race([finish(), deadline]).finally(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
