// One load generator, run in a process of its own by bench/isolation.ts: several generators in one process share
// its one thread, and a flood's generator would then slow the page's generator instead of the server.
//   tsx bench/load.ts '<json: { url, connections, seconds, kind: "get"|"busting"|"api", path?, spread? }>'
import { randomBytes } from 'node:crypto'
import autocannon from 'autocannon'

type Job = {
  url: string
  connections: number
  seconds: number
  kind: 'get' | 'busting' | 'api'
  path?: string
  spread?: boolean
}
const job = JSON.parse(process.argv[2]) as Job
const anyAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`
const from = (req: autocannon.Request) =>
  job.spread ? { ...req, headers: { ...req.headers, 'x-forwarded-for': anyAddress() } } : req

const graphql = JSON.stringify({
  query:
    '{ Releases(limit: 100) { docs { title slug summary topics { name } ' +
    'contacts { name email } heroImage { url alt } } } }',
})
const requests: autocannon.Request[] =
  job.kind === 'busting'
    ? [
        {
          method: 'GET',
          setupRequest: (req) =>
            from({ ...req, path: `/api/releases?limit=20&where[title][like]=${randomBytes(6).toString('hex')}` }),
        },
      ]
    : job.kind === 'api'
      ? [
          { method: 'GET', path: '/api/releases?limit=100&depth=2' },
          { method: 'GET', path: '/api/releases?limit=100&depth=2&page=2' },
          { method: 'GET', path: '/api/media?limit=100&depth=1' },
          { method: 'GET', path: '/api/contacts?limit=100&depth=2' },
          { method: 'POST', path: '/api/graphql', body: graphql, headers: { 'content-type': 'application/json' } },
        ]
      : [{ method: 'GET', path: job.path ?? '/', setupRequest: from }]

const result = await autocannon({ url: job.url, connections: job.connections, duration: job.seconds, requests })
process.stdout.write(JSON.stringify(result))
