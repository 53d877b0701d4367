import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardedSchedulePublish } from '../lib/admin/guard-schedule-publish'
import type { AuditAction } from '../lib/audit/actions'
import { pruneAuditTrail } from '../lib/audit/retention'
import { auditRow } from '../lib/audit/row'
import { pool } from '../lib/db/pool'
import { CLIENT_HEADER } from '../lib/enquiries/client-ip'
import { importRelease } from '../lib/import/import-release'
import { goPublic } from '../lib/publication/go-public'
import type { AuditEntry, PreviewLink, Release, User } from '../payload-types'
import { makeContacts, makeDistribution } from './support/distribution'
import { makeRelease, makeUser, signedInAs, TEST_PASSWORD, unique } from './support/factories'
import { testPayload } from './support/payload'
import { apiRoutes, type Method } from './support/rest'

let payload: Payload
let admin: User
let editor: User
let contributor: User
let api: Awaited<ReturnType<typeof apiRoutes>>

beforeAll(async () => {
  payload = await testPayload()
  admin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
  api = await apiRoutes(payload)
})

const QUIET = { disableRevalidate: true, skipNotifications: true, skipAlerts: true }
const as = (user: User) => ({ overrideAccess: false as const, user, context: { ...QUIET } })
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The entries about one document, oldest first. */
async function trail(kind: string, subjectId: number | string, action?: AuditAction) {
  const { docs } = await payload.find({
    collection: 'audit-entries',
    overrideAccess: true,
    pagination: false,
    sort: 'id',
    where: {
      subjectCollection: { equals: kind },
      subjectId: { equals: String(subjectId) },
      ...(action ? { action: { equals: action } } : {}),
    },
  })
  return docs
}
const actions = async (kind: string, subjectId: number | string) => (await trail(kind, subjectId)).map((e) => e.action)

const rest = async (method: Method, path: string, user?: User, body?: unknown, extra = {}) =>
  api.rest(method, path, { ...(await signedInAs(payload, user)), ...extra }, body)

const publishDraft = async (data: Partial<Release> = {}) => {
  const draft = await makeRelease(payload, data, true)
  return payload.update({ collection: 'releases', id: draft.id, data: { _status: 'published' }, ...as(editor) })
}

