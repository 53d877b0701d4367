import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import { pool } from '../lib/db/pool'
import { whatLanded } from '../lib/numbers/figures'
import { releaseOutreach } from '../lib/numbers/outreach'
import { weekOf } from '../lib/numbers/weeks'
import { londonDay } from '../lib/on-call/london'
import type { Release, User } from '../payload-types'
import { makeRelease, makeUser, signedInAs, unique } from './support/factories'
import { testPayload } from './support/payload'

type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let payload: Payload
let contributor: User
let REST: Record<'GET' | 'POST', Route>
const headers = new Map<User | undefined, Record<string, string>>()

beforeAll(async () => {
  payload = await testPayload()
  contributor = await makeUser(payload, 'contributor')
  const { default: config } = await import('../payload.config')
  const routes = await import('@payloadcms/next/routes')
  REST = {
    GET: guardRoute('rest', routes.REST_GET(config), async () => payload),
    POST: guardRoute('rest', routes.REST_POST(config), async () => payload),
  }
})

/** A REST call as the admin makes it, signed in as `user` if given (one sign-in per user for the whole file). */
async function rest(method: 'GET' | 'POST', path: string, user?: User, body?: string) {
  if (!headers.has(user)) headers.set(user, await signedInAs(payload, user))
  const res = await REST[method](
    new Request(`http://localhost:3000/api/${path}`, {
      method,
      headers: { ...headers.get(user), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body,
    }),
    { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
  )
  return res
}

type Answer = {
  added?: Array<{ id: number; outlet: string; url: string }>
  skipped?: Array<{ line: string; reason: string }>
  errors?: Array<{ message: string }>
}
async function paste(release: number | string, text: string, user: User | null = contributor) {
  const res = await rest('POST', 'coverage/paste', user ?? undefined, JSON.stringify({ release, text }))
  return { status: res.status, ...((await res.json()) as Answer) }
}
const logged = async (release: Release) =>
  (
    await payload.find({
      collection: 'coverage',
      overrideAccess: true,
      where: { release: { equals: release.id } },
      pagination: false,
      sort: 'id',
    })
  ).docs
const today = () => londonDay(new Date())

const MESSY = [
  'BBC News: https://www.bbc.co.uk/news/uk-england-harrowmere-1?utm_source=twitter&utm_medium=social#comments',
  '',
  'http://bbc.co.uk/news/uk-england-harrowmere-1/',
  '<https://www.theguardian.com/science/2026/dec/07/harrowmere-telescope>,',
  '   (https://harrowmerepost.co.uk/news/telescope-opens).  ',
  'www.ft.com/content/harrowmere, https://theguardian.com/science/2026/dec/07/harrowmere-telescope?utm_campaign=x',
  'thanks for sending these over!',
  'https://www.bbc.co.uk/news/uk-england-harrowmere-1',
].join('\n')

describe('pasting coverage addresses', () => {
  it('logs each story in a messy list once, guessing the outlet, and a second paste adds nothing', async () => {
    const release = await makeRelease(payload)
    const first = await paste(release.id, MESSY)
    expect(first.status).toBe(200)
    expect(first.added?.map((a) => [a.outlet, a.url])).toEqual([
      ['BBC', 'https://www.bbc.co.uk/news/uk-england-harrowmere-1'],
      ['The Guardian', 'https://www.theguardian.com/science/2026/dec/07/harrowmere-telescope'],
      ['Harrowmere Post', 'https://harrowmerepost.co.uk/news/telescope-opens'],
      ['Financial Times', 'https://www.ft.com/content/harrowmere'],
    ])
    expect(first.skipped?.map((s) => s.reason)).toEqual([
      'listed more than once',
      'listed more than once',
      'not a web address',
      'listed more than once',
    ])
    expect(first.skipped?.[2].line).toBe('thanks for sending these over!')

    const rows = await logged(release)
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({ outlet: 'BBC', date: `${today()}T12:00:00.000Z` })
    expect(rows.every((r) => !r.headline && r.reach == null)).toBe(true)

    // The same stories again, written differently: http, www. or not, a trailing slash, tracking parameters.
    const again = await paste(
      release.id,
      [
        'https://bbc.co.uk/news/uk-england-harrowmere-1/?utm_source=email',
        'http://www.harrowmerepost.co.uk/news/telescope-opens/',
      ].join('\n'),
    )
    expect(again).toMatchObject({ status: 200, added: [] })
    expect(again.skipped?.map((s) => s.reason)).toEqual(['already logged', 'already logged'])
    expect((await paste(release.id, MESSY)).added).toEqual([])
    expect(await logged(release)).toHaveLength(4)

    // Logged once per release: another release's coverage may name the same story.
    const other = await makeRelease(payload)
    expect((await paste(other.id, MESSY)).added).toHaveLength(4)
  })

  it('refuses javascript: and ftp: addresses, saying why, and the collection refuses them too', async () => {
    const release = await makeRelease(payload)
    const answer = await paste(release.id, 'javascript:alert(document.cookie)\nftp://files.example.com/story.txt')
    expect(answer.status).toBe(200)
    expect(answer.added).toEqual([])
    expect(answer.skipped).toEqual([
      { line: 'javascript:alert(document.cookie)', reason: expect.stringMatching(/^not a web address: only http/) },
      { line: 'ftp://files.example.com/story.txt', reason: expect.stringMatching(/^not a web address: only http/) },
    ])
    expect(await logged(release)).toHaveLength(0)
    await expect(
      payload.create({
        collection: 'coverage',
        overrideAccess: false,
        user: contributor,
        data: { release: release.id, outlet: 'X', date: new Date().toISOString(), url: 'javascript:alert(1)' },
      }),
    ).rejects.toThrow(/Address/)
  })

  it('answers mistakes with a reason, never a server error', async () => {
    const release = await makeRelease(payload)
    const tooLong = await paste(release.id, `https://example.com/${'a'.repeat(20_000)}`)
    expect(tooLong.status).toBe(413)
    expect(tooLong.errors?.[0].message).toMatch(/at most 20,000 characters/)
    const many = Array.from({ length: 201 }, (_, i) => `https://example.com/story-${i}`).join('\n')
    const tooMany = await paste(release.id, many)
    expect(tooMany.status).toBe(400)
    expect(tooMany.errors?.[0].message).toMatch(/at most 200 addresses .*201/)
    expect((await paste(2_000_000_000, 'https://example.com/a')).status).toBe(404)
    expect((await paste('the big one', 'https://example.com/a')).status).toBe(400)
    expect((await rest('POST', 'coverage/paste', contributor, '{"release": 1')).status).toBe(400)
    const longAddress = await paste(release.id, `https://example.com/${'a'.repeat(2_100)}`)
    expect(longAddress.skipped?.[0].reason).toMatch(/^too long/)
    expect(await logged(release)).toHaveLength(0)
  })

  it('is for staff: the signed-out can neither paste nor read coverage', async () => {
    const release = await makeRelease(payload)
    expect((await paste(release.id, 'https://www.bbc.co.uk/news/anonymous', null)).status).toBe(401)
    expect(await logged(release)).toHaveLength(0)
    await paste(release.id, 'https://www.bbc.co.uk/news/staff-only')
    const [row] = await logged(release)

    const list = await rest('GET', 'coverage?limit=100')
    expect(list.status).toBe(403)
    expect(await list.text()).not.toContain('staff-only')
    expect((await rest('GET', `coverage/${row.id}`)).status).toBe(403)
    const mine = await rest('GET', `coverage/${row.id}`, contributor)
    expect(((await mine.json()) as { url: string }).url).toBe('https://www.bbc.co.uk/news/staff-only')
  })
})

/** A distribution sent a minute ago to seven journalists, with what each did: inserted as the send would leave it. */
async function sentDistribution(release: Release, subject: string) {
  const distribution = await payload.create({
    collection: 'distributions',
    overrideAccess: true,
    // Every distribution starts as a draft (hooks/keep-status); the SQL below moves this one on as the send would.
    data: { release: release.id, subject, timing: 'now', status: 'draft' },
  })
  const db = pool(payload)
  await db.query(
    `UPDATE distributions SET status = 'sent', sends_at = now() - interval '1 minute',
    sent_at = now() - interval '1 minute' WHERE id = $1`,
    [distribution.id],
  )
  const journalist = `${unique('journalist')}@example.test`
  const recipients: Array<[string, string, string | null, string | null]> = [
    [journalist, 'sent', 'now()', null],
    [`${unique('j')}@example.test`, 'sent', 'now()', null],
    [`${unique('j')}@example.test`, 'sent', null, 'now()'],
    [`${unique('j')}@example.test`, 'bounced', null, null],
    [`${unique('j')}@example.test`, 'failed', null, null],
    [`${unique('j')}@example.test`, 'pending', null, null],
    [`${unique('j')}@example.test`, 'skipped', null, null],
  ]
  for (const [email, status, clicked, unsubscribed] of recipients) {
    await db.query(
      `INSERT INTO distribution_recipients (distribution_id, contact_id, email, name, outlet, status, sent_at,
        first_clicked_at, unsubscribed_at)
       VALUES ($1, NULL, $2, 'A journalist', 'The Post', $3::varchar,
        CASE WHEN $3::varchar = 'sent' THEN now() - interval '1 minute' END,
        CASE WHEN $4::boolean THEN now() END, CASE WHEN $5::boolean THEN now() END)`,
      [distribution.id, email, status, clicked !== null, unsubscribed !== null],
    )
  }
  // One of them asked the press office a question afterwards.
  await payload.create({
    collection: 'enquiries',
    overrideAccess: true,
    context: { skipEnquiryEmails: true },
    data: {
      name: 'J',
      outlet: 'The Post',
      email: journalist.toUpperCase(),
      subject: 'S',
      message: 'M',
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
      status: 'new',
    },
  })
  return distribution
}
const SUMMARY = { recipients: 7, sent: 3, failed: 1, bounced: 1, skipped: 1, waiting: 1, unsubscribed: 1 }
const OUTCOMES = { opened: 0, clicked: 2, enquired: 1 }

describe('coverage and emails to journalists in the figures', () => {
  let release: Release
  let distributionId: number
  const headline = `=HYPERLINK("http://evil.example") ${unique('story')}`
  beforeAll(async () => {
    release = await makeRelease(payload)
    distributionId = (await sentDistribution(release, `Telescope opens ${unique('s')}`)).id
    const date = `${today()}T12:00:00.000Z`
    for (const data of [
      { outlet: 'BBC', headline, url: 'https://www.bbc.co.uk/news/telescope', reach: 1_200_000 },
      { outlet: 'Harrowmere Post', url: 'https://harrowmerepost.co.uk/telescope' },
    ]) {
      await payload.create({
        collection: 'coverage',
        overrideAccess: true,
        data: { release: release.id, date, ...data },
      })
    }
    // Another release's, which must not be counted as this one's.
    const other = await makeRelease(payload)
    await sentDistribution(other, 'Another release')
    await payload.create({
      collection: 'coverage',
      overrideAccess: true,
      data: { release: other.id, outlet: 'Elsewhere', date, reach: 5 },
    })
  })

  it('gives a release’s emails with what came of them, and its coverage with the reach reported', async () => {
    const outreach = await releaseOutreach(payload, release.id)
    expect(outreach.distributions).toHaveLength(1)
    expect(outreach.distributions[0]).toMatchObject({
      id: distributionId,
      releaseTitle: release.title,
      status: 'sent',
      ...SUMMARY,
      ...OUTCOMES,
    })
    expect(outreach.coverage.map((c) => [c.outlet, c.headline, c.reach])).toEqual([
      ['Harrowmere Post', '', null],
      ['BBC', headline, 1_200_000],
    ])
    expect(outreach.reach).toEqual({ total: 1_200_000, stories: 1, of: 2 })

    const landed = await whatLanded(payload, weekOf(today()))
    expect(landed.outreach.distributions.find((d) => d.id === distributionId)).toMatchObject(SUMMARY)
    expect(landed.outreach.coverage.filter((c) => c.releaseId === release.id)).toHaveLength(2)
    expect((await whatLanded(payload, weekOf('2001-01-01'))).outreach.distributions).toEqual([])
  })

  it('exports the coverage rows and each email’s counts in the figures CSV, each cell safe for a spreadsheet', async () => {
    expect((await rest('GET', `releases/figures.csv?release=${release.id}`)).status).toBe(401)
    expect((await rest('GET', 'releases/figures.csv?release=abc', contributor)).status).toBe(400)
    expect((await rest('GET', 'releases/figures.csv?release=99999999999', contributor)).status).toBe(400)
    expect((await rest('GET', 'releases/figures.csv?release=2000000000', contributor)).status).toBe(404)

    const res = await rest('GET', `releases/figures.csv?release=${release.id}`, contributor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`release-figures-${release.id}-`)
    const csv = await res.text()
    const sections = csv.split('\r\n\r\n')
    expect(sections).toHaveLength(3)
    expect(sections[0].split('\r\n')[0]).toBe('"day","release_id","slug","title","kind","count"')
    expect(sections[1].trim().split('\r\n')).toEqual([
      '"Coverage"',
      '"date","release_id","title","outlet","headline","address","reach"',
      `"${today()}","${release.id}","${release.title}","Harrowmere Post","",` +
        `"https://harrowmerepost.co.uk/telescope",""`,
      `"${today()}","${release.id}","${release.title}","BBC","'${headline.replace(/"/g, '""')}",` +
        `"https://www.bbc.co.uk/news/telescope","1200000"`,
    ])
    const [title, columns, line, ...more] = sections[2].trim().split('\r\n')
    expect(title).toBe('"Sent to journalists"')
    expect(more).toEqual([])
    const row = Object.fromEntries(
      columns.split(',').map((c, i) => [JSON.parse(c), JSON.parse(line.split(',')[i])] as [string, string]),
    )
    expect(row).toMatchObject({ distribution_id: String(distributionId), release_id: String(release.id) })
    expect(row).toMatchObject({ status: 'sent', recipients: '7', sent: '3', failed: '1', bounced: '1' })
    expect(row).toMatchObject({ not_sent: '1', waiting: '1', unsubscribed: '1' })
    expect(row).toMatchObject({ opened_preview: '0', followed_link: '2', enquiries: '1' })

    // Every release's export has them too, beside the other release's.
    const all = await (await rest('GET', 'releases/figures.csv', contributor)).text()
    expect(all).toContain(`"${distributionId}","${release.id}"`)
    expect(all).toContain('"Elsewhere"')
  })
})
