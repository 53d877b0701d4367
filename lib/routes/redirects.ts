// The proxy's view of old addresses (renamed releases, entered redirects). It is kept for a moment per instance so
// a page view costs no extra request; a change starts redirecting within REFRESH_MS.
const REFRESH_MS = 1500

let cached: { at: number; map: Promise<Record<string, string>> } | undefined

async function load(origin: string): Promise<Record<string, string>> {
  try {
    const response = await fetch(`${origin}/api/internal/redirects`, { cache: 'no-store' })
    return response.ok ? ((await response.json()) as Record<string, string>) : {}
  } catch {
    return {}
  }
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** Where an old address leads now, if anywhere. `path` is a request's pathname; a trailing slash is ignored. */
export async function redirectFor(path: string, origin: string): Promise<string | undefined> {
  if (!cached || Date.now() - cached.at > REFRESH_MS) cached = { at: Date.now(), map: load(origin) }
  const map = await cached.map
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path
  return map[trimmed] ?? map[decoded(trimmed)]
}
