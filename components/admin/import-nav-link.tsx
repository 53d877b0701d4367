import type { ServerProps } from 'payload'

/** In the admin's menu, beside the collections: where archives come in. */
export function ImportNavLink({ payload }: ServerProps) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/import`} id="nav-import-releases">
      <span className="nav__link-label">Import releases</span>
    </a>
  )
}
