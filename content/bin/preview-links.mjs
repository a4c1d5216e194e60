#!/usr/bin/env node
// Prints a preview link per site for every entry that is not live now (drafts, scheduled,
// expired), signed with CONTENT_PREVIEW_SECRET (or the development default outside production).
import { parseFrontmatter } from "astro/markdown"
import { readContentFiles } from "../src/files.ts"
import { entryIdFromFileName, PACKAGE_ROOT } from "../src/layout.ts"
import { previewPath, previewSecret } from "../src/preview.ts"
import { pageSchema, storySchema } from "../src/schemas.ts"
import { scheduleState } from "../src/select.ts"

const SITE_URLS = {
  consumer: (process.env.CONSUMER_PUBLIC_URL || "http://localhost:4321").replace(/\/+$/, ""),
  trade: (process.env.TRADE_PUBLIC_URL || "http://localhost:4322").replace(/\/+$/, ""),
}
const all = process.argv.includes("--all")

const secret = previewSecret(process.env)
if (!secret) {
  console.error("preview-links: set CONTENT_PREVIEW_SECRET (previews are off in production without it)")
  process.exit(1)
}

const now = new Date()
let printed = 0
for (const file of await readContentFiles(PACKAGE_ROOT)) {
  const [folder, name] = file.path.split("/")
  const collection = /** @type {import("../src/layout.ts").CollectionName} */ (folder)
  const schema = collection === "stories" ? storySchema : pageSchema
  const parsed = schema.safeParse(parseFrontmatter(file.source).frontmatter)
  if (!parsed.success) {
    console.log(`${file.path}: invalid (run npm run content:check)`)
    continue
  }
  const state = scheduleState({ data: parsed.data }, now)
  if (state === "live" && !all) continue
  const id = entryIdFromFileName(name)
  console.log(`${file.path} (${state})`)
  for (const site of parsed.data.sites)
    console.log(`  ${site.padEnd(8)} ${SITE_URLS[site]}${previewPath(secret, collection, id)}`)
  printed++
}
if (printed === 0) console.log("Every entry is live; pass --all for links to all entries.")
