import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127030500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" add column if not exists "completing_cart_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_completing_cart_id" ON "quote" ("completing_cart_id") WHERE completing_cart_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_quote_completing_cart_id";`);
    this.addSql(`alter table if exists "quote" drop column if exists "completing_cart_id";`);
  }

}
