import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126231635 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quantity_rule" drop constraint if exists "quantity_rule_variant_id_unique";`);
    this.addSql(`alter table if exists "price_import" drop constraint if exists "price_import_price_list_id_unique";`);
    this.addSql(`create table if not exists "price_import" ("id" text not null, "price_list_id" text not null, "status" text check ("status" in ('pending', 'running', 'done', 'failed')) not null default 'pending', "total" integer not null default 0, "processed" integer not null default 0, "to_create" integer not null default 0, "to_update" integer not null default 0, "error" text null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "price_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_import_deleted_at" ON "price_import" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_import_price_list_id" ON "price_import" ("price_list_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_price_import_price_list_id_unique" ON "price_import" ("price_list_id") WHERE status IN ('pending', 'running') AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quantity_rule" ("id" text not null, "variant_id" text not null, "min_quantity" integer not null default 1, "increment" integer not null default 1, "max_quantity" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quantity_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quantity_rule_variant_id_unique" ON "quantity_rule" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quantity_rule_deleted_at" ON "quantity_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "price_import" cascade;`);

    this.addSql(`drop table if exists "quantity_rule" cascade;`);
  }

}
