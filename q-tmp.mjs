import pg from 'pg'
const c = new pg.Client({ connectionString: 'postgres://postgres:W-Q29vLYcrJaH0k-XQv-B7uK@127.0.0.1:45081/pressoffice' })
await c.connect()
const t = Date.now(); await c.query('ANALYZE'); console.log('analyze', Date.now() - t, 'ms')
await c.end()
