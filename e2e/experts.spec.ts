import { randomBytes } from 'node:crypto'
import { loginToAdmin } from './support/admin'
import { ADMIN } from './support/credentials'
import { enquiry, fill, send, sentReference } from './support/enquiries'
import { auth, expect, test } from './support/fixtures'
import { createRelease, firstId } from './support/releases'

test('a journalist finds an expert by subject, reads their page and asks for an interview, which the desk sees', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const word = `quasar${randomBytes(3).toString('hex')}`
  const secret = `private-${randomBytes(3).toString('hex')}`
  const topic = await firstId(request, adminToken, 'topics')
  const topicSlug = ((await (await request.get(`/api/topics/${topic}?depth=0`)).json()) as { slug: string }).slug
  const res = await request.post('/api/experts', {
    headers: auth(adminToken),
    data: {
      name: `Dr Vera ${word}`,
      jobTitle: 'Reader in Astrophysics',
      department: 'School of Physics',
      summary: 'Black holes, telescopes and what the night sky tells us.',
      keywords: [`${word} jets`, 'telescopes'],
      topics: [topic],
      languages: ['English', 'Spanish'],
      mediaExperience: ['tv', 'live'],
      availability: 'Weekdays after 10am.',
      directPhone: '07700 900123',
      directEmail: `${secret}@example.org`,
      staffNotes: `Note ${secret}`,
    },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const expert = (await res.json()).doc as { id: number; slug: string; name: string }
  // Deleted last: the releases and the enquiry name the expert.
  track('experts', expert.id)
  const quoted = await createRelease(request, adminToken)
  const embargoed = await createRelease(request, adminToken, {
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  track('releases', quoted.id)
  track('releases', embargoed.id)
  for (const r of [quoted, embargoed]) {
    const linked = await request.patch(`/api/releases/${r.id}`, {
      headers: auth(adminToken),
      data: { experts: [expert.id], _status: 'published' },
    })
    expect(linked.ok(), await linked.text()).toBeTruthy()
  }

  // Search by a keyword, then by topic.
  await page.goto('/experts')
  await expect(page.getByRole('heading', { level: 1, name: 'Find an expert' })).toBeVisible()
  await page.getByLabel('Subject or keyword').fill(`${word} jet`)
  await page.getByRole('button', { name: 'Find experts' }).click()
  await expect(page.getByRole('status')).toHaveText(`1 expert found for “${word} jet”`)
  await expect(page.getByRole('link', { name: expert.name })).toBeVisible()
  await page.getByLabel('Subject or keyword').fill(`nothing${word}`)
  await page.getByRole('button', { name: 'Find experts' }).click()
  await expect(page.getByText('No experts match.')).toBeVisible()
  await page.getByLabel('Subject or keyword').fill('')
  await page.getByLabel('Topic').selectOption(topicSlug)
  await page.getByRole('button', { name: 'Find experts' }).click()
  await expect(page).toHaveURL(new RegExp(`topic=${topicSlug}`))
  await page.getByRole('link', { name: expert.name }).click()

  // The profile: who they are, what they know, the public releases that quote them; never how to reach them.
  await expect(page.getByRole('heading', { level: 1, name: expert.name })).toBeVisible()
  await expect(page.getByText('Reader in Astrophysics, School of Physics')).toBeVisible()
  await expect(page.getByText('TV, Live interviews')).toBeVisible()
  const news = page.getByRole('region', { name: 'In our news' })
  await expect(news.getByRole('link', { name: quoted.title })).toBeVisible()
  await expect(news.getByRole('link', { name: embargoed.title })).toHaveCount(0)
  const html = await page.content()
  for (const hidden of [secret, '07700 900123', embargoed.title]) expect(html).not.toContain(hidden)

  // From the release page too.
  await page.goto(`/news/${quoted.slug}`)
  const block = page.getByRole('region', { name: 'Experts available for interview' })
  await expect(block.getByRole('link', { name: expert.name, exact: true })).toHaveAttribute(
    'href',
    `/experts/${expert.slug}`,
  )
  await block.getByRole('link', { name: `Request an interview with ${expert.name}` }).click()

  // The form knows who is wanted and for which release.
  await expect(page.getByRole('note')).toContainText(`Interview request: ${expert.name}, Reader in Astrophysics`)
  await expect(page.getByLabel('Related release')).toHaveValue(quoted.slug)
  await expect(page.getByLabel('Subject')).toHaveValue(`Interview request: ${expert.name}`)
  const sent = enquiry()
  await fill(page, { ...sent, subject: `Interview request: ${expert.name}` })
  await send(page)
  const reference = await sentReference(page)
  const found = await request.get(`/api/enquiries?where[reference][equals]=${reference}&depth=1`, {
    headers: auth(adminToken),
  })
  const [stored] = (await found.json()).docs as Array<{ id: number; expert?: { id: number } }>
  track('enquiries', stored.id)
  expect(stored.expert?.id).toBe(expert.id)

  // In the desk, the enquiry links to the expert.
  await loginToAdmin(page, ADMIN.email, ADMIN.password)
  await page.goto(`/admin/collections/enquiries/${stored.id}`)
  await expect(page.getByText('Expert requested for interview')).toBeVisible()
  await expect(page.getByText(expert.name).first()).toBeVisible()
})
