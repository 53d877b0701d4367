// The proxy's view of renamed releases. It is kept for a moment per instance so a page view costs no extra
// request; a renamed slug starts redirecting within REFRESH_MS of the change.
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

export async function redirectFor(slug: string, origin: string): Promise<string | undefined> {
  if (!cached || Date.now() - cached.at > REFRESH_MS) cached = { at: Date.now(), map: load(origin) }
  return (await cached.map)[slug]
}
