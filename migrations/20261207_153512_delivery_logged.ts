import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enquiries_notification_status" ADD VALUE 'logged' BEFORE 'failed';
  ALTER TYPE "public"."enum_enquiries_acknowledgement_status" ADD VALUE 'logged' BEFORE 'failed';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_enquiries_notification_status";
  CREATE TYPE "public"."enum_enquiries_notification_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'skipped');
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DEFAULT 'pending'::"public"."enum_enquiries_notification_status";
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DATA TYPE "public"."enum_enquiries_notification_status" USING "notification_status"::"public"."enum_enquiries_notification_status";
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_enquiries_acknowledgement_status";
  CREATE TYPE "public"."enum_enquiries_acknowledgement_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'skipped');
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DEFAULT 'pending'::"public"."enum_enquiries_acknowledgement_status";
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DATA TYPE "public"."enum_enquiries_acknowledgement_status" USING "acknowledgement_status"::"public"."enum_enquiries_acknowledgement_status";`)
}
