import { execFile } from "node:child_process"
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterEach, describe, expect, it } from "vitest"
import { FIXTURE_PRODUCTS, GOOD_PAGE, GOOD_STORY, startFakeBackend, writeContentTree } from "../src/test-support.ts"

const BIN = fileURLToPath(new URL("./validate.mjs", import.meta.url))

/** Runs the command the way `npm run validate` does, with a clean MEDUSA_BACKEND_URL unless given. */
async function run(args: string[], env: Record<string, string> = {}) {
  const { MEDUSA_BACKEND_URL: _ignored, ...baseEnv } = process.env
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      env: { ...baseEnv, ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function fixture() {
  const tree = await writeContentTree({
    "stories/kenya-nyeri-aa.md": GOOD_STORY,
    "stories/no-such-handle.md": GOOD_STORY.replaceAll("kenya-nyeri-aa", "no-such-handle"),
    "pages/our-roastery.md": GOOD_PAGE,
  })
  cleanups.push(tree.cleanup)
  const catalogPath = join(tree.root, "catalog.json")
  await writeFile(catalogPath, JSON.stringify({ products: FIXTURE_PRODUCTS }))
  return { root: tree.root, catalogPath }
}

describe("hybrid-content (bin/validate.mjs)", () => {
  it("passes the package's content against the seed catalog by default", async () => {
    const { code, stdout } = await run([])
    expect(stdout).toMatch(/^content: all \d+ entries valid against .*backend\/data\/catalog\.json \(\d+ products\)\n$/)
    expect(code).toBe(0)
  })

  it("prints one line per bad entry and a summary, and exits 1", async () => {
    const { root, catalogPath } = await fixture()
    const { code, stdout } = await run(["--root", root, "--catalog", catalogPath])
    expect(stdout.trimEnd().split("\n")).toEqual([
      'stories/no-such-handle.md: product "no-such-handle" does not exist in the catalog',
      `content: 1 of 3 entries invalid against ${catalogPath} (4 products)`,
    ])
    expect(code).toBe(1)
  })

  it("reads handles from a running backend given by MEDUSA_BACKEND_URL", async () => {
    const { root } = await fixture()
    const backend = await startFakeBackend()
    cleanups.push(backend.close)
    const { code, stdout } = await run(["--root", root], { MEDUSA_BACKEND_URL: backend.url })
    expect(stdout).toContain(`content: 1 of 3 entries invalid against ${backend.url} (4 products)`)
    expect(code).toBe(1)
  })

  it("fails with one clear line when the catalog cannot be read", async () => {
    const { code, stdout, stderr } = await run(["--catalog", "/nonexistent/catalog.json"])
    expect(stderr.trim()).toMatch(/^hybrid-content: cannot read catalog \/nonexistent\/catalog\.json: ENOENT/)
    expect(stdout).toBe("")
    expect(code).toBe(1)
  })
})
