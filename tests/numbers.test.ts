import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { figuresCsvEndpoint } from '../collections/releases/figures-endpoint'
import { deliverReleaseAlerts } from '../lib/alerts/deliver'
import { recordOpen } from '../lib/db/preview-opens'
import { countsOf } from '../lib/db/release-counts'
import { submitEnquiry } from '../lib/enquiries/submit'
import { releaseFigures, whatLanded } from '../lib/numbers/figures'
import { flushReadings } from '../lib/numbers/flush'
import { weekOf } from '../lib/numbers/weeks'
import { londonDay } from '../lib/on-call/london'
import type { PreviewLink, User } from '../payload-types'
import { CLIENT_HEADER } from '../server/client-address.mjs'
import { countReadings, readingOf, tally } from '../server/count-requests.mjs'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { makeRelease, makeUser, unique } from './support/factories'
import { smtpServer, payloadSendingTo } from './support/smtp'

const smtp = smtpServer()
let payload: Payload
let editor: User
let contributor: User
beforeAll(async () => {
  payload = await payloadSendingTo(smtp)
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
})
afterAll(() => smtp.stop())

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
const today = () => londonDay(new Date())

// A request as Node's HTTP server hands it over, and a response that only finishes: it has no way to set a header,
// so a counter that tried to set a cookie would throw here.
function exchange(url: string, headers: Record<string, string> = { 'user-agent': BROWSER }, method = 'GET') {
  const req = { url, method, headers } as unknown as IncomingMessage
  const res = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as ServerResponse & EventEmitter
  return { req, res, finish: (status = 200) => ((res.statusCode = status), res.emit('finish')) }
}
const countsBySlug = () => new Map([...tally()].map(([key, n]) => [key.split('\t').slice(1).join(' '), n]))

describe('counting readings in the HTTP server', () => {
  it('counts a reader’s page, text, PDF, press kit and download, once each answer is sent', () => {
    tally().clear()
    // Three readers at three addresses: one re-opens a page they kept (304), two others read it.
    let reader = 0
    const nextReader = () => ({ 'user-agent': BROWSER, [CLIENT_HEADER]: `198.51.100.${++reader}` })
    const reopened = exchange('/news/a-story', nextReader())
    countReadings(reopened.req, reopened.res)
    reopened.finish(304)
    for (const url of ['/news/a-story', '/news/a-story?from=topics']) {
      const { req, res, finish } = exchange(url, nextReader())
      countReadings(req, res)
      finish()
    }
    for (const url of [
      '/news/a-story/release.txt',
      '/news/a-story/release.pdf',
      '/news/a-story/press-kit.zip',
      '/api/media/file/photo.jpg?download=a-story',
    ]) {
      const { req, res, finish } = exchange(url)
      countReadings(req, res)
      finish()
    }
    expect(Object.fromEntries(countsBySlug())).toEqual({
      'view a-story': 3,
      'text a-story': 1,
      'pdf a-story': 1,
      'kit a-story': 1,
      'download a-story': 1,
    })
    expect([...tally().keys()].every((key) => key.startsWith(`${today()}\t`))).toBe(true)
  })

  it('counts a reader once per release, kind and half hour, and an address for a few readers at most', () => {
    tally().clear()
    const at = new Date('2026-12-07T10:00:00Z')
    const read = (url: string, headers: Record<string, string>, when = at) => {
      const { req, res, finish } = exchange(url, headers)
      countReadings(req, res, () => when)
      finish()
    }
    const journalist = { 'user-agent': BROWSER, [CLIENT_HEADER]: '203.0.113.7' }
    // Reloaded ten times in a minute: one reading, and one of the text too.
    for (let i = 0; i < 10; i++) read('/news/once-story', journalist, new Date(at.getTime() + i * 6_000))
    read('/news/once-story/release.txt', journalist)
    // Half an hour later it is a new reading.
    read('/news/once-story', journalist, new Date(at.getTime() + 31 * 60_000))
    // A script at one address changing its browser name each time: a handful, not a hundred.
    for (let i = 0; i < 100; i++)
      read('/news/once-story', { 'user-agent': `${BROWSER} Build/${i}`, [CLIENT_HEADER]: '192.0.2.66' })
    // A download link naming a story: once per reader, like a view.
    for (let i = 0; i < 3; i++) read('/api/media/file/photo.jpg?download=once-story', journalist)
    expect(Object.fromEntries(countsBySlug())).toEqual({
      'view once-story': 2 + 5,
      'text once-story': 1,
      'download once-story': 1,
    })
  })

  it('ignores robots, scripts, prefetches, other methods, other addresses and anything but a 200', () => {
    tally().clear()
    const ignored: Array<[string, Record<string, string>, string?, number?]> = [
      ['/news/a-story', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }],
      ['/news/a-story', { 'user-agent': 'facebookexternalhit/1.1' }],
      [
        '/news/a-story',
        {
          'user-agent':
            'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36',
        },
      ],
      ['/news/a-story', { 'user-agent': 'curl/8.5.0' }],
      ['/news/a-story', {}],
      ['/news/a-story', { 'user-agent': BROWSER, 'next-router-prefetch': '1' }],
      ['/news/a-story', { 'user-agent': BROWSER, 'sec-purpose': 'prefetch;prerender' }],
      ['/news/a-story', { 'user-agent': BROWSER }, 'HEAD'],
      ['/news/a-story', { 'user-agent': BROWSER }, 'GET', 404],
      ['/news/a-story', { 'user-agent': BROWSER }, 'GET', 301],
      ['/news', { 'user-agent': BROWSER }],
      ['/news/a-story/card.png', { 'user-agent': BROWSER }],
      ['/api/media/file/photo.jpg', { 'user-agent': BROWSER }],
      ['/api/media/file/photo.jpg?download=../../x', { 'user-agent': BROWSER }],
    ]
    for (const [url, headers, method, status] of ignored) {
      const { req, res, finish } = exchange(url, headers, method)
      countReadings(req, res)
      finish(status)
    }
    expect(tally().size).toBe(0)
    expect(readingOf(exchange('/news/a-story').req)).toEqual({ kind: 'view', slug: 'a-story' })
  })
})

