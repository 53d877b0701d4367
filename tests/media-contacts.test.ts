import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import type { ImportResult } from '../lib/contacts-book/apply-import'
import { readCsv } from '../lib/contacts-book/csv'
import type { ImportPlan, PlannedRow } from '../lib/contacts-book/import-plan'
import { pool } from '../lib/db/pool'
import type { Distribution, MediaContact, MediaList, PreviewLink, User } from '../payload-types'
import { makeRelease, makeUser, signedInAs, unique } from './support/factories'
import { testPayload } from './support/payload'

type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Answer = Partial<ImportPlan> & { result?: ImportResult; errors?: Array<{ message: string }> }

let payload: Payload
let editor: User
let contributor: User
let REST: Record<Method, Route>
let GRAPHQL: Route
let health: { id: number; name: string }
let science: { id: number; name: string }

beforeAll(async () => {
  payload = await testPayload()
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
  const { default: config } = await import('../payload.config')
  const routes = await import('@payloadcms/next/routes')
  REST = {
    GET: guardRoute('rest', routes.REST_GET(config), async () => payload),
    POST: guardRoute('rest', routes.REST_POST(config), async () => payload),
    PATCH: guardRoute('rest', routes.REST_PATCH(config), async () => payload),
    DELETE: guardRoute('rest', routes.REST_DELETE(config), async () => payload),
  }
  GRAPHQL = guardRoute('graphql', routes.GRAPHQL_POST(config), async () => payload)
  const topic = (name: string) =>
    payload.create({
      collection: 'topics',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name, slug: unique('beat') },
    })
  health = await topic(unique('Health'))
  science = await topic(unique('Science'))
})

/** A REST call through the API's front door and Payload's own router, signed in as `user` if given. */
async function rest(method: Method, path: string, user?: User, body?: BodyInit, type?: string) {
  const headers: Record<string, string> = { ...(await signedInAs(payload, user)) }
  if (type) headers['content-type'] = type
  const res = await REST[method](new Request(`http://localhost:3000/api/${path}`, { method, headers, body }), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })
  return res
}

/** The admin's Check file / Import buttons: the CSV as a form upload. */
async function importCsv(csv: string | Uint8Array, mode: string, user?: User, expect?: string) {
  const form = new FormData()
  form.append('file', new Blob([csv as BlobPart], { type: 'text/csv' }), 'contacts.csv')
  form.append('mode', mode)
  if (expect) form.append('expect', expect)
  const res = await rest('POST', 'media-contacts/import', user, form)
  return { status: res.status, body: (await res.json()) as Answer }
}

const preview = async (csv: string | Uint8Array, user: User = contributor) => {
  const answer = await importCsv(csv, 'preview', user)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return answer.body as ImportPlan
}
const rowOf = (plan: ImportPlan, row: number) => plan.rows.find((r) => r.row === row) as PlannedRow
const address = (label: string) => `${unique(label)}@example.org`
const contactAt = async (email: string) =>
  (
    await payload.find({
      collection: 'media-contacts',
      overrideAccess: true,
      where: { email: { equals: email } },
      depth: 0,
    })
  ).docs[0]
const makeContact = (data: Partial<MediaContact>) =>
  payload.create({
    collection: 'media-contacts',
    overrideAccess: true,
    data: { name: unique('Reporter'), email: address('reporter'), ...data } as MediaContact,
  })
const graphql = async (query: string) => {
  const res = await GRAPHQL(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
    { params: Promise.resolve({ slug: ['graphql'] }) },
  )
  return res.text()
}

