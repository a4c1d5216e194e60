import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createUserAccountWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "@hybrid/company-accounts/constants"
import {
  acceptInviteWorkflow,
  approveCompanyWorkflow,
  inviteEmployeeWorkflow,
} from "@hybrid/company-accounts/workflows"
import { saveApprovalSettingsWorkflow, saveMerchantReviewRuleWorkflow } from "@hybrid/approvals/workflows"
import { DEMO_ACCOUNTS, DEMO_APPROVAL_RULES, DEMO_TEAM } from "./demo-merchant"

/** The approvals plugin's module (container key), present only when the plugin is installed. */
const APPROVAL_MODULE = "approval"
import { query, tradeGroupId } from "./lookups"

export async function ensureDemoAccounts(container: MedusaContainer) {
  const q = query(container)
  const auth = container.resolve(Modules.AUTH)

  const { data: users } = await q.graph({
    entity: "user",
    fields: ["id"],
    filters: { email: DEMO_ACCOUNTS.admin.email },
  })
  if (!users.length) {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: DEMO_ACCOUNTS.admin.email, password: DEMO_ACCOUNTS.admin.password },
    })
    if (error || !authIdentity) {
      throw new Error(`Could not register the demo admin: ${error}`)
    }
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        userData: { email: DEMO_ACCOUNTS.admin.email, first_name: "Demo", last_name: "Merchant" },
      },
    })
  }

  // The demo trade buyer acts for a company: without company accounts installed there is none.
  if (!container.hasRegistration(COMPANY_MODULE)) {
    return
  }
  const {
    data: customers,
  }: { data: { id: string; has_account: boolean; groups?: ({ id: string } | null)[] | null }[] } = await q.graph({
    entity: "customer",
    fields: ["id", "groups.id", "has_account"],
    filters: { email: DEMO_ACCOUNTS.buyer.email },
  })
  let buyer = customers.find((c) => c.has_account)
  if (!buyer) {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: DEMO_ACCOUNTS.buyer.email, password: DEMO_ACCOUNTS.buyer.password },
    })
    if (error || !authIdentity) {
      throw new Error(`Could not register the demo trade buyer: ${error}`)
    }
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        customerData: {
          email: DEMO_ACCOUNTS.buyer.email,
          first_name: DEMO_ACCOUNTS.buyer.first_name,
          last_name: DEMO_ACCOUNTS.buyer.last_name,
          company_name: DEMO_ACCOUNTS.buyer.company_name,
        },
      },
    })
    buyer = { id: result.id, groups: [], has_account: true } as unknown as typeof buyer
  }
  const groupId = await tradeGroupId(container)
  if (!(buyer!.groups ?? []).some((g) => g?.id === groupId)) {
    await linkCustomersToCustomerGroupWorkflow(container).run({
      input: { id: groupId, add: [buyer!.id] },
    })
  }
  await ensureDemoCompany(container, buyer!.id)
  await ensureDemoTeam(container, buyer!.id)
  if (container.hasRegistration(APPROVAL_MODULE)) {
    await ensureDemoApprovalRules(container, buyer!.id)
  }
}

async function ensureDemoApprovalRules(container: MedusaContainer, adminCustomerId: string) {
  const companies = container.resolve<any>(COMPANY_MODULE)
  const approvals = container.resolve<any>(APPROVAL_MODULE)
  const [admin] = await companies.listEmployees({ customer_id: adminCustomerId })
  const [settings] = await approvals.listApprovalSettings({ company_id: admin.company_id })
  if (!settings) {
    await saveApprovalSettingsWorkflow(container).run({
      input: { company_id: admin.company_id, ...DEMO_APPROVAL_RULES.company, updated_by: adminCustomerId },
    })
  }
  const [rule] = await approvals.listMerchantReviewRules({
    currency_code: DEMO_APPROVAL_RULES.merchantReview.currency_code,
  })
  if (!rule) {
    await saveMerchantReviewRuleWorkflow(container).run({ input: DEMO_APPROVAL_RULES.merchantReview })
  }
}

/**
 * The demo company's approver and second buyer, joined the way real employees join: an invite
 * from the company admin, accepted (which also grants the company's and the Trade group).
 */
async function ensureDemoTeam(container: MedusaContainer, adminCustomerId: string) {
  const companies = container.resolve<any>(COMPANY_MODULE)
  const [admin] = await companies.listEmployees({ customer_id: adminCustomerId })
  const { data: existing } = await query(container).graph({
    entity: "customer",
    fields: ["id", "email", "has_account"],
    filters: { email: DEMO_TEAM.map((m) => m.email) },
  })
  for (const member of DEMO_TEAM) {
    if (existing.some((c) => c.email === member.email && c.has_account)) {
      continue
    }
    const { result: invite } = await inviteEmployeeWorkflow(container).run({
      input: { company_id: admin.company_id, invited_by_employee_id: admin.id, email: member.email, role: member.role },
    })
    await acceptInviteWorkflow(container).run({
      input: {
        token: invite.token,
        password: DEMO_ACCOUNTS.buyer.password,
        first_name: member.first_name,
        last_name: member.last_name,
      },
    })
  }
}

/**
 * The demo buyer administers an approved company ("Corner Café", net 30, €5,000 credit), so trade
 * checkout on account works out of the box. Approval goes through the plugin's own workflow, which
 * also creates the company's customer group.
 */
async function ensureDemoCompany(container: MedusaContainer, customerId: string) {
  const companies = container.resolve<any>(COMPANY_MODULE)
  const [employee] = await companies.listEmployees({ customer_id: customerId })
  if (employee) {
    return
  }
  const [company] = await companies.createCompanies([
    {
      name: DEMO_ACCOUNTS.buyer.company_name,
      email: DEMO_ACCOUNTS.buyer.email,
      vat_id: "DE123456789",
      currency_code: "eur",
    },
  ])
  await companies.createEmployees([{ company_id: company.id, customer_id: customerId, role: "admin" }])
  await companies.createCompanyAddresses([
    {
      company_id: company.id,
      label: "Café",
      is_shipping: true,
      is_billing: true,
      first_name: DEMO_ACCOUNTS.buyer.first_name,
      last_name: DEMO_ACCOUNTS.buyer.last_name,
      company: DEMO_ACCOUNTS.buyer.company_name,
      address_1: "Kaffeegasse 7",
      city: "Berlin",
      postal_code: "10115",
      country_code: "de",
    },
  ])
  await approveCompanyWorkflow(container).run({
    input: { company_id: company.id, payment_terms: "net30", credit_limit: 5000 },
  })
}
