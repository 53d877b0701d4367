import { storyAddress, type StoryAddress } from './address-key'

export type PastedAddress = StoryAddress & { line: string }
export type SkippedLine = { line: string; reason: string }
export type ParsedPaste = { addresses: PastedAddress[]; skipped: SkippedLine[] }

// Something meant as an address: a scheme ("https:", "javascript:"), a www. host, or a host with a path. Words
// around it ("BBC News:", "via") are left alone, so a line may say what it is.
const LOOKS_LIKE_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\S|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)/i
const OPENERS = /^[<([{"'“‘]+/
const CLOSERS = /[>\]}"'”’.,;:!?]+$/
const ECHO_LENGTH = 200

/** A token without the brackets, quotes and punctuation a paste wraps round it; a ) only when it closes nothing. */
function unwrap(token: string): string {
  let text = token
  for (let before = ''; before !== text;) {
    before = text
    text = text.replace(OPENERS, '').replace(CLOSERS, '')
    if (text.endsWith(')') && text.split('(').length < text.split(')').length) text = text.slice(0, -1)
  }
  return text
}

const echo = (line: string) => (line.length > ECHO_LENGTH ? `${line.slice(0, ECHO_LENGTH)}…` : line)

/**
 * Reads a pasted list: one address a line, or several split by spaces or commas. Blank lines are nothing; a line
 * without an address, an address that is not http(s), and a second copy of one already listed are each skipped with
 * a reason in plain words.
 */
export function parseAddresses(text: string): ParsedPaste {
  const addresses: PastedAddress[] = []
  const skipped: SkippedLine[] = []
  const seen = new Set<string>()
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (!line) continue
    const tokens = line
      .split(/\s+|,(?=\s*(?:https?:|www\.))/i)
      .map(unwrap)
      .filter((t) => LOOKS_LIKE_ADDRESS.test(t))
    if (!tokens.length) skipped.push({ line: echo(line), reason: 'not a web address' })
    for (const token of tokens) {
      const address = storyAddress(token)
      if ('reason' in address) skipped.push({ line: echo(token), reason: address.reason })
      else if (seen.has(address.key)) skipped.push({ line: echo(token), reason: 'listed more than once' })
      else {
        seen.add(address.key)
        addresses.push({ ...address, line: echo(token) })
      }
    }
  }
  return { addresses, skipped }
}
