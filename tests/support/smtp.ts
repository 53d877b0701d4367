import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { pool } from '../../lib/db/pool'
import { testPayload } from './payload'

export type Received = { from: string; to: string[]; headers: string; body: string; raw: string }

function decode(headers: string, body: string): string {
  const encoding = headers.match(/^content-transfer-encoding:\s*(\S+)/im)?.[1]?.toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

/**
 * A real SMTP server in the test process. `refuse(n)` makes it answer the next n messages with a temporary
 * failure (451), as a busy server does; `stop()` and `start()` take it down and bring it back on the same port.
 */
export function smtpServer() {
  const received: Received[] = []
  let refusals = 0
  const rejected = new Set<string>()
  let delayMs = 0
  let arrivals = 0
  const arrivedFor: string[] = []
  let server: SMTPServer | undefined
  let port = 0

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // No DNS here: a reverse lookup per connection would only add its time-out to every message.
      disableReverseLookup: true,
      onData(stream, session, callback) {
        arrivals++
        arrivedFor.push(...session.envelope.rcptTo.map((r) => r.address))
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const refused = session.envelope.rcptTo.find((r) => rejected.has(r.address.toLowerCase()))
          if (refused)
            return callback(Object.assign(new Error(`No such mailbox: ${refused.address}`), { responseCode: 550 }))
          if (refusals > 0) {
            refusals--
            return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }))
          }
          if (delayMs) return void setTimeout(() => accept(), delayMs)
          accept()
        })
        const accept = () => {
          const raw = chunks.length ? Buffer.concat(chunks).toString('utf8') : ''
          const split = raw.indexOf('\r\n\r\n')
          const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            headers,
            body: decode(headers, raw.slice(split + 4)),
            raw,
          })
          callback()
        }
      },
    })

  const start = () =>
    new Promise<number>((resolve, reject) => {
      server = create()
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        port = (server!.server.address() as { port: number }).port
        resolve(port)
      })
    })
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))

  return {
    received,
    start,
    stop,
    refuse: (n: number) => void (refusals = n),
    /** Answer every message to this address with a permanent failure (550), as for a mailbox that is gone. */
    reject: (address: string) => void rejected.add(address.toLowerCase()),
    /** Accept each message only after `ms` (a slow mail server), so a test can act while a send is in flight. */
    slow: (ms: number) => void (delayMs = ms),
    /** Messages that have started arriving, accepted or not yet. */
    arrivals: () => arrivals,
    /** Messages to this address that have started arriving, accepted or not yet. */
    arrivalsFor: (address: string) => arrivedFor.filter((a) => a === address).length,
    about: (reference: string) => received.filter((m) => m.raw.includes(reference)),
  }
}

/** A multipart message's part of this type (text/plain, text/html), decoded. */
export function part(message: Received, type: string): string {
  const start = message.raw.search(new RegExp(`^Content-Type: ${type.replace('/', '\\/')}`, 'im'))
  if (start < 0) return ''
  const rest = message.raw.slice(start)
  const split = rest.indexOf('\r\n\r\n')
  const boundary = message.raw.match(/boundary="?([^";\r\n]+)"?/i)?.[1]
  const end = boundary ? rest.indexOf(`\r\n--${boundary}`, split) : -1
  return decode(rest.slice(0, split), rest.slice(split + 4, end < 0 ? undefined : end))
}

export const header = (message: Received, name: string) =>
  message.headers.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim()

/**
 * Starts the SMTP server, then loads this file's Payload sending through it: Payload reads the mail settings once,
 * when its config loads, so they are set first. Files run one after another on one database, and jobs earlier
 * files left unfinished (alerts for their releases, emails to their own, now closed, mail servers) are not this
 * file's to run: they are cleared, so its own jobs are the only ones waiting.
 */
export async function payloadSendingTo(smtp: ReturnType<typeof smtpServer>, from?: string): Promise<Payload> {
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(await smtp.start())
  if (from) process.env.EMAIL_FROM = from
  const payload = await testPayload()
  await pool(payload).query('DELETE FROM payload_jobs WHERE completed_at IS NULL')
  return payload
}
