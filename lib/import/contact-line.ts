import { anyOf, norm, ORGANISATIONS } from './furniture'
import { blockText, type Block, type ImportReport } from './types'

export type KnownContact = { id: number; name: string }

// A contact heading ("Media contact:", "Press enquiries", "Contact: ...") or a sentence asking the reader to contact
// someone ("For more information please contact ...", "For media enquiries, call ..."): the people are what follows,
// on the line or in the lines below it. "For more information about the trial, visit ..." is not one.
const TOPIC = `(?:for\\s+)?${anyOf(
  '(?:more|further)\\s+(?:information|details)',
  "(?:media|press|journalists?['’]?)\\s+(?:enquiries|inquiries|contacts?|information|office)",
)}`
const VERB = '(?:please\\s+)?(?:contact|call|email|phone|ring|speak\\s+to|get\\s+in\\s+touch\\s+with)'
const CONTACT_LINE = new RegExp(
  `^(?:${TOPIC}|contacts?|enquiries(?:\\s+to)?)\\s*(?::\\s*(.*)|$)|` +
    `^(?:${TOPIC}[^.:]{0,60}?|journalists?\\s+(?:should|can|may))[,\\s]+${VERB}\\b\\s*:?\\s*(.*)$`,
  'is',
)
const contactRest = (line: string) => {
  const match = CONTACT_LINE.exec(line)
  return match ? (match[1] ?? match[2] ?? '') : line
}
// What a contact block's further lines hold: a name and role, a phone, an email, "Out of hours: ...".
const DETAIL = /@|\d{5}|^(?:t|tel|telephone|m|mob|mobile|e|email|e-mail|phone|out of hours|ooh|web)\b/i

const HONORIFIC = '(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|Cllr|Councillor|Rev|Revd|Reverend)\\.?'
const WORD = "\\p{Lu}[\\p{L}'’-]*"
const PARTICLE = '(?:van|von|der|den|de|da|di|du|le|la|bin|al|ní|nic)'
const PERSON = new RegExp(
  `^(?:${HONORIFIC}\\s+${WORD}|(?:${HONORIFIC}\\s+)?${WORD}(?:\\s+(?:${PARTICLE}\\s+)*${WORD}){1,3})$`,
  'u',
)
const TEAM = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}&'’ -]*\s(?:[Tt]eam|[Oo]ffice|[Dd]esk|[Uu]nit)$/u
// Capitalised words that name a role, a department or an organisation, not a person.
const ROLES = anyOf(
  'officer|manager|director|head|lead|co-?ordinator|advis[eo]r|executive|assistant|chief|editor|specialist',
  'spokes(?:person|man|woman)|communications|relations|marketing|media|press|news|centre|center|services?',
)
// A line below a contact heading may start like a name and be something else ("About Harrowmere Rivers").
const NOT_A_NAME =
  /^(?:About|The|For|Our|Your|Notes?|Contact|Further|More|Please|Images?|Photos?|Interviews?|Out|Visit)\b/
const NOT_A_PERSON = new RegExp(`\\b(?:${ROLES}|${ORGANISATIONS})\\b`, 'i')
const STRIP_HONORIFIC = new RegExp(`^${HONORIFIC}\\s+`, 'i')

const key = (name: string) => norm(name).replace(STRIP_HONORIFIC, '').replace(/^the /, '')
const within = (text: string, name: string) => Boolean(name) && ` ${text} `.includes(` ${name} `)

/** The people and teams a contact line names, in the order it names them. */
export function namedIn(text: string): string[] {
  const bare = text.replace(/\([^)]*\)/g, ' ').replace(/\S+@\S+|(?:https?:\/\/|www\.)\S+|\+?\d[\d\s()-]{5,}\d/gi, ' | ')
  const names: string[] = []
  for (const alternative of bare.split(/\s+(?:or|and)\s+|[;|/\n•·]/i))
    for (const part of alternative.split(',')) {
      const name = part
        .split(/\s+(?:on|at|in|via|by|who|from|is|tel|telephone|phone|mobile|email|e-mail)\b/i)[0]
        .replace(/^\s*(?:please\s+)?(?:contact|call|email|phone|ring|speak to|our|your)\s+/i, '')
        .replace(/[.:;!?\s]+$/, '')
        .trim()
      const person =
        PERSON.test(name) && !NOT_A_NAME.test(name) && !NOT_A_PERSON.test(name.replace(STRIP_HONORIFIC, ''))
      if ((person || TEAM.test(name)) && !names.some((n) => key(n) === key(name))) names.push(name)
    }
  return names
}

const isContactLine = (block: Block) =>
  block.kind !== 'image' && !('items' in block) && CONTACT_LINE.test(blockText(block))

/**
 * Reads the contact lines in `list` (with the detail lines below one that names nobody itself) and finds the press
 * contacts they name. A line naming only known contacts is taken out: the release's contacts stand for it. One naming
 * anyone else is kept (in `kept` too), so their number is not lost, and each such name is reported to check.
 */
export function takeContacts(list: Block[], known: KnownContact[], report: ImportReport) {
  const contacts: number[] = []
  const blocks: Block[] = []
  const kept: Block[] = []
  for (let at = 0; at < list.length; at++) {
    if (!isContactLine(list[at])) {
      blocks.push(list[at])
      continue
    }
    const line = blockText(list[at])
    const lines = [contactRest(line)]
    let size = 1
    if (!namedIn(lines[0]).length)
      while (size < 5 && at + size < list.length && detailLine(list[at + size]))
        lines.push(blockText(list[at + size++]))
    const group = list.slice(at, at + size)
    at += size - 1

    const names = lines.flatMap(namedIn)
    const text = norm(lines.join(' '))
    const matched = known.filter((c) => within(text, key(c.name)))
    const isKnown = (name: string) =>
      known.some((c) => within(key(name), key(c.name)) || within(key(c.name), key(name)))
    const unknown = names.filter((name) => !isKnown(name))
    for (const contact of matched) if (!contacts.includes(contact.id)) contacts.push(contact.id)
    if (matched.length) report.recognised.push(`Press contact: ${matched.map((c) => c.name).join(', ')}`)
    else
      report.leftOver.push(
        `Press contact not found among the press contacts: "${unknown.join('", "') || line}" ` +
          '(add them under Press contacts, then choose them on the release)',
      )
    for (const name of unknown)
      report.check.push(`"${name}" is named as a contact but is not in Press contacts: add them or pick another`)
    if (!matched.length || unknown.length) {
      blocks.push(...group)
      kept.push(...group)
    }
  }
  return { contacts, blocks, kept }
}

function detailLine(block: Block): boolean {
  if (block.kind === 'image' || 'items' in block || block.kind === 'h1' || block.kind === 'h2') return false
  const text = blockText(block)
  return text.length <= 160 && (DETAIL.test(text) || namedIn(text).length > 0)
}
