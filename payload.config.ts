import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Contacts } from './collections/contacts'
import { Media } from './collections/media'
import { PreviewLinks } from './collections/preview-links'
import { Releases } from './collections/releases'
import { Topics } from './collections/topics'
import { Users } from './collections/users'
import { SiteSettings } from './globals/site-settings'
import { onInit } from './lib/boot/on-init'
import { releaseEditor } from './lib/editor'
import { env } from './lib/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = env()

export default buildConfig({
  serverURL: config.SITE_URL,
  secret: config.PAYLOAD_SECRET ?? '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Press Office' },
  },
  collections: [Releases, Contacts, Topics, Media, PreviewLinks, Users],
  globals: [SiteSettings],
  editor: releaseEditor,
  db: postgresAdapter({
    pool: { connectionString: config.DATABASE_URL, max: 10 },
    // The committed migrations are the schema: never let a running app reshape the database.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  onInit,
})
