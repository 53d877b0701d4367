import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { readDraft } from '../lib/preview/draft'
import type { Release, User } from '../payload-types'
import { makeRelease, makeUser, tokenFor, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let editor: User
let contributor: User
const quiet = { disableRevalidate: true, skipNotifications: true }

const bearer = (token: string) => new Headers({ Authorization: `JWT ${token}` })
// As a browser sends it: with the cookie, the fetch metadata that tells Payload's CSRF check it is not cross-site.
const cookie = (token: string) => new Headers({ Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' })

beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
})

describe('the admin preview of a draft', () => {
  it('shows the latest draft to signed-in staff, and says whether the public sees an older version', async () => {
    const published = await makeRelease(payload)
    const newTitle = unique('Unpublished headline')
    await payload.update({
      collection: 'releases',
      id: published.id,
      draft: true,
      data: { title: newTitle },
      overrideAccess: true,
      context: quiet,
    })

    const asEditor = await readDraft(String(published.id), cookie(await tokenFor(payload, editor)))
    expect(asEditor.kind).toBe('draft')
    if (asEditor.kind !== 'draft') return
    expect(asEditor.release.title).toBe(newTitle)
    expect(asEditor.publicSlug).toBe(published.slug)

    const asContributor = await readDraft(String(published.id), bearer(await tokenFor(payload, contributor)))
    expect(asContributor.kind === 'draft' && asContributor.release.title).toBe(newTitle)
  })

  it('gives an anonymous or forged request nothing but a way to sign in', async () => {
    const draft = await makeRelease(payload, { title: unique('Secret draft') }, true)
    expect((await readDraft(String(draft.id), new Headers())).kind).toBe('anonymous')
    const token = await tokenFor(payload, editor)
    const forged = `${token.slice(0, -4)}AAAA`
    expect((await readDraft(String(draft.id), cookie(forged))).kind).toBe('anonymous')
    expect((await readDraft(String(draft.id), bearer('not-a-token'))).kind).toBe('anonymous')
    // A shared-secret style cookie is not a session.
    expect(
      (await readDraft(String(draft.id), new Headers({ Cookie: '__prerender_bypass=1; payload-token=' }))).kind,
    ).toBe('anonymous')
  })

  it('answers "missing", never an error, for ids that are not releases', async () => {
    const headers = bearer(await tokenFor(payload, editor))
    for (const id of ['999999999', 'abc', '1 or 1=1', '-1', '1e3', '']) {
      expect((await readDraft(id, headers)).kind, id).toBe('missing')
    }
  })

  it('marks an embargoed release as not public', async () => {
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const result = await readDraft(String(embargoed.id), bearer(await tokenFor(payload, editor)))
    expect(result.kind === 'draft' && result.publicSlug).toBe(null)
    expect(result.kind === 'draft' && result.embargoedUntil).toBe(embargoed.embargoUntil)
  })
})

describe("a release's preview links", () => {
  let release: Release
  let linkId: number
  beforeAll(async () => {
    release = await makeRelease(payload)
    const link = await payload.create({
      collection: 'preview-links',
      overrideAccess: true,
      data: { release: release.id, recipient: 'Jo Bloggs, The Post' } as never,
    })
    linkId = link.id
  })

  const previewLinksAs = async (user?: User) => {
    const doc = await payload.findByID({
      collection: 'releases',
      id: release.id,
      overrideAccess: false,
      user,
      depth: 1,
    })
    return doc.previewLinks
  }

  it('are listed on the release for editors', async () => {
    const links = await previewLinksAs(editor)
    const ids = (links?.docs ?? []).map((d) => (typeof d === 'object' ? d.id : d))
    expect(ids).toContain(linkId)
  })

  it('are not there at all for contributors or the public', async () => {
    expect(await previewLinksAs(contributor)).toBeUndefined()
    expect(await previewLinksAs(undefined)).toBeUndefined()
    const { docs } = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      where: { id: { equals: release.id } },
      depth: 2,
    })
    expect(JSON.stringify(docs)).not.toMatch(/Jo Bloggs|secret/)
  })
})
