import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207025817 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_customer_id_company_id_unique";`);
    this.addSql(`drop index if exists "IDX_employee_customer_id_unique";`);

    this.addSql(`alter table if exists "employee" add column if not exists "active_at" timestamptz null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_customer_id_company_id_unique" ON "employee" ("customer_id", "company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_customer_id" ON "employee" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_employee_customer_id_company_id_unique";`);
    this.addSql(`drop index if exists "IDX_employee_customer_id";`);
    this.addSql(`alter table if exists "employee" drop column if exists "active_at";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_customer_id_unique" ON "employee" ("customer_id") WHERE deleted_at IS NULL;`);
  }

}
