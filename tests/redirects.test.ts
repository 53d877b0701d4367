import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAddressRedirects } from '../lib/routes/address-redirects'
import type { Redirect } from '../payload-types'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const redirect = (data: Partial<Redirect>) =>
  payload.create({
    collection: 'redirects',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: data as Redirect,
  })

describe('old addresses', () => {
  it('lead to public releases and to other addresses, and never to a release the public cannot see', async () => {
    const live = await makeRelease(payload)
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const tag = unique('old')
    const toLive = await redirect({ from: `/press/2019/${tag}.html`, release: live.id })
    // A whole link pasted from the browser keeps only its path.
    const toEmbargoed = await redirect({
      from: `https://old.example.ac.uk/press/2020/${tag}.html?ref=x#top`,
      release: embargoed.id,
    })
    const elsewhere = await redirect({ from: `/${tag}/about-us/`, to: '/contacts' })
    expect(toEmbargoed.from).toBe(`/press/2020/${tag}.html`)
    expect(elsewhere.from).toBe(`/${tag}/about-us`)

    const map = await buildAddressRedirects(payload)
    expect(map[toLive.from]).toBe(`/news/${live.slug}`)
    expect(map[elsewhere.from]).toBe('/contacts')
    expect(map).not.toHaveProperty(toEmbargoed.from)
    expect(JSON.stringify(map)).not.toContain(embargoed.slug)
  })

  it('include renamed releases', async () => {
    const release = await makeRelease(payload)
    const renamed = await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { slug: unique('renamed') },
    })
    expect((await buildAddressRedirects(payload))[`/news/${release.slug}`]).toBe(`/news/${renamed.slug}`)
  })

  it("refuse the site's own pages, unsafe targets, duplicates and redirects to nowhere", async () => {
    const refused = [
      { from: '/news', to: '/contacts' },
      { from: '/admin/login', to: '/contacts' },
      { from: '/', to: '/contacts' },
      { from: `/${unique('x')}`, to: 'javascript:alert(1)' },
      { from: `/${unique('x')}` },
      { from: '/has space', to: '/contacts' },
    ]
    for (const data of refused)
      await expect(redirect(data), JSON.stringify(data)).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
    const from = `/${unique('dup')}`
    await redirect({ from, to: '/contacts' })
    await expect(redirect({ from, to: '/news' })).rejects.toMatchObject({ status: 400 })
  })

  it('remember the live address when a rename reaches the public through drafts', async () => {
    const quiet = { disableRevalidate: true, skipNotifications: true }
    const release = await makeRelease(payload)
    // As the admin does it: autosaved drafts carry the new slug before Publish.
    const first = unique('draft-rename')
    const second = unique('final-rename')
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: quiet,
      data: { slug: first },
    })
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: quiet,
      data: { slug: second },
    })
    const published = await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: quiet,
      data: { _status: 'published' },
    })
    expect(published.slug).toBe(second)
    // The address the public had, not the draft's intermediate one.
    expect(published.previousSlugs).toEqual([release.slug])
    const map = await buildAddressRedirects(payload)
    expect(map[`/news/${release.slug}`]).toBe(`/news/${second}`)
    expect(map[`/news/${first}`]).toBeUndefined()
  })
})
