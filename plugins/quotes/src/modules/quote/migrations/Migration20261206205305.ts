import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206205305 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote_cart" drop constraint if exists "quote_cart_cart_id_unique";`);
    this.addSql(`create table if not exists "quote_cart" ("id" text not null, "quote_id" text not null, "cart_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_cart_deleted_at" ON "quote_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_cart_cart_id_unique" ON "quote_cart" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_cart_quote_id" ON "quote_cart" ("quote_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_cart" cascade;`);
  }

}