/** One book of test rows: what each row is for is the comment beside it. */
function bookFile(known: MediaContact, unsubscribed: MediaContact) {
  const fresh = address('fresh')
  const rows = [
    'Name,E-mail,Outlet,Job title,Beats,Lawful basis,Basis date,Favourite colour',
    `Ada Fresh,${fresh},The Post,Health correspondent,${health.name}; ${science.name},consent,01/02/2025,blue`, // 2
    `,  ${known.email.toUpperCase()} ,New Outlet,,${science.name},,,`, // 3: the known contact, typed differently
    `Ada Again,${fresh.toUpperCase()},,,,,,`, // 4: the same address as row 2
    'No Address,,The Post,,,,,', // 5
    'Bad Address,not-an-address,,,,,,', // 6
    `Basis,${address('basis')},,,,maybe,,`, // 7
    `Date,${address('date')},,,,,31/02/2025,`, // 8
    `Opted Out,${unsubscribed.email},Another Outlet,,,,,`, // 9
    `Beat Person,${address('beat')},,,Knitting ${unique('x')}|${health.name},,,`, // 10
    `,${address('noname')},,,,,,`, // 11
  ]
  return { csv: rows.join('\n'), fresh }
}

describe('importing media contacts from CSV', () => {
  it('previews each row as add, update or skip, with the reason in words, and saves nothing', async () => {
    const known = await makeContact({ outlet: 'Old Outlet', beats: [health.id] })
    const unsubscribed = await makeContact({ status: 'unsubscribed', unsubscribedAt: '2026-03-02T10:00:00.000Z' })
    const { csv, fresh } = bookFile(known, unsubscribed)
    const plan = await preview(csv)

    expect(rowOf(plan, 2)).toMatchObject({ action: 'add', email: fresh, name: 'Ada Fresh', warnings: [] })
    expect(rowOf(plan, 3)).toMatchObject({ action: 'update', email: known.email, name: known.name, contact: known.id })
    expect(rowOf(plan, 3).changes).toEqual([
      { field: 'Outlet', from: 'Old Outlet', to: 'New Outlet' },
      { field: 'Beats', from: health.name, to: `${health.name}; ${science.name}` },
    ])
    expect(rowOf(plan, 4)).toMatchObject({ action: 'skip', reason: 'The same address as row 2 in this file.' })
    expect(rowOf(plan, 5)).toMatchObject({ action: 'skip', reason: 'No email address.' })
    expect(rowOf(plan, 6)).toMatchObject({ action: 'skip', reason: '"not-an-address" is not an email address.' })
    expect(rowOf(plan, 7).reason).toMatch(/lawful basis "maybe" is neither "legitimate interest" nor "consent"/)
    expect(rowOf(plan, 8).reason).toMatch(/basis date "31\/02\/2025" is not a date/)
    expect(rowOf(plan, 9)).toMatchObject({
      action: 'skip',
      reason: 'Unsubscribed on 02/03/2026: an import never adds them back.',
    })
    expect(rowOf(plan, 10)).toMatchObject({ action: 'add' })
    expect(rowOf(plan, 10).warnings[0]).toMatch(/^No topic is called "Knitting .*", so that beat is left out\.$/)
    expect(rowOf(plan, 11)).toMatchObject({ action: 'skip', reason: 'No name: a new contact needs one.' })
    expect(plan.counts).toEqual({ add: 2, update: 1, skip: 7 })
    expect(plan.ignoredColumns).toEqual(['Favourite colour'])

    expect(await contactAt(fresh)).toBeUndefined()
    expect((await contactAt(known.email)).outlet).toBe('Old Outlet')
  })

  it('applies exactly what the preview said and nothing more, and never brings back an unsubscribed contact', async () => {
    const known = await makeContact({ outlet: 'Old Outlet', beats: [health.id], notes: 'Keep these notes.' })
    const unsubscribed = await makeContact({ status: 'unsubscribed', outlet: 'Their Outlet' })
    const { csv, fresh } = bookFile(known, unsubscribed)
    const plan = await preview(csv)
    const { status, body } = await importCsv(csv, 'apply', contributor, plan.fingerprint)
    expect(status).toBe(200)
    expect(body.result?.counts).toEqual({ added: plan.counts.add, updated: plan.counts.update, failed: 0 })
    expect(body.result?.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'added'],
      [3, 'updated'],
      [10, 'added'],
    ])

    const added = await contactAt(fresh)
    expect(added).toMatchObject({
      name: 'Ada Fresh',
      outlet: 'The Post',
      role: 'Health correspondent',
      beats: [health.id, science.id],
      lawfulBasis: 'consent',
      source: 'CSV import',
      status: 'active',
    })
    expect(added.basisDate.slice(0, 10)).toBe('2025-02-01')
    const updated = await contactAt(known.email)
    expect(updated).toMatchObject({ name: known.name, outlet: 'New Outlet', notes: 'Keep these notes.' })
    expect(updated.beats).toEqual([health.id, science.id])
    expect(await contactAt(unsubscribed.email)).toMatchObject({ status: 'unsubscribed', outlet: 'Their Outlet' })
    for (const row of [7, 8, 11]) expect(await contactAt(rowOf(plan, row).email), `row ${row}`).toBeUndefined()

    // The same file again changes nothing: every address is in the book with these details now.
    const again = await importCsv(csv, 'apply', contributor)
    expect(again.body.result?.counts).toEqual({ added: 0, updated: 0, failed: 0 })
    expect(rowOf(again.body as ImportPlan, 2)).toMatchObject({
      action: 'skip',
      reason: expect.stringMatching(/nothing new/),
    })
  })

  it('refuses to apply a preview the contacts book has since overtaken', async () => {
    const late = address('late')
    const csv = `name,email,outlet\nLate Comer,${late},From The File\n`
    const plan = await preview(csv)
    expect(plan.counts.add).toBe(1)
    await makeContact({ email: late, name: 'Added Meanwhile', outlet: 'By Hand' })
    const { status, body } = await importCsv(csv, 'apply', contributor, plan.fingerprint)
    expect(status).toBe(409)
    expect(body.errors?.[0].message).toMatch(/changed since you checked this file, so nothing was imported/)
    expect(rowOf(body as ImportPlan, 2)).toMatchObject({ action: 'update' })
    expect(await contactAt(late)).toMatchObject({ name: 'Added Meanwhile', outlet: 'By Hand' })
  })

  it('reads quoted cells with commas, line breaks and quotes, CRLF, a byte order mark, and any case of address', async () => {
    const email = address('jo')
    const csv =
      '\uFEFFName,Email,Notes,Outlet\r\n' +
      `"Bloggs, Jo", ${email.toUpperCase()} ,"Line one\r\nline two, with ""quotes""",The Post\r\n` +
      `"Second, Row",${address('second')},,"Outlet, Ltd"\r\n`
    const plan = await preview(csv)
    expect(plan.rows.map((r) => [r.row, r.action, r.name])).toEqual([
      [2, 'add', 'Bloggs, Jo'],
      [3, 'add', 'Second, Row'],
    ])
    expect(rowOf(plan, 2).email).toBe(email)
    expect((await importCsv(csv, 'apply', editor)).status).toBe(200)
    expect(await contactAt(email)).toMatchObject({
      name: 'Bloggs, Jo',
      notes: 'Line one\r\nline two, with "quotes"',
      outlet: 'The Post',
    })
    // The same person typed as `Jo@Example.COM ` is the same contact: an update, never a second one.
    const again = await preview(`email,outlet\n${email.replace(/^./, (c) => c.toUpperCase())} ,Another Post\n`)
    expect(rowOf(again, 2)).toMatchObject({ action: 'update', email })

    // Excel's plain CSV on Windows (Windows-1252), with semicolons as Excel writes them in much of Europe.
    const latin = Uint8Array.from([...Buffer.from('name;email\nZo'), 0xeb, ...Buffer.from(`;${address('zoe')}\n`)])
    expect(rowOf(await preview(latin), 2)).toMatchObject({ action: 'add', name: 'Zoë' })
  })

  it('answers a file it cannot read with a 400 or 413 in words, never a 500', async () => {
    const cases: Array<[string | Uint8Array, number, RegExp]> = [
      [`name,email\n"Jo Bloggs,${address('q')}\n`, 400, /quoted cell that starts on row 2 never ends/],
      ['name,outlet\nJo,The Post\n', 400, /no email column/],
      [Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 9]), 400, /spreadsheet workbook \(\.xlsx or \.ods\), not a CSV/],
      [Uint8Array.from([0xff, 0xfe, 0x6e, 0, 0x61, 0]), 400, /not a CSV text file/],
      ['name,email\n', 400, /names its columns but has no contacts/],
      ['\n\n', 400, /empty/],
      [`name,email\n${`Jo,${address('many')}\n`.repeat(5_001)}`, 413, /at most 5,000 contacts and 2 MB/],
      [`name,email,notes\nJo,${address('big')},${'x'.repeat(2 * 1024 * 1024)}\n`, 413, /at most 5,000 contacts/],
    ]
    for (const [csv, status, message] of cases) {
      const answer = await importCsv(csv, 'preview', contributor)
      expect(answer.status, String(message)).toBe(status)
      expect(answer.body.errors?.[0].message).toMatch(message)
    }
    const badMode = await importCsv(`name,email\nJo,${address('mode')}\n`, 'now please', contributor)
    expect(badMode).toMatchObject({
      status: 400,
      body: { errors: [{ message: 'Say "preview" or "apply" as the mode.' }] },
    })
    const noFile = await rest('POST', 'media-contacts/import', contributor, new FormData())
    expect(noFile.status).toBe(400)
    // A plain body is read too, with the mode in the query string.
    const plain = await rest(
      'POST',
      'media-contacts/import?mode=preview',
      contributor,
      'email\nnot-an-address\n',
      'text/csv',
    )
    expect(plain.status).toBe(200)
    expect(((await plain.json()) as ImportPlan).counts).toEqual({ add: 0, update: 0, skip: 1 })
  })
})

