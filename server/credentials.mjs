// Whether a request carries anything that could be a credential. Shared by everything that keeps answers for more
// than one reader (the API's answer cache, the page cache headers): such a request is never answered from, nor
// stored in, a shared cache. It is wider than Payload's own reading on purpose (lib/api/staff-user.ts asks Payload
// itself who is signed in): a wrong yes costs one cache miss, a wrong no would hand a member of staff's answer to
// every anonymous reader. So: any Authorization header at all, and any Cookie header in which Payload's cookie prefix
// appears once spacing, case and percent-encoding (even twice over) are taken away, in a name or a value.

/** Percent-escapes decoded one at a time, so a broken escape elsewhere cannot hide the rest. */
const unescape = (text) => text.replace(/%([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))

function normalised(text) {
  let s = text
  for (let i = 0; i < 4; i++) {
    const next = unescape(s)
    if (next === s) break
    s = next
  }
  return s.replace(/\s+/g, '').toLowerCase()
}

const header = (headers, name) => {
  const value = typeof headers.get === 'function' ? headers.get(name) : headers[name]
  return Array.isArray(value) ? value.join('; ') : value
}

/** `headers`: a fetch Headers or Node's IncomingHttpHeaders. `prefix`: Payload's cookiePrefix. */
export function carriesCredentials(headers, prefix = 'payload') {
  const authorization = header(headers, 'authorization')
  if (authorization !== undefined && authorization !== null) return true
  const cookie = header(headers, 'cookie')
  if (!cookie) return false
  return normalised(cookie).includes(prefix.toLowerCase())
}
