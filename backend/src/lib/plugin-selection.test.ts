import { B2B_PLUGINS, needsFromPackageJson, resolvePluginSelection } from "./plugin-selection"

describe("resolvePluginSelection (HC_PLUGINS)", () => {
  it("installs every plugin when unset or 'all'", () => {
    expect([...resolvePluginSelection({})]).toEqual([...B2B_PLUGINS])
    expect([...resolvePluginSelection({ HC_PLUGINS: "all" })]).toEqual([...B2B_PLUGINS])
  })

  it("installs none for a consumer-only shop", () => {
    expect(resolvePluginSelection({ HC_PLUGINS: "none" }).size).toBe(0)
  })

  it("installs a plugin together with what its package.json declares it needs", () => {
    expect([...resolvePluginSelection({ HC_PLUGINS: "company-accounts" })]).toEqual(["company-accounts"])
    expect([...resolvePluginSelection({ HC_PLUGINS: " quotes , company-accounts,trade-pricing" })].sort()).toEqual([
      "company-accounts",
      "quotes",
      "trade-pricing",
    ])
  })

  it("refuses a plugin without its declared peers, naming them", () => {
    expect(() => resolvePluginSelection({ HC_PLUGINS: "quotes" })).toThrow(
      /quotes needs company-accounts, trade-pricing/
    )
    expect(() => resolvePluginSelection({ HC_PLUGINS: "approvals,trade-pricing" })).toThrow(
      /approvals needs company-accounts/
    )
  })

  it("refuses unknown names", () => {
    expect(() => resolvePluginSelection({ HC_PLUGINS: "company-accounts,loyalty" })).toThrow(
      /unknown plugin\(s\) loyalty/
    )
  })

  it("reads the needs from the plugins' package.json", () => {
    expect(needsFromPackageJson("quotes").sort()).toEqual(["company-accounts", "trade-pricing"])
    expect(needsFromPackageJson("approvals")).toEqual(["company-accounts"])
    expect(needsFromPackageJson("insights")).toEqual([])
    expect(needsFromPackageJson("trade-pricing")).toEqual([])
    expect(needsFromPackageJson("company-accounts")).toEqual([])
  })
})
