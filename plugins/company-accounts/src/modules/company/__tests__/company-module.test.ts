import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { COMPANY_MODULE } from "../../../constants"
import type CompanyModuleService from "../service"

const COMPANY = { name: "Roast & Co", email: "office@roast.example", currency_code: "eur" }
const ADDRESS = {
  label: "HQ",
  first_name: "R",
  last_name: "C",
  company: "Roast & Co",
  address_1: "Weg 1",
  city: "Köln",
  postal_code: "50667",
  country_code: "de",
}

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("company module", () => {
      it("a new company is pending, prepaid, without credit, monthly, no PO needed", async () => {
        const company = await service.createCompanies(COMPANY)
        expect(company).toMatchObject({
          id: expect.stringMatching(/^comp_/),
          status: "pending",
          payment_terms: "prepaid",
          credit_limit: 0,
          po_required: false,
          spending_period: "monthly",
          vat_id: null,
        })
      })

      it("refuses values outside the enums", async () => {
        // @ts-expect-error the values are outside the enums on purpose
        await expect(service.createCompanies({ ...COMPANY, status: "closed" })).rejects.toThrow()
        // @ts-expect-error the values are outside the enums on purpose
        await expect(service.createCompanies({ ...COMPANY, payment_terms: "net90" })).rejects.toThrow()
        const company = await service.createCompanies(COMPANY)
        await expect(
          // @ts-expect-error the values are outside the enums on purpose
          service.createEmployees({ company_id: company.id, customer_id: "cus_1", role: "owner" })
        ).rejects.toThrow()
      })

      it("holds address book, employees and invites under the company; soft-deleting the company takes them along", async () => {
        const company = await service.createCompanies(COMPANY)
        const address = await service.createCompanyAddresses({ ...ADDRESS, company_id: company.id })
        const employee = await service.createEmployees({ company_id: company.id, customer_id: "cus_a", role: "admin" })
        await service.createEmployeeInvites({
          company_id: company.id,
          email: "new@roast.example",
          role: "buyer",
          token: "t".repeat(64),
          expires_at: new Date(Date.now() + 3_600_000),
          invited_by_employee_id: employee.id,
        })
        expect(address).toMatchObject({
          id: expect.stringMatching(/^caddr_/),
          company: "Roast & Co",
          company_id: company.id,
        })

        const [loaded] = await service.listCompanies(
          { id: company.id },
          { relations: ["addresses", "employees", "invites"] }
        )
        expect(loaded.addresses.map((a) => a.id)).toEqual([address.id])
        expect(loaded.employees.map((e) => e.id)).toEqual([employee.id])
        expect(loaded.invites).toHaveLength(1)

        await service.softDeleteCompanies([company.id])
        expect(await service.listCompanyAddresses({ company_id: company.id })).toEqual([])
        expect(await service.listEmployees({ company_id: company.id })).toEqual([])
        expect(await service.listEmployeeInvites({ company_id: company.id })).toEqual([])
      })

      it("a customer is an employee of a company once, and may be one of another company too; invite tokens and cart commitments are unique", async () => {
        const [a, b] = await service.createCompanies([COMPANY, { ...COMPANY, name: "Other" }])
        await service.createEmployees({ company_id: a.id, customer_id: "cus_same", role: "buyer" })
        await expect(
          service.createEmployees({ company_id: a.id, customer_id: "cus_same", role: "admin" })
        ).rejects.toThrow()
        const second = await service.createEmployees({ company_id: b.id, customer_id: "cus_same", role: "buyer" })
        expect(second.company_id).toBe(b.id)
        expect((await service.listEmployees({ customer_id: "cus_same" })).map((e) => e.company_id).sort()).toEqual(
          [a.id, b.id].sort()
        )

        const invite = {
          email: "x@y.example",
          role: "buyer" as const,
          token: "a".repeat(64),
          expires_at: new Date(),
          invited_by_employee_id: "emp_1",
        }
        await service.createEmployeeInvites({ ...invite, company_id: a.id })
        await expect(service.createEmployeeInvites({ ...invite, company_id: b.id })).rejects.toThrow()

        const commitment = {
          company_id: a.id,
          employee_id: "emp_1",
          cart_id: "cart_1",
          amount: 10,
          currency_code: "eur",
          period_start: new Date(),
        }
        await service.createSpendCommitments(commitment)
        await expect(service.createSpendCommitments(commitment)).rejects.toThrow()
      })

      it("a removed (soft-deleted) employee may join the same company again", async () => {
        const [a] = await service.createCompanies([COMPANY])
        const first = await service.createEmployees({ company_id: a.id, customer_id: "cus_mover", role: "buyer" })
        await service.softDeleteEmployees([first.id])
        const again = await service.createEmployees({ company_id: a.id, customer_id: "cus_mover", role: "viewer" })
        expect(again).toMatchObject({ company_id: a.id, role: "viewer" })
        expect(again.id).not.toBe(first.id)
      })
    })
  },
})
