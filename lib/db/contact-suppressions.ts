import type { Payload } from 'payload'
import { pool } from './pool'

// An erased contact who had unsubscribed or bounced leaves only a keyed hash of their address here, and the reason.
const SUPPRESS = `INSERT INTO contact_suppressions (address_mac, reason) VALUES ($1, $2)
  ON CONFLICT (address_mac) DO NOTHING`
const FIND = 'SELECT address_mac, reason FROM contact_suppressions WHERE address_mac = ANY($1::varchar[])'

export const suppress = (payload: Payload, mac: string, reason: string) => pool(payload).query(SUPPRESS, [mac, reason])

/** The reasons of those of these keyed hashes that are suppressed. */
export async function suppressed(payload: Payload, macs: string[]): Promise<Map<string, string>> {
  if (!macs.length) return new Map()
  const { rows } = await pool(payload).query(FIND, [macs])
  return new Map(rows.map((r) => [r.address_mac as string, r.reason as string]))
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { SUPPRESS, FIND }
