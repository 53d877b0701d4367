import { describe, expect, it } from 'vitest'
import { parseEnv, productionProblems } from '../lib/env'
import { s3Settings } from '../lib/media-files/s3'
import { serverEnv } from '../server/env.mjs'

describe('environment schema', () => {
  it('accepts an empty environment (embedded database, generated secret)', () => {
    expect(parseEnv({}).PORT).toBe(3000)
  })

  it('names a bad value', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
    expect(() => parseEnv({ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' })).toThrow(
      /ADMIN_EMAIL/,
    )
  })

  it('refuses production on a real database without a real secret', () => {
    const base = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/x' }
    expect(() => parseEnv(base)).toThrow(/PAYLOAD_SECRET is required/)
    expect(() => parseEnv({ ...base, PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET/)
    expect(parseEnv({ ...base, PAYLOAD_SECRET: 'x'.repeat(32) }).DATABASE_URL).toBe(base.DATABASE_URL)
  })

  it('refuses to serve production without its public address', () => {
    expect(productionProblems(parseEnv({ NODE_ENV: 'production' })).join()).toMatch(/SITE_URL is required/)
    expect(productionProblems(parseEnv({ NODE_ENV: 'production', SITE_URL: 'https://news.example.org' }))).toEqual([])
    expect(productionProblems(parseEnv({}))).toEqual([])
  })

  it('reads trusted proxies as addresses and CIDR ranges, and names a bad one', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([])
    expect(parseEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8' }).TRUSTED_PROXIES).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ])
    for (const bad of ['localhost', '10.0.0.0/33', '1.2.3', '10.0.0.0/8/1'])
      expect(() => parseEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/)
  })

  it('gives the server in front of Next the same answers as the app, from one set of rules', () => {
    const samples = [
      {},
      { PORT: '8080', CDN_MAX_AGE: '0', TRUSTED_PROXIES: '10.0.0.0/8', HOSTNAME: '127.0.0.1' },
      { NODE_ENV: 'test', DATABASE_URL: 'postgresql://u@db/x', NEXT_OUTPUT: 'standalone', PORT: '' },
    ]
    const keys = [
      'PORT',
      'HOSTNAME',
      'CDN_MAX_AGE',
      'TRUSTED_PROXIES',
      'DATABASE_URL',
      'NODE_ENV',
      'NEXT_OUTPUT',
    ] as const
    for (const sample of samples) {
      const [server, app] = [serverEnv(sample), parseEnv(sample)]
      for (const key of keys) expect(server[key], `${JSON.stringify(sample)} ${key}`).toEqual(app[key])
    }
    expect(serverEnv({}).PORT).toBe(3000)
    for (const bad of [{ PORT: '0' }, { PORT: '3000x' }, { CDN_MAX_AGE: '-1' }, { TRUSTED_PROXIES: 'proxy' }]) {
      const key = Object.keys(bad)[0]
      expect(() => serverEnv(bad), key).toThrow(new RegExp(`${key} must be`))
      expect(() => parseEnv(bad), key).toThrow(new RegExp(`${key} must be`))
    }
  })

  it('keeps media on disk unless a bucket is named, and wants S3 keys together', () => {
    expect(s3Settings(parseEnv({}))).toBeNull()
    const settings = s3Settings(
      parseEnv({
        S3_BUCKET: 'media',
        S3_ENDPOINT: 'http://s3:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }),
    )
    expect(settings).toMatchObject({
      bucket: 'media',
      config: {
        endpoint: 'http://s3:9000',
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      },
    })
    expect(s3Settings(parseEnv({ S3_BUCKET: 'media' }))?.config.credentials).toBeUndefined()
    expect(() => parseEnv({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'k' })).toThrow(/together/)
    expect(() => parseEnv({ S3_ENDPOINT: 's3:9000' })).toThrow(/S3_ENDPOINT/)
  })

  it('wants the first admin email and password together', () => {
    expect(() => parseEnv({ ADMIN_EMAIL: 'a@b.test' })).toThrow(/together/)
  })
})

describe('email, jobs and enquiry settings', () => {
  it('has working defaults: no SMTP (mail to the log), jobs in process, 5 enquiries per 10 minutes', () => {
    const env = parseEnv({})
    expect(env.SMTP_HOST).toBeUndefined()
    expect(env.JOBS_AUTORUN).toBe(true)
    expect([env.ENQUIRY_RATE_LIMIT, env.ENQUIRY_RATE_WINDOW_MINUTES, env.ENQUIRY_MIN_FILL_SECONDS]).toEqual([5, 10, 3])
  })

  it('reads the switches and names bad values', () => {
    expect(parseEnv({ JOBS_AUTORUN: 'false' }).JOBS_AUTORUN).toBe(false)
    expect(parseEnv({ SMTP_SECURE: 'true' }).SMTP_SECURE).toBe(true)
    expect(parseEnv({ EMAIL_FROM: 'Press Office <press@example.org>' }).EMAIL_FROM).toBe(
      'Press Office <press@example.org>',
    )
    expect(() => parseEnv({ EMAIL_FROM: 'nobody' })).toThrow(/EMAIL_FROM/)
    expect(() => parseEnv({ ENQUIRY_RATE_LIMIT: '0' })).toThrow(/ENQUIRY_RATE_LIMIT/)
    expect(() => parseEnv({ SMTP_USER: 'mailer' })).toThrow(/together/)
  })
})

describe('logging', () => {
  it('runs at LOG_LEVEL, as JSON lines in production and readable lines elsewhere', async () => {
    const { loggerConfig } = await import('../lib/ops/logger')
    expect(loggerConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' })).toEqual({
      options: { level: 'warn', name: 'press-office' },
    })
    const dev = loggerConfig({ NODE_ENV: 'development', LOG_LEVEL: 'debug' })
    expect(dev.options.level).toBe('debug')
    expect(dev.destination).toBeTruthy()
    // And the running app's logger is the one configured.
    const { testPayload } = await import('./support/payload')
    expect((await testPayload()).logger.level).toBe(parseEnv().LOG_LEVEL)
  })
})
