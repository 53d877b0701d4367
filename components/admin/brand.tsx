import type { Payload } from 'payload'

async function organisation(payload?: Payload): Promise<string> {
  const settings = await payload
    ?.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, select: { organisationName: true } })
    .catch(() => null)
  return settings?.organisationName || 'Press Office'
}

/** The sign-in page's logo: the newsroom's own name, not Payload's. */
export async function Logo({ payload }: { payload?: Payload }) {
  return (
    <div className="newsroom-logo">
      <span className="newsroom-logo__name">{await organisation(payload)}</span>
      <span className="newsroom-logo__sub">Newsroom</span>
    </div>
  )
}

/** The small mark in the admin's navigation. */
export function Icon() {
  return (
    <span className="newsroom-icon" aria-hidden="true">
      N
    </span>
  )
}
