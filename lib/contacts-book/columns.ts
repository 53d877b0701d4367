export type ColumnKey =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'outlet'
  | 'role'
  | 'beats'
  | 'phone'
  | 'notes'
  | 'source'
  | 'lawfulBasis'
  | 'basisDate'

// Headers as people write them, compared without case, spaces or punctuation ("E-mail address" = "emailaddress").
const ALIASES: Record<ColumnKey, string[]> = {
  name: ['name', 'fullname', 'contactname', 'journalist', 'contact'],
  firstName: ['firstname', 'forename', 'givenname'],
  lastName: ['lastname', 'surname', 'familyname'],
  email: ['email', 'emailaddress', 'mail'],
  outlet: ['outlet', 'publication', 'mediaoutlet', 'media', 'organisation', 'organization', 'company', 'newspaper'],
  role: ['role', 'jobtitle', 'position', 'job'],
  beats: ['beats', 'beat', 'topics', 'topic'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile'],
  notes: ['notes', 'note', 'comments'],
  source: ['source'],
  lawfulBasis: ['lawfulbasis', 'basis', 'legalbasis'],
  basisDate: ['basisdate', 'since', 'consentdate', 'basissince', 'datesince'],
}
const KEY_OF = new Map(Object.entries(ALIASES).flatMap(([key, names]) => names.map((n) => [n, key as ColumnKey])))

// Columns an export writes that an import reads on purpose never: who gets releases is not a spreadsheet's call.
const NEVER = new Set(['status', 'unsubscribedat', 'bouncedat', 'bouncereason', 'createdat', 'updatedat', 'id'])

export type ColumnMap = { index: Partial<Record<ColumnKey, number>>; ignored: string[] }

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '')

/** Which cell holds what, from the header row; every header not read is named, so the preview can say so. */
export function mapColumns(header: string[]): ColumnMap {
  const index: ColumnMap['index'] = {}
  const ignored: string[] = []
  header.forEach((raw, i) => {
    const title = raw.trim()
    const key = KEY_OF.get(squash(title))
    if (key !== undefined && index[key] === undefined) index[key] = i
    else if (title && NEVER.has(squash(title))) ignored.push(`${title} (an import never changes this)`)
    else if (title) ignored.push(key ? `${title} (a second column for the same thing)` : title)
  })
  return { index, ignored }
}