describe('writing the counts', () => {
  it('adds them to each release’s day in PostgreSQL, drops addresses that are not releases, and loses nothing on failure', async () => {
    const release = await makeRelease(payload)
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const counts = tally()
    counts.clear()
    counts.set(`${today()}\tview\t${release.slug}`, 3)
    counts.set(`${today()}\tdownload\t${release.slug}`, 1)
    counts.set(`${today()}\tview\tno-such-release-${unique('x')}`, 7)
    // A download link naming an embargoed release credits it nothing.
    counts.set(`${today()}\tdownload\t${embargoed.slug}`, 5)
    expect(await flushReadings(payload)).toBe(4)
    expect(await countsOf(payload, embargoed.id, today(), today())).toEqual([])
    expect(counts.size).toBe(0)
    counts.set(`${today()}\tview\t${release.slug}`, 2)
    await flushReadings(payload)
    expect(await countsOf(payload, release.id, today(), today())).toEqual([
      { day: today(), kind: 'download', count: 1 },
      { day: today(), kind: 'view', count: 5 },
    ])
    // A write the database refuses: the counts stay for the next try.
    counts.set(`2026-02-30\tview\t${release.slug}`, 9)
    await expect(flushReadings(payload)).rejects.toThrow()
    expect(counts.get(`2026-02-30\tview\t${release.slug}`)).toBe(9)
    counts.clear()
  })

  it('counts enquiries, preview-link opens and delivered alerts for their release as they happen', async () => {
    const release = await makeRelease(payload)
    const sent = await submitEnquiry(payload, enquiryForm({ release: release.slug! }), submitOptions())
    expect(sent.kind).toBe('sent')

    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const link = await payload.create({
      collection: 'preview-links',
      overrideAccess: false,
      user: editor,
      data: { release: embargoed.id, recipient: 'Jo, The Post' } as PreviewLink,
    })
    // Two readers; the first reloads at once (one reading); a link scanner counts for nothing.
    const person = { userAgent: BROWSER, kind: 'person' as const, browser: 'Chrome on Windows' }
    await recordOpen(payload, link.id, { ...person, ip: '203.0.113.9' })
    await recordOpen(payload, link.id, { ...person, ip: '203.0.113.9' })
    await recordOpen(payload, link.id, { ...person, ip: '203.0.113.10' })
    await recordOpen(payload, link.id, { ...person, ip: '198.51.100.1', kind: 'robot' })

    const subscriber = await payload.create({
      collection: 'subscribers',
      overrideAccess: true,
      data: { email: `${unique('reader')}@example.test`, status: 'confirmed', allNews: true },
    })
    expect(await deliverReleaseAlerts(payload, release.id, [subscriber.id])).toBe('sent 1 of 1')

    const figures = await releaseFigures(payload, release.id)
    expect(figures.total).toMatchObject({ enquiry: 1, alert: 1, view: 0 })
    expect((await releaseFigures(payload, embargoed.id)).total.preview).toBe(2)
    expect(figures.days).toHaveLength(14)
    expect(figures.days.at(-1)).toMatchObject({ day: today(), counts: expect.objectContaining({ enquiry: 1 }) })
  })
})

