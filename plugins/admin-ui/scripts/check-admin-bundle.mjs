#!/usr/bin/env node
// Checks a built admin (the backend's `medusa build` output) for what @hybrid/admin-ui relies on:
// the shared components are in it exactly once (bundled by the backend, not copied into each plugin),
// and React, react-dom, @medusajs/ui, react-query and react-router each appear exactly once (a second
// React breaks hooks; a second @medusajs/ui breaks its prompt and toasts).
//
// Use: node scripts/check-admin-bundle.mjs [backend/.medusa/server/public/admin]
import { readFileSync, readdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const adminDir = path.resolve(process.argv[2] ?? path.join(here, "../../../backend/.medusa/server/public/admin"))
const assets = path.join(adminDir, "assets")
const js = readdirSync(assets)
  .filter((name) => name.endsWith(".js"))
  .map((name) => readFileSync(path.join(assets, name), "utf8"))
  .join("\n")

const count = (pattern) => (js.match(pattern) ?? []).length
const literal = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g")

const checks = [
  // One definition of each runtime package: a string or assignment only its own code contains.
  ["react (its exports object)", /\.Children=\w+,\w+\.Component=/g],
  ["react-dom (createPortal export)", /\.createPortal=\w+,\w+\.createRoot=/g],
  [
    "@medusajs/ui (StatusBadge's own classes)",
    literal("flex items-center justify-center w-5 h-[18px] [&_div]:w-2 [&_div]:h-2 [&_div]:rounded-sm"),
  ],
  ["@tanstack/react-query", literal("No QueryClient set")],
  ["react-router", literal("useNavigate() may be used only in the context of a <Router> component.")],
  // @hybrid/admin-ui: strings only its components write.
  ["@hybrid/admin-ui format.errorMessage", literal("Something went wrong. Please try again.")],
  ["@hybrid/admin-ui ListPage status tabs", literal("Filter by status")],
  ["@hybrid/admin-ui ReasonDrawer", literal("Reason is required")],
  ["@hybrid/admin-ui ErrorRow", literal("Could not load ")],
]

let failed = false
for (const [what, pattern] of checks) {
  const found = count(pattern)
  const ok = found === 1
  failed ||= !ok
  console.log(`${ok ? "ok  " : "FAIL"} ${what}: ${found} ${found === 1 ? "copy" : "copies"}`)
}
if (failed) {
  console.error(`\n${adminDir}: expected exactly one copy of each.`)
  process.exit(1)
}
