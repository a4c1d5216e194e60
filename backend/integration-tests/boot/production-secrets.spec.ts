import { spawnSync } from "node:child_process"
import path from "node:path"

const backendDir = path.resolve(__dirname, "../..")
const medusaBin = require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })

/** Boot the real server the way an operator would, and report how it ended. */
function bootInProduction(secrets: Record<string, string>) {
  const { JWT_SECRET, COOKIE_SECRET, ...env } = process.env
  const result = spawnSync(process.execPath, [medusaBin, "start"], {
    cwd: backendDir,
    env: {
      ...env,
      ...secrets,
      NODE_ENV: "production",
      // Nothing listens here: the secrets check must refuse before any connection is tried.
      DATABASE_URL: "postgres://postgres@localhost:1/never",
      PORT: "0",
    },
    encoding: "utf8",
    timeout: 90_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe("NODE_ENV=production refuses unsafe secrets", () => {
  it("refuses a known default JWT_SECRET with one line naming it", () => {
    const { status, output } = bootInProduction({
      JWT_SECRET: "supersecret",
      COOKIE_SECRET: "a-long-random-cookie-secret-0123456789",
    })
    expect(status).toBe(1)
    expect(output).toContain(
      "[hybrid-commerce] JWT_SECRET is a known default or shorter than 16 characters: refusing to start in production."
    )
  })

  it("refuses a missing COOKIE_SECRET", () => {
    const { status, output } = bootInProduction({ JWT_SECRET: "a-long-random-jwt-secret-0123456789" })
    expect(status).toBe(1)
    expect(output).toContain("[hybrid-commerce] COOKIE_SECRET is not set: refusing to start in production.")
  })
})
