import { randomBytes } from 'node:crypto'
import { loginToAdmin, openDocument } from './support/admin'
import { auth, expect, test } from './support/fixtures'
import { createRelease, submitForReview } from './support/releases'

const hex = () => randomBytes(4).toString('hex')
const latest = async (request: import('@playwright/test').APIRequestContext, token: string, id: number) =>
  (await request.get(`/api/releases/${id}?draft=true&depth=0`, { headers: auth(token) })).json()

test('a contributor submits for review and an editor returns it with a comment, each with buttons beside Publish', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const editor = await makeUser('editor')
  const release = await createRelease(request, contributor.token, { title: `Review buttons ${hex()}`, status: 'draft' })
  track('releases', release.id)

  await loginToAdmin(page, contributor.email, contributor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  const review = page.getByRole('group', { name: 'Review' })
  await expect(review.getByLabel('Review status: Draft')).toBeVisible()
  // Contributors are offered submitting only: no approving, no publishing.
  await expect(review.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
  await review.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('Submitted for review. The editors have been told.')).toBeVisible()
  await expect(review.getByLabel('Review status: In review')).toBeVisible()
  await expect.poll(async () => (await latest(request, adminToken, release.id)).reviewStatus).toBe('in_review')

  await page.context().clearCookies()
  await loginToAdmin(page, editor.email, editor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  // Payload's edit lock may still be the contributor's (they were editing a moment ago): if it says so, the
  // editor takes over, as a reviewer would.
  await page.addLocatorHandler(page.getByRole('dialog', { name: 'document-locked' }), (dialog) =>
    dialog.getByRole('button', { name: 'Take over' }).click(),
  )
  await expect(review.getByLabel('Review status: In review')).toBeVisible()
  await review.getByRole('button', { name: 'Return with a comment' }).click()
  const drawer = page.getByRole('dialog').filter({ has: page.getByLabel('What should the author change?') })
  await drawer.getByLabel('What should the author change?').fill('Please add a quote from the dean.')
  await drawer.getByRole('button', { name: 'Return to the author' }).click()
  await expect(page.getByText('Returned to the author with your comment.')).toBeVisible()
  await expect(review.getByLabel('Review status: Draft')).toBeVisible()
  const returned = await latest(request, adminToken, release.id)
  expect(returned).toMatchObject({
    reviewStatus: 'draft',
    reviewComment: 'Please add a quote from the dean.',
    _status: 'draft',
  })

  await review.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('Approved. The author has been told.')).toBeVisible()
  await expect.poll(async () => (await latest(request, adminToken, release.id)).reviewStatus).toBe('approved')
})

