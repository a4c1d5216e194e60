#!/usr/bin/env node
// The launcher behind the README commands: `npm start`, `npm run dev`, `npm run reset`.
import { main } from "../src/cli.ts";

const [major] = process.versions.node.split(".").map(Number);
if (major! < 22) {
  process.stderr.write(
    `hybrid-platform needs Node.js 22 (this is ${process.version}). Run it through npm (npm start) so the repository's Node is used.\n`,
  );
  process.exit(1);
}

const code = await main(process.argv.slice(2));
// Children and the database are stopped by now; do not wait for stray handles (sockets, timers).
process.exit(code);
