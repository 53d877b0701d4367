import type { Payload, PayloadRequest } from 'payload'
import { pool } from './pool'
import { runInSession } from './session'

// An empty index beside content to index: a database from before search existed, or restored without it.
const RELEASES_UNINDEXED = `SELECT NOT EXISTS (SELECT 1 FROM release_search)
  AND EXISTS (SELECT 1 FROM releases WHERE _status = 'published') AS empty`
const EXPERTS_UNINDEXED = `SELECT NOT EXISTS (SELECT 1 FROM expert_search) AND EXISTS (SELECT 1 FROM experts) AS empty`

const ask = async (payload: Payload, statement: string) =>
  Boolean((await pool(payload).query<{ empty: boolean }>(statement)).rows[0]?.empty)

export const releaseIndexMissing = (payload: Payload) => ask(payload, RELEASES_UNINDEXED)
export const expertIndexMissing = (payload: Payload) => ask(payload, EXPERTS_UNINDEXED)

// The entries themselves, written inside the save that changed them (lib/search and lib/experts decide what goes in).
const SAVE_RELEASE = `INSERT INTO release_search (release_id, document, body_text)
  VALUES ($1,
    setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B')
      || setweight(to_tsvector('english', $4), 'C'),
    $5)
  ON CONFLICT (release_id) DO UPDATE
    SET document = excluded.document, body_text = excluded.body_text, updated_at = now()`
const DROP_RELEASE = 'DELETE FROM release_search WHERE release_id = $1'
const SAVE_EXPERT = `INSERT INTO expert_search (expert_id, document)
  VALUES ($1, setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B')
    || setweight(to_tsvector('english', $4), 'C'))
  ON CONFLICT (expert_id) DO UPDATE SET document = excluded.document`
const DROP_EXPERT = 'DELETE FROM expert_search WHERE expert_id = $1'

type Req = Partial<PayloadRequest> | undefined
/** Words by weight, most telling first; `shown` is the text search headlines quote from. */
export type ReleaseEntry = { a: string; b: string; c: string; shown: string }
export type ExpertEntry = { a: string; b: string; c: string }

export const saveReleaseEntry = (payload: Payload, req: Req, id: number, e: ReleaseEntry) =>
  runInSession(payload, req, SAVE_RELEASE, [id, e.a, e.b, e.c, e.shown])
export const dropReleaseEntry = (payload: Payload, req: Req, id: number) =>
  runInSession(payload, req, DROP_RELEASE, [id])
export const saveExpertEntry = (payload: Payload, req: Req, id: number, e: ExpertEntry) =>
  runInSession(payload, req, SAVE_EXPERT, [id, e.a, e.b, e.c])
export const dropExpertEntry = (payload: Payload, req: Req, id: number) => runInSession(payload, req, DROP_EXPERT, [id])

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { RELEASES_UNINDEXED, EXPERTS_UNINDEXED, SAVE_RELEASE, DROP_RELEASE, SAVE_EXPERT, DROP_EXPERT }
