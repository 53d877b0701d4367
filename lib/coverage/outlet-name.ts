// Outlets whose names a host does not spell: keyed by the host's name without www. and its ending (bbc.co.uk → bbc).
const KNOWN: Record<string, string> = {
  bbc: 'BBC',
  bbci: 'BBC',
  theguardian: 'The Guardian',
  guardian: 'The Guardian',
  thetimes: 'The Times',
  telegraph: 'The Telegraph',
  independent: 'The Independent',
  ft: 'Financial Times',
  reuters: 'Reuters',
  apnews: 'AP News',
  'news.sky': 'Sky News',
  sky: 'Sky News',
  itv: 'ITV',
  newscientist: 'New Scientist',
  nature: 'Nature',
  dailymail: 'Daily Mail',
  inews: 'The i Paper',
  standard: 'Evening Standard',
  theconversation: 'The Conversation',
}

// Second-level endings of country domains (co.uk, ac.uk, com.au), dropped with the country code.
const ENDINGS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'ltd', 'plc', 'sch', 'nhs', 'edu'])
// Words newspaper names end in, to read harrowmerepost as "Harrowmere Post"; express is tried before press.
const WORDS = (
  'advertiser chronicle telegraph observer standard gazette express journal evening courier herald review ' +
  'record mirror online weekly today times press daily radio argus news post echo mail star live sun'
).split(' ')

const title = (word: string) => word[0].toUpperCase() + word.slice(1)

/** "harrowmereevening" + "news": known words split off the end, while something of a name is left before them. */
function words(name: string): string[] {
  const word = WORDS.find((w) => name.endsWith(w) && name.length - w.length >= 3)
  if (!word) return name.startsWith('the') && name.length >= 8 ? ['the', name.slice(3)] : [name]
  return [...words(name.slice(0, -word.length)), word]
}

/** A first guess at the outlet from an address's host; staff correct it in the row if it reads wrong. */
export function outletName(hostname: string): string {
  const labels = hostname
    .toLowerCase()
    .replace(/^(www|m|amp|mobile)\./, '')
    .split('.')
  labels.pop()
  if (labels.length > 1 && ENDINGS.has(labels.at(-1)!)) labels.pop()
  const name = labels.at(-1) ?? hostname
  const known = KNOWN[labels.slice(-2).join('.')] ?? KNOWN[name]
  if (known) return known
  // Three letters or fewer is most likely initials: itv, cnn.
  if (/^[a-z]{1,3}$/.test(name)) return name.toUpperCase()
  return name.split('-').filter(Boolean).flatMap(words).map(title).join(' ') || hostname
}
