// Release dates as UK press offices write them: 28/10/2021, 28 October 2021, 28th Oct 2021, October 28, 2021,
// 2021-10-28. Day first for numbers, as in the UK. Noon UTC, so the day is the same in any time zone nearby.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = `(${[
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
].join('|')})`
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
// What may stand beside a date on its own line and still be a date line: a label ("Published:", "Date of release:",
// "Issued on"), the weekday, and the time with its zone ("Sunday 5th June 2022 at 10.30am", "5 June 2022, 09:00 BST").
const LABEL =
  /^\s*(?:(date(?: of (?:release|issue))?|published|posted|released?|issued|(?:last )?(?:updated|modified))\b(?: on)?)/i
const TIME = String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b|\b(?:gmt|bst|utc)\b`
const DATE_LINE_WORDS = new RegExp(
  String.raw`\b(?:on|at)\b|${TIME}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[:|,\-–—\s]`,
  'gi',
)

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?\b/, (m) => [+m[1], +m[2], +m[3]]],
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, (m) => [+m[3], +m[2], +m[1]]],
  [new RegExp(`\\b${DAY}\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'), (m) => [+m[3], month(m[2]), +m[1]]],
  [new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), (m) => [+m[3], month(m[1]), +m[2]]],
]

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

/** The first date written in the text, as an ISO timestamp, or null when there is none (or it is not a real day). */
export function findDate(text: string): { iso: string; written: string } | null {
  let best: { index: number; iso: string; written: string } | null = null
  for (const [pattern, parts] of PATTERNS) {
    const match = pattern.exec(text)
    if (!match || (best && best.index <= match.index)) continue
    const [year, monthNumber, day] = parts(match)
    const date = new Date(Date.UTC(year, monthNumber - 1, day, 12))
    if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) continue
    best = { index: match.index, iso: date.toISOString(), written: match[0] }
  }
  return best && { iso: best.iso, written: best.written }
}

export type DateLine = {
  iso: string
  written: string
  /** The line says which date it is: "release" for Date, Published, Issued and the like; "updated" for a later edit. */
  label?: 'release' | 'updated'
}

/** A line that is a date and little else ("28 October 2021", "Published: 28/10/2021", "Date: ..."). */
export function dateLine(text: string): DateLine | null {
  const found = findDate(text)
  if (!found) return null
  const label = LABEL.exec(text)
  const rest = text
    .replace(found.written, '')
    .slice(label ? label[0].length : 0)
    .replace(DATE_LINE_WORDS, '')
  if (rest.length > 3) return null
  return { ...found, label: label ? (/updated|modified/i.test(label[1]) ? 'updated' : 'release') : undefined }
}