test('a release with nothing to read cannot be sent for review, and the author is told what is missing', async ({
  page,
  request,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const created = await request.post('/api/releases?draft=true', {
    headers: auth(contributor.token),
    data: { title: `Empty ${hex()}`, _status: 'draft' },
  })
  expect(created.ok(), await created.text()).toBeTruthy()
  const release = (await created.json()).doc
  track('releases', release.id)
  await loginToAdmin(page, contributor.email, contributor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  const review = page.getByRole('group', { name: 'Review' })
  await review.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('Not sent for review yet: first write the standfirst and write the text.')).toBeVisible()
  await expect(page.getByText('Submitted for review. The editors have been told.')).toHaveCount(0)
  await expect(review.getByLabel('Review status: Draft')).toBeVisible()
  const saved = await request.get(`/api/releases/${release.id}?draft=true&depth=0`, {
    headers: auth(contributor.token),
  })
  expect((await saved.json()).reviewStatus).toBe('draft')
})

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

for (const width of [1366, 1024]) {
  test(`at ${width} pixels the review controls sit in one line beside Publish, clear of the title and dates`, async ({
    page,
    request,
    makeUser,
    track,
  }) => {
    const contributor = await makeUser('contributor')
    const editor = await makeUser('editor')
    const release = await createRelease(request, contributor.token, { title: `Layout ${hex()}`, status: 'draft' })
    track('releases', release.id)
    await submitForReview(request, contributor.token, release.id)
    await page.setViewportSize({ width, height: 800 })
    await loginToAdmin(page, editor.email, editor.password)
    await openDocument(page, `/admin/collections/releases/${release.id}`)
    const review = page.getByRole('group', { name: 'Review' })
    await expect(review.getByRole('button', { name: 'Return with a comment' })).toBeVisible()
    const publish = page.getByRole('button', { name: /^Publish/ }).first()
    const title = page.locator('#field-title')
    const slug = page.locator('#field-slug')
    const reviewBox = (await review.boundingBox())!
    const buttons = await review.getByRole('button').all()
    const tops = await Promise.all(buttons.map(async (b) => (await b.boundingBox())!.y))
    // One line: every button starts at the same height.
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2)
    for (const [name, other] of [
      ['Publish', publish],
      ['title', title],
      ['slug', slug],
    ] as const) {
      await other.scrollIntoViewIfNeeded()
      const box = (await other.boundingBox())!
      const now = (await review.boundingBox())!
      expect(overlaps(now, box), `the review controls overlap the ${name}`).toBe(false)
    }
    expect(reviewBox.x + reviewBox.width).toBeLessThanOrEqual(width)
    // The dates beside them are shown whole, not cut short.
    for (const value of await page.locator('.doc-controls__value').all()) {
      const cut = await value.evaluate((el) => el.scrollWidth > el.clientWidth + 1)
      expect(cut, `"${await value.textContent()}" is cut off`).toBe(false)
    }
    // Writing the comment covers nothing: it opens in a drawer of its own.
    await review.getByRole('button', { name: 'Return with a comment' }).click()
    const drawer = page.getByRole('dialog').filter({ has: page.getByLabel('What should the author change?') })
    await expect(drawer.getByLabel('What should the author change?')).toBeVisible()
    expect(overlaps((await review.boundingBox())!, (await title.boundingBox())!)).toBe(false)
  })
}

test('the bulk bar offers Publish and Unpublish only to people who may publish', async ({
  page,
  request,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const release = await createRelease(request, contributor.token, { title: `Bulk bar ${hex()}`, status: 'draft' })
  track('releases', release.id)
  await loginToAdmin(page, contributor.email, contributor.password)
  await page.goto(`/admin/collections/releases?search=${encodeURIComponent(release.title)}`)
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: release.title }) })
  // The list is drawn on the server with its checkboxes off until the page's script takes over.
  await expect(row.getByRole('checkbox')).toBeEnabled()
  await row.getByRole('checkbox').check({ force: true })
  await expect(
    page
      .getByRole('button', { name: 'Delete' })
      .or(page.getByRole('button', { name: 'Edit' }))
      .first(),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Unpublish', exact: true })).toBeHidden()
})

test('scheduling a never-published draft offers Publish first and says when beside the status', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken, { title: `Schedule default ${hex()}`, status: 'draft' })
  track('releases', release.id)
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Publish changes' }).locator('xpath=following::button[1]').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  await expect(page.getByLabel('Publish', { exact: true })).toBeChecked()
  // Even if Unpublish is picked, a release that was never published can only be scheduled to go out.
  await page.getByLabel('Unpublish', { exact: true }).check({ force: true })
  // Payload's drawer keeps its own US display format for the whole date; tomorrow at 10:00, London time.
  const tomorrow = new Date(Date.now() + 86_400_000)
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/London',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(tomorrow)
  const time = page.locator('#time input')
  await time.fill(`${day} 10:00 AM`)
  await time.press('Enter')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Scheduled successfully.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').filter({ hasText: /^Scheduled to publish/ })).toBeVisible()
})

