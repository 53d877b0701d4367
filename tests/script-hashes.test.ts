import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { hashInlineScripts, inlineScriptHashes, withScriptHashes } from '../server/script-hashes.mjs'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"

describe('inline scripts named by hash in the policy', () => {
  it('hashes each script a browser would run, as the browser reads it, and nothing else', () => {
    const html = [
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script type="module">import("/x.js")</script>',
      '<script\nasync="">one()\r\ntwo()</script >',
      '<script src="/_next/static/app.js"></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script>self.__next_f.push([1,"a"])</script>',
    ].join('')
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([1,"a"])'),
      sha('import("/x.js")'),
      sha('one()\ntwo()'),
    ])
    expect(withScriptHashes(POLICY, [sha('x')])).toBe(
      `default-src 'self'; script-src 'self' ${sha('x')}; style-src 'self' 'unsafe-inline'`,
    )
    // No inline script: no inline script may run at all.
    expect(withScriptHashes(POLICY, [])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'")
  })

  it('rewrites the policy of HTML answers however they are sent, compressed or not, and leaves the rest alone', async () => {
    const page = '<!doctype html><p>Hi</p><script>boot()</script>'
    const server = createServer((req, res) => {
      hashInlineScripts(res)
      res.setHeader('content-security-policy', POLICY)
      if (req.url === '/plain') {
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.write('<!doctype html><p>Hi</p>')
        res.flushHeaders()
        res.end('<script>boot()</script>')
      } else if (req.url === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        res.end(gzipSync(page))
      } else {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{"ok":true}')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const expected = withScriptHashes(POLICY, [sha('boot()')])
    for (const path of ['/plain', '/gzip']) {
      const res = await fetch(base + path)
      expect(res.headers.get('content-security-policy'), path).toBe(expected)
      expect(await res.text(), path).toBe(page)
    }
    const json = await fetch(`${base}/json`)
    expect(json.headers.get('content-security-policy')).toBe(POLICY)
    expect(await json.json()).toEqual({ ok: true })
    server.close()
  })
})
