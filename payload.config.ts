import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { isAdminRequest } from './access/roles'
import { AuditEntries } from './collections/audit-entries'
import { Contacts } from './collections/contacts'
import { Coverage } from './collections/coverage'
import { Distributions } from './collections/distributions'
import { Enquiries } from './collections/enquiries'
import { Experts } from './collections/experts'
import { releaseEditor } from './collections/fields/editor'
import { UK_DATE_FORMAT } from './collections/fields/uk-date'
import { LinkChecks } from './collections/link-checks'
import { Media } from './collections/media'
import { MediaContacts } from './collections/media-contacts'
import { MediaLists } from './collections/media-lists'
import { OnCall } from './collections/on-call'
import { PreviewLinks } from './collections/preview-links'
import { Redirects } from './collections/redirects'
import { Releases } from './collections/releases'
import { Subscribers } from './collections/subscribers'
import { Topics } from './collections/topics'
import { Users } from './collections/users'
import { countFailedLogins } from './collections/users/hooks/login-throttle'
import { SiteSettings } from './globals/site-settings'
import { tasks } from './jobs'
import { API_LIMITS } from './lib/api/limits'
import { onInit } from './lib/boot/on-init'
import { emailAdapter } from './lib/email/adapter'
import { env } from './lib/env'
import { s3Settings } from './lib/media-files/s3'
import { loggerConfig } from './lib/ops/logger'
import { withApiGuards } from './lib/payload/api-guards'
import { withReferenceChecks } from './lib/payload/reference-checks'
import { withSearchIndex } from './lib/payload/with-search-index'
import { trustedOrigins } from './lib/security/origins'
import { sameAnswerForLockedAccounts } from './lib/security/same-answer-for-locked'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = env()
const s3 = s3Settings(config)

export default buildConfig({
  serverURL: config.SITE_URL,
  // Only these origins may act with a staff member's session cookie; other sites' forms and scripts get nothing.
  csrf: trustedOrigins(config),
  secret: config.PAYLOAD_SECRET ?? '',
  maxDepth: 10,
  // Callers' mistakes (lib/api/client-error) are routine, like Payload's own 4xx errors: not logged as failures.
  // A wrong password, a query path that does not exist or a refused action is someone's mistake or an attempt, not a
  // failure of the server: logged as information, without a stack trace.
  loggingLevels: {
    ClientError: 'info',
    AuthenticationError: 'info',
    LockedAuth: 'info',
    QueryError: 'info',
    ValidationError: 'info',
    Forbidden: 'info',
    NotFound: 'info',
  } as Record<string, 'info'>,
  upload: { limits: { fileSize: API_LIMITS.staffUploadBytes } },
  hooks: { afterError: [countFailedLogins, sameAnswerForLockedAccounts] },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Press Office' },
    dateFormat: UK_DATE_FORMAT,
    timezones: {
      defaultTimezone: 'Europe/London',
      supportedTimezones: [{ label: 'London (GMT/BST)', value: 'Europe/London' }],
    },
    // Initials, not Gravatar: no third-party request carrying a hash of each member of staff's email.
    avatar: { Component: '/components/admin/initials-avatar#InitialsAvatar' },
    components: {
      graphics: { Logo: '/components/admin/brand#Logo', Icon: '/components/admin/brand#Icon' },
      beforeLogin: ['/components/admin/sso-button#SsoButton'],
      afterNavLinks: [
        '/components/admin/import-nav-link#ImportNavLink',
        '/components/admin/what-landed-nav-link#WhatLandedNavLink',
      ],
      views: {
        importReleases: { Component: '/components/admin/import-view#ImportView', path: '/import' },
        whatLanded: { Component: '/components/admin/what-landed-view#WhatLandedView', path: '/what-landed' },
      },
      beforeDashboard: [
        '/components/admin/mail-warning#MailWarning',
        '/components/admin/open-enquiries#OpenEnquiries',
        '/components/admin/comms-dashboard#CommsDashboard',
        '/components/admin/broken-links-count#BrokenLinksCount',
        '/components/admin/on-call-panel#OnCallPanel',
      ],
    },
  },
  collections: [
    withSearchIndex(Releases),
    Enquiries,
    Subscribers,
    MediaContacts,
    MediaLists,
    Distributions,
    Coverage,
    Contacts,
    Experts,
    Topics,
    Media,
    PreviewLinks,
    Redirects,
    LinkChecks,
    OnCall,
    Users,
    AuditEntries,
  ].map((c) => withApiGuards(withReferenceChecks(c))),
  globals: [withReferenceChecks(SiteSettings, 'global')],
  editor: releaseEditor,
  db: postgresAdapter({
    // A database that is away makes requests fail within seconds (and be answered 503), not hang. Twenty, so a
    // distribution's senders and the job runner's work (each holding a connection while it runs) leave readers room.
    pool: { connectionString: config.DATABASE_URL, max: 20, connectionTimeoutMillis: 5000 },
    // The committed migrations are the schema: never let a running app reshape the database.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  plugins: [
    // Media in an S3-compatible bucket when S3_BUCKET is set (more than one machine), else on this one's disk. The
    // storage fields are always in the schema, so one set of migrations serves both; files are still served through
    // Payload's file endpoint, so the public-media access rule holds either way.
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: s3?.bucket ?? '',
      config: s3?.config ?? {},
    }),
  ],
  email: emailAdapter(config),
  jobs: {
    tasks,
    // Jobs are run by our own runner (lib/jobs/runner: in the server when JOBS_AUTORUN, else in `npm run jobs`
    // workers), which a SIGTERM can wait for; Payload's cron runner could not be.
    autoRun: [],
    access: { run: isAdminRequest, cancel: isAdminRequest },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  logger: loggerConfig(config) as never,
  onInit,
})
