export type ServerEnv = {
  PORT: number
  HOSTNAME: string
  CDN_MAX_AGE: number
  TRUSTED_PROXIES: string[]
  DATABASE_URL: string | undefined
  NODE_ENV: 'development' | 'production' | 'test'
  NEXT_OUTPUT: 'standalone' | undefined
}
export type Checked<T> = { value: T } | { problem: string }
export const SERVER_RULES: { [K in keyof ServerEnv]: (raw: string | undefined) => Checked<ServerEnv[K]> }
export function serverEnv(source?: Record<string, string | undefined>): ServerEnv
