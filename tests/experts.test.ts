import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import { submitEnquiry } from '../lib/enquiries/submit'
import { matchExperts } from '../lib/experts/search-experts'
import type { Expert, User } from '../payload-types'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { makeRelease, makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let editor: User
let contributor: User
let GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let POST: typeof GET
beforeAll(async () => {
  payload = await testPayload()
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
  const { default: config } = await import('../payload.config')
  const { REST_GET, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  GET = guardRoute('rest', REST_GET(config), async () => payload)
  POST = guardRoute('graphql', GRAPHQL_POST(config), async () => payload) as typeof GET
})

const ctx = { context: { disableRevalidate: true } }
const privateBits = (word: string) => ({
  directPhone: '07700 900999',
  directEmail: `${word}@private.example`,
  staffNotes: `Secret note ${word}`,
})

async function makeExpert(data: Partial<Expert> & { name: string }): Promise<Expert> {
  return payload.create({
    collection: 'experts',
    overrideAccess: true,
    ...ctx,
    data: { listed: true, ...data } as Expert,
  })
}

const rest = async (path: string) => {
  const res = await GET(new Request(`http://localhost/api/${path}`), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })
  return { status: res.status, text: await res.text() }
}
const graphql = async (query: string) => {
  const res = await POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
    {
      params: Promise.resolve({ slug: ['graphql'] }),
    },
  )
  return { status: res.status, text: await res.text() }
}
const ids = async (q: string) => {
  const found = await matchExperts(payload, q)
  return found.kind === 'results' ? found.ids : []
}

