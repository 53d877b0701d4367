import autocannon from 'autocannon'
const graphql = JSON.stringify({
  query:
    '{ Releases(limit: 100) { docs { title slug summary topics { name } contacts { name email } heroImage { url alt } } } }',
})
const r = await autocannon({
  url: 'http://localhost:3000',
  connections: 20,
  duration: 5,
  requests: [
    { method: 'GET', path: '/api/releases?limit=100&depth=2' },
    { method: 'GET', path: '/api/releases?limit=100&depth=2&page=2' },
    { method: 'GET', path: '/api/media?limit=100&depth=1' },
    { method: 'GET', path: '/api/contacts?limit=100&depth=2' },
    { method: 'POST', path: '/api/graphql', body: graphql, headers: { 'content-type': 'application/json' } },
  ],
})
console.log(r.requests.average, r['2xx'], r.non2xx, r.errors, r.timeouts, r.statusCodeStats)
