import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // What each opening of a preview link was (lib/preview/open-kind.ts): a person, a robot or link scanner, a
  // browser's prefetch, or an opening after the release went public; and the browser family, nothing more.
  // Openings recorded before are kept as people: nothing better is known of them.
  await db.execute(sql`
   ALTER TABLE "preview_link_opens" ADD COLUMN "kind" varchar DEFAULT 'person' NOT NULL;
   ALTER TABLE "preview_link_opens" ADD COLUMN "browser" varchar DEFAULT '' NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "preview_link_opens" DROP COLUMN "kind";
   ALTER TABLE "preview_link_opens" DROP COLUMN "browser";`)
}
