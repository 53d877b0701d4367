import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_access" AS ENUM('granted', 'groups', 'none');
  ALTER TABLE "users" ADD COLUMN "access" "enum_users_access" DEFAULT 'granted';
  ALTER TABLE "users" ADD COLUMN "sso_epoch" numeric DEFAULT 0;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "access";
  ALTER TABLE "users" DROP COLUMN "sso_epoch";
  DROP TYPE "public"."enum_users_access";`)
}
