import { randomBytes } from 'node:crypto'
import { expect, type Page } from '@playwright/test'

// Filling in and sending the media enquiry form as a journalist would.

export const tomorrowInLondon = () =>
  new Date(Date.now() + 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })

export type Enquiry = { name: string; outlet: string; email: string; phone: string; subject: string; message: string }
export const enquiry = (overrides: Partial<Enquiry> = {}): Enquiry => ({
  name: 'Jo Bloggs',
  outlet: 'The Harrowmere Post',
  email: 'jo.bloggs@example.com',
  phone: '+44 1632 960123',
  subject: `Interview request ${randomBytes(3).toString('hex')}`,
  message: 'Could we interview the lead researcher this afternoon?',
  ...overrides,
})

export async function fill(page: Page, e: Enquiry) {
  await page.getByLabel('Your name').fill(e.name)
  await page.getByLabel('Publication, programme or outlet').fill(e.outlet)
  await page.getByLabel('Email address').fill(e.email)
  await page.getByLabel('Phone number').fill(e.phone)
  await page.getByLabel('Date', { exact: true }).fill(tomorrowInLondon())
  await page.getByLabel('Time', { exact: true }).fill('16:30')
  await page.getByLabel('Subject').fill(e.subject)
  await page.getByLabel('Your enquiry').fill(e.message)
}

/**
 * Sends the form and waits for the answer. The server refuses a form sent within a second of being served (the
 * e2e server's ENQUIRY_MIN_FILL_SECONDS); a test fills it faster than that, so it sends again when told to.
 */
export async function send(page: Page) {
  const form = page.getByRole('form', { name: 'Media enquiry' })
  for (let tries = 0; tries < 5; tries++) {
    const attempt = Number(await form.getAttribute('data-attempt'))
    await page.getByRole('button', { name: 'Send enquiry' }).click()
    const answered = page
      .getByRole('heading', { level: 1, name: /^(Enquiry sent|Too many enquiries)$/ })
      .or(page.locator(`form[data-attempt="${attempt + 1}"]`))
    await expect(answered).toBeVisible()
    if (!(await page.getByText(/quicker than we expected/).isVisible())) return
  }
  throw new Error('the form kept saying it was sent too quickly')
}

export async function sentReference(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Enquiry sent' })).toBeVisible()
  const text = await page.getByText(/Your reference is/).textContent()
  const reference = text?.match(/ENQ-\d{4}-\d{5}/)?.[0]
  expect(reference, 'a reference on the success page').toBeTruthy()
  return reference!
}
