import { APIError } from 'payload'

/**
 * A caller's mistake or a refusal (400, 403, 429), answered with its message. Its own class name, so Payload logs it
 * at `info` (see `loggingLevels` in payload.config.ts) instead of as a server error: a fuzzer's garbage or an
 * attacker's refused request is not an incident.
 */
export class ClientError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
    this.name = 'ClientError'
  }
}
