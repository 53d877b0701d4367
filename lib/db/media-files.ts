import type { Payload } from 'payload'
import { pool } from './pool'

// Every stored file's name: originals and each resized copy (the sizes in collections/media).
const FILE_NAMES = `
  SELECT unnest(ARRAY[filename, sizes_thumbnail_filename, sizes_card_filename, sizes_hero_filename, sizes_og_filename])
    AS name
  FROM media`

/** The names of every file the media collection stores, in one read. */
export async function mediaFileNames(payload: Payload): Promise<Set<string>> {
  const { rows } = await pool(payload).query<{ name: string | null }>(FILE_NAMES)
  return new Set(rows.map((r) => r.name).filter((n): n is string => Boolean(n)))
}

export const SQL = { FILE_NAMES }
