import { strFromU8, unzipSync } from 'fflate'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { releasePdf } from '../lib/release/pdf'
import { buildPressKit } from '../lib/release/press-kit'
import { statusLine } from '../lib/release/status-line'
import { releaseText } from '../lib/release/text'
import type { Contact, Release, SiteSetting } from '../payload-types'
import { paragraphs } from '../seed/lexical'

const contact = {
  id: 1,
  name: 'Jo Bloggs',
  jobTitle: 'Media Relations Officer',
  phone: '01234 567890',
  email: 'jo@example.ac.uk',
} as Contact
const release = {
  id: 1,
  title: 'Harrowmere opens a kelp battery pilot plant',
  slug: 'kelp-pilot',
  summary: 'A pilot plant will turn farmed kelp into battery electrodes.',
  releaseDate: '2025-03-12T09:00:00.000Z',
  body: paragraphs(['The plant opens in May.', '“It is a first,” said Professor Ada Winterbourne.']),
  notesToEditors: paragraphs(['The project is funded by the Coastal Futures Fund.']),
  contacts: [contact],
  corrections: [
    { id: 'a', kind: 'correction', date: '2025-03-13T10:00:00.000Z', note: 'The plant opens in May, not April.' },
  ],
  updatedAt: '2025-03-13T10:00:00.000Z',
  createdAt: '2025-03-12T09:00:00.000Z',
} as unknown as Release
const settings = { organisationName: 'Harrowmere University', outOfHoursPhone: '07700 900123' } as SiteSetting

async function text(pdf: Uint8Array) {
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

describe('the PDF of a release', () => {
  it('reads as the press office would send it', async () => {
    const pdf = await releasePdf(release, settings, 'https://news.example.org/news/kelp-pilot')
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
    const words = await text(pdf)
    const order = [
      'HARROWMERE UNIVERSITY',
      'FOR IMMEDIATE RELEASE',
      'Harrowmere opens a kelp battery pilot plant',
      '12/03/2025',
      'Updated 13/03/2025',
      'A pilot plant will turn farmed kelp into battery electrodes.',
      'The plant opens in May.',
      'said Professor Ada Winterbourne',
      'Correction, 13/03/2025: The plant opens in May, not April.',
      'ENDS',
      'Notes to editors',
      'Coastal Futures Fund',
      'For more information please contact Jo Bloggs.',
      'Out of hours (urgent media enquiries only): 07700 900123',
      'https://news.example.org/news/kelp-pilot',
    ]
    let at = -1
    for (const part of order) {
      const found = words.indexOf(part, at + 1)
      expect(found, part).toBeGreaterThan(at)
      at = found
    }
  })

  it('carries the same embargo line as every other copy for those who may see it early', async () => {
    const embargoed = { ...release, embargoUntil: '2099-11-03T00:01:00.000Z' }
    const line = 'EMBARGOED UNTIL 00:01 GMT Tuesday 3 November 2099'
    const words = await text(await releasePdf(embargoed, settings, 'u'))
    expect(words).toContain(line)
    expect(words).not.toContain('FOR IMMEDIATE RELEASE')
    // The plain text and the press kit's release.txt open with it too.
    expect(releaseText(embargoed, settings, 'u').split('\n')[0]).toBe(line)
    const kit = unzipSync(await buildPressKit(embargoed, settings, 'u'))
    expect(strFromU8(kit['release.txt']).split('\n')[0]).toBe(line)
    // A scheduled draft without an embargo is embargoed until its time; once out, for immediate release.
    expect(statusLine({ _status: 'draft', releaseDate: '2099-11-03T00:01:00.000Z', embargoUntil: null })).toBe(line)
    expect(statusLine({ _status: 'draft', releaseDate: null, embargoUntil: null })).toBe(
      'EMBARGOED: NOT FOR PUBLICATION',
    )
    expect(statusLine({ ...embargoed, embargoUntil: '2020-01-01T00:00:00.000Z' })).toBe('FOR IMMEDIATE RELEASE')
  })
})
