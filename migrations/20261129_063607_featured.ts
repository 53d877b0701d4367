import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" ADD COLUMN "featured" boolean DEFAULT false;
  ALTER TABLE "_releases_v" ADD COLUMN "version_featured" boolean DEFAULT false;
  CREATE INDEX "releases_featured_idx" ON "releases" USING btree ("featured");
  CREATE INDEX "_releases_v_version_version_featured_idx" ON "_releases_v" USING btree ("version_featured");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "releases_featured_idx";
  DROP INDEX "_releases_v_version_version_featured_idx";
  ALTER TABLE "releases" DROP COLUMN "featured";
  ALTER TABLE "_releases_v" DROP COLUMN "version_featured";`)
}