describe('the audit trail records each act once', () => {
  it('publish, address change, unpublish: one entry each, by the editor, with before and after', async () => {
    const release = await publishDraft()
    expect(await actions('releases', release.id)).toEqual(['release.published'])
    const [published] = await trail('releases', release.id)
    expect(published).toMatchObject({ actorId: editor.id, actorLabel: editor.email, subjectTitle: release.title })

    // A draft saved beside the live release (an autosave) changes nothing the public sees: no entry.
    await payload.update({ collection: 'releases', id: release.id, draft: true, data: { summary: 'x' }, ...as(editor) })
    const slug = unique('renamed')
    // Published as the admin's Publish button does it, over the draft just saved.
    await payload.update({
      collection: 'releases',
      id: release.id,
      data: { slug, _status: 'published' },
      ...as(editor),
    })
    await payload.update({ collection: 'releases', id: release.id, data: { _status: 'draft' }, ...as(editor) })
    expect(await actions('releases', release.id)).toEqual([
      'release.published',
      'release.slug-changed',
      'release.unpublished',
    ])
    const [, renamed] = await trail('releases', release.id)
    expect(renamed).toMatchObject({ field: 'slug', before: release.slug, after: slug })
  })

  it('embargo set, changed and lifted early by an editor, and lifted by the clock', async () => {
    const release = await publishDraft()
    const [first, second] = [inDays(2), inDays(3)]
    await payload.update({ collection: 'releases', id: release.id, data: { embargoUntil: first }, ...as(editor) })
    await payload.update({ collection: 'releases', id: release.id, data: { embargoUntil: second }, ...as(editor) })
    await payload.update({ collection: 'releases', id: release.id, data: { embargoUntil: null }, ...as(editor) })
    expect(await actions('releases', release.id)).toEqual([
      'release.published',
      'embargo.set',
      'embargo.changed',
      'embargo.lifted',
    ])
    const changed = (await trail('releases', release.id, 'embargo.changed'))[0]
    expect([changed.before, changed.after].map((d) => new Date(d!).toISOString())).toEqual([first, second])

    // Published under an embargo that then lifts by the clock: the clock is the actor.
    const embargoed = await publishDraft({ embargoUntil: new Date(Date.now() + 1500).toISOString() })
    await goPublic(payload, new Date(Date.now() + 2000))
    await goPublic(payload, new Date(Date.now() + 2500))
    expect(await actions('releases', embargoed.id)).toEqual(['release.published', 'embargo.lifted'])
    expect((await trail('releases', embargoed.id, 'embargo.lifted'))[0].actorLabel).toBe('publication clock')
  })

  it('a correction added to a live release, and a release imported', async () => {
    const release = await publishDraft()
    const correction = { kind: 'correction' as const, date: new Date().toISOString(), note: 'The cost was £4m.' }
    await payload.update({ collection: 'releases', id: release.id, data: { corrections: [correction] }, ...as(editor) })
    expect(await actions('releases', release.id)).toEqual(['release.published', 'correction.added'])
    expect((await trail('releases', release.id, 'correction.added'))[0].after).toBe('The cost was £4m.')

    const text = `${unique('Imported')}\n\nA first paragraph of an imported release.\n\nENDS`
    const result = await importRelease(
      payload,
      { name: 'pasted.txt', data: new TextEncoder().encode(text) },
      {
        user: contributor,
      },
    )
    expect(result.status).toBe('created')
    const id = (result as { id: number }).id
    expect(await actions('releases', id)).toEqual(['import.done'])
    expect((await trail('releases', id))[0].actorLabel).toBe(contributor.email)
  })

  it('a publish scheduled and cancelled from the admin', async () => {
    const release = await makeRelease(payload, {}, true)
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    const call = (args: Record<string, unknown>) =>
      guardedSchedulePublish({ ...args, req } as unknown as Parameters<typeof guardedSchedulePublish>[0])
    const date = inDays(1)
    // The drawer sends a Date.
    await call({ type: 'publish', date: new Date(date), doc: { relationTo: 'releases', value: release.id } })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: release.id } }] },
    })
    await call({ deleteID: docs[0].id })
    expect(await actions('releases', release.id)).toEqual(['schedule.set', 'schedule.cancelled'])
    expect((await trail('releases', release.id, 'schedule.set'))[0].after).toBe(`publish at ${date}`)
    expect((await trail('releases', release.id, 'schedule.cancelled'))[0]).toMatchObject({ actorLabel: editor.email })
  })

  it('preview links created and revoked, a distribution sent, a file replaced', async () => {
    const release = await makeRelease(payload, { embargoUntil: inDays(1) })
    const link = await payload.create({
      collection: 'preview-links',
      data: { release: release.id, recipient: 'reporter@example.net' } as PreviewLink,
      ...as(editor),
    })
    await payload.update({ collection: 'preview-links', id: link.id, data: { revoked: true }, ...as(editor) })
    await payload.update({ collection: 'preview-links', id: link.id, data: { revoked: true }, ...as(editor) })
    expect(await actions('preview-links', link.id)).toEqual(['preview-link.created', 'preview-link.revoked'])
    const other = await payload.create({
      collection: 'preview-links',
      data: { release: release.id, recipient: 'other@example.net' } as PreviewLink,
      ...as(editor),
    })
    await payload.delete({ collection: 'preview-links', id: other.id, ...as(editor) })
    expect(await actions('preview-links', other.id)).toEqual(['preview-link.created', 'preview-link.revoked'])

    const live = await makeRelease(payload)
    const [contact] = await makeContacts(payload, 1)
    const distribution = await makeDistribution(payload, { release: live.id, contacts: [contact.id] })
    const sent = await rest(
      'POST',
      `distributions/${distribution.id}/send`,
      editor,
      {},
      { [CLIENT_HEADER]: '203.0.113.9' },
    )
    expect(sent.status).toBe(200)
    expect(await actions('distributions', distribution.id)).toEqual(['distribution.sent'])
    expect((await trail('distributions', distribution.id))[0]).toMatchObject({
      actorLabel: editor.email,
      clientAddress: '203.0.113.9',
    })

    const png = (shade: number) => ({
      data: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      ),
      mimetype: 'image/png',
      name: `pixel-${shade}-${unique('p')}.png`,
      size: 70,
    })
    const media = await payload.create({ collection: 'media', data: { alt: 'A pixel' }, file: png(1), ...as(editor) })
    await payload.update({ collection: 'media', id: media.id, data: { alt: 'Still a pixel' }, ...as(editor) })
    const replaced = await payload.update({ collection: 'media', id: media.id, data: {}, file: png(2), ...as(editor) })
    expect(await actions('media', media.id)).toEqual(['media.replaced'])
    expect((await trail('media', media.id))[0]).toMatchObject({ before: media.filename, after: replaced.filename })
  })

  it('accounts created, roles changed, sign-ins that worked and that were refused', async () => {
    const email = `${unique('newcomer')}@example.com`
    const created = await payload.create({
      collection: 'users',
      data: { email, password: TEST_PASSWORD, name: 'Newcomer', role: 'contributor' },
      ...as(admin),
    })
    await payload.update({ collection: 'users', id: created.id, data: { name: 'New name' }, ...as(admin) })
    await payload.update({ collection: 'users', id: created.id, data: { role: 'editor' }, ...as(admin) })
    expect(await actions('users', created.id)).toEqual(['user.created', 'user.role-changed'])
    expect((await trail('users', created.id, 'user.role-changed'))[0]).toMatchObject({
      actorLabel: admin.email,
      before: 'contributor',
      after: 'editor',
    })

    const address = { [CLIENT_HEADER]: '198.51.100.77' }
    const refused = await rest('POST', 'users/login', undefined, { email, password: 'a-guess' }, address)
    expect(refused.status).toBe(401)
    const signedIn = await rest('POST', 'users/login', undefined, { email, password: TEST_PASSWORD }, address)
    expect(signedIn.status).toBe(200)
    const signIns = (await trail('users', created.id)).filter((e) => e.action.startsWith('sign-in'))
    expect(signIns.map((e) => [e.action, e.actorLabel, e.clientAddress])).toEqual([
      ['sign-in.failed', email, '198.51.100.77'],
      ['sign-in.succeeded', email, '198.51.100.77'],
    ])
    // An address with no account is recorded too, under the address typed.
    const stranger = `${unique('stranger')}@example.com`
    await rest('POST', 'users/login', undefined, { email: stranger, password: 'a-guess' }, address)
    const { docs } = await payload.find({
      collection: 'audit-entries',
      overrideAccess: true,
      where: { actorLabel: { equals: stranger } },
    })
    expect(docs.map((e) => e.action)).toEqual(['sign-in.failed'])
  })
})

