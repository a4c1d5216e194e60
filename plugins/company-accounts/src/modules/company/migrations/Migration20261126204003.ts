import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126204003 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "spend_commitment" drop constraint if exists "spend_commitment_cart_id_unique";`);
    this.addSql(`alter table if exists "employee_invite" drop constraint if exists "employee_invite_token_unique";`);
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_customer_id_unique";`);
    this.addSql(`create table if not exists "company" ("id" text not null, "name" text not null, "vat_id" text null, "email" text not null, "phone" text null, "currency_code" text not null, "status" text check ("status" in ('pending', 'active', 'suspended', 'rejected')) not null default 'pending', "payment_terms" text check ("payment_terms" in ('prepaid', 'net15', 'net30', 'net60')) not null default 'prepaid', "credit_limit" numeric not null default 0, "po_required" boolean not null default false, "spending_period" text check ("spending_period" in ('monthly', 'quarterly', 'yearly')) not null default 'monthly', "rejection_reason" text null, "metadata" jsonb null, "raw_credit_limit" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_status" ON "company" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "company_address" ("id" text not null, "label" text not null, "is_shipping" boolean not null default true, "is_billing" boolean not null default true, "first_name" text not null, "last_name" text not null, "company" text null, "address_1" text not null, "address_2" text null, "city" text not null, "postal_code" text not null, "province" text null, "country_code" text not null, "phone" text null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_address_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_address_company_id" ON "company_address" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_address_deleted_at" ON "company_address" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "employee" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer', 'approver', 'viewer')) not null default 'buyer', "spending_limit" numeric null, "company_id" text not null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_company_id" ON "employee" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_deleted_at" ON "employee" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_customer_id_unique" ON "employee" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "employee_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer', 'approver', 'viewer')) not null default 'buyer', "spending_limit" numeric null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by_employee_id" text not null, "company_id" text not null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "employee_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_invite_company_id" ON "employee_invite" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_invite_deleted_at" ON "employee_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_invite_token_unique" ON "employee_invite" ("token") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "spend_commitment" ("id" text not null, "company_id" text not null, "employee_id" text not null, "cart_id" text not null, "order_id" text null, "amount" numeric not null, "currency_code" text not null, "on_account" boolean not null default false, "period_start" timestamptz not null, "settled_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "spend_commitment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spend_commitment_deleted_at" ON "spend_commitment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_spend_commitment_cart_id_unique" ON "spend_commitment" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spend_commitment_company_id_employee_id_period_start" ON "spend_commitment" ("company_id", "employee_id", "period_start") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spend_commitment_company_id_on_account" ON "spend_commitment" ("company_id", "on_account") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "company_address" add constraint "company_address_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "employee" add constraint "employee_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "employee_invite" add constraint "employee_invite_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_address" drop constraint if exists "company_address_company_id_foreign";`);

    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_company_id_foreign";`);

    this.addSql(`alter table if exists "employee_invite" drop constraint if exists "employee_invite_company_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "company_address" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "employee_invite" cascade;`);

    this.addSql(`drop table if exists "spend_commitment" cascade;`);
  }

}
