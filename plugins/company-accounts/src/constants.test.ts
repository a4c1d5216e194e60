import * as kit from "@hybrid/plugin-kit/company-context"
import { describe, expect, it } from "vitest"
import { COMPANY_STATUSES, EMPLOYEE_ROLES, PAYMENT_TERMS, SPENDING_PERIODS } from "./constants"

describe("the company vocabulary the admin bundle uses", () => {
  it("is exactly the kit's company contract", () => {
    expect(EMPLOYEE_ROLES).toEqual(kit.EMPLOYEE_ROLES)
    expect(COMPANY_STATUSES).toEqual(kit.COMPANY_STATUSES)
    expect(PAYMENT_TERMS).toEqual(kit.PAYMENT_TERMS)
    expect(SPENDING_PERIODS).toEqual(kit.SPENDING_PERIODS)
  })
})
