import { readFileSync } from 'node:fs'
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { ImportReportList } from '../components/admin/import-report-list'
import { docxToHtml } from '../lib/import/docx-html'
import { fromHtml } from '../lib/import/from-html'
import { fromText } from '../lib/import/from-text'
import { importKey, importRelease } from '../lib/import/import-release'
import { recognise, type KnownContact, type Recognised } from '../lib/import/recognise'
import { blocksToRichText } from '../lib/import/to-lexical'
import { blockText, type Block, type ImportReport } from '../lib/import/types'
import type { Release } from '../payload-types'
import { makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

// Samples in the house styles of three kinds of press office, each with the furniture that comes with it: a
// university page copied as text, a council web page, a charity's Word file; and a trust's text release with its
// ENDS at the very bottom.
const KNOWN: KnownContact[] = [
  { id: 11, name: 'Jane Smith' },
  { id: 12, name: 'Ocean Press Team' },
  { id: 13, name: 'Dr Mina Patel' },
]
const sample = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8')
const texts = (blocks: Block[]) => blocks.map(blockText).join('\n')
const lines = (report: ImportReport, key: keyof Omit<ImportReport, 'source'>) => report[key].join('\n')

async function charityWordFile(): Promise<Uint8Array> {
  const logo = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#116644' } })
    .png()
    .toBuffer()
  const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#886622' } })
    .png()
    .toBuffer()
  const picture = (data: Buffer, description: string) =>
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data,
          transformation: { width: 40, height: 30 },
          altText: { name: description, title: description, description },
        }),
      ],
    })
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] })
  const doc = new Document({
    sections: [
      {
        children: [
          picture(logo, 'Seaside Wildlife Trust logo'),
          new Paragraph('Seaside Wildlife Trust | 1 Harbour Row, Harrowmere HR1 2AB | Registered charity no. 1234567'),
          bold('EMBARGOED UNTIL 00:01 GMT, Tuesday 3 November 2026'),
          new Paragraph({
            text: 'Seal pups born on Harrowmere sands for the first time in 40 years',
            heading: HeadingLevel.HEADING_1,
          }),
          new Paragraph(
            'Grey seals have given birth on Harrowmere sands for the first time in forty years, volunteers from ' +
              'Seaside Wildlife Trust counted twelve pups on the beach this week.',
          ),
          picture(photo, 'A seal pup on the sand beside its mother'),
          new Paragraph('“We have waited a long time for this,” said Dr Mina Patel, the Trust’s marine ecologist.'),
          new Paragraph('Walkers are asked to keep dogs on leads and stay 50 metres from the pups.'),
          new Paragraph('ENDS.'),
          bold('Notes for editors'),
          new Paragraph(
            '1. Seaside Wildlife Trust is a charity that has looked after the Harrowmere coast since 1972.',
          ),
          new Paragraph('2. Photographs are available to download from https://example.org.uk/seal-pups.'),
          bold('Media contact:'),
          new Paragraph('Sam Jones, Communications Officer'),
          new Paragraph('07700 900123 | sam.jones@example.org.uk'),
          new Paragraph('Out of hours: 07700 900456'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('recognising a release copied from a university web page as text', () => {
  let found: Recognised
  beforeAll(() => {
    found = recognise(fromText(sample('university-page-copy.txt')), KNOWN, 'university-page-copy.txt')
  })

  it('skips the page furniture above the title, and says what it skipped', () => {
    expect(found.title).toBe('Robot lifeguards to patrol Harrowmere beaches next summer')
    const check = lines(found.report, 'check')
    expect(check).toContain(
      'Title taken from the first line "Robot lifeguards to patrol Harrowmere beaches next summer"; skipped above ' +
        'it: "Back to news", "Home > News > 2021", "University of Example — Press Office", "PRESS RELEASE", ' +
        '"FOR IMMEDIATE RELEASE"',
    )
    // A guess is not reported as a certainty.
    expect(lines(found.report, 'recognised')).not.toMatch(/Title|Summary|Standfirst/)
  })

  it('reads the "Date:" line and takes it out of the text', () => {
    expect(found.releaseDate?.slice(0, 10)).toBe('2021-10-28')
    expect(found.report.recognised).toContain('Date: 28/10/2021')
  })

  it('keeps only the release in the body, and the numbered notes without their heading in the notes', () => {
    const body = texts(found.body)
    for (const furniture of ['Back to news', 'Home >', 'Press Office', 'PRESS RELEASE', 'IMMEDIATE', 'Date:', 'ENDS'])
      expect(body, furniture).not.toContain(furniture)
    expect(body).toContain('A robot cannot replace a lifeguard')
    expect(found.summary).toMatch(/^Three robot lifeguards will patrol/)
    expect(lines(found.report, 'check')).toContain(
      'Standfirst taken from the first paragraph "Three robot lifeguards will patrol Harrowmere\'s beaches next...',
    )
    const notes = texts(found.notes)
    expect(notes).toContain('Coastal Safety Trust')
    expect(found.notes[0].kind).toBe('ol')
    for (const furniture of ['Notes to editors', 'Share this release', 'Related Stories', 'Kelp farm'])
      expect(notes, furniture).not.toContain(furniture)
  })

  it('sets the known contact and reports the one named beside it who is not known', () => {
    expect(found.contacts).toEqual([11])
    expect(lines(found.report, 'recognised')).toContain('Press contact: Jane Smith')
    expect(found.report.check).toContain(
      '"Ravi Patel" is named as a contact but is not in Press contacts: add them or pick another',
    )
    // The line names someone the release cannot point to yet, so it stays in the notes rather than being lost.
    expect(texts(found.notes)).toContain('please contact Jane Smith or Ravi Patel on 01234 567890')
  })
})

describe('recognising a council web page', () => {
  let found: Recognised
  let dropped: string[]
  beforeAll(() => {
    dropped = []
    found = recognise(fromHtml(sample('council-page.html'), { dropped }), KNOWN, 'council-page.html')
  })

  it('reads only the page’s main content: no logo, crest, navigation, share buttons or footer', () => {
    expect(found.title).toBe('Victorian seafront shelters restored in time for winter')
    expect(found.report.recognised).toContain('Title: the main heading')
    expect(found.body.some((b) => b.kind === 'image')).toBe(false)
    const all = `${texts(found.body)}\n${texts(found.notes)}`
    for (const furniture of [
      'Harrowmere Borough Council',
      'Seafront\n',
      'Share this page',
      'Facebook',
      'Accessibility',
      '©',
      'Category',
    ])
      expect(all, furniture).not.toContain(furniture)
    expect(dropped.join('\n')).toContain('Harrowmere Borough Council')
    expect(dropped.join('\n')).toContain('Accessibility')
  })

  it('takes the standfirst from the lead paragraph, not the site’s name', () => {
    expect(found.summary).toMatch(/^Four Victorian shelters on Harrowmere's seafront/)
  })

  it('reads the date from a "Date:" entry in the page’s details', () => {
    expect(found.releaseDate?.slice(0, 10)).toBe('2021-10-28')
    expect(texts(found.body)).not.toMatch(/Date|28 October 2021/)
  })

  it('ends the body at "– ENDS –", puts the notes under the bold heading in the notes, and matches the contact', () => {
    expect(texts(found.body)).not.toContain('ENDS')
    expect(texts(found.body)).toContain('kept people dry for 134 years')
    const notes = texts(found.notes)
    expect(notes).toContain('£240,000')
    expect(notes).not.toMatch(/Notes to editors|Media enquiries|01234 111222/)
    expect(found.contacts).toEqual([11])
    expect(found.report.check.join('\n')).not.toMatch(/not in Press contacts/)
  })
})

describe('recognising a charity’s Word file', () => {
  let found: Recognised
  beforeAll(async () => {
    found = recognise(fromHtml(await docxToHtml(await charityWordFile())), KNOWN, 'seal-pups.docx')
  })

  it('takes the title from Heading 1, leaving out the logo, letterhead and embargo line above it', () => {
    expect(found.title).toBe('Seal pups born on Harrowmere sands for the first time in 40 years')
    const images = found.body.filter((b) => b.kind === 'image')
    expect(images.map((b) => b.kind === 'image' && b.picture.alt)).toEqual(['A seal pup on the sand beside its mother'])
    const body = texts(found.body)
    expect(body).not.toMatch(/Registered charity|EMBARGOED|ENDS/)
    expect(found.summary).toMatch(/^Grey seals have given birth/)
  })

  it('reports the embargo line as evidence, and takes the date from it for a person to check', () => {
    const check = lines(found.report, 'check')
    expect(check).toContain('Embargo line above the title: "EMBARGOED UNTIL 00:01 GMT, Tuesday 3 November 2026"')
    expect(found.releaseDate?.slice(0, 10)).toBe('2026-11-03')
    expect(check).toContain(
      'Date 3 November 2026 read from the embargo line "EMBARGOED UNTIL 00:01 GMT, Tuesday 3 November 2026"',
    )
    expect(check).toMatch(
      /Title taken from the main heading .*; skipped above it: "Seaside Wildlife Trust \| 1 Harbour/,
    )
  })

  it('knows "ENDS." and "Notes for editors", and reports the media contact it does not know', () => {
    const notes = texts(found.notes)
    expect(notes).toContain('looked after the Harrowmere coast since 1972')
    expect(notes).not.toContain('Notes for editors')
    expect(found.contacts).toEqual([])
    expect(found.report.check).toContain(
      '"Sam Jones" is named as a contact but is not in Press contacts: add them or pick another',
    )
    expect(lines(found.report, 'leftOver')).toMatch(/Press contact not found among the press contacts: "Sam Jones"/)
    // Their number stays with the release until they are added.
    expect(notes).toContain('07700 900456')
  })
})

describe('recognising a text release with its ENDS at the bottom, below the notes', () => {
  it('ends the body at "Editor\'s notes", reads "Issued:" and the "Press enquiries:" block', () => {
    const found = recognise(fromText(sample('trust-release.txt')), KNOWN, 'trust-release.txt')
    expect(found.title).toBe('Otters spotted on the Mere for the first time in thirty years')
    expect(found.releaseDate?.slice(0, 10)).toBe('2021-10-28')
    const body = texts(found.body)
    expect(body).not.toMatch(/Editor's notes|Film of the otters|###|NEWS RELEASE|HR2 7QT|Issued/)
    expect(body).toContain('too dirty to feed them')
    const notes = texts(found.notes)
    expect(notes).toContain('a charity that has cared for the Mere since 1989')
    expect(notes).not.toMatch(/Editor's notes|###|Press enquiries/)
    expect(found.contacts).toEqual([12])
    expect(found.report.check.join('\n')).toContain('skipped above it: "NEWS RELEASE", "Harrowmere Rivers Trust Unit 4')
  })
})

describe('the markers a UK release uses', () => {
  const release = (...paragraphs: string[]) =>
    recognise(fromText(['Harbour festival returns', ...paragraphs].join('\n\n')), KNOWN, 'pasted')

  it('ends the body at each way of writing ENDS', () => {
    for (const ends of ['ENDS', '-ends-', '– ENDS –', 'ENDS.', '#ENDS#', '###', '- End -', '***ENDS***']) {
      const found = release('5 June 2022', 'The festival returns.', ends, 'About the festival: it began in 1950.')
      expect(texts(found.body), ends).toBe('The festival returns.')
      expect(texts(found.notes), ends).toBe('About the festival: it began in 1950.')
    }
  })

  it('drops each way of writing the notes heading', () => {
    for (const heading of [
      'Notes to editors',
      'NOTES TO EDITORS:',
      'Notes for editors',
      "Editor's notes",
      'Editors’ notes',
      'Note to editors',
      'Notes to the editor',
    ]) {
      const found = release('The festival returns.', 'ENDS', heading, '1. It began in 1950.')
      expect(texts(found.notes), heading).toBe('1. It began in 1950.')
    }
  })

  it('reads "Date:", "Published:" and "Issued:" lines in UK formats, with a time or a weekday', () => {
    for (const line of [
      'Date: 05/06/2022',
      'Published: 5 June 2022',
      'Issued: 5th Jun 2022',
      'Issued on Sunday 5th June 2022 at 10.30am',
      'Date of release: 05.06.2022',
      'Published 5 June 2022, 09:00 BST',
    ]) {
      const found = release(line, 'The festival returns.')
      expect(found.releaseDate?.slice(0, 10), line).toBe('2022-06-05')
      expect(texts(found.body), line).toBe('The festival returns.')
    }
  })

  it('is sure of a date only when nothing else could be meant, and says what it saw when something could', () => {
    // Numbers are read day first, as in the UK: 05/06/2022 is 5 June.
    const sure = release('Date: 05/06/2022', 'Last updated: 7 June 2022', 'The festival returns.')
    expect(sure.releaseDate?.slice(0, 10)).toBe('2022-06-05')
    expect(sure.report.recognised).toContain('Date: 05/06/2022')
    expect(texts(sure.body)).toBe('The festival returns.')
    const two = release('Published: 5 June 2022', 'Issued: 6 June 2022', 'The festival returns.')
    expect(two.releaseDate?.slice(0, 10)).toBe('2022-06-05')
    expect(two.report.recognised.join('\n')).not.toMatch(/Date/)
    expect(two.report.check).toContain(
      'Date 5 June 2022 read from the line "Published: 5 June 2022"; other dates beside the title: ' +
        '"Issued: 6 June 2022"',
    )
    const updated = release('Last updated: 7 June 2022', 'The festival returns.')
    expect(updated.report.check).toContain(
      'Date 7 June 2022 read from the line "Last updated: 7 June 2022", the date the page was last updated: ' +
        'no other date was found',
    )
  })

  it('says which main heading it took when a page has several, and what it took from a page without one', () => {
    const several = recognise(
      fromHtml('<h1>Harrowmere News</h1><h1>Pier reopens after storm repairs</h1><p>The pier reopened today.</p>'),
      KNOWN,
      'pier.html',
    )
    expect(several.title).toBe('Harrowmere News')
    expect(several.report.check[0]).toBe('Title taken from the first of 2 main headings "Harrowmere News"')
    const untitled = recognise(
      fromHtml(
        '<html><head><title>Pier reopens | Harrowmere Town Council</title></head><body>' +
          '<p>Harrowmere Town Council</p><p>The pier reopened today after storm repairs.</p></body></html>',
      ),
      KNOWN,
      'pier.html',
    )
    expect(untitled.title).toBe('Pier reopens')
    expect(untitled.report.check[0]).toBe(
      'Title taken from the page\'s title "Pier reopens | Harrowmere Town Council"; skipped above it: ' +
        '"Harrowmere Town Council"',
    )
    expect(untitled.summary).toBe('The pier reopened today after storm repairs.')
  })

  it('names each person in a contact line, with their titles, and reports only those it does not know', () => {
    const found = release(
      'The festival returns.',
      'ENDS',
      'For media enquiries, please contact Dr Mina Patel, Head of Communications, on 01234 567890, ' +
        'Professor Owen Hughes (07700 900111) or the Ocean Press Team at press@example.org.',
    )
    expect(found.contacts).toEqual([12, 13])
    expect(found.report.check).toHaveLength(3)
    expect(found.report.check).toEqual(
      expect.arrayContaining([
        'Title taken from the first line "Harbour festival returns"',
        expect.stringMatching(/^Standfirst taken from/),
        '"Professor Owen Hughes" is named as a contact but is not in Press contacts: add them or pick another',
      ]),
    )
  })

  it('does not mistake a headline naming an organisation for a letterhead when nothing else could be the title', () => {
    const found = recognise(
      fromText('Harrowmere Borough Council Opens New Library\n\n5 June 2022\n\nThe library opened today.'),
      KNOWN,
      'pasted',
    )
    expect(found.title).toBe('Harrowmere Borough Council Opens New Library')
  })
})

describe('the report of an import', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('is stored with what to check, and a report stored before that list existed still reads', async () => {
    const contributor = await makeUser(payload, 'contributor')
    // A unique last line (with no blank line above it, which would make the text read as blank-line paragraphs).
    const data = new TextEncoder().encode(`${sample('university-page-copy.txt').trimEnd()}\n${unique('ref')}`)
    const made = await importRelease(payload, { name: 'robots.txt', data }, { user: contributor })
    expect(made.status).toBe('created')
    if (made.status === 'failed') return
    const release = (await payload.findByID({
      collection: 'releases',
      id: made.id,
      draft: true,
      overrideAccess: true,
    })) as Release
    expect(release.title).toBe('Robot lifeguards to patrol Harrowmere beaches next summer')
    expect((release.importReport as ImportReport).check).toEqual(made.report.check)
    expect(made.report.check.join('\n')).toMatch(/"Ravi Patel" is named as a contact/)

    // An older report, saved without `check`: found again as it was, with an empty list to check.
    const old = new TextEncoder().encode(unique('An older import'))
    await payload.create({
      collection: 'releases',
      draft: true,
      overrideAccess: true,
      context: { importing: true },
      data: {
        _status: 'draft',
        title: unique('Older import'),
        summary: 'x',
        importKey: importKey(old),
        importReport: {
          source: 'old.txt',
          recognised: ['Title: the first line'],
          repaired: [],
          dropped: [],
          leftOver: [],
        },
      },
    })
    const again = await importRelease(payload, { name: 'old.txt', data: old }, { user: contributor })
    expect(again).toMatchObject({ status: 'existing', report: { source: 'old.txt', check: [] } })
  })

  it('shows what to check first, under "Please check", and still shows an older report without it', () => {
    const report: ImportReport = {
      source: 'x.txt',
      check: ['Title taken from the first line "A title"'],
      recognised: ['Date: 5 June 2022'],
      repaired: [],
      dropped: ['"Back to news"'],
      leftOver: [],
    }
    const html = renderToStaticMarkup(createElement(ImportReportList, { report }))
    expect(html.indexOf('Please check (1)')).toBeGreaterThan(-1)
    expect(html.indexOf('Please check')).toBeLessThan(html.indexOf('Recognised'))
    expect(html).toContain('Title taken from the first line &quot;A title&quot;')
    const older = renderToStaticMarkup(
      createElement(ImportReportList, {
        report: { source: 'old.txt', recognised: ['Title: the first line'], repaired: [], dropped: [], leftOver: [] },
      }),
    )
    expect(older).toContain('Recognised (1)')
    expect(older).not.toContain('Please check')
  })

  it('keeps rich text for the notes it recognised', () => {
    const found = recognise(fromText(sample('university-page-copy.txt')), KNOWN, 'x.txt')
    expect(JSON.stringify(blocksToRichText(found.notes))).toContain('"listType":"number"')
  })
})
