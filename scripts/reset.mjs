// Root `npm run reset`: deletes the local data through the platform launcher (tooling/platform).
const [major] = process.versions.node.split(".").map(Number);
if (major < 22) {
  console.error(`Hybrid Commerce needs Node.js 22; this is ${process.version}. Run it through npm (npm run reset).`);
  process.exit(1);
}
const { main } = await import("@hybrid/platform/cli");
process.exit(await main(["reset", ...process.argv.slice(2)]));
