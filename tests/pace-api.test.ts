import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { ALL_CLIENTS, IN_FLIGHT, PACE, paceAnonymousApi, paceOf, spend } from '../server/pace-api.mjs'

const req = (url: string, headers: Record<string, string> = {}) => ({ url, headers }) as unknown as IncomingMessage

describe('pacing anonymous API requests in front of the app', () => {
  it('reads the path as the router does, and leaves alone anything that may be staff', () => {
    const cases: Array<[string, Record<string, string>, string | undefined]> = [
      ['/api/releases?limit=1', {}, 'api'],
      ['/api//releases', {}, 'api'],
      ['/%61pi/releases', {}, 'api'],
      ['//api/releases', {}, 'api'],
      ['/api/./releases', {}, 'api'],
      ['/api/graphql', {}, 'api'],
      ['/api/media/file/photo.jpg', {}, 'files'],
      ['/api/media/file/../file/photo.jpg', {}, 'files'],
      ['/api/users/login', {}, 'signIn'],
      ['/api/users//login', {}, 'signIn'],
      ['/api/users/%6Cogin', {}, 'signIn'],
      ['/api/users/forgot-password', {}, 'signIn'],
      ['/api/health', {}, undefined],
      ['/news/a-story', {}, undefined],
      ['/apix/releases', {}, undefined],
      ['/api/releases', { cookie: 'payload-token =x' }, undefined],
      ['/api/releases', { cookie: 'a=1; PAYLOAD%2Dtoken=x' }, undefined],
      ['/api/releases', { authorization: 'Bearer x' }, undefined],
      ['/api/releases', { cookie: 'theme=dark' }, 'api'],
    ]
    for (const [url, headers, kind] of cases)
      expect(paceOf(req(url, headers)), `${url} ${JSON.stringify(headers)}`).toBe(kind)
  })

  it("gives each client a burst and a steady rate, apart from everyone else's", () => {
    const now = Date.now()
    const client = `203.0.113.${Math.floor(Math.random() * 250)}`
    for (let i = 0; i < PACE.api.capacity; i++) expect(spend('api', client, now)).toBe(true)
    expect(spend('api', client, now)).toBe(false)
    expect(spend('api', `${client}-other`, now)).toBe(true)
    // A second later, a second's worth more.
    let more = 0
    while (spend('api', client, now + 1000)) more++
    expect(more).toBe(PACE.api.perSecond)
  })

  it('answers over-budget and over-capacity requests itself, after a pause, and lets the rest through', async () => {
    const waiting: Array<() => void> = []
    const frozen = Date.now()
    const server = createServer((request, res) => {
      const client = String(request.headers['x-client'])
      // The thread counts as busy only when a test says so, whatever else this machine is doing.
      const busy = request.headers['x-busy'] === 'yes'
      // And the clock stands still, so no token comes back while the test asks: the counts are exact.
      if (paceAnonymousApi(request, res, client, { pauseMs: 20, busy: () => busy, now: () => frozen })) return
      if (request.url?.startsWith('/api/slow')) return waiting.push(() => res.end('done'))
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const ask = (path: string, client: string, busy = 'no') =>
      fetch(base + path, { headers: { 'x-client': client, 'x-busy': busy } })
    // One client past its burst (one at a time, so only the pace decides): 429 with Retry-After.
    const greedy = `198.51.100.${Math.floor(Math.random() * 250)}`
    const statuses: number[] = []
    for (let i = 0; i < PACE.api.capacity + 10; i++) statuses.push((await ask('/api/x', greedy)).status)
    expect(statuses.slice(0, PACE.api.capacity).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(PACE.api.capacity)).toEqual(Array(10).fill(429))
    expect((await ask('/api/x', greedy)).headers.get('retry-after')).toBe('1')
    expect((await ask('/api/x', 'someone-else')).status).toBe(200)
    // Everyone together: past the requests in flight, 503 until one finishes.
    const slow = Array.from({ length: IN_FLIGHT.api }, (_, i) => ask('/api/slow', `slow-${i}`))
    await expect.poll(() => waiting.length).toBe(IN_FLIGHT.api)
    expect((await ask('/api/x', 'late')).status).toBe(503)
    for (const done of waiting.splice(0)) done()
    await Promise.all(slow)
    expect((await ask('/api/x', 'late')).status).toBe(200)
    // While the thread is busy, everyone together starts only so many: new clients too are told to wait.
    const crowd = []
    for (let i = 0; i < ALL_CLIENTS.api.capacity + 10; i++)
      crowd.push((await ask('/api/x', `crowd-${i}`, 'yes')).status)
    expect(crowd.slice(0, ALL_CLIENTS.api.capacity).every((s) => s === 200)).toBe(true)
    expect(crowd.slice(ALL_CLIENTS.api.capacity)).toEqual(Array(10).fill(503))
    // Pages are never paced here.
    expect((await ask('/news/x', greedy)).status).toBe(200)
    server.close()
  })
})
