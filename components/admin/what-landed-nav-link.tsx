import type { ServerProps } from 'payload'

/** In the admin's menu: the week's figures, a click from anywhere. */
export function WhatLandedNavLink({ payload }: ServerProps) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/what-landed`} id="nav-what-landed">
      <span className="nav__link-label">What landed</span>
    </a>
  )
}