describe('experts directory', () => {
  it('finds experts by keyword, job, topic name and stemmed words, best match first', async () => {
    const word = unique('zyx').replace('-', '')
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      ...ctx,
      data: { name: `Glaciology ${word}`, slug: unique('glaciology'), description: 'Ice.' },
    })
    const byName = await makeExpert({ name: `Dr ${word} Frost` })
    const byKeyword = await makeExpert({ name: unique('Dr Ice'), keywords: ['melting glaciers', word] })
    const byTopic = await makeExpert({ name: unique('Dr Snow'), topics: [topic.id], jobTitle: 'Lecturer' })
    // Name outranks keywords.
    expect((await ids(word)).slice(0, 2)).toEqual([byName.id, byKeyword.id])
    expect(await ids('melted glacier')).toContain(byKeyword.id)
    expect(await ids(`glaciology ${word}`)).toContain(byTopic.id)
    // Bad input is an answer, never an error.
    expect(await matchExperts(payload, '   ')).toEqual({ kind: 'empty' })
    expect(await matchExperts(payload, 'x'.repeat(201))).toEqual({ kind: 'too-long' })
    expect(await matchExperts(payload, 'the and')).toEqual({ kind: 'no-words' })
    expect((await matchExperts(payload, '"unclosed OR -')).kind).not.toBe('error')
  })

  it('never indexes staff-only fields, so no search can find an expert by them', async () => {
    const word = unique('hush').replace('-', '')
    const expert = await makeExpert({ name: unique('Dr Quiet'), ...privateBits(word) })
    expect(await ids(word)).not.toContain(expert.id)
    expect(await ids('07700 900999')).not.toContain(expert.id)
  })

  it('keeps direct phone, email and notes out of every public answer: REST, GraphQL, releases naming them', async () => {
    const word = unique('private').replace('-', '')
    const expert = await makeExpert({ name: unique('Dr Open'), summary: 'Talks about rivers.', ...privateBits(word) })
    const release = await makeRelease(payload, { experts: [expert.id] })
    const answers = [
      await rest(`experts/${expert.id}`),
      await rest(`experts?where[id][equals]=${expert.id}&depth=1`),
      await rest(`releases?where[id][equals]=${release.id}&depth=1`),
      await rest(`releases/${release.id}?depth=2`),
      await graphql(
        `{ Experts(where: { id: { equals: ${expert.id} } }) { docs { name directPhone directEmail staffNotes } } }`,
      ),
      await graphql(
        `{ Releases(where: { id: { equals: ${release.id} } }) { docs { experts { name directPhone staffNotes } } } }`,
      ),
    ]
    for (const answer of answers) {
      expect(answer.text).not.toContain(word)
      expect(answer.text).not.toContain('07700 900999')
      expect(answer.text).not.toContain('Secret note')
    }
    expect(answers[0].status).toBe(200)
    expect(answers[0].text).toContain('Talks about rivers.')
    expect(answers[2].text).toContain(expert.name)
    // Filtering or sorting by a private field cannot probe it either.
    const probe = await rest(`experts?where[directEmail][like]=${word}`)
    expect(probe.text).not.toContain(expert.name)
    // Staff see them.
    const staff = await payload.findByID({
      collection: 'experts',
      id: expert.id,
      overrideAccess: false,
      user: contributor,
    })
    expect(staff.directEmail).toBe(`${word}@private.example`)
  })

  it('shows the public only listed experts; staff see everyone', async () => {
    const hidden = await makeExpert({ name: unique('Dr On Leave'), listed: false })
    expect((await rest(`experts/${hidden.id}`)).status).toBe(404)
    const anon = await payload.find({
      collection: 'experts',
      overrideAccess: false,
      where: { id: { equals: hidden.id } },
    })
    expect(anon.docs).toEqual([])
    const staff = await payload.find({
      collection: 'experts',
      overrideAccess: false,
      user: contributor,
      where: { id: { equals: hidden.id } },
    })
    expect(staff.docs).toHaveLength(1)
    // A release naming them shows only the id, which the page drops.
    const release = await makeRelease(payload, { experts: [hidden.id] })
    const seen = await payload.findByID({ collection: 'releases', id: release.id, overrideAccess: false, depth: 1 })
    expect(seen.experts?.every((e) => typeof e !== 'object')).toBe(true)
  })

  it('are told apart in the picker by name, job and department, and whether they are in the directory', async () => {
    const name = unique('Dr Sam Lee')
    const expert = await makeExpert({ name, jobTitle: 'Reader in Hydrology', department: 'Geography' })
    expect(expert.label).toBe(`${name}, Reader in Hydrology, Geography`)
    const moved = await payload.update({
      collection: 'experts',
      id: expert.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { department: '', listed: false },
    })
    expect(moved.label).toBe(`${name}, Reader in Hydrology (not in the directory)`)
    expect(payload.collections.experts.config.admin.useAsTitle).toBe('label')
  })

  it('lets only editors add or change experts', async () => {
    await expect(
      payload.create({
        collection: 'experts',
        overrideAccess: false,
        user: contributor,
        ...ctx,
        data: { name: 'Dr Made Up' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    const expert = await makeExpert({ name: unique('Dr Kept') })
    await expect(
      payload.update({
        collection: 'experts',
        id: expert.id,
        overrideAccess: false,
        user: contributor,
        ...ctx,
        data: { name: 'Renamed' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'experts',
        id: expert.id,
        overrideAccess: false,
        ...ctx,
        data: { name: 'Renamed' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    const renamed = await payload.update({
      collection: 'experts',
      id: expert.id,
      overrideAccess: false,
      user: editor,
      ...ctx,
      data: { name: `${expert.name} Jr` },
    })
    expect(renamed.name).toBe(`${expert.name} Jr`)
    // Renaming is searchable at once.
    expect(await ids(`${expert.name} Jr`)).toContain(expert.id)
  })

  it('turns "Request an interview" into an enquiry linked to the expert, only for listed experts', async () => {
    const expert = await makeExpert({ name: unique('Dr Ask Me'), slug: unique('dr-ask-me') })
    const hidden = await makeExpert({ name: unique('Dr Away'), slug: unique('dr-away'), listed: false })
    const asked = await submitEnquiry(payload, enquiryForm({ expert: expert.slug! }), submitOptions())
    const away = await submitEnquiry(payload, enquiryForm({ expert: hidden.slug! }), submitOptions())
    const odd = await submitEnquiry(payload, enquiryForm({ expert: '<script>' }), submitOptions())
    if (asked.kind !== 'sent' || away.kind !== 'sent' || odd.kind !== 'sent')
      throw new Error('expected three enquiries')
    const saved = await payload.findByID({ collection: 'enquiries', id: asked.id, overrideAccess: true, depth: 0 })
    expect(saved.expert).toBe(expert.id)
    expect(
      (await payload.findByID({ collection: 'enquiries', id: away.id, overrideAccess: true, depth: 0 })).expert,
    ).toBeNull()
    expect(
      (await payload.findByID({ collection: 'enquiries', id: odd.id, overrideAccess: true, depth: 0 })).expert,
    ).toBeNull()
  })
})
