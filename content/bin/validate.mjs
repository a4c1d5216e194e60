#!/usr/bin/env node
// hybrid-content: validates the editorial content against the product catalog.
// Node >= 22.18 strips the types of the imported src/*.ts files itself; the logic lives there.
import { resolve } from "node:path"
import { parseArgs } from "node:util"
import { fetchCatalog, readCatalogFile } from "../src/catalog.ts"
import { listImages, readContentFiles } from "../src/files.ts"
import { PACKAGE_ROOT } from "../src/layout.ts"
import { formatReport, validateContent } from "../src/validate.ts"

const USAGE = `Usage: hybrid-content [--catalog <file.json> | --backend <url>] [--root <content folder>]

Checks every stories/*.md and pages/*.md: frontmatter against the schemas the sites use (status,
schedule order: unpublishAt after publishAt, persona blocks), every referenced product handle
against the catalog, and every image path against the files under images/.

  --catalog <file>  catalog JSON with products[].handle (and optional channels)
  --backend <url>   a running backend; handles are read through its store API
  --root <dir>      folder holding stories/ and pages/ (default: this package)

Without --catalog or --backend: MEDUSA_BACKEND_URL if set, else the seed catalog
backend/data/catalog.json. Exit status 1 when any entry is invalid.`

const SEED_CATALOG = resolve(PACKAGE_ROOT, "../backend/data/catalog.json")

async function main() {
  const { values } = parseArgs({
    options: {
      catalog: { type: "string" },
      backend: { type: "string" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (values.catalog && values.backend) throw new Error("pass either --catalog or --backend, not both")

  const backend = values.catalog ? undefined : (values.backend ?? process.env.MEDUSA_BACKEND_URL)
  const catalog = backend ? await fetchCatalog(backend) : await readCatalogFile(resolve(values.catalog ?? SEED_CATALOG))
  const root = resolve(values.root ?? PACKAGE_ROOT)
  const files = await readContentFiles(root)
  const images = await listImages(root)

  const { ok, lines } = formatReport(validateContent(files, catalog, { images }), catalog)
  for (const line of lines) console.log(line)
  return ok ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`hybrid-content: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