describe('what landed', () => {
  it('ranks the week’s releases by views, sums topics and gives the median time to answer', async () => {
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: `Landed ${unique('t')}` },
    })
    const [big, small] = [
      await makeRelease(payload, { topics: [topic.id] }),
      await makeRelease(payload, { topics: [topic.id] }),
    ]
    const week = weekOf('2031-03-12')
    expect(week).toMatchObject({ from: '2031-03-10', to: '2031-03-16' })
    const counts = tally()
    counts.set(`2031-03-10\tview\t${big.slug}`, 40)
    counts.set(`2031-03-16\tview\t${small.slug}`, 4)
    counts.set(`2031-03-16\tenquiry\t${small.slug}`, 2)
    counts.set(`2031-03-17\tview\t${small.slug}`, 100)
    await flushReadings(payload)
    // Three enquiries that week, answered after 30 and 90 minutes, one not yet: the median is 60.
    const at = (iso: string, minutes: number | null) =>
      payload.create({
        collection: 'enquiries',
        overrideAccess: true,
        context: { skipEnquiryEmails: true },
        data: {
          name: 'J',
          outlet: 'O',
          email: 'j@example.test',
          subject: 'S',
          message: 'M',
          deadline: iso,
          status: minutes === null ? 'new' : 'answered',
          createdAt: iso,
          answeredAt: minutes === null ? null : new Date(new Date(iso).getTime() + minutes * 60_000).toISOString(),
        },
      })
    await at('2031-03-11T10:00:00.000Z', 30)
    await at('2031-03-12T10:00:00.000Z', 90)
    await at('2031-03-13T10:00:00.000Z', null)

    const landed = await whatLanded(payload, week)
    expect(landed.releases.map((r) => [r.id, r.counts.view])).toEqual([
      [big.id, 40],
      [small.id, 4],
    ])
    expect(landed.topics.find((t) => t.name === topic.name)).toEqual({ name: topic.name, views: 44, releases: 2 })
    expect(landed.byEnquiries.map((r) => r.id)).toEqual([small.id])
    expect(landed.enquiries).toEqual({ received: 3, answered: 2, medianMinutes: 60 })
  })

  it('records when an enquiry was first answered, once', async () => {
    const sent = await submitEnquiry(payload, enquiryForm(), submitOptions())
    if (sent.kind !== 'sent') throw new Error('not sent')
    const answered = await payload.update({
      collection: 'enquiries',
      id: sent.id,
      overrideAccess: false,
      user: editor,
      data: { status: 'answered' },
    })
    expect(answered.answeredAt).toBeTruthy()
    const closed = await payload.update({
      collection: 'enquiries',
      id: sent.id,
      overrideAccess: false,
      user: editor,
      data: { status: 'closed', answeredAt: '2000-01-01T00:00:00.000Z' },
    })
    expect(closed.answeredAt).toBe(answered.answeredAt)
  })
})

describe('the CSV export', () => {
  const call = async (user: User | null, query = '') => {
    const req = { user, payload, searchParams: new URLSearchParams(query) } as unknown as PayloadRequest
    return figuresCsvEndpoint(req)
  }

  it('is for staff, refuses bad dates with a reason, and writes one safe line per release, day and kind', async () => {
    expect((await call(null)).status).toBe(401)
    const bad = await call(contributor, 'from=2026-02-30')
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toMatch(/not a date/)
    expect((await call(contributor, 'from=2026-03-01&to=2026-01-01')).status).toBe(400)
    expect((await call(contributor, 'from=2000-01-01&to=2026-01-01')).status).toBe(400)

    const release = await makeRelease(payload, { title: `=HYPERLINK("http://evil.example") ${unique('csv')}` })
    tally().set(`2031-04-02\tpdf\t${release.slug}`, 6)
    await flushReadings(payload)
    const res = await call(contributor, 'from=2031-04-01&to=2031-04-07')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await res.text()).trim().split('\r\n')
    expect(lines[0]).toBe('"day","release_id","slug","title","kind","count"')
    const line = lines.find((l) => l.includes(release.slug!))
    expect(line).toBe(
      `"2031-04-02","${release.id}","${release.slug}","'${release.title.replace(/"/g, '""')}","PDF","6"`,
    )
  })
})
