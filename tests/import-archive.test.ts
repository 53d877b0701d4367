import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { archiveFiles, importFiles, mapOldAddresses } from '../lib/import/archive'
import { parseCsv } from '../lib/import/csv'
import { buildAddressRedirects } from '../lib/routes/address-redirects'
import type { Release } from '../payload-types'
import { unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let folder: string
beforeAll(async () => {
  payload = await testPayload()
  folder = mkdtempSync(path.join(tmpdir(), 'press-office-archive-'))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('importing an archive folder', () => {
  it('makes a draft of every file, brings in pictures saved beside a page, and maps old addresses once public', async () => {
    const tag = unique('archive')
    mkdirSync(path.join(folder, '2019', 'page_files'), { recursive: true })
    copyFileSync('tests/fixtures/import/tidal-kelp.txt', path.join(folder, '2019', 'kelp.txt'))
    writeFileSync(path.join(folder, '2019', 'kelp.txt'), `\n${tag}`, { flag: 'a' })
    await sharp({ create: { width: 20, height: 10, channels: 3, background: '#884400' } })
      .jpeg()
      .toFile(path.join(folder, '2019', 'page_files', 'bridge.jpg'))
    writeFileSync(
      path.join(folder, '2019', 'bridge.html'),
      `<html><body><h1>Footbridge reopens ${tag}</h1><p>12 March 2019</p>` +
        '<p><img src="page_files/bridge.jpg" alt="The footbridge"></p>' +
        '<p>The footbridge over the Mere reopened today.</p><p>ENDS</p></body></html>',
    )
    writeFileSync(path.join(folder, 'notes.pdf'), 'not importable')

    const files = await archiveFiles([folder])
    expect(files.map((f) => path.relative(folder, f))).toEqual(['2019/bridge.html', '2019/kelp.txt'])
    const results = await importFiles(payload, files)
    const bridge = results.get(files[0])!
    expect(bridge.status).toBe('created')
    if (bridge.status === 'failed') return
    const release = (await payload.findByID({
      collection: 'releases',
      id: bridge.id,
      draft: true,
      overrideAccess: true,
      depth: 1,
    })) as Release
    expect((release.heroImage as { alt: string }).alt).toBe('The footbridge')
    expect(release.releaseDate?.slice(0, 10)).toBe('2019-03-12')

    const csv = [
      'old_url,file',
      `https://old.example.ac.uk/press/${tag}/bridge.aspx,2019/bridge.html`,
      `"/press/${tag}/kelp, revised.html",kelp.txt`,
      `/press/${tag}/gone.html,gone.txt`,
      '/admin,kelp.txt',
      '',
    ].join('\n')
    const mapped = await mapOldAddresses(payload, csv, results, folder)
    expect(mapped.map((m) => m.status)).toEqual(['added', 'skipped', 'skipped', 'skipped'])
    expect(mapped[1].why).toMatch(/no spaces/)
    expect(mapped[2].why).toMatch(/no such file/)
    expect(mapped[3].why).toMatch(/belongs to a page of this site/)

    // A draft: the old address leads nowhere yet. Published: it leads to the release.
    const old = `/press/${tag}/bridge.aspx`
    expect(await buildAddressRedirects(payload)).not.toHaveProperty(old)
    await payload.update({
      collection: 'releases',
      id: bridge.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { _status: 'published' },
    })
    expect((await buildAddressRedirects(payload))[old]).toBe(`/news/${release.slug}`)

    // Again: nothing new is made, and the mapping is kept up to date rather than refused.
    const again = await importFiles(payload, files)
    expect([...again.values()].map((r) => r.status)).toEqual(['existing', 'existing'])
    expect((await mapOldAddresses(payload, csv, again, folder))[0].status).toBe('updated')
  })

  it('reads CSV as spreadsheets write it', () => {
    expect(parseCsv('\uFEFFa,"b, with comma","say ""hi"""\r\nc,d\n\n')).toEqual([
      ['a', 'b, with comma', 'say "hi"'],
      ['c', 'd'],
    ])
  })
})
