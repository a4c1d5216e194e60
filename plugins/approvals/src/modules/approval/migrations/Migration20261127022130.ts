import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127022130 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "merchant_review_rule" drop constraint if exists "merchant_review_rule_currency_code_unique";`);
    this.addSql(`alter table if exists "merchant_review" drop constraint if exists "merchant_review_order_id_unique";`);
    this.addSql(`alter table if exists "approval_settings" drop constraint if exists "approval_settings_company_id_unique";`);
    this.addSql(`alter table if exists "approval_request" drop constraint if exists "approval_request_cart_id_unique";`);
    this.addSql(`create table if not exists "approval_request" ("id" text not null, "company_id" text not null, "cart_id" text not null, "requested_by_customer_id" text not null, "requested_by_employee_id" text not null, "requester_name" text null, "requester_email" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'withdrawn', 'ordered')) not null default 'pending', "content_hash" text not null, "items" jsonb not null, "amount" numeric not null, "currency_code" text not null, "reasons" jsonb not null, "comment" text null, "decided_by_customer_id" text null, "decided_by_name" text null, "decision_comment" text null, "decided_at" timestamptz null, "order_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_deleted_at" ON "approval_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_request_cart_id_unique" ON "approval_request" ("cart_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_cart_id" ON "approval_request" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_company_id_status" ON "approval_request" ("company_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_order_id" ON "approval_request" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "approval_settings" ("id" text not null, "company_id" text not null, "amount_threshold" numeric null, "amount_applies_to" jsonb not null default '["buyer"]', "always_roles" jsonb not null default '[]', "updated_by" text null, "raw_amount_threshold" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_settings_deleted_at" ON "approval_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_settings_company_id_unique" ON "approval_settings" ("company_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "merchant_review" ("id" text not null, "order_id" text not null, "order_display_id" integer null, "company_id" text null, "company_name" text null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by" text null, "decided_by_name" text null, "comment" text null, "decided_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "merchant_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_merchant_review_deleted_at" ON "merchant_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_merchant_review_order_id_unique" ON "merchant_review" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_merchant_review_status" ON "merchant_review" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "merchant_review_rule" ("id" text not null, "currency_code" text not null, "amount_threshold" numeric not null, "raw_amount_threshold" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "merchant_review_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_merchant_review_rule_deleted_at" ON "merchant_review_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_merchant_review_rule_currency_code_unique" ON "merchant_review_rule" ("currency_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "approval_request" cascade;`);

    this.addSql(`drop table if exists "approval_settings" cascade;`);

    this.addSql(`drop table if exists "merchant_review" cascade;`);

    this.addSql(`drop table if exists "merchant_review_rule" cascade;`);
  }

}
