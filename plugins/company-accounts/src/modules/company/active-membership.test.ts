import { describe, expect, it } from "vitest"
import { activeFirst } from "./active-membership"

describe("activeFirst", () => {
  it("puts the membership chosen last first, whenever it was joined", () => {
    const ordered = activeFirst([
      { id: "emp_a", active_at: "2026-01-02T00:00:00Z", created_at: "2026-01-01T00:00:00Z" },
      { id: "emp_b", active_at: "2026-01-03T00:00:00Z", created_at: "2025-01-01T00:00:00Z" },
      { id: "emp_c", active_at: null, created_at: "2026-06-01T00:00:00Z" },
    ])
    expect(ordered.map((m) => m.id)).toEqual(["emp_b", "emp_a", "emp_c"])
  })

  it("falls back to the membership joined last when none was chosen", () => {
    const ordered = activeFirst([
      { id: "emp_old", active_at: null, created_at: new Date("2026-01-01T00:00:00Z") },
      { id: "emp_new", created_at: new Date("2026-02-01T00:00:00Z") },
    ])
    expect(ordered[0].id).toBe("emp_new")
  })

  it("is stable by id when nothing tells them apart, and leaves its input alone", () => {
    const input = [{ id: "emp_2" }, { id: "emp_1" }]
    expect(activeFirst(input).map((m) => m.id)).toEqual(["emp_1", "emp_2"])
    expect(input.map((m) => m.id)).toEqual(["emp_2", "emp_1"])
    expect(activeFirst([])).toEqual([])
  })
})
