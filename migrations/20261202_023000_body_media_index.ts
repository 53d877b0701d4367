import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Not in the Payload config: an index for "which releases place this picture in their body?" (lib/db/public-media),
// a containment query on the Lexical JSON, so a file's public check reads a few rows instead of every body.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "releases_body_contains_idx" ON "releases" USING gin ("body" jsonb_path_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "releases_body_contains_idx";`)
}
