import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enquiries_notification_status" ADD VALUE 'skipped';
  ALTER TYPE "public"."enum_enquiries_acknowledgement_status" ADD VALUE 'skipped';
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  ALTER TABLE "preview_links" DROP COLUMN "secret";`)

  // Not a Payload collection: the one-off numbers of media enquiry forms already sent (lib/enquiries/fill-token).
  await db.execute(sql`
  CREATE TABLE "form_token_uses" (
  	"nonce" varchar PRIMARY KEY NOT NULL,
  	"used_at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX "form_token_uses_used_at_idx" ON "form_token_uses" USING btree ("used_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "form_token_uses";`)
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_enquiries_notification_status";
  CREATE TYPE "public"."enum_enquiries_notification_status" AS ENUM('pending', 'sending', 'sent', 'failed');
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DEFAULT 'pending'::"public"."enum_enquiries_notification_status";
  ALTER TABLE "enquiries" ALTER COLUMN "notification_status" SET DATA TYPE "public"."enum_enquiries_notification_status" USING "notification_status"::"public"."enum_enquiries_notification_status";
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_enquiries_acknowledgement_status";
  CREATE TYPE "public"."enum_enquiries_acknowledgement_status" AS ENUM('pending', 'sending', 'sent', 'failed');
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DEFAULT 'pending'::"public"."enum_enquiries_acknowledgement_status";
  ALTER TABLE "enquiries" ALTER COLUMN "acknowledgement_status" SET DATA TYPE "public"."enum_enquiries_acknowledgement_status" USING "acknowledgement_status"::"public"."enum_enquiries_acknowledgement_status";
  DROP INDEX "media_uploaded_by_idx";
  ALTER TABLE "preview_links" ADD COLUMN "secret" varchar;
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";`)
}
