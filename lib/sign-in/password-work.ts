import { pbkdf2, randomBytes } from 'node:crypto'

// Payload's local strategy hashes passwords with PBKDF2-SHA256 (auth/strategies/local/generatePasswordSaltHash):
// 600,000 iterations and 32 bytes for `pbkdf2-sha256-v1:` hashes. tests/security/sign-in.test.ts holds these to a
// hash Payload wrote, so an upgrade that changes them fails there.
export const PASSWORD_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 } as const

const salt = randomBytes(32).toString('hex')
let done = 0

/** How many times the work was done for an address with no account (for tests). */
export const passwordWorkDone = () => done

/**
 * The work Payload does to check one password, done for a sign-in whose address has no account: without it an
 * unknown address is answered in a few milliseconds and a known one in most of a second, which tells a guesser
 * which addresses are staff.
 */
export const passwordWork = (password: string): Promise<void> =>
  new Promise((resolve) =>
    pbkdf2(password, salt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, 'sha256', () => {
      done++
      resolve()
    }),
  )
