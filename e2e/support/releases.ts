import { randomBytes } from 'node:crypto'
import { expect, type APIRequestContext } from '@playwright/test'
import { blocksToNodes, numberedList, richText } from '../../seed/lexical'
import { auth } from './fixtures'

export type CreatedRelease = { id: number; slug: string; title: string }

type Options = {
  title?: string
  status?: 'published' | 'draft'
  embargoUntil?: string
  related?: number[]
  topics?: number[]
  contacts?: number[]
  heroImage?: number
  downloads?: number[]
  releaseDate?: string
}

/** Creates a release through the REST API as the admin, with a body that uses quotes, links and lists. */
export async function createRelease(
  request: APIRequestContext,
  token: string,
  options: Options = {},
): Promise<CreatedRelease> {
  const title = options.title ?? `E2E release ${randomBytes(4).toString('hex')}`
  const status = options.status ?? 'published'
  const body = richText(
    blocksToNodes([
      { type: 'p', text: `The first paragraph of ${title}, with [a link to the report](https://example.org/report).` },
      { type: 'quote', text: '“This is a quotation,” said Dr Test Person, Head of Testing.' },
      { type: 'ul', items: ['One point', 'Another point'] },
    ]),
  )
  const res = await request.post(`/api/releases${status === 'draft' ? '?draft=true' : ''}`, {
    headers: auth(token),
    data: {
      title,
      summary: `Summary of ${title}.`,
      body,
      notesToEditors: numberedList(['A note for editors.']),
      _status: status,
      ...(options.releaseDate ? { releaseDate: options.releaseDate } : {}),
      ...(options.embargoUntil ? { embargoUntil: options.embargoUntil } : {}),
      ...(options.related ? { related: options.related } : {}),
      ...(options.topics ? { topics: options.topics } : {}),
      ...(options.contacts ? { contacts: options.contacts } : {}),
      ...(options.heroImage ? { heroImage: options.heroImage } : {}),
      ...(options.downloads ? { downloads: options.downloads } : {}),
    },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const doc = (await res.json()).doc
  return { id: doc.id, slug: doc.slug, title }
}

export async function updateRelease(
  request: APIRequestContext,
  token: string,
  id: number,
  data: Record<string, unknown>,
) {
  const res = await request.patch(`/api/releases/${id}`, {
    headers: auth(token),
    data: { _status: 'published', ...data },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  return (await res.json()).doc
}

/** Sends a draft for review as its author does (the Submit for review button's request). */
export async function submitForReview(request: APIRequestContext, token: string, id: number) {
  const res = await request.patch(`/api/releases/${id}?draft=true`, {
    headers: auth(token),
    data: { reviewStatus: 'in_review' },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
}

/** The first document of a collection, for tests that need any existing topic, contact or image. */
export async function firstId(
  request: APIRequestContext,
  token: string,
  collection: string,
  where = '',
): Promise<number> {
  const res = await request.get(`/api/${collection}?limit=1&depth=0${where}`, { headers: auth(token) })
  expect(res.ok()).toBeTruthy()
  return (await res.json()).docs[0].id
}
