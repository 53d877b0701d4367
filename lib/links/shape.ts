// What is wrong with a link's address as written, and the address it was meant to be, without visiting it.
export type LinkShape = { ok: true; url: string } | { ok: false; problem: string; fix?: string }

const SCHEME_TYPOS = /^(h?t?t?p?s?|hptts?|htps?|htp|http|https|ttps?)(:\/*|\/\/)/i

/**
 * Checks an address an editor wrote (or an import found) and offers the address meant where that is clear:
 * "http://https://x" → "https://x", "htp://x" → "http://x", "www.x.org" → "https://www.x.org", spaces removed.
 * Relative addresses on this site (/news/...), mailto: and tel: are fine as they are.
 */
export function checkLinkShape(raw: string): LinkShape {
  const written = raw.trim()
  if (!written) return { ok: false, problem: 'The link has no address.' }
  if (/^(mailto:|tel:|#)/i.test(written)) return { ok: true, url: written }
  if (/^\/(?![/\\])/.test(written))
    return /\s/.test(written)
      ? { ok: false, problem: 'The address contains spaces.', fix: written.replace(/\s+/g, '') }
      : { ok: true, url: written }
  let candidate = written.replace(/\s+/g, '')
  const problems: string[] = []
  if (candidate !== written) problems.push('contains spaces')
  // A scheme written twice, as when "https://..." is pasted after a "http://" already in the box.
  const doubled = /^[a-z]+:\/*(?=[a-z]+:\/\/)/i.exec(candidate)
  if (doubled) {
    candidate = candidate.slice(doubled[0].length)
    problems.push('has its scheme twice')
  }
  const noColon = /^(https?)\/\/+/i.exec(candidate)
  if (noColon) {
    candidate = `${noColon[1].toLowerCase()}://${candidate.slice(noColon[0].length)}`
    problems.push('is missing the ":" after its scheme')
  }
  const scheme = /^([a-z][a-z0-9+.-]*):(\/*)/i.exec(candidate)
  if (scheme && !/^https?$/i.test(scheme[1])) {
    const typo = SCHEME_TYPOS.exec(candidate)
    if (!typo) return { ok: false, problem: `Links may only go to web addresses, not "${scheme[1]}:".` }
    const secure = /s$/i.test(typo[1])
    candidate = `${secure ? 'https' : 'http'}://${candidate.slice(typo[0].length)}`
    problems.push(`has a mistyped scheme ("${scheme[1]}:")`)
  } else if (scheme && scheme[2] !== '//') {
    candidate = `${scheme[1].toLowerCase()}://${candidate.slice(scheme[0].length)}`
    problems.push('is missing the "//" after its scheme')
  } else if (!scheme) {
    if (!/^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)+)(\/|$)/i.test(candidate))
      return { ok: false, problem: 'This is not a web address (it should start with https://).' }
    candidate = `https://${candidate}`
    problems.push('has no https:// at the start')
  }
  let parsed: URL
  try {
    parsed = new URL(candidate)
  } catch {
    return { ok: false, problem: 'This is not a web address that can be opened.' }
  }
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost')
    return { ok: false, problem: `"${parsed.hostname}" is not a web site's name.` }
  if (!problems.length) return { ok: true, url: written }
  return { ok: false, problem: `The address ${problems.join(' and ')}.`, fix: candidate }
}
