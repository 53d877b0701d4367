import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { FILE_LENGTH_HEADER, restoreFileLength } from '../server/file-length.mjs'

describe('a file keeps its length on the way out', () => {
  it('turns the private length into Content-Length, and never claims one for a compressed body', async () => {
    const server = createServer((req, res) => {
      restoreFileLength(res)
      res.setHeader(FILE_LENGTH_HEADER, '5')
      if (req.url === '/gzip') {
        res.setHeader('Content-Encoding', 'gzip')
        return res.end(gzipSync('hello'))
      }
      res.end('hello')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const plain = await fetch(`${base}/plain`)
    expect(plain.headers.get('content-length')).toBe('5')
    expect(plain.headers.get(FILE_LENGTH_HEADER)).toBeNull()
    expect(await plain.text()).toBe('hello')
    const compressed = await fetch(`${base}/gzip`)
    expect(compressed.headers.get(FILE_LENGTH_HEADER)).toBeNull()
    expect(await compressed.text()).toBe('hello')
    server.close()
  })
})
