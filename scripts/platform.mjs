// Root `npm run backup` / `npm run restore -- <file>`: hands over to the platform launcher
// (tooling/platform), like start.mjs and reset.mjs. Plain JavaScript, so an old system Node gets a
// clear message instead of a syntax error.
const [major] = process.versions.node.split(".").map(Number);
if (major < 22) {
  console.error(`Hybrid Commerce needs Node.js 22; this is ${process.version}. Run it through npm (npm run backup).`);
  process.exit(1);
}
const { main } = await import("@hybrid/platform/cli");
process.exit(await main(process.argv.slice(2)));
