// A mail server for bench:distribution, in a process of its own so that taking mail never slows the bench's load
// generator: it tells its parent its port, then each message's recipients as it accepts them.
import { SMTPServer } from 'smtp-server'

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  // A mail relay on the same network: no reverse DNS lookup per connection (there is no DNS to ask here).
  disableReverseLookup: true,
  onData(stream, session, callback) {
    stream.resume()
    stream.on('end', () => {
      process.send!({ to: session.envelope.rcptTo.map((r) => r.address), at: Date.now() })
      callback()
    })
  },
})
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.server.address() as { port: number }).port }))
process.on('disconnect', () => server.close(() => process.exit(0)))
