import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

export type ProbeResult = { ok: boolean; status?: number; problem?: string; retryLater?: boolean }
export type ProbeOptions = {
  timeoutMs?: number
  retries?: number
  retryDelayMs?: number
  allowPrivate?: boolean
  signal?: AbortSignal
}

// Addresses a link checker must not be turned against: this machine and private networks.
const PRIVATE = new BlockList()
for (const [net, prefix] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['0.0.0.0', 8],
  ['100.64.0.0', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::', 128],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6')

async function privateHost(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true })
  return addresses.some((a) => PRIVATE.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'))
}

const REASONS: Record<number, string> = {
  404: 'Not found (404)',
  410: 'Gone (410): the page was removed',
  401: 'Needs a login (401)',
  451: 'Unavailable for legal reasons (451)',
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function once(
  url: string,
  method: 'HEAD' | 'GET',
  timeoutMs: number,
  allowPrivate: boolean,
): Promise<{ status: number; location?: string }> {
  const target = new URL(url)
  if (!allowPrivate && (await privateHost(target.hostname)))
    throw Object.assign(new Error('private'), { code: 'PRIVATE' })
  const res = await fetch(target, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'user-agent': 'PressOfficeLinkCheck/1.0 (checks links in published press releases, once a day)',
      accept: 'text/html,*/*',
    },
  })
  await res.body?.cancel().catch(() => undefined)
  return { status: res.status, location: res.headers.get('location') ?? undefined }
}

/**
 * Whether a link's target answers: HEAD, then GET where a server refuses HEAD; redirects followed (at most five,
 * each hop held to the same rules); server errors, rate limits and silence tried again before a link is called
 * broken. Never visits this machine or a private network unless `allowPrivate` (tests).
 */
export async function probe(url: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const { timeoutMs = 10_000, retries = 2, retryDelayMs = 2_000, allowPrivate = false } = options
  let last: ProbeResult = { ok: false, problem: 'Not checked' }
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt && options.signal?.aborted) break
    if (attempt) await sleep(retryDelayMs * attempt)
    try {
      let current = url
      for (let hop = 0; hop <= 5; hop++) {
        let answer = await once(current, 'HEAD', timeoutMs, allowPrivate)
        if ([403, 405, 501].includes(answer.status)) answer = await once(current, 'GET', timeoutMs, allowPrivate)
        if (answer.status >= 300 && answer.status < 400 && answer.location) {
          if (hop === 5) return { ok: false, status: answer.status, problem: 'Redirects more than five times' }
          current = new URL(answer.location, current).toString()
          continue
        }
        if (answer.status < 300) return { ok: true, status: answer.status }
        if (answer.status === 429 || answer.status >= 500) {
          last = {
            ok: false,
            status: answer.status,
            problem: answer.status === 429 ? 'The site asked us to slow down (429)' : `Server error (${answer.status})`,
            retryLater: answer.status === 429,
          }
          break
        }
        return { ok: false, status: answer.status, problem: REASONS[answer.status] ?? `Answered ${answer.status}` }
      }
    } catch (error) {
      const code =
        (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code
      if (code === 'PRIVATE') return { ok: false, problem: 'Points at a private network address: not checked' }
      if (code === 'ENOTFOUND') return { ok: false, problem: 'No such web site (the name does not exist)' }
      last = {
        ok: false,
        problem:
          (error as Error).name === 'TimeoutError'
            ? `No answer within ${timeoutMs / 1000} s`
            : code === 'ECONNREFUSED'
              ? 'Connection refused'
              : `Could not connect (${code ?? (error as Error).message})`,
      }
    }
  }
  return last
}
