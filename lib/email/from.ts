export type Sender = { name: string; address: string }

/** EMAIL_FROM is either `press@example.org` or `Press Office <press@example.org>`. */
export function parseSender(from: string): Sender {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/)
  if (match) return { name: match[1] || 'Press Office', address: match[2].trim() }
  return { name: 'Press Office', address: from.trim() }
}
