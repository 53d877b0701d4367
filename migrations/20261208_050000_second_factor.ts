import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_entries_action" ADD VALUE 'user.access-changed' BEFORE 'sign-in.succeeded';
  ALTER TYPE "public"."enum_audit_entries_action" ADD VALUE 'second-factor.enrolled' BEFORE 'import.done';
  ALTER TYPE "public"."enum_audit_entries_action" ADD VALUE 'second-factor.reset' BEFORE 'import.done';
  ALTER TABLE "users" ADD COLUMN "second_factor_since" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_last_step" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "recovery_codes" jsonb;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_entries" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_entries_action";
  CREATE TYPE "public"."enum_audit_entries_action" AS ENUM('release.published', 'release.unpublished', 'release.slug-changed', 'embargo.set', 'embargo.changed', 'embargo.lifted', 'schedule.set', 'schedule.cancelled', 'correction.added', 'preview-link.created', 'preview-link.revoked', 'distribution.sent', 'media.replaced', 'user.created', 'user.role-changed', 'sign-in.succeeded', 'sign-in.failed', 'import.done', 'backup.made', 'backup.restored');
  ALTER TABLE "audit_entries" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_entries_action" USING "action"::"public"."enum_audit_entries_action";
  ALTER TABLE "users" DROP COLUMN "second_factor_since";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_last_step";
  ALTER TABLE "users" DROP COLUMN "recovery_codes";`)
}
