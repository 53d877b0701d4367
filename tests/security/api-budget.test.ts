import { describe, expect, it } from 'vitest'
import { graphqlOverBudget } from '../../lib/api/graphql-budget'
import { LINES } from '../../lib/api/limits'
import { readBodyWithin } from '../../lib/api/read-body'
import { takeTurn } from '../../lib/api/turns'

describe('the GraphQL budget', () => {
  it('refuses an alias bomb, deep nesting and fragment tricks before anything runs', () => {
    const bomb = `{ ${Array.from({ length: 333 }, (_, i) => `a${i}: Releases(limit: 100) { docs { id } }`).join(' ')} }`
    expect(graphqlOverBudget(bomb)).toMatch(/at most 10 top-level fields; this one asks for 333/)
    const deep = `{ Releases { docs { ${'related { '.repeat(12)}id${' }'.repeat(12)} } } }`
    expect(graphqlOverBudget(deep)).toMatch(/nest at most/)
    const fragmentFields = Array.from({ length: 11 }, (_, i) => `r${i}: Releases { totalDocs }`).join(' ')
    const viaFragments = `query { ...F } fragment F on Query { ${fragmentFields} }`
    expect(graphqlOverBudget(viaFragments)).toMatch(/top-level fields/)
    const cyclic = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'
    expect(graphqlOverBudget(cyclic)).toBeUndefined()
    const aliases = `{ Releases { docs { ${Array.from({ length: 40 }, (_, i) => `t${i}: title`).join(' ')} } } }`
    expect(graphqlOverBudget(aliases)).toMatch(/aliases/)
    expect(graphqlOverBudget('{'.repeat(10_000))).toMatch(/could not be read/)
  })

  it('lets ordinary queries through', () => {
    expect(
      graphqlOverBudget('{ Releases(limit: 10) { docs { id title slug topics { name } } totalDocs } }'),
    ).toBeUndefined()
    expect(graphqlOverBudget('mutation { loginUser(email: "a@b.c", password: "x") { token } }')).toBeUndefined()
  })
})

describe('request bodies', () => {
  it('are refused by declared length before a byte is read, and cut off when a stream runs over', async () => {
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(16 * 1024))
      },
    })
    const declared = new Request('http://x/api', {
      method: 'POST',
      body: 'x'.repeat(10),
      headers: { 'content-length': String(200 * 1024 * 1024) },
    })
    expect(await readBodyWithin(declared, 1024)).toMatchObject({ ok: false, status: 413 })
    const streamed = new Request('http://x/api', { method: 'POST', body: endless, duplex: 'half' } as RequestInit)
    expect(await readBodyWithin(streamed, 64 * 1024)).toMatchObject({ ok: false, status: 413 })
    expect(pulled).toBeLessThan(10)
    const small = await readBodyWithin(new Request('http://x/api', { method: 'POST', body: '{"a":1}' }), 1024)
    expect(small.ok && new TextDecoder().decode(small.body)).toBe('{"a":1}')
  })
})

describe('anonymous turns', () => {
  it('runs a few at once, queues some, and turns the rest away', async () => {
    // Many clients, one place each: the line's own bounds decide.
    let n = 0
    const take = () => takeTurn('anonymous', LINES.anonymous, `client-${n++}`)
    const held = await Promise.all(Array.from({ length: LINES.anonymous.concurrent }, take))
    expect(held.every(Boolean)).toBe(true)
    const queued = Array.from({ length: LINES.anonymous.queue }, take)
    expect(await take()).toBeUndefined()
    held[0]!()
    const next = await queued[0]
    expect(next).toBeTruthy()
    next!()
    for (const release of held.slice(1)) release!()
    for (const waiting of queued.slice(1)) (await waiting)?.()
  })
})
