// Root `npm start` / `npm run dev`: hands over to the platform launcher (tooling/platform).
// Kept as plain JavaScript so an old system Node gets a clear message instead of a syntax error.
const [major] = process.versions.node.split(".").map(Number);
if (major < 22) {
  console.error(
    `Hybrid Commerce needs Node.js 22; this is ${process.version}. Run it through npm (npm start), which uses the repository's Node 22.`,
  );
  process.exit(1);
}
const args = process.argv.slice(2);
const command = args.includes("--dev") ? "dev" : "start";
const { main } = await import("@hybrid/platform/cli");
process.exit(await main([command, ...args.filter((arg) => arg !== "--dev")]));
