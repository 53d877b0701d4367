import type { Page } from '@playwright/test'

/** One address of every public page type, from the demo newsroom: what page-wide checks walk through. */
export async function publicPageTypes(page: Page): Promise<Record<string, string>> {
  await page.goto('/news')
  const release = await page.locator('.list .card-title a').first().getAttribute('href')
  return {
    home: '/',
    list: '/news',
    release: release!,
    topics: '/topics',
    topic: '/topics/research',
    search: '/search?q=research',
    contacts: '/contacts',
    experts: '/experts',
    expert: '/experts/isobel-faraday-lowe',
    corrections: '/corrections',
    enquiry: '/media-enquiries',
    subscribe: '/subscribe',
    accessibility: '/accessibility',
    notFound: '/news/no-such-page',
  }
}