describe('exporting media contacts', () => {
  it('gives staff every contact with every field as CSV, no cell starting like a formula', async () => {
    const email = address('export')
    await makeContact({
      email,
      name: '=cmd|"/c calc"!A1',
      outlet: 'The Export Post',
      phone: '+44 1632 960123',
      beats: [science.id],
      lawfulBasis: 'consent',
      basisDate: '2025-02-01T12:00:00.000Z',
      bounceReason: '@SUM(1+1)',
    })
    const res = await rest('GET', 'media-contacts/export.csv', contributor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const text = await res.text()
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`)
    expect(text).not.toMatch(/(^|,)"=/m)
    const read = readCsv(text)
    if (!read.ok) throw new Error('the export is not CSV')
    const [header, ...rows] = read.records.map((r) => r.cells)
    expect(header).toEqual([
      'name',
      'email',
      'outlet',
      'role',
      'beats',
      'phone',
      'notes',
      'source',
      'lawful basis',
      'basis date',
      'status',
      'unsubscribed at',
      'bounced at',
      'bounce reason',
      'created at',
      'updated at',
    ])
    const mine = rows.find((r) => r[1] === email)
    expect(mine?.slice(0, 11)).toEqual([
      `'=cmd|"/c calc"!A1`,
      email,
      'The Export Post',
      '',
      science.name,
      `'+44 1632 960123`,
      '',
      '',
      'consent',
      '01/02/2025',
      'active',
    ])
    expect(mine?.[13]).toBe(`'@SUM(1+1)`)
    // Imported back, the export changes nothing about the contact (the apostrophes come off again).
    const mineAgain = [header, mine!].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n')
    expect(rowOf(await preview(mineAgain), 2)).toMatchObject({
      action: 'skip',
      reason: expect.stringMatching(/nothing new/),
    })
  })
})

