import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127022340 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop constraint if exists "quote_order_id_unique";`);
    this.addSql(`create table if not exists "quote" ("id" text not null, "display_id" serial, "company_id" text not null, "customer_id" text not null, "employee_id" text not null, "requester_name" text not null, "requester_email" text not null, "cart_id" text not null, "region_id" text not null, "sales_channel_id" text null, "currency_code" text not null, "status" text check ("status" in ('requested', 'sent', 'accepted', 'rejected', 'declined')) not null default 'requested', "expires_at" timestamptz null, "version" integer not null default 0, "order_id" text null, "contract_price_list_id" text null, "message" text not null, "accept_cart_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_company_id_status" ON "quote" ("company_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_customer_id" ON "quote" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_expires_at" ON "quote" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_order_id_unique" ON "quote" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_event" ("id" text not null, "action" text not null, "actor_type" text check ("actor_type" in ('customer', 'merchant', 'system')) not null, "actor_id" text null, "actor_name" text null, "from_status" text null, "to_status" text null, "data" jsonb null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_event_quote_id" ON "quote_event" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_event_deleted_at" ON "quote_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_line" ("id" text not null, "variant_id" text not null, "product_id" text null, "title" text not null, "variant_title" text null, "sku" text null, "thumbnail" text null, "requested_quantity" integer null, "requested_unit_price" numeric null, "quantity" integer not null, "unit_price" numeric not null, "removed" boolean not null default false, "quote_id" text not null, "raw_requested_unit_price" jsonb null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_line_quote_id" ON "quote_line" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_line_deleted_at" ON "quote_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'merchant')) not null, "author_id" text not null, "author_name" text not null, "body" text not null, "line_id" text null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "quote_event" add constraint "quote_event_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "quote_line" add constraint "quote_line_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote_event" drop constraint if exists "quote_event_quote_id_foreign";`);

    this.addSql(`alter table if exists "quote_line" drop constraint if exists "quote_line_quote_id_foreign";`);

    this.addSql(`alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`);

    this.addSql(`drop table if exists "quote" cascade;`);

    this.addSql(`drop table if exists "quote_event" cascade;`);

    this.addSql(`drop table if exists "quote_line" cascade;`);

    this.addSql(`drop table if exists "quote_message" cascade;`);
  }

}
