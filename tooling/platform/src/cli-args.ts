import { parseArgs } from "node:util";

export type Command = "start" | "dev" | "provision" | "reset" | "help";

export interface CliArgs {
  command: Command;
  /** start: run `turbo run build` first (default). provision: only with --build. */
  build: boolean;
  /** provision: run the TypeScript sources (like `dev`) instead of the built server. */
  source: boolean;
  /** start, dev, provision: run `medusa db:migrate` and the provisioning even when the database records they have nothing to do. */
  migrate: boolean;
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
  help        Show this text.

Environment:
  DATABASE_URL       use this PostgreSQL instead of the embedded one
  EMBEDDED_PG_PORT   port of the embedded PostgreSQL (default 54329)
  NODE_ENV           backend mode for start/provision (default "local": built admin + demo accounts)
  BACKEND_PORT, CONSUMER_PORT, TRADE_PORT   override 9000 / 4321 / 4322
  REDIS_URL, JWT_SECRET, COOKIE_SECRET, MEDUSA_WORKER_MODE, ...   passed to the backend as set`;

const COMMANDS: readonly Command[] = ["start", "dev", "provision", "reset", "help"];

const FLAGS_BY_COMMAND: Record<Command, readonly string[]> = {
  start: ["build", "migrate"],
  dev: ["migrate"],
  provision: ["build", "source", "migrate"],
  reset: [],
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
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", build: false, source: false, migrate: false };
  if (positionals.length === 0) throw new UsageError("Missing command (start, dev, provision or reset).");
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".`);
  const command = positionals[0] as Command;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`Unknown command "${positionals[0]}" (expected start, dev, provision or reset).`);
  }
  for (const flag of ["build", "source", "migrate"] as const) {
    if (values[flag] !== undefined && !FLAGS_BY_COMMAND[command].includes(flag)) {
      throw new UsageError(`"${command}" does not take --${values[flag] ? "" : "no-"}${flag}.`);
    }
  }
  return {
    command,
    build: values.build ?? command === "start",
    source: values.source ?? false,
    migrate: values.migrate ?? false,
  };
}
