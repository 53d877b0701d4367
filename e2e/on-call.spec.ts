import { loginToAdmin } from './support/admin'
import { auth, expect, test } from './support/fixtures'
import { firstId } from './support/releases'

test('the out-of-hours number everywhere is the on-call officer’s, and the dashboard says who is on call', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const officer = await firstId(request, adminToken, 'contacts', '&where[isTeam][equals]=false')
  const phone = `07700 9${String(Date.now()).slice(-5)}`
  // Later-starting than any demo shift, so it is the one on call for the next hour.
  const res = await request.post('/api/on-call', {
    headers: auth(adminToken),
    data: {
      officer,
      phone,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const shift = (await res.json()).doc
  track('on-call', shift.id)

  await expect.poll(async () => (await request.get('/contacts')).text()).toContain(phone)
  await page.goto('/contacts')
  await expect(page.getByRole('contentinfo').getByRole('link', { name: phone })).toBeVisible()
  // Nobody outside sees who holds the phone.
  expect(await (await request.get(`/api/on-call/${shift.id}`)).json()).not.toHaveProperty('officer')

  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  const panel = page.getByRole('region', { name: 'Who is on call' })
  await expect(panel).toContainText(`Now: `)
  await expect(panel).toContainText(phone)
})
