import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../../lib/api/guard-route'
import { setDistribution } from '../../lib/distribution/state'
import type { Distribution, User } from '../../payload-types'
import { makeContacts, makeDistribution, makeList } from '../support/distribution'
import { makeRelease, signedInAs } from '../support/factories'
import { withStaff } from '../support/staff'
import { as } from './support'

type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let payload: Payload
let contributor: User
let editor: User
let REST: Record<'GET' | 'POST' | 'PATCH', Route>
let GRAPHQL: Route

beforeAll(async () => {
  ;({ payload, contributor, editor } = await withStaff())
  const { default: config } = await import('../../payload.config')
  const routes = await import('@payloadcms/next/routes')
  REST = {
    GET: guardRoute('rest', routes.REST_GET(config), async () => payload),
    POST: guardRoute('rest', routes.REST_POST(config), async () => payload),
    PATCH: guardRoute('rest', routes.REST_PATCH(config), async () => payload),
  }
  GRAPHQL = guardRoute('graphql', routes.GRAPHQL_POST(config), async () => payload)
})

async function rest(method: 'GET' | 'POST' | 'PATCH', path: string, user?: User, json?: unknown) {
  const headers: Record<string, string> = { ...(await signedInAs(payload, user)) }
  if (json) headers['content-type'] = 'application/json'
  const res = await REST[method](
    new Request(`http://localhost/api/${path}`, { method, headers, body: json ? JSON.stringify(json) : undefined }),
    { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
  )
  return { status: res.status, text: await res.text() }
}
async function graphql(query: string) {
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
const stored = (id: number) => payload.findByID({ collection: 'distributions', id, depth: 0, overrideAccess: true })

async function prepared(): Promise<Distribution> {
  const release = await makeRelease(payload)
  const [contact] = await makeContacts(payload, 1)
  return makeDistribution(payload, { release: release.id, contacts: [contact.id] })
}

describe('who may send a distribution', () => {
  it('lets a contributor prepare one but never send it, by any route', async () => {
    const d = await prepared()
    expect((await rest('POST', `distributions/${d.id}/send`)).status).toBe(401)
    expect((await rest('POST', `distributions/${d.id}/send`, contributor)).status).toBe(403)
    // Writing the status by REST, GraphQL-shaped fields or on create is ignored: only the send code moves it.
    await rest('PATCH', `distributions/${d.id}`, contributor, {
      status: 'scheduled',
      sendsAt: new Date().toISOString(),
    })
    expect(await stored(d.id)).toMatchObject({ status: 'draft', sendsAt: null })
    const created = await payload.create({
      collection: 'distributions',
      ...as(contributor),
      data: { release: d.release, subject: 'Mine', status: 'sending' } as Distribution,
    })
    expect((await stored(created.id)).status).toBe('draft')
    // No job was queued by any of it.
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'startDistribution' } }, { 'input.distribution': { equals: d.id } }] },
    })
    expect(totalDocs).toBe(0)
    expect((await rest('POST', `distributions/${d.id}/send`, editor)).status).toBe(200)
    expect((await stored(d.id)).status).toBe('scheduled')
  })

  it('duplicates a sent distribution as a draft, and keeps a sent one as it was', async () => {
    const d = await prepared()
    await setDistribution(payload, d.id, { status: 'sent', sentAt: new Date().toISOString(), sentBy: editor.id })
    for (const user of [contributor, editor]) {
      const copy = await payload.duplicate({ collection: 'distributions', id: d.id, ...as(user) })
      expect(await stored(copy.id), user.role!).toMatchObject({ status: 'draft', sentAt: null })
    }
    const edit = await rest('PATCH', `distributions/${d.id}`, editor, { subject: 'Rewritten after sending' })
    expect(edit.status).toBe(409)
    expect((await stored(d.id)).subject).not.toBe('Rewritten after sending')
  })
})

describe('what anonymous callers can read', () => {
  it('nothing of contacts, lists, distributions or coverage, by REST or GraphQL', async () => {
    const [contact] = await makeContacts(payload, 1)
    await makeList(payload, { kind: 'picked', contacts: [contact.id] })
    await prepared()
    for (const path of ['media-contacts', 'media-lists', 'distributions', 'coverage', `media-contacts/${contact.id}`]) {
      const answer = await rest('GET', path)
      expect(answer.status, path).toBe(403)
      expect(answer.text).not.toContain(contact.email)
    }
    for (const query of [
      '{ MediaContacts { docs { email } } }',
      '{ MediaLists { docs { name } } }',
      '{ Distributions { docs { subject } } }',
      `{ MediaContact(id: ${contact.id}) { email } }`,
    ]) {
      const text = await graphql(query)
      expect(text, query).not.toContain(contact.email)
      expect(text, query).toMatch(/not allowed|errors/i)
    }
    expect((await rest('GET', 'distributions/1/preview')).status).toBe(401)
    expect((await rest('POST', 'distributions/1/test')).status).toBe(401)
  })
})
