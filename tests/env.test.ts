import { describe, expect, it } from 'vitest'
import { parseEnv } from '../lib/env'

describe('environment schema', () => {
  it('accepts an empty environment (embedded database, generated secret)', () => {
    expect(parseEnv({}).PORT).toBe(3000)
  })

  it('names a bad value', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
    expect(() => parseEnv({ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' })).toThrow(/ADMIN_EMAIL/)
  })

  it('refuses production on a real database without a real secret', () => {
    const base = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/x' }
    expect(() => parseEnv(base)).toThrow(/PAYLOAD_SECRET is required/)
    expect(() => parseEnv({ ...base, PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET/)
    expect(parseEnv({ ...base, PAYLOAD_SECRET: 'x'.repeat(32) }).DATABASE_URL).toBe(base.DATABASE_URL)
  })

  it('wants the first admin email and password together', () => {
    expect(() => parseEnv({ ADMIN_EMAIL: 'a@b.test' })).toThrow(/together/)
  })
})
