// A real PostgreSQL for every spec: DB_HOST's server, or a throwaway embedded one (see the module).
process.env.TEST_DATABASE_LABEL ??= "quotes"
export { setup, teardown } from "@hybrid/platform/test-database"
