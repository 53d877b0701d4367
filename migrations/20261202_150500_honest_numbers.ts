import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Not in the Payload config: how often each release was read, per London day and kind of reading (lib/numbers).
// Counts only: nothing about who read it.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "release_counts" (
    "release_id" integer NOT NULL REFERENCES "public"."releases"("id") ON DELETE cascade,
    "day" date NOT NULL,
    "kind" varchar(16) NOT NULL,
    "count" integer NOT NULL,
    PRIMARY KEY ("release_id", "day", "kind")
  );
  CREATE INDEX IF NOT EXISTS "release_counts_day_idx" ON "release_counts" USING btree ("day");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "release_counts";`)
}
