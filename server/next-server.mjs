// The HTTP server in front of Next (`npm run dev`, `npm start`, the Docker image). Next itself cannot tell a
// client's own X-Forwarded-For from one a proxy wrote, nor see the connection's address, so this server decides
// the client address once (server/client-address.mjs, with TRUSTED_PROXIES) and hands it to the app in a header
// nobody outside can set. Usage: node server/next-server.mjs dev|start
import { createServer } from 'node:http'
import next from 'next'
import { stampClientAddress, trustedProxies } from './client-address.mjs'

const mode = process.argv[2] === 'dev' ? 'dev' : 'start'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const isTrusted = trustedProxies(process.env.TRUSTED_PROXIES)

const app = next({ dev: mode === 'dev', hostname, port, turbopack: mode === 'dev' })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  stampClientAddress(req, isTrusted)
  handle(req, res)
})
server.on('upgrade', app.getUpgradeHandler())
// Slow clients may not hold connections open forever (slowloris): headers within 20 s, a whole request within 60 s.
server.headersTimeout = 20_000
server.requestTimeout = 60_000
server.listen(port, hostname, () => console.log(`[press-office] Listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`))

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  // In-flight requests finish; idle keep-alive connections are closed so the process can exit.
  server.close(() => app.close().finally(() => process.exit(0)))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