describe('no one can change the trail', () => {
  let entry: AuditEntry
  beforeAll(async () => {
    const release = await publishDraft()
    entry = (await trail('releases', release.id))[0]
  })

  it('is read by admins only', async () => {
    for (const user of [undefined, contributor, editor]) {
      const res = await rest('GET', `audit-entries/${entry.id}`, user)
      expect([401, 403, 404], user?.role ?? 'anonymous').toContain(res.status)
      const list = await rest('GET', 'audit-entries?limit=5', user)
      expect([401, 403], user?.role ?? 'anonymous').toContain(list.status)
    }
    const res = await rest('GET', `audit-entries/${entry.id}`, admin)
    expect(res.status).toBe(200)
  })

  it('refuses to create, edit or delete an entry by REST, bulk or GraphQL, whoever asks', async () => {
    for (const user of [undefined, contributor, editor, admin]) {
      const who = user?.role ?? 'anonymous'
      const tries = [
        rest('POST', 'audit-entries', user, { action: 'release.published', summary: 'Forged' }),
        rest('PATCH', `audit-entries/${entry.id}`, user, { summary: 'Edited' }),
        rest('PATCH', `audit-entries?where[id][equals]=${entry.id}`, user, { summary: 'Edited' }),
        rest('DELETE', `audit-entries/${entry.id}`, user),
        rest('DELETE', `audit-entries?where[id][exists]=true`, user),
      ]
      for (const res of await Promise.all(tries)) {
        const body = await res.json()
        // A bulk call answers 200 with every document in `errors`: what matters is that nothing changed.
        if (res.status === 200) expect(body.docs ?? [], who).toEqual([])
        else expect([400, 401, 403, 404], who).toContain(res.status)
      }
      const mutation = `mutation {
        a: updateAuditEntry(id: ${entry.id}, data: { summary: "Edited" }) { id }
        b: deleteAuditEntry(id: ${entry.id}) { id }
      }`
      const res = await api.graphql(mutation, await signedInAs(payload, user))
      const answer = await res.json()
      expect(answer.errors?.length, who).toBeGreaterThan(0)
      expect(answer.data?.a ?? null, who).toBeNull()
      expect(answer.data?.b ?? null, who).toBeNull()
    }
    const after = await payload.findByID({ collection: 'audit-entries', id: entry.id, overrideAccess: true })
    expect(after.summary).toBe(entry.summary)
    const { totalDocs } = await payload.count({ collection: 'audit-entries', overrideAccess: true })
    expect(totalDocs).toBeGreaterThan(0)
    const forged = await payload.count({
      collection: 'audit-entries',
      overrideAccess: true,
      where: { summary: { equals: 'Forged' } },
    })
    expect(forged.totalDocs).toBe(0)
  })

  it('is append-only in the database too: an update or delete is refused, but the retention job may prune', async () => {
    const db = pool(payload)
    await expect(db.query('UPDATE audit_entries SET summary = $1 WHERE id = $2', ['x', entry.id])).rejects.toThrow(
      /audit trail cannot be changed/,
    )
    await expect(db.query('DELETE FROM audit_entries WHERE id = $1', [entry.id])).rejects.toThrow(
      /audit trail cannot be changed/,
    )
    await expect(payload.delete({ collection: 'audit-entries', id: entry.id, overrideAccess: true })).rejects.toThrow()

    // An entry from long ago goes; this year's stay.
    const old = auditRow(
      { action: 'user.created', subject: { collection: 'users', id: unique('old') } },
      { label: 't' },
    )
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO audit_entries (action, summary, actor_label, subject_collection, subject_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, '2019-01-01', '2019-01-01') RETURNING id`,
      [old.action, old.summary, old.actorLabel, old.subjectCollection, old.subjectId],
    )
    expect(await pruneAuditTrail(payload, new Date(), 0)).toBe(0)
    expect(await pruneAuditTrail(payload, new Date(), 730)).toBeGreaterThanOrEqual(1)
    const left = await db.query('SELECT id FROM audit_entries WHERE id = ANY($1::int[])', [[rows[0].id, entry.id]])
    expect(left.rows.map((r) => r.id)).toEqual([entry.id])
  })
})

describe('exporting the trail', () => {
  it('gives admins the entries their filters show as CSV, cells safe for spreadsheets; no one else', async () => {
    const release = await publishDraft({ title: `=HYPERLINK("http://evil") ${unique('t')}` } as Partial<Release>)
    const filter = `where[subjectId][equals]=${release.id}&where[action][equals]=release.published`
    const res = await rest('GET', `audit-entries/export.csv?${filter}`, admin)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('when_utc,action,who,client_address,kind,document_id,document,field,before,after')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('"Release published"')
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")`)
    // A filter Payload cannot read is the caller's mistake: 400, not 500.
    expect((await rest('GET', 'audit-entries/export.csv?where[nope][equals]=1', admin)).status).toBe(400)
    for (const user of [undefined, contributor, editor])
      expect([401, 403], user?.role ?? 'anonymous').toContain(
        (await rest('GET', `audit-entries/export.csv?${filter}`, user)).status,
      )
  })
})
