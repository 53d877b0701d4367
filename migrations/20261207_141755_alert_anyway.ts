import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" ADD COLUMN "alert_anyway" boolean DEFAULT false;
  ALTER TABLE "_releases_v" ADD COLUMN "version_alert_anyway" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" DROP COLUMN "alert_anyway";
  ALTER TABLE "_releases_v" DROP COLUMN "version_alert_anyway";`)
}
