import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

test('a corrected release says so at its date, lists its notes, and appears on the corrections page and in the feed', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  // Recent, so the release is among the feed's newest.
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000)
  const uk = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' }).format(d)
  const [published, corrected, updated] = [daysAgo(3), daysAgo(2), daysAgo(1)]
  const release = await createRelease(request, adminToken, { releaseDate: published.toISOString() })
  track('releases', release.id)
  const corrections = [
    { kind: 'correction', date: corrected.toISOString(), note: `The grant is £2m, not £20m (${release.slug}).` },
    { kind: 'update', date: updated.toISOString(), note: 'The opening date has been confirmed as 1 March.' },
  ]
  const res = await request.patch(`/api/releases/${release.id}`, {
    headers: auth(adminToken),
    data: { corrections, _status: 'published' },
  })
  expect(res.ok(), await res.text()).toBeTruthy()

  await page.goto(`/news/${release.slug}`)
  await expect(page.getByRole('link', { name: `Updated ${uk(updated)}` })).toBeVisible()
  const notes = page.getByRole('region', { name: 'Corrections and updates' })
  await expect(notes.getByRole('listitem')).toHaveText([
    `Correction, ${uk(corrected)}: ${corrections[0].note}`,
    `Update, ${uk(updated)}: ${corrections[1].note}`,
  ])
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(jsonLd.dateModified).toBe(updated.toISOString())

  await page.goto('/corrections')
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections and updates' })).toBeVisible()
  const entry = page.getByRole('listitem').filter({ hasText: release.slug })
  await expect(entry).toContainText(`Correction, ${uk(corrected)}`)
  await expect(entry.getByRole('link', { name: release.title })).toHaveAttribute(
    'href',
    `/news/${release.slug}#corrections-heading`,
  )

  const feed = await (await request.get('/news/feed.xml')).text()
  const item = feed.split('<item>').find((i) => i.includes(release.slug))!
  expect(item).toContain('<category>Updated</category>')
})
