import type { Payload } from 'payload'

export const DEMO_PASSWORD = 'press-office-demo'
export const DEMO_USERS = [
  { email: 'admin@example.com', name: 'Alex Admin', role: 'admin' },
  { email: 'editor@example.com', name: 'Erin Editor', role: 'editor' },
  { email: 'contributor@example.com', name: 'Chris Contributor', role: 'contributor' },
] as const

/**
 * The demo accounts, whose password is public: made only by `npm run dev` (lib/boot), never by a seed or a
 * production start, and refused at sign-in by a production server (collections/users/hooks/no-demo-logins).
 */
export async function ensureDemoUsers(payload: Payload) {
  for (const user of DEMO_USERS) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
      overrideAccess: true,
    })
    if (!totalDocs) {
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        context: { disableRevalidate: true },
        data: { ...user, password: DEMO_PASSWORD },
      })
    }
  }
  const banner = [
    '',
    '  Demo newsroom ready. Sign in at /admin with:',
    ...DEMO_USERS.map((u) => `    ${u.role.padEnd(12)} ${u.email} / ${DEMO_PASSWORD}`),
    '',
  ].join('\n')
  console.log(banner)
}