async function sentTo(contact: MediaContact, subject: string) {
  const release = await makeRelease(payload)
  const distribution = await payload.create({
    collection: 'distributions',
    overrideAccess: true,
    data: { release: release.id, subject } as Distribution,
  })
  const { rows } = await pool(payload).query(
    `INSERT INTO distribution_recipients (distribution_id, contact_id, email, name, outlet, status)
      VALUES ($1, $2, $3, $4, $5, 'sent') RETURNING id`,
    [distribution.id, contact.id, contact.email, contact.name, contact.outlet],
  )
  return { release, distribution, recipient: rows[0].id as number }
}
const recipientRow = async (id: number) =>
  (await pool(payload).query('SELECT * FROM distribution_recipients WHERE id = $1', [id])).rows[0]

describe('a contact’s personal data', () => {
  it('exports everything held about them to an editor: record, lists, emails sent, preview opens, enquiries', async () => {
    const contact = await makeContact({ outlet: 'The SAR Post', beats: [health.id] })
    const subject = unique('Subject access release')
    const { release, recipient } = await sentTo(contact, subject)
    const link = await payload.create({
      collection: 'preview-links',
      overrideAccess: true,
      data: { release: release.id, recipient: `${contact.name}, The SAR Post` } as PreviewLink,
    })
    await pool(payload).query('UPDATE distribution_recipients SET preview_link_id = $2 WHERE id = $1', [
      recipient,
      link.id,
    ])
    await pool(payload).query(
      `INSERT INTO preview_link_opens (link_id, opened_at, reader, kind, browser)
        VALUES ($1, now(), 'hash', 'person', 'Safari on iPhone')`,
      [link.id],
    )
    const list = await payload.create({
      collection: 'media-lists',
      overrideAccess: true,
      data: { name: unique('SAR list'), kind: 'picked', contacts: [contact.id] } as MediaList,
    })
    const enquiry = await payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      context: { skipEnquiryEmails: true },
      data: {
        name: contact.name,
        outlet: 'The SAR Post',
        email: contact.email.toUpperCase(),
        subject: 'A question',
        message: 'About the release.',
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
        status: 'new',
      },
    })
    const path = `media-contacts/${contact.id}/personal-data.json`

    expect((await rest('GET', path)).status).toBe(401)
    const refused = await rest('GET', path, contributor)
    expect(refused.status).toBe(403)
    expect(await refused.text()).toMatch(/Only editors and admins can export a contact’s personal data/)
    expect((await rest('GET', 'media-contacts/2000000000/personal-data.json', editor)).status).toBe(404)
    const res = await rest('GET', path, editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const data = await res.json()
    expect(data.contact).toMatchObject({ id: contact.id, email: contact.email, beats: [health.name] })
    expect(data.mediaLists.map((l: MediaList) => l.id)).toEqual([list.id])
    expect(data.emailsSent).toEqual([
      expect.objectContaining({
        id: recipient,
        subject,
        email: contact.email,
        status: 'sent',
        preview_link_id: link.id,
      }),
    ])
    expect(data.previewLinks).toEqual([
      expect.objectContaining({
        id: link.id,
        recipient: `${contact.name}, The SAR Post`,
        opens: [expect.objectContaining({ kind: 'person', browser: 'Safari on iPhone' })],
      }),
    ])
    expect(data.enquiries.map((e: { id: number }) => e.id)).toEqual([enquiry.id])
  })

  it('is erased when an editor deletes the contact, leaving the recipient rows as anonymous counts', async () => {
    const contact = await makeContact({ outlet: 'The Erased Post' })
    const { recipient } = await sentTo(contact, unique('Erasure release'))

    // A contributor may not erase anyone.
    expect((await rest('DELETE', `media-contacts/${contact.id}`, contributor)).status).toBe(403)
    expect(await recipientRow(recipient)).toMatchObject({ contact_id: contact.id, email: contact.email })

    expect((await rest('DELETE', `media-contacts/${contact.id}`, editor)).status).toBe(200)
    expect(await recipientRow(recipient)).toMatchObject({
      contact_id: null,
      email: null,
      name: null,
      outlet: null,
      status: 'sent',
    })
    expect(await contactAt(contact.email)).toBeUndefined()
  })

  it('keeps an erased contact who had said no from being added back, by import or by hand', async () => {
    const email = address('said-no')
    const contact = await makeContact({ email, status: 'unsubscribed' })
    const active = await makeContact({})
    for (const c of [contact, active]) expect((await rest('DELETE', `media-contacts/${c.id}`, editor)).status).toBe(200)
    // Only a keyed hash is left: no table holds the address itself.
    const { rows } = await pool(payload).query('SELECT * FROM contact_suppressions')
    expect(JSON.stringify(rows)).not.toContain(email)
    const plan = await preview(`Name,Email\nSaid No,${email.toUpperCase()}\nStill Fine,${active.email}\n`)
    expect(rowOf(plan, 2)).toMatchObject({ action: 'skip', reason: expect.stringMatching(/Asked not to get releases/) })
    expect(rowOf(plan, 3).action).toBe('add')
    const byHand = (user: User, lawfulBasis: MediaContact['lawfulBasis']) =>
      rest('POST', 'media-contacts', user, JSON.stringify({ name: 'Said No', email, lawfulBasis }), 'application/json')
    const refused = await byHand(contributor, 'consent')
    expect(refused.status).toBe(400)
    expect(await refused.text()).toMatch(/asked not to get releases/)
    expect((await byHand(editor, 'legitimate-interest')).status).toBe(400)
    // They asked to be added again: an editor records their consent.
    expect((await byHand(editor, 'consent')).status).toBe(201)
  })
})

