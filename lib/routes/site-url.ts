import { env } from '../env'

/** The newsroom's public address: SITE_URL when set, else the local server. No trailing slash. */
export const siteUrl = (fromSettings?: string | null) =>
  (env().SITE_URL || fromSettings || `http://localhost:${env().PORT}`).replace(/\/+$/, '')
