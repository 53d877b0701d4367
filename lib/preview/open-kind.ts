import { isPrefetch, NOT_A_READER } from '../../server/readers.mjs'
import type { OpenKind } from '../db/preview-opens'

// Mail security gateways open every link in a message before the recipient does (Microsoft Safe Links, Proofpoint,
// Mimecast, Barracuda...). Some name themselves; the rest pose as a browser but send none of a browser's
// navigation headers, which no person's browser leaves out.
const SCANNER = new RegExp(
  [
    ...['safelinks', 'proofpoint', 'urldefense', 'mimecast', 'barracuda', 'messagelabs', 'symantec'],
    ...['trend ?micro', 'forcepoint', 'sophos', 'zscaler', 'ironport', 'fortiguard', 'bitdefender'],
    ...['scanner', 'checker'],
  ].join('|'),
  'i',
)

type Headers = (name: string) => string | null | undefined

/**
 * What an opening of a preview link was: a person reading it, a robot or link scanner, a browser's prefetch, or an
 * opening after the release went public (the link then only forwards to the public page).
 */
export function openKind(header: Headers, releaseIsPublic: boolean): OpenKind {
  const agent = header('user-agent') ?? ''
  if (!agent || NOT_A_READER.test(agent) || SCANNER.test(agent)) return 'robot'
  // A person's browser says what it will take and in which language; a scanner posing as one often does not.
  if (!header('accept-language') || !/text\/html/i.test(header('accept') ?? '')) return 'robot'
  if (isPrefetch(header)) return 'prefetch'
  return releaseIsPublic ? 'after-lift' : 'person'
}

/** "Chrome on Android", "Safari on iPhone": roughly what the reader used, never more than that. */
export function browserFamily(agent: string): string {
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /OPR\/|Opera/.test(agent)
      ? 'Opera'
      : /Firefox\//.test(agent)
        ? 'Firefox'
        : /Chrome\/|CriOS\//.test(agent)
          ? 'Chrome'
          : /Safari\//.test(agent)
            ? 'Safari'
            : 'another browser'
  const system = /iPhone/.test(agent)
    ? 'iPhone'
    : /iPad/.test(agent)
      ? 'iPad'
      : /Android/.test(agent)
        ? 'Android'
        : /Windows/.test(agent)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(agent)
            ? 'Mac'
            : /Linux/.test(agent)
              ? 'Linux'
              : ''
  return system ? `${browser} on ${system}` : browser
}
