import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206235646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "email_delivery" ("id" text not null, "notification_id" text null, "to" text not null, "from" text not null, "template" text null, "site" text not null, "subject" text not null, "html" text not null, "text" text not null, "status" text check ("status" in ('sent', 'retrying', 'sending', 'failed')) not null, "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "sent_at" timestamptz null, "message_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "email_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_email_delivery_deleted_at" ON "email_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_email_delivery_status_next_attempt_at" ON "email_delivery" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_email_delivery_notification_id" ON "email_delivery" ("notification_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "email_delivery" cascade;`);
  }

}
