import type { Contact, Release, SiteSetting } from '../../../payload-types'
import { formatDate } from '../../time/dates'
import { correctionsOf, KIND_LABEL, lastUpdated } from '../corrections'
import { statusLine } from '../status-line'
import { richTextToPlain, wrap } from './plain'

// One blank line between paragraphs; a list stays one block with a line per item.
const paragraphs = (value: unknown) =>
  richTextToPlain(value)
    .join('\n\n')
    .replace(/\n\n(?=(- |\d+\. ))/g, '\n')

function contactLines(contacts: Contact[], outOfHours?: string | null): string[] {
  const people = contacts.map((c) => `${c.name}${c.jobTitle ? `, ${c.jobTitle}` : ''}: ${c.phone}, ${c.email}`)
  const names = contacts.map((c) => c.name)
  const who =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? 'the press office')
  return [
    `For more information please contact ${who}.`,
    ...people,
    ...(outOfHours ? [`Out of hours (urgent media enquiries only): ${outOfHours}`] : []),
  ]
}

export type Section = {
  role: 'opening' | 'title' | 'dates' | 'standfirst' | 'text' | 'ends' | 'heading' | 'url'
  text: string
}

/**
 * A release in the order of the printed original, as labelled parts: the plain text and the PDF (and so the press
 * kit) are all written from these, opening with the release's one status line (lib/release/status-line.ts): FOR
 * IMMEDIATE RELEASE, or its embargo.
 */
export function releaseSections(release: Release, settings: SiteSetting, url: string): Section[] {
  const own = (release.contacts ?? []).filter((c): c is Contact => typeof c === 'object')
  const fallback =
    typeof settings.defaultContact === 'object' && settings.defaultContact ? [settings.defaultContact] : []
  const updated = lastUpdated(release)
  const sections: Section[] = [
    { role: 'opening', text: statusLine(release) },
    { role: 'title', text: release.title },
    {
      role: 'dates',
      text: [
        release.releaseDate ? formatDate(release.releaseDate) : '',
        updated ? `Updated ${formatDate(updated)}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    },
    { role: 'standfirst', text: release.summary },
    { role: 'text', text: paragraphs(release.body) },
    {
      role: 'text',
      text: correctionsOf(release)
        .map((c) => `${KIND_LABEL[c.kind] ?? 'Update'}, ${formatDate(c.date)}: ${c.note}`)
        .join('\n\n'),
    },
    { role: 'ends', text: 'ENDS' },
    ...(release.notesToEditors
      ? [
          { role: 'heading', text: 'Notes to editors' } as const,
          { role: 'text', text: paragraphs(release.notesToEditors) } as const,
        ]
      : []),
    ...(settings.about
      ? [
          { role: 'heading', text: `About ${settings.organisationName}` } as const,
          { role: 'text', text: paragraphs(settings.about) } as const,
        ]
      : []),
    { role: 'text', text: contactLines(own.length ? own : fallback, settings.outOfHoursPhone).join('\n') },
    { role: 'url', text: url },
  ]
  return sections.filter((s) => s.text.trim())
}

/** A public release as plain text, in the order of the printed original: for journalists to quote from. */
export function releaseText(release: Release, settings: SiteSetting, url: string): string {
  const parts: string[] = []
  for (const section of releaseSections(release, settings, url)) {
    // The title and its dates are one block; a heading sits a blank line above its text.
    if (section.role === 'dates') parts[parts.length - 1] += `\n${section.text}`
    else parts.push(section.text)
  }
  const text = parts.join('\n\n')
  return `${text
    .split('\n\n')
    .map((p) => wrap(p))
    .join('\n\n')}\n`
}
