// Vitest globalSetup of a suite that needs only a PostgreSQL server (see serverSetup).
export { serverSetup as default } from "./global-setup.ts";