test('words typed just before following a link are saved, not lost', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const release = await createRelease(request, contributor.token, { title: `Leaving ${hex()}`, status: 'draft' })
  track('releases', release.id)
  await loginToAdmin(page, contributor.email, contributor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  const summary = `Typed in a hurry ${hex()}`
  await page.getByLabel('Summary').fill(summary)
  // At once, well inside autosave's wait: a link elsewhere in the admin.
  await page.getByRole('banner').getByRole('link', { name: 'Releases', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/releases\/?(\?.*)?$/)
  await expect.poll(async () => (await latest(request, adminToken, release.id)).summary).toBe(summary)
})

test('the admin shows and picks dates the UK way: dd/mm/yyyy, 24-hour, weeks from Monday', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken, {
    title: `UK dates ${hex()}`,
    releaseDate: '2026-03-09T14:35:00.000Z',
  })
  track('releases', release.id)
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  // The picker's own input: the field also holds a time-zone select, whose input can come first while the form renders.
  const releaseDate = page.locator('#field-releaseDate .react-datepicker__input-container input')
  await expect(releaseDate).toHaveValue('09/03/2026 14:35')
  await releaseDate.click()
  await expect(page.locator('.react-datepicker__day-name').first()).toHaveText(/^Mo/)
  await page.keyboard.press('Escape')
  await page.goto(`/admin/collections/releases?search=${encodeURIComponent(release.title)}`)
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: release.title }) })
  await expect(row).toContainText('09/03/2026 14:35')
})

test("the enquiry desk: the journalist's words are read-only, with Reply by email and Call beside them", async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  // An enquiry as the form makes it (the API cannot create one), then opened by the press office.
  await page.goto('/media-enquiries')
  const subject = `Desk check ${hex()}`
  await page.getByLabel('Your name').fill('Jo Bloggs')
  await page.getByLabel('Publication, programme or outlet').fill('The Harrowmere Post')
  await page.getByLabel('Email address').fill(`desk-${hex()}@example.com`)
  await page.getByLabel('Phone number').fill('+44 1632 960123')
  // Three hours ahead, whatever the time of day: the dashboard then counts it in hours and minutes, never "1 day".
  const deadline = new Date(Date.now() + 3 * 3600_000)
  await page
    .getByLabel('Date', { exact: true })
    .fill(deadline.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }))
  await page
    .getByLabel('Time', { exact: true })
    .fill(deadline.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }))
  await page.getByLabel('Subject').fill(subject)
  await page.getByLabel('Your enquiry').fill('Could someone explain the findings?')
  await page.getByRole('button', { name: 'Send enquiry' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Enquiry sent' })).toBeVisible()
  const found = await (
    await request.get(`/api/enquiries?where[subject][equals]=${encodeURIComponent(subject)}&depth=0`, {
      headers: auth(adminToken),
    })
  ).json()
  const enquiry = found.docs[0]
  track('enquiries', enquiry.id)

  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/enquiries/${enquiry.id}`)
  await expect(page.getByLabel(/^Message\b/)).not.toBeEditable()
  await expect(page.getByLabel(/^Subject\b/)).not.toBeEditable()
  const reply = page.getByRole('link', { name: 'Reply by email' })
  await expect(reply).toHaveAttribute(
    'href',
    new RegExp(`^mailto:.*subject=Re%3A%20${encodeURIComponent(subject).replace(/%/g, '%')}`),
  )
  await expect(reply).toHaveAttribute('href', new RegExp(enquiry.reference))
  await expect(page.getByRole('link', { name: 'Call +44 1632 960123' })).toHaveAttribute('href', 'tel:+441632960123')
  // The API refuses to change what the journalist wrote, too.
  await request.patch(`/api/enquiries/${enquiry.id}`, {
    headers: auth(editor.token),
    data: { message: 'Rewritten by staff' },
  })
  const after = await (await request.get(`/api/enquiries/${enquiry.id}`, { headers: auth(adminToken) })).json()
  expect(after.message).toBe('Could someone explain the findings?')

  await page.goto('/admin')
  const row = page
    .getByRole('region', { name: /^Open media enquiries/ })
    .getByRole('row')
    .filter({ hasText: subject })
  await expect(row).toContainText(/\d+ (hours?|minutes?)( \d+ minutes?)? left/)
  await expect(page.getByRole('alert').filter({ hasText: 'Email is not being sent' })).toBeVisible()
})
