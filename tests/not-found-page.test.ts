import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { INTERNAL_HEADER, notFoundPages } from '../server/not-found-page.mjs'

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>'
const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ url, method, headers }) as unknown as IncomingMessage
const answer = (statusCode: number) => ({ statusCode }) as ServerResponse

function pages() {
  const asked: { url: string; headers: Record<string, string> }[] = []
  const fetchPage = (async (url: URL, init: { headers: Record<string, string> }) => {
    asked.push({ url: url.pathname, headers: init.headers })
    return new Response(`<html lang="en-GB"><h1>${url.pathname}</h1></html>`)
  }) as unknown as typeof fetch
  let clock = 0
  const tick = (ms: number) => (clock += ms)
  return { asked, tick, pages: notFoundPages(() => 'http://127.0.0.1:3000', { fetchPage, now: () => clock }) }
}

describe('whole-page 404s in place of Next’s empty document', () => {
  it('replaces only an empty 404 document asked for with GET, with the page for where it was asked', async () => {
    const { pages: p } = pages()
    expect(await p.replacement(request('/news/nope'), answer(404), SHELL)).toContain('<h1>/page-not-found</h1>')
    expect(await p.replacement(request('/preview/abc'), answer(404), SHELL)).toContain('/page-not-found/preview')
    expect(await p.replacement(request('/news/nope'), answer(500), SHELL)).toBeUndefined()
    expect(await p.replacement(request('/news/nope', {}, 'HEAD'), answer(404), SHELL)).toBeUndefined()
    const rendered = '<!DOCTYPE html><html lang="en-GB"><body><h1>Page not found</h1></body></html>'
    expect(await p.replacement(request('/news/nope'), answer(404), rendered)).toBeUndefined()
  })

  it('asks for each page once a minute however many 404s arrive, and forgets a failure at once', async () => {
    const { pages: p, asked, tick } = pages()
    await Promise.all([1, 2, 3].map(() => p.replacement(request('/x'), answer(404), SHELL)))
    expect(asked).toHaveLength(1)
    tick(61_000)
    await p.replacement(request('/x'), answer(404), SHELL)
    expect(asked).toHaveLength(2)
  })

  it('carries a header only its own request can pass on: any outside copy is dropped, whatever it says', async () => {
    const { pages: p, asked } = pages()
    await p.replacement(request('/x'), answer(404), SHELL)
    const own = request('/page-not-found', { ...asked[0].headers })
    p.admit(own)
    expect(own.headers[INTERNAL_HEADER]).toBe('1')
    for (const forged of ['1', 'true', asked[0].headers[INTERNAL_HEADER].toUpperCase(), '']) {
      const outside = request('/page-not-found', { [INTERNAL_HEADER]: forged })
      p.admit(outside)
      expect(outside.headers[INTERNAL_HEADER]).toBeUndefined()
    }
    // Its own request for a page that is missing too is sent as it is, never waiting on itself.
    expect(await p.replacement(own, answer(404), SHELL)).toBeUndefined()
  })
})
