import { expect, type Page } from '@playwright/test'

/** Signs in through the login form; `base` for a server other than the suite's own (a second instance). */
export async function loginToAdmin(page: Page, email: string, password: string, base = '') {
  await page.goto(`${base}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}

/**
 * Opens a document's edit view and waits until its form is live: Payload draws the control bar on the server and
 * fills in the dates from the browser, so a button clicked before then does nothing.
 */
export async function openDocument(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('.doc-controls__value').last()).not.toBeEmpty()
}
