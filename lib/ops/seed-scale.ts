import type { Payload } from 'payload'
import { pool } from '../db/pool'

const WORDS = [
  'Study finds',
  'Researchers show',
  'New funding for',
  'Award for',
  'Partnership on',
  'Report on',
  'Students lead',
  'Update:',
  'Festival of',
  'Trial of',
]
const DROP = new Set(['id', 'slug', 'title', 'release_date', 'created_at', 'updated_at', 'featured', 'embargo_until'])

type Client = { query: <R = unknown>(text: string, values?: unknown[]) => Promise<{ rows: R[] }> }

async function columnsOf(client: Client, table: string, skip: (name: string) => boolean): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((r) => r.name).filter((name) => !skip(name))
}

const q = (name: string) => `"${name}"`

/**
 * Adds `count` public releases for measuring at scale, copied from the public releases already there (the demo
 * newsroom): each copy keeps its template's body, summary, topics, contacts, pictures, downloads and related picks,
 * with a title, slug and date of its own, its published version (so the admin lists it) and its search entry.
 * Columns are read from the database, so a field added later is copied too. Slug history is not copied: two
 * releases may not claim one old address. Batches of `batch` rows, each in its own transaction.
 */
export async function seedScale(
  payload: Payload,
  count: number,
  { batch = 5000, log = console.log, only }: { batch?: number; log?: (line: string) => void; only?: number[] } = {},
): Promise<number> {
  // The public releases the newsroom started with (or those named), not earlier copies.
  const templates =
    only ??
    (
      await payload.find({
        collection: 'releases',
        overrideAccess: false,
        pagination: false,
        depth: 0,
        sort: 'id',
        select: { slug: true },
      })
    ).docs.flatMap((d) => (/-s\d+$/.test(d.slug ?? '') ? [] : [d.id]))
  if (!templates.length) throw new Error('No public releases to copy: load the demo newsroom first (npm run seed).')
  const client = await pool(payload).connect()
  try {
    const releaseCols = await columnsOf(client, 'releases', (n) => DROP.has(n))
    const relCols = await columnsOf(client, 'releases_rels', (n) => n === 'id' || n === 'parent_id')
    const versionCols = await columnsOf(
      client,
      '_releases_v',
      (n) =>
        ['id', 'parent_id', 'created_at', 'updated_at', 'latest', 'autosave', 'snapshot'].includes(n) ||
        (n.startsWith('version_') && DROP.has(n.slice(8))),
    )
    const versionRelCols = await columnsOf(client, '_releases_v_rels', (n) => n === 'id' || n === 'parent_id')
    const { rows } = await client.query<{ n: number }>(
      `SELECT coalesce(max(substring(slug from '-s(\\d+)$')::int), 0) AS n FROM releases WHERE slug ~ '-s\\d+$'`,
    )
    const first = Number(rows[0].n) + 1
    const started = Date.now()
    for (let from = first; from < first + count; from += batch) {
      const to = Math.min(from + batch, first + count) - 1
      await client.query('BEGIN')
      // g numbers the copies; its template and its title's opening follow from it, its date goes back 70 minutes each.
      await client.query(
        `CREATE TEMP TABLE scale_src ON COMMIT DROP AS
        SELECT g, ($1::int[])[1 + g % cardinality($1::int[])] AS template,
               ($2::text[])[1 + g % cardinality($2::text[])] AS opening,
               now() - make_interval(mins => 70 * g) AS moment
        FROM generate_series($3::int, $4::int) g`,
        [templates, WORDS, from, to],
      )
      await client.query(`CREATE TEMP TABLE scale_new ON COMMIT DROP AS
        WITH ins AS (
          INSERT INTO releases (${releaseCols.map(q).join(', ')},
            slug, title, release_date, created_at, updated_at, featured, embargo_until)
          SELECT ${releaseCols.map((c) => `t.${q(c)}`).join(', ')},
            t.slug || '-s' || s.g, s.opening || ' ' || lower(t.title), s.moment, s.moment, s.moment, false, NULL
          FROM scale_src s JOIN releases t ON t.id = s.template
          RETURNING id, slug)
        SELECT ins.id, s.template, s.g FROM ins JOIN scale_src s ON s.g = substring(ins.slug from '-s(\\d+)$')::int`)
      await client.query(`INSERT INTO releases_rels (parent_id, ${relCols.map(q).join(', ')})
        SELECT n.id, ${relCols.map((c) => `r.${q(c)}`).join(', ')}
        FROM scale_new n JOIN releases_rels r ON r.parent_id = n.template`)
      await client.query(`CREATE TEMP TABLE scale_versions ON COMMIT DROP AS
        WITH ins AS (
          INSERT INTO _releases_v (parent_id, ${versionCols.map(q).join(', ')},
            version_slug, version_title, version_release_date, version_featured, version_embargo_until,
            version_created_at, version_updated_at, created_at, updated_at, latest)
          SELECT n.id, ${versionCols.map((c) => `v.${q(c)}`).join(', ')},
            r.slug, r.title, r.release_date, false, NULL,
            r.created_at, r.updated_at, r.updated_at, r.updated_at, true
          FROM scale_new n JOIN releases r ON r.id = n.id
          JOIN LATERAL (SELECT * FROM _releases_v WHERE parent_id = n.template AND version__status = 'published'
            ORDER BY updated_at DESC LIMIT 1) v ON true
          RETURNING id, parent_id)
        SELECT ins.id, ins.parent_id, n.template FROM ins JOIN scale_new n ON n.id = ins.parent_id`)
      await client.query(`INSERT INTO _releases_v_rels (parent_id, ${versionRelCols.map(q).join(', ')})
        SELECT sv.id, ${versionRelCols.map((c) => `vr.${q(c)}`).join(', ')}
        FROM scale_versions sv
        JOIN LATERAL (SELECT id FROM _releases_v WHERE parent_id = sv.template AND version__status = 'published'
          ORDER BY updated_at DESC LIMIT 1) tv ON true
        JOIN _releases_v_rels vr ON vr.parent_id = tv.id`)
      await client.query(`INSERT INTO release_search (release_id, document, body_text)
        SELECT n.id, setweight(to_tsvector('english', r.title), 'A') || s.document, s.body_text
        FROM scale_new n JOIN releases r ON r.id = n.id JOIN release_search s ON s.release_id = n.template`)
      await client.query('COMMIT')
      log(`${to - first + 1} of ${count} releases (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
    // The new rows (and the pictures their bodies place, kept by a trigger) need the planner's statistics at once.
    const tables = [
      'releases',
      'releases_rels',
      '_releases_v',
      '_releases_v_rels',
      'release_search',
      'release_body_media',
    ]
    await client.query(tables.map((t) => `ANALYZE ${t}`).join('; '))
    return count
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
