import { readFileSync } from 'node:fs'
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import { strToU8, unzipSync, zipSync } from 'fflate'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { findDate } from '../lib/import/dates'
import { DOCX_LIMITS, docxToHtml } from '../lib/import/docx-html'
import { importRelease, type ImportResult } from '../lib/import/import-release'
import { checkLinkShape } from '../lib/links/shape'
import { releaseText } from '../lib/release/text'
import type { Contact, Release, SiteSetting, User } from '../payload-types'
import { makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let contributor: User
let oceanTeam: Contact
beforeAll(async () => {
  payload = await testPayload()
  contributor = await makeUser(payload, 'contributor')
  oceanTeam = await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    data: { name: 'Ocean Press Team', isTeam: true, email: 'ocean.press@example.ac.uk', phone: '01234 567890' },
  })
})

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`))
const text = (s: string) => new TextEncoder().encode(s)
// Each file's content gets a unique tail, so runs of the suite never find one another's drafts.
const fresh = (data: Uint8Array, tail = unique('\n')) => new Uint8Array([...data, ...text(tail)])

async function imported(result: ImportResult) {
  expect(result.status, JSON.stringify(result)).toBe('created')
  if (result.status === 'failed') throw new Error(result.error)
  const release = (await payload.findByID({
    collection: 'releases',
    id: result.id,
    draft: true,
    overrideAccess: true,
    depth: 1,
  })) as Release
  return {
    release,
    report: result.report,
    plain: releaseText(release, { organisationName: 'Test' } as SiteSetting, 'https://news.example.org/x'),
  }
}

describe('importing a release from text', () => {
  it('recognises the title, date, body, quotes, ENDS, notes and contact, and repairs links', async () => {
    const { release, report, plain } = await imported(
      await importRelease(
        payload,
        { name: 'tidal-kelp.txt', data: fresh(fixture('tidal-kelp.txt')) },
        { user: contributor },
      ),
    )
    expect(release.title).toBe('Kelp farm off Harrowmere coast doubles as a storm barrier')
    expect(release.releaseDate?.slice(0, 10)).toBe('2021-10-28')
    expect(release._status).toBe('draft')
    expect(release.summary).toMatch(/^A seaweed farm anchored two miles/)
    expect(release.contacts?.map((c) => (typeof c === 'object' ? c.id : c))).toEqual([oceanTeam.id])
    const body = JSON.stringify(release.body)
    expect(body).toContain('"url":"https://example.org/ocean/kelp-barrier-study"')
    expect(body).toContain('"url":"https://www.example.org/data/kelp"')
    expect(body).not.toContain('http://https://')
    expect(body).toContain(
      '\\"We expected the kelp to grow. ' +
        'We did not expect it to calm the sea this much,\\" said Professor Ada Winterbourne',
    )
    expect(body).not.toContain('ENDS')
    expect(JSON.stringify(release.notesToEditors)).toContain('Coastal Futures Fund')
    expect(JSON.stringify(release.notesToEditors)).toContain('"listType":"number"')
    expect(JSON.stringify(release.notesToEditors)).not.toContain('For more information')
    expect(report.repaired.join('\n')).toContain(
      'http://https://example.org/ocean/kelp-barrier-study → https://example.org/ocean/kelp-barrier-study',
    )
    expect(report.recognised.join('\n')).toMatch(/Date: 28 October 2021/)
    expect(report.recognised.join('\n')).toMatch(/Press contact: Ocean Press Team/)
    expect(plain).toContain('ENDS')
    // Nothing is published by an import.
    const anonymous = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      where: { id: { equals: release.id } },
    })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('finds the draft it made before instead of making another', async () => {
    const data = fresh(fixture('tidal-kelp.txt'))
    const first = await importRelease(payload, { name: 'kelp.txt', data }, { user: contributor })
    const second = await importRelease(payload, { name: 'kelp-again.txt', data }, { user: contributor })
    expect(second.status).toBe('existing')
    expect(second.status !== 'failed' && first.status !== 'failed' && second.id === first.id).toBe(true)
  })

  it('reads a date written in each usual way', () => {
    for (const written of [
      '28/10/2021',
      '28 October 2021',
      '28th Oct 2021',
      'October 28, 2021',
      '2021-10-28',
      'Thursday 28 October 2021',
    ]) {
      expect(findDate(written)?.iso.slice(0, 10), written).toBe('2021-10-28')
    }
    expect(findDate('31/02/2021')).toBeNull()
  })

  it('repairs malformed addresses and says what was wrong', () => {
    expect(checkLinkShape('http://https://uil.unesco.org/lifelong-learning/learning-cities')).toEqual({
      ok: false,
      problem: 'The address has its scheme twice.',
      fix: 'https://uil.unesco.org/lifelong-learning/learning-cities',
    })
    expect(checkLinkShape('htp://example.org/x')).toMatchObject({ fix: 'http://example.org/x' })
    expect(checkLinkShape('https//example.org')).toMatchObject({ fix: 'https://example.org' })
    expect(checkLinkShape('https://example.org/a b')).toMatchObject({ fix: 'https://example.org/ab' })
    expect(checkLinkShape('javascript:alert(1)')).toMatchObject({ ok: false })
    expect(checkLinkShape('javascript:alert(1)')).not.toHaveProperty('fix')
    expect(checkLinkShape('https://example.org/fine')).toEqual({ ok: true, url: 'https://example.org/fine' })
  })
})

describe('importing a web page', () => {
  it('drops the site around the release, brings its picture in, and reports a contact it does not know', async () => {
    const { release, report } = await imported(
      await importRelease(
        payload,
        { name: 'library-page.html', data: fresh(fixture('library-page.html'), unique('<!-- ') + ' -->') },
        { user: contributor },
      ),
    )
    expect(release.title).toBe('New library opens its doors to the town')
    expect(release.releaseDate?.slice(0, 10)).toBe('2022-02-03')
    const body = JSON.stringify(release.body)
    expect(body).toContain('"type":"quote"')
    expect(body).toContain('A library is a promise')
    expect(body).toContain('"url":"http://example.org/library/visit"')
    for (const chrome of ['Back', 'cookies', 'Share this release', 'Related Stories', 'An older story', 'Home', '©'])
      expect(body, chrome).not.toContain(chrome)
    expect(report.dropped.join('\n')).toMatch(/Related Stories/)
    expect(report.dropped.join('\n')).toMatch(/Share this release/)
    expect(report.dropped.join('\n')).toMatch(/cookies/)
    // Its picture: media with the page's alt text, and the release's main picture (it stands above the text).
    const hero = release.heroImage as { alt: string; mimeType: string }
    expect(hero.alt).toBe("The library's glass front at dusk")
    expect(hero.mimeType).toBe('image/png')
    // The contact is not invented: it is reported for the editor to add.
    expect(release.contacts ?? []).toEqual([])
    expect(report.leftOver.join('\n')).toMatch(
      /Press contact not found among the press contacts: "Dr Nobody Inparticular"/,
    )
    expect(JSON.stringify(release.notesToEditors)).toContain('£40 million')
  })
})

describe('importing a Word file', () => {
  it('reads headings, paragraphs, links and pictures with their alt text', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2266aa' } })
      .png()
      .toBuffer()
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Choir from Harrowmere wins national title', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'October 28, 2021', alignment: AlignmentType.RIGHT }),
            new Paragraph({
              children: [
                new TextRun(
                  'The Harrowmere Community Choir has won the national amateur choir competition at its first attempt.',
                ),
              ],
            }),
            new Paragraph({
              children: [new TextRun('“We sang as if nobody was listening,” said the choir’s director, Mina Patel.')],
            }),
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: png,
                  transformation: { width: 40, height: 30 },
                  altText: { name: 'choir', title: 'Choir', description: 'The choir on stage with the trophy' },
                }),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun(`Tickets for the homecoming concert: https://example.org/choir-concert ${unique('ref')}`),
              ],
            }),
            new Paragraph('ENDS'),
            new Paragraph('For further information please contact the Ocean Press Team.'),
          ],
        },
      ],
    })
    const data = new Uint8Array(await Packer.toBuffer(doc))
    const { release, report } = await imported(
      await importRelease(payload, { name: 'choir.docx', data }, { user: contributor }),
    )
    expect(release.title).toBe('Choir from Harrowmere wins national title')
    expect(release.releaseDate?.slice(0, 10)).toBe('2021-10-28')
    const body = JSON.stringify(release.body)
    expect(body).toContain('We sang as if nobody was listening')
    expect(body).toContain('"url":"https://example.org/choir-concert"')
    expect(body).toContain('"type":"upload"')
    const pictureId = (
      release.body!.root.children.find((n) => n.type === 'upload') as unknown as { value: number | { id: number } }
    ).value
    const picture = await payload.findByID({
      collection: 'media',
      id: typeof pictureId === 'object' ? pictureId.id : pictureId,
      overrideAccess: true,
    })
    expect(picture.alt).toBe('The choir on stage with the trophy')
    expect(release.contacts?.map((c) => (typeof c === 'object' ? c.id : c))).toEqual([oceanTeam.id])
    expect(report.recognised.join('\n')).toMatch(/Picture 1: brought in as media with its alt text/)
  })

  it('says plainly when a file cannot be read, and makes nothing', async () => {
    const before = (await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs
    expect(await importRelease(payload, { name: 'broken.docx', data: text('not a zip file') })).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/not a Word \(.docx\) file/),
    })
    expect(await importRelease(payload, { name: 'photo.jpg', data: text('x') })).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/Only .docx, .html and .txt/),
    })
    expect(await importRelease(payload, { name: 'empty.txt', data: new Uint8Array() })).toMatchObject({
      status: 'failed',
      error: 'The file is empty.',
    })
    expect((await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('a Word file that would stall the server', () => {
  const wordFile = async (paragraphs: string[]) =>
    new Uint8Array(
      await Packer.toBuffer(
        new Document({
          sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
        }),
      ),
    )

  it('is refused unread when its text unpacks to far more than a release, with a report saying why', async () => {
    // A real .docx whose document.xml is swapped for 20 MB of one paragraph repeated: a few kilobytes zipped.
    const parts = unzipSync(await wordFile(['A title', 'A paragraph']))
    const paragraph = '<w:p><w:r><w:t>Again and again and again.</w:t></w:r></w:p>'
    const body = paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))
    parts['word/document.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body>${body}</w:body></w:document>`,
    )
    const bomb = zipSync(parts, { level: 9 })
    expect(bomb.byteLength).toBeLessThan(200 * 1024)
    const result = await importRelease(payload, { name: 'bomb.docx', data: bomb }, { user: contributor })
    expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/unpacks to 2\d MB of text/) })
    // As many parts as a zip can name: refused by count before anything is read.
    const many = Object.fromEntries(
      Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, i) => [`x/${i}.txt`, strToU8('x')]),
    )
    expect(
      await importRelease(payload, { name: 'many.docx', data: zipSync({ ...parts, ...many }) }, { user: contributor }),
    ).toMatchObject({ status: 'failed', error: expect.stringMatching(/holds \d+ parts/) })
  })

  it('is read in a worker thread with a time limit: the server keeps answering, and a slow file is stopped', async () => {
    const long = await wordFile(Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of a long but honest release.`))
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    const html = await docxToHtml(long)
    clearInterval(timer)
    expect(html).toContain('Paragraph 3999 of a long but honest release.')
    // The event loop ran while the file was read elsewhere.
    expect(ticks).toBeGreaterThan(0)
    const limit = DOCX_LIMITS.timeoutMs
    DOCX_LIMITS.timeoutMs = 1
    try {
      await expect(docxToHtml(long)).rejects.toThrow(/took longer than/)
    } finally {
      DOCX_LIMITS.timeoutMs = limit
    }
    // The next file is read as usual.
    expect(await docxToHtml(await wordFile(['After the stopped one']))).toContain('After the stopped one')
  })
})
