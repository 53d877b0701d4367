/** The newsroom's public address: SITE_URL when set, else the local server. No trailing slash. */
export const siteUrl = (fromSettings?: string | null) =>
  (process.env.SITE_URL || fromSettings || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')
