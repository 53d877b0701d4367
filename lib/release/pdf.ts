import PDFDocument from 'pdfkit'
import type { Release, SiteSetting } from '../../payload-types'
import { releaseSections } from './text'

const STYLE = {
  opening: { font: 'Helvetica-Bold', size: 10, gap: 12 },
  title: { font: 'Helvetica-Bold', size: 18, gap: 6 },
  dates: { font: 'Helvetica', size: 10, gap: 14 },
  standfirst: { font: 'Helvetica-Bold', size: 11, gap: 10 },
  text: { font: 'Helvetica', size: 11, gap: 10 },
  ends: { font: 'Helvetica-Bold', size: 11, gap: 14 },
  heading: { font: 'Helvetica-Bold', size: 12, gap: 6 },
  url: { font: 'Helvetica', size: 9, gap: 0 },
} as const

/**
 * The release as a press office sends it, on A4: organisation, FOR IMMEDIATE RELEASE (or the embargo line), title,
 * date, body, ENDS, notes to editors, contacts. Written from the same parts as the plain text, in PDF's standard
 * fonts (nothing to embed), with the document's title and author set for screen readers and search.
 */
export function releasePdf(release: Release, settings: SiteSetting, url: string): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    info: {
      Title: release.title,
      Author: settings.organisationName,
      Subject: release.summary ?? '',
      Creator: 'Press Office',
    },
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555555')
    .text(settings.organisationName.toUpperCase())
    .moveDown(1.2)
    .fillColor('#000000')
  for (const section of releaseSections(release, settings, url)) {
    const style = STYLE[section.role]
    doc.font(style.font).fontSize(style.size)
    for (const [i, paragraph] of section.text.split('\n\n').entries()) {
      if (i) doc.moveDown(0.6)
      if (section.role === 'url') doc.fillColor('#1a4f8b').text(paragraph, { link: paragraph }).fillColor('#000000')
      else doc.text(paragraph, { align: section.role === 'ends' ? 'center' : 'left', lineGap: 2 })
    }
    doc.y += style.gap
  }
  doc.end()
  return done
}