describe('who may touch the contacts book', () => {
  it('shows an anonymous caller nothing, by REST or GraphQL, and lets them import or export nothing', async () => {
    const contact = await makeContact({ outlet: 'The Private Post' })
    const csv = `name,email\nSneaky,${address('sneaky')}\n`
    for (const mode of ['preview', 'apply']) {
      const answer = await importCsv(csv, mode)
      expect(answer.status, mode).toBe(401)
      expect(answer.body.rows).toBeUndefined()
    }
    expect(await contactAt(csv.split(',').pop()!.trim())).toBeUndefined()
    for (const path of [
      'media-contacts/export.csv',
      `media-contacts/${contact.id}/personal-data.json`,
      'media-contacts',
      `media-contacts/${contact.id}`,
      `media-contacts?where[email][equals]=${encodeURIComponent(contact.email)}`,
    ]) {
      const res = await rest('GET', path)
      expect([401, 403], path).toContain(res.status)
      expect(await res.text(), path).not.toContain(contact.email)
    }
    const answer = await graphql('query { MediaContacts(limit: 100) { docs { email name } } }')
    expect(answer).not.toContain(contact.email)
    expect(answer).toMatch(/not allowed|forbidden/i)
  })

  it('lets a contributor add and edit contacts but not change who gets releases, nor erase anyone', async () => {
    const contact = await makeContact({ status: 'unsubscribed' })
    const patch = await rest(
      'PATCH',
      `media-contacts/${contact.id}`,
      contributor,
      JSON.stringify({ status: 'active', outlet: 'Edited By Hand' }),
      'application/json',
    )
    expect(patch.status).toBe(200)
    expect(await contactAt(contact.email)).toMatchObject({ status: 'unsubscribed', outlet: 'Edited By Hand' })

    // Nor by a file that says so: the status column is ignored, and the row skipped.
    const plan = await preview(`email,name,status\n${contact.email},Someone,active\n`)
    expect(plan.ignoredColumns).toEqual(['status (an import never changes this)'])
    expect(rowOf(plan, 2)).toMatchObject({
      action: 'skip',
      reason: expect.stringMatching(/^Unsubscribed: an import never adds them back/),
    })
    expect((await importCsv(`email,name,status\n${contact.email},Someone,active\n`, 'apply', contributor)).status).toBe(
      200,
    )
    expect(await contactAt(contact.email)).toMatchObject({ status: 'unsubscribed' })
    expect((await rest('DELETE', `media-contacts/${contact.id}`, contributor)).status).toBe(403)
    expect(await contactAt(contact.email)).toBeDefined()
  })
})
