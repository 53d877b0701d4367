import { getPayload, type Payload } from 'payload'

/** The Payload Local API against the run's test database (migrated by onInit on first use). */
export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
