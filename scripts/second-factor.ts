// `npm run second-factor -- enrol <email>` sets up an account's authenticator app from the server's command line:
// the way in for a break-glass admin before they can sign in at all. It prints a QR code to scan, the key to type
// instead, a code to check against, and ten recovery codes (shown once). `reset <email>` takes a second factor away.
import QRCode from 'qrcode'
import { shutDown, startScript } from './lib/environment'

const [command, email] = process.argv.slice(2)
if (!['enrol', 'reset'].includes(command ?? '') || !email) {
  console.error('Usage: npm run second-factor -- enrol <email>   |   npm run second-factor -- reset <email>')
  process.exit(1)
}
const { payload, db } = await startScript()
const { createLocalReq } = await import('payload')
const { beginEnrolment, confirmEnrolment, resetSecondFactor } = await import('../lib/second-factor/enrol')
const { currentCode } = await import('../lib/second-factor/totp')
const { open } = await import('../lib/second-factor/secret-box')
let code = 0
try {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
  })
  if (!docs[0]) throw new Error(`No account has the email ${email}.`)
  const req = await createLocalReq({ context: { auditActor: 'command line (npm run second-factor)' } }, payload)
  if (command === 'reset') {
    await resetSecondFactor(req, docs[0].id)
    console.log(`The second factor of ${email} was reset.`)
  } else {
    const begun = await beginEnrolment(docs[0].id, docs[0].email)
    // The operator has the secret in hand: the code that proves it is made here rather than typed, from the step
    // before this one, so the code the app shows now is still unused for the first sign-in.
    const secret = (JSON.parse(open(begun.token) ?? '{}') as { secret: string }).secret
    const codes = await confirmEnrolment(req, docs[0].id, begun.token, currentCode(secret, Date.now() - 30_000))
    if (!codes) throw new Error('The second factor could not be set up.')
    console.log(await QRCode.toString(begun.uri, { type: 'terminal', small: true }))
    console.log(`Scan this with the authenticator app, or type in the key: ${begun.secret}`)
    console.log(`\nRecovery codes for ${email} (each signs in once; they are not shown again):\n${codes.join('\n')}`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
