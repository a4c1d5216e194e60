import { FormDrawer, type DrawerProps } from "@hybrid/admin-ui"
import { Text } from "@medusajs/ui"
import { useState } from "react"
import { useApproveCompany } from "../lib/companies"
import type { AdminCompany } from "../lib/types"
import { TermsFields, termsFromCompany, validateTerms, type TermsValues } from "./terms-fields"

/** Approves a pending application with the terms the merchant grants (POST /admin/companies/:id/approve). */
export const ApproveCompanyDrawer = ({ company, ...drawer }: DrawerProps & { company: AdminCompany }) => {
  const initial = () => termsFromCompany(company, company.payment_terms === "prepaid" ? "net30" : company.payment_terms)
  const [values, setValues] = useState<TermsValues>(initial)
  const [creditError, setCreditError] = useState<string>()
  const approve = useApproveCompany()

  const submit = () => {
    const result = validateTerms(values)
    if (!result.ok) {
      setCreditError(result.error)
      return undefined
    }
    setCreditError(undefined)
    return approve.mutateAsync({ id: company.id, body: result.terms })
  }

  return (
    <FormDrawer
      {...drawer}
      onOpen={() => {
        setValues(initial())
        setCreditError(undefined)
      }}
      title={`Approve ${company.name}`}
      description="Grant payment terms and a credit limit to approve this trade application."
      onSubmit={submit}
      success={`${company.name} approved`}
      successDescription="The company's employees now buy at trade prices."
      failure="Could not approve the company"
      submitLabel="Confirm approval"
      bodyClassName="gap-y-6"
    >
      <Text size="small" className="text-ui-fg-subtle">
        Approving creates the company's customer group, adds its employees to it and to the Trade group, and emails the
        applicant.
      </Text>
      <TermsFields
        values={values}
        onChange={setValues}
        currencyCode={company.currency_code}
        creditError={creditError}
      />
    </FormDrawer>
  )
}
