import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { opensOf, recordOpen } from '../lib/db/preview-opens'
import { browserFamily, openKind } from '../lib/preview/open-kind'
import type { PreviewLink } from '../payload-types'
import { makeRelease, makeUser } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
const IPHONE = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  'Version/17.5 Mobile/15E148 Safari/604.1',
].join(' ')
const browser = { accept: 'text/html,application/xhtml+xml', 'accept-language': 'en-GB,en;q=0.9' }
const asked = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()]

describe('who opened a preview link', () => {
  it('tells people from robots, mail link scanners, prefetches and openings after the lift', () => {
    expect(openKind(asked({ ...browser, 'user-agent': CHROME }), false)).toBe('person')
    expect(openKind(asked({ ...browser, 'user-agent': IPHONE }), true)).toBe('after-lift')
    for (const agent of [
      'curl/8.5.0',
      '',
      'Mozilla/5.0 (compatible; Googlebot/2.1)',
      `${CHROME} Proofpoint URL Defense`,
    ])
      expect(openKind(asked({ ...browser, 'user-agent': agent }), false), agent).toBe('robot')
    // A scanner posing as Chrome but sending no browser's navigation headers.
    expect(openKind(asked({ 'user-agent': CHROME }), false)).toBe('robot')
    expect(openKind(asked({ ...browser, 'user-agent': CHROME, 'sec-purpose': 'prefetch' }), false)).toBe('prefetch')
    expect(browserFamily(CHROME)).toBe('Chrome on Windows')
    expect(browserFamily(IPHONE)).toBe('Safari on iPhone')
  })

  it('counts a journalist who read it three times as three, not the hundred requests around them', async () => {
    const editor = await makeUser(payload, 'editor')
    const release = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const link = await payload.create({
      collection: 'preview-links',
      overrideAccess: false,
      user: editor,
      data: { release: release.id, recipient: 'Jo, The Post' } as PreviewLink,
    })
    const t0 = Date.now() - 3_600_000
    const at = (minutes: number) => new Date(t0 + minutes * 60_000)
    const jo = { ip: '203.0.113.20', userAgent: IPHONE, kind: 'person' as const, browser: 'Safari on iPhone' }
    // Jo opens it, reloads twice within minutes (one reading), comes back after lunch, and again on a laptop.
    for (const minutes of [0, 1, 3, 45]) await recordOpen(payload, link.id, jo, at(minutes))
    await recordOpen(payload, link.id, { ...jo, userAgent: CHROME, browser: 'Chrome on Windows' }, at(50))
    // Meanwhile a mail scanner, a page left polling by a script and a prefetch, and after the lift.
    for (let i = 0; i < 90; i++)
      await recordOpen(payload, link.id, { ...jo, ip: '198.51.100.5', kind: 'robot', browser: '' }, at(0))
    for (let i = 0; i < 5; i++) await recordOpen(payload, link.id, { ...jo, kind: 'prefetch' }, at(2))
    for (let i = 0; i < 3; i++) await recordOpen(payload, link.id, { ...jo, kind: 'after-lift' }, at(60))
    const opens = await opensOf(payload, link.id)
    expect(opens).toMatchObject({ visits: 3, readers: 2, robots: 90, prefetches: 5, afterLift: 3 })
    expect(opens.recent[0]).toMatchObject({ kind: 'after-lift', browser: 'Safari on iPhone' })
    // The release's figures count the same three readings.
    const { rows } = await (
      await import('../lib/db/pool')
    )
      .pool(payload)
      .query(`SELECT sum(count) AS n FROM release_counts WHERE release_id = $1 AND kind = 'preview'`, [release.id])
    expect(Number(rows[0].n)).toBe(3)
  })
})
