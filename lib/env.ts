import { z } from 'zod'
import { SERVER_RULES } from '../server/env.mjs'
import { parseRoleGroups } from './sso/roles'

// One schema for every variable the app reads. A bad value stops the process with a message naming it,
// instead of surfacing later as an obscure runtime failure.
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
const boolDefaultTrue = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === undefined || v === 'true' || v === '1' || v === 'yes')

const commaList = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

// A variable the plain-Node server in front of Next reads too: its rule is server/env.mjs's, so the two agree.
const fromServer = <K extends keyof typeof SERVER_RULES>(key: K) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const checked = SERVER_RULES[key](raw)
      if ('problem' in checked) {
        ctx.addIssue({ code: 'custom', message: checked.problem })
        return z.NEVER
      }
      return checked.value
    })

const fields = z.object({
  NODE_ENV: fromServer('NODE_ENV'),
  DATABASE_URL: fromServer('DATABASE_URL'),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)').optional(),
  SITE_URL: z.url('must be an absolute URL such as https://news.example.ac.uk').optional(),
  PORT: fromServer('PORT'),
  HOSTNAME: fromServer('HOSTNAME'),
  INTERNAL_URL: z.url('must be an absolute URL such as http://127.0.0.1:3000').optional(),
  TRUSTED_PROXIES: fromServer('TRUSTED_PROXIES'),
  CDN_MAX_AGE: fromServer('CDN_MAX_AGE'),
  CDN_PURGE_URL: z
    .string()
    .refine(
      (v) => v.split(',').every((u) => /^https?:\/\//.test(u.trim()) && URL.canParse(u.trim())),
      'must be an absolute URL such as http://varnish:6081, or several separated by commas',
    )
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  MEDIA_DIR: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://s3.eu-west-2.amazonaws.com' })
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool,
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SEED_DEMO: bool,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_SECURE: bool,
  EMAIL_FROM: z
    .string()
    .regex(/^([^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address, or a name and <address>')
    .default('Press Office <press-office@localhost>'),
  JOBS_AUTORUN: boolDefaultTrue,
  // Distribution emails a minute, across every worker (lib/distribution/deliver): mail providers throttle bursts.
  DISTRIBUTION_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  ENQUIRY_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  ENQUIRY_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(10),
  ENQUIRY_MIN_FILL_SECONDS: z.coerce.number().min(0).default(3),
  // Single sign-on with the organisation's OpenID Connect provider (lib/sso): off unless OIDC_ISSUER is set.
  OIDC_ISSUER: z
    .url("must be the provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0")
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(60).default('single sign-on'),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  OIDC_ALLOWED_DOMAINS: z.string().optional().transform(commaList),
  OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  OIDC_ROLE_GROUPS: z.string().optional(),
  OIDC_SESSION_HOURS: z.coerce.number().min(0.25).max(720).default(8),
  // Who may sign in with a password: everyone, or only the named break-glass admins (with a second factor).
  LOCAL_SIGN_IN: z.enum(['everyone', 'break-glass']).default('everyone'),
  BREAK_GLASS_ADMINS: z
    .string()
    .optional()
    .transform((raw) => commaList(raw).map((email) => email.toLowerCase())),
  // How long the audit trail keeps an entry; 0 keeps every entry for ever (lib/audit/retention.ts).
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(730),
  // Set by the scripts for the Payload they start: migrate, but leave the first admin and demo content alone.
  PRESS_OFFICE_SKIP_BOOT_TASKS: bool,
  // Set by Next itself while it builds ('phase-production-build'), when nothing may touch the database.
  NEXT_PHASE: z.string().optional(),
  NEXT_OUTPUT: fromServer('NEXT_OUTPUT'),
})

const schema = fields.superRefine((env, ctx) => {
  if (env.LOCAL_SIGN_IN === 'break-glass' && !env.BREAK_GLASS_ADMINS.length)
    ctx.addIssue({
      code: 'custom',
      path: ['BREAK_GLASS_ADMINS'],
      message: 'is required when LOCAL_SIGN_IN=break-glass: the admins who may still sign in with a password',
    })
  if (env.OIDC_ISSUER) {
    for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ROLE_GROUPS'] as const)
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when OIDC_ISSUER is set' })
    if (!env.OIDC_ALLOWED_DOMAINS.length)
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ALLOWED_DOMAINS'],
        message: 'is required when OIDC_ISSUER is set: the email domains that may sign in, comma-separated',
      })
    try {
      parseRoleGroups(env.OIDC_ROLE_GROUPS ?? '')
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ROLE_GROUPS'], message: (error as Error).message })
    }
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.PAYLOAD_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['PAYLOAD_SECRET'],
      message: 'is required in production when DATABASE_URL is set (generate one with: openssl rand -hex 32)',
    })
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    ctx.addIssue({
      code: 'custom',
      path: ['ADMIN_PASSWORD'],
      message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    })
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_SECRET_ACCESS_KEY'],
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
    })
  }
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) {
    ctx.addIssue({ code: 'custom', path: ['SMTP_PASS'], message: 'SMTP_USER and SMTP_PASS must be set together' })
  }
})

export type Env = z.infer<typeof schema>

/**
 * What a production server needs beyond a valid environment: its public address, from which the CSRF allow-list,
 * secure cookies and every absolute link are made. Checked by the server at start (not by builds or scripts).
 */
export function productionProblems(env: Env): string[] {
  if (env.NODE_ENV !== 'production') return []
  return env.SITE_URL
    ? []
    : ['  SITE_URL is required in production: the public address, e.g. https://news.example.ac.uk']
}

const blankToUndefined = (source: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]))

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(blankToUndefined(source))
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'} ${i.message}`)
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  return result.data
}

// Parsed again only when a variable it reads has changed: the launcher and scripts set DATABASE_URL and the secret
// as they start, after some module may already have asked.
const KEYS = Object.keys(fields.shape)
let cached: { key: string; env: Env } | undefined
export function env(): Env {
  const key = KEYS.map((k) => process.env[k] ?? '').join('\u0000')
  if (cached?.key !== key) cached = { key, env: parseEnv() }
  return cached.env
}

/** Whether Next is building: no database, no boot tasks. */
export const isBuilding = () => env().NEXT_PHASE === 'phase-production-build'
