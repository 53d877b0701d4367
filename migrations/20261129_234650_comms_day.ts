import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contacts" ADD COLUMN "label" varchar;`)

  // Contacts saved before the label existed: name, and job title when there is one.
  await db.execute(sql`UPDATE "contacts" SET "label" = "name" || coalesce(', ' || nullif("job_title", ''), '');`)

  // Not a Payload collection: each opening of a preview link, for the press office (lib/preview/opens).
  await db.execute(sql`
  CREATE TABLE "preview_link_opens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_id" integer NOT NULL REFERENCES "public"."preview_links"("id") ON DELETE cascade,
  	"opened_at" timestamp(3) with time zone NOT NULL,
  	"reader" varchar NOT NULL
  );
  CREATE INDEX "preview_link_opens_link_idx" ON "preview_link_opens" USING btree ("link_id", "opened_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "preview_link_opens";`)
  await db.execute(sql`
   ALTER TABLE "contacts" DROP COLUMN "label";`)
}
