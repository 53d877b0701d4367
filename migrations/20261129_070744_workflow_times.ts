import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_releases_releasedate_tz" AS ENUM('Europe/London');
  CREATE TYPE "public"."enum_releases_embargountil_tz" AS ENUM('Europe/London');
  CREATE TYPE "public"."enum__releases_v_version_releasedate_tz" AS ENUM('Europe/London');
  CREATE TYPE "public"."enum__releases_v_version_embargountil_tz" AS ENUM('Europe/London');
  ALTER TABLE "releases" ADD COLUMN "releasedate_tz" "enum_releases_releasedate_tz" DEFAULT 'Europe/London';
  ALTER TABLE "releases" ADD COLUMN "embargountil_tz" "enum_releases_embargountil_tz" DEFAULT 'Europe/London';
  ALTER TABLE "releases" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_releases_v" ADD COLUMN "version_releasedate_tz" "enum__releases_v_version_releasedate_tz" DEFAULT 'Europe/London';
  ALTER TABLE "_releases_v" ADD COLUMN "version_embargountil_tz" "enum__releases_v_version_embargountil_tz" DEFAULT 'Europe/London';
  ALTER TABLE "_releases_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "releases_last_edited_by_idx" ON "releases" USING btree ("last_edited_by_id");
  CREATE INDEX "_releases_v_version_version_last_edited_by_idx" ON "_releases_v" USING btree ("version_last_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" DROP CONSTRAINT "releases_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_releases_v" DROP CONSTRAINT "_releases_v_version_last_edited_by_id_users_id_fk";
  
  DROP INDEX "releases_last_edited_by_idx";
  DROP INDEX "_releases_v_version_version_last_edited_by_idx";
  ALTER TABLE "releases" DROP COLUMN "releasedate_tz";
  ALTER TABLE "releases" DROP COLUMN "embargountil_tz";
  ALTER TABLE "releases" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_releases_v" DROP COLUMN "version_releasedate_tz";
  ALTER TABLE "_releases_v" DROP COLUMN "version_embargountil_tz";
  ALTER TABLE "_releases_v" DROP COLUMN "version_last_edited_by_id";
  DROP TYPE "public"."enum_releases_releasedate_tz";
  DROP TYPE "public"."enum_releases_embargountil_tz";
  DROP TYPE "public"."enum__releases_v_version_releasedate_tz";
  DROP TYPE "public"."enum__releases_v_version_embargountil_tz";`)
}
