import type { Contact, Release, SiteSetting } from '../../payload-types'
import { formatDate } from '../dates'
import { richTextToPlain, wrap } from './plain'

// One blank line between paragraphs; a list stays one block with a line per item.
const paragraphs = (value: unknown) =>
  richTextToPlain(value)
    .join('\n\n')
    .replace(/\n\n(?=(- |\d+\. ))/g, '\n')

function contactLines(contacts: Contact[], outOfHours?: string | null): string[] {
  const people = contacts.map((c) => `${c.name}${c.jobTitle ? `, ${c.jobTitle}` : ''}: ${c.phone}, ${c.email}`)
  const names = contacts.map((c) => c.name)
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? 'the press office')
  return [`For more information please contact ${who}.`, ...people, ...(outOfHours ? [`Out of hours (urgent media enquiries only): ${outOfHours}`] : [])]
}

/** A public release as plain text, in the order of the printed original: for journalists to quote from. */
export function releaseText(release: Release, settings: SiteSetting, url: string): string {
  const own = (release.contacts ?? []).filter((c): c is Contact => typeof c === 'object')
  const fallback = typeof settings.defaultContact === 'object' && settings.defaultContact ? [settings.defaultContact] : []
  const sections = [
    'FOR IMMEDIATE RELEASE',
    [release.title, release.releaseDate ? formatDate(release.releaseDate) : ''].filter(Boolean).join('\n'),
    release.summary,
    paragraphs(release.body),
    'ENDS',
    release.notesToEditors ? `Notes to editors\n\n${paragraphs(release.notesToEditors)}` : '',
    settings.about ? `About ${settings.organisationName}\n\n${paragraphs(settings.about)}` : '',
    contactLines(own.length ? own : fallback, settings.outOfHoursPhone).join('\n'),
    url,
  ]
  const text = sections.filter((s) => s && s.trim()).join('\n\n')
  return `${text.split('\n\n').map((p) => wrap(p)).join('\n\n')}\n`
}
