import { parseArgs } from "node:util";

export type Command = "start" | "dev" | "provision" | "reset" | "backup" | "restore" | "help";

export interface CliArgs {
  command: Command;
  /** start: run `turbo run build` first (default). provision: only with --build. */
  build: boolean;
  /** provision: run the TypeScript sources (like `dev`) instead of the built server. */
  source: boolean;
  /** start, dev, provision: run `medusa db:migrate` and the provisioning even when the database records they have nothing to do. */
  migrate: boolean;
  /** backup: the file to write (default: .data/backups/hybrid-commerce-<time>.hcbackup.gz). */
  out?: string;
  /** restore: the backup file to read. */
  file?: string;
  /** restore: overwrite a database that holds tables (and empty the uploads folder). */
  replace: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = `Usage: hybrid-platform <command> [options]

Commands:
  start       Build everything (turbo), start the database, provision it, then run the
              built backend (http://localhost:9000, admin at /app) and both storefronts
              (http://localhost:4321 consumer, http://localhost:4322 trade).
                --no-build     skip the build step (use what was built last)
  dev         Database + provisioning from source, then medusa develop and astro dev.
  provision   Database + migrations + seed, then stop. Uses the built backend.
                --build        run \`turbo run build\` first
                --source       provision from the TypeScript sources instead (no build needed)
              start, dev and provision skip \`medusa db:migrate\` (and the provisioning) when
              the database records a successful run with exactly the current migrations,
              links, search indexes, packages (and seed definition);
                --migrate      run both anyway
  reset       Delete the local data (<repo>/.data: database, uploads, test data).
              The platform must be stopped first.
  backup      Write the database (DATABASE_URL's, else the embedded one, running or not) and
              the uploaded files to one file, and print its path. The platform may keep running.
                --out <file>   where to write it (default .data/backups/<time>.hcbackup.gz)
  restore <file>
              Load a backup into DATABASE_URL's database, else the embedded one (the platform
              must be stopped): migrates an empty database with this code, checks that the
              backup was taken with the same migrations, loads every row and file.
                --replace      overwrite a database that holds data (and its uploads)
  help        Show this text.

Environment:
  DATABASE_URL       use this PostgreSQL instead of the embedded one
  EMBEDDED_PG_PORT   port of the embedded PostgreSQL (default 54329)
  NODE_ENV           backend mode for start/provision (default "local": built admin + demo accounts)
  BACKEND_PORT, CONSUMER_PORT, TRADE_PORT   override 9000 / 4321 / 4322
  REDIS_URL, JWT_SECRET, COOKIE_SECRET, MEDUSA_WORKER_MODE, ...   passed to the backend as set`;

const COMMANDS: readonly Command[] = ["start", "dev", "provision", "reset", "backup", "restore", "help"];

const FLAGS_BY_COMMAND: Record<Command, readonly string[]> = {
  start: ["build", "migrate"],
  dev: ["migrate"],
  provision: ["build", "source", "migrate"],
  reset: [],
  backup: ["out"],
  restore: ["replace"],
  help: [],
};

/** Parses `hybrid-platform <command> [options]` (argv without node and the script). */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: {
        build: { type: "boolean" },
        source: { type: "boolean" },
        migrate: { type: "boolean" },
        out: { type: "string" },
        replace: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", build: false, source: false, migrate: false, replace: false };
  if (positionals.length === 0) throw new UsageError(`Missing command (${COMMANDS.join(", ")}).`);
  const command = positionals[0] as Command;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`Unknown command "${positionals[0]}" (expected ${COMMANDS.join(", ")}).`);
  }
  const operands = command === "restore" ? 1 : 0;
  if (command === "restore" && positionals.length < 2) throw new UsageError('"restore" needs the backup file to read.');
  if (positionals.length > 1 + operands) throw new UsageError(`Unexpected argument "${positionals[1 + operands]}".`);
  for (const flag of ["build", "source", "migrate", "out", "replace"] as const) {
    if (values[flag] !== undefined && !FLAGS_BY_COMMAND[command].includes(flag)) {
      const negated = typeof values[flag] === "boolean" && !values[flag];
      throw new UsageError(`"${command}" does not take --${negated ? "no-" : ""}${flag}.`);
    }
  }
  if (values.out === "") throw new UsageError("--out needs a file name.");
  return {
    command,
    build: values.build ?? command === "start",
    source: values.source ?? false,
    migrate: values.migrate ?? false,
    replace: values.replace ?? false,
    ...(values.out ? { out: values.out } : {}),
    ...(command === "restore" ? { file: positionals[1] } : {}),
  };
}
