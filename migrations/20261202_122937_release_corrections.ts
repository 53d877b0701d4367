import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_corr_kind" AS ENUM('correction', 'update');
  CREATE TYPE "public"."enum__corr_v_kind" AS ENUM('correction', 'update');
  CREATE TABLE "corr" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_corr_kind" DEFAULT 'correction',
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"amendments" jsonb
  );
  
  CREATE TABLE "_corr_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__corr_v_kind" DEFAULT 'correction',
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"amendments" jsonb,
  	"_uuid" varchar
  );
  
  ALTER TABLE "corr" ADD CONSTRAINT "corr_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_corr_v" ADD CONSTRAINT "_corr_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "corr_order_idx" ON "corr" USING btree ("_order");
  CREATE INDEX "corr_parent_id_idx" ON "corr" USING btree ("_parent_id");
  CREATE INDEX "_corr_v_order_idx" ON "_corr_v" USING btree ("_order");
  CREATE INDEX "_corr_v_parent_id_idx" ON "_corr_v" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "corr" CASCADE;
  DROP TABLE "_corr_v" CASCADE;
  DROP TYPE "public"."enum_corr_kind";
  DROP TYPE "public"."enum__corr_v_kind";`)
}
