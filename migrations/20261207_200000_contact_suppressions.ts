import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Addresses that said no (or bounced) and were then erased: kept only as a keyed hash, so a later import or a
  // colleague adding them by hand cannot start sending to them again (lib/db/contact-suppressions.ts).
  await db.execute(sql`
   CREATE TABLE "contact_suppressions" (
    "address_mac" varchar PRIMARY KEY NOT NULL,
    "reason" varchar NOT NULL,
    "since" timestamp(3) with time zone DEFAULT now() NOT NULL
   );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "contact_suppressions";`)
}
