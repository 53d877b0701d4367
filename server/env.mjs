// The variables read before the app exists: by the HTTP server in front of Next (server/next-server.mjs, which the
// Docker image runs as it is, with no TypeScript and no dependencies) and by next.config. Their rules and defaults
// are written here once; lib/env.ts builds its schema for the same variables from these rules.
import { isIP } from 'node:net'

const integer = (min, max, fallback) => (raw) =>
  raw === undefined
    ? { value: fallback }
    : /^\d{1,6}$/.test(raw.trim()) && Number(raw) >= min && Number(raw) <= max
      ? { value: Number(raw) }
      : { problem: `must be a whole number from ${min} to ${max}` }

// One address or CIDR range: 10.0.0.1, 10.0.0.0/8, ::1, fd00::/8.
const validProxy = (entry) => {
  const [address, bits, ...rest] = entry.split('/')
  const family = isIP(address)
  if (!family || rest.length) return false
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128))
}

export const SERVER_RULES = {
  PORT: integer(1, 65535, 3000),
  HOSTNAME: (raw) => ({ value: raw ?? '0.0.0.0' }),
  CDN_MAX_AGE: integer(0, 86_400, 60),
  TRUSTED_PROXIES: (raw) => {
    const list = (raw ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    return list.every(validProxy)
      ? { value: list }
      : { problem: 'must be a comma-separated list of IP addresses or CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8)' }
  },
  DATABASE_URL: (raw) =>
    raw === undefined || /^postgres(ql)?:\/\//.test(raw)
      ? { value: raw }
      : { problem: 'must be a postgres:// or postgresql:// connection URL' },
  NODE_ENV: (raw) =>
    raw === undefined || ['development', 'production', 'test'].includes(raw)
      ? { value: raw ?? 'development' }
      : { problem: 'must be development, production or test' },
  // Set by the Docker build: Next writes the self-contained server the image runs.
  NEXT_OUTPUT: (raw) =>
    raw === undefined || raw === 'standalone' ? { value: raw } : { problem: 'must be standalone or unset' },
}

/** The server's variables, checked; a bad value stops the server with a message naming it. Blank counts as unset. */
export function serverEnv(source = process.env) {
  const problems = []
  const values = {}
  for (const [key, rule] of Object.entries(SERVER_RULES)) {
    const checked = rule(source[key] === '' ? undefined : source[key])
    if ('problem' in checked) problems.push(`  ${key} ${checked.problem}`)
    else values[key] = checked.value
  }
  if (problems.length) throw new Error(`Invalid environment configuration:\n${problems.join('\n')}`)
  return values
}
