import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import type { User } from '../payload-types'
import { makeUser, unique, signedInAs } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let POST: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let contributor: User
beforeAll(async () => {
  payload = await testPayload()
  const { default: config } = await import('../payload.config')
  const { REST_POST } = await import('@payloadcms/next/routes')
  POST = guardRoute('rest', REST_POST(config), async () => payload)
  contributor = await makeUser(payload, 'contributor')
})

// Through the API's front door and Payload's own REST handler, as the admin's Import releases view sends it.
async function send(form: FormData, user?: User) {
  const headers = await signedInAs(payload, user)
  const res = await POST(
    new Request('http://localhost:3000/api/releases/import', { method: 'POST', body: form, headers }),
    { params: Promise.resolve({ slug: ['releases', 'import'] }) },
  )
  return { status: res.status, body: await res.json() }
}

describe('POST /api/releases/import', () => {
  it('turns uploaded files and pasted text into drafts for a contributor, with a report each', async () => {
    const form = new FormData()
    form.append(
      'files',
      new Blob([readFileSync('tests/fixtures/import/tidal-kelp.txt'), unique('\n')], { type: 'text/plain' }),
      'kelp.txt',
    )
    form.append('files', new Blob([unique('not a word file')]), 'old.doc')
    form.append(
      'text',
      `Harbour festival returns\n\n5 June 2022\n\nThe harbour festival returns this summer. ${unique('')}\n\nENDS`,
    )
    const { status, body } = await send(form, contributor)
    expect(status).toBe(200)
    const [kelp, doc, pasted] = body.results
    expect(kelp).toMatchObject({
      name: 'kelp.txt',
      status: 'created',
      title: 'Kelp farm off Harrowmere coast doubles as a storm barrier',
    })
    expect(doc).toMatchObject({
      name: 'old.doc',
      status: 'failed',
      error: expect.stringMatching(/Only .docx, .html and .txt/),
    })
    expect(pasted).toMatchObject({ name: 'Pasted release', status: 'created', title: 'Harbour festival returns' })
    const made = await payload.findByID({ collection: 'releases', id: pasted.id, draft: true, overrideAccess: true })
    expect(made._status).toBe('draft')
    expect(made.author && (typeof made.author === 'object' ? made.author.id : made.author)).toBe(contributor.id)
    expect(made.releaseDate?.slice(0, 10)).toBe('2022-06-05')
  })

  it('lets no request write an import fingerprint or report: a contributor cannot pose as an earlier import', async () => {
    const made = await payload.create({
      collection: 'releases',
      overrideAccess: false,
      user: contributor,
      draft: true,
      data: {
        title: unique('Posing as an import'),
        summary: 'x',
        _status: 'draft',
        importKey: 'a'.repeat(64),
        importReport: { source: 'forged' },
      },
    })
    const stored = await payload.findByID({ collection: 'releases', id: made.id, draft: true, overrideAccess: true })
    expect(stored.importKey ?? null).toBeNull()
    expect(stored.importReport ?? null).toBeNull()
  })

  it('refuses anyone not signed in, and says what is missing', async () => {
    const form = new FormData()
    form.append('text', 'Anonymous release\n\nENDS')
    const before = (await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs
    expect((await send(form)).status).toBe(401)
    expect((await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs).toBe(before)
    const empty = await send(new FormData(), contributor)
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].message).toMatch(/Choose .docx, .html or .txt files, or paste a release/)
  })
})
