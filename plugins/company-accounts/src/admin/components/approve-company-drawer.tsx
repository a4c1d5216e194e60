import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useApproveCompany } from "../lib/companies"
import { errorMessage } from "../lib/format"
import type { AdminCompany } from "../lib/types"
import { TermsFields, termsFromCompany, validateTerms, type TermsValues } from "./terms-fields"

type ApproveCompanyDrawerProps = {
  company: AdminCompany
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Approves a pending application with the terms the merchant grants (POST /admin/companies/:id/approve). */
export const ApproveCompanyDrawer = ({ company, open, onOpenChange }: ApproveCompanyDrawerProps) => {
  const initial = () => termsFromCompany(company, company.payment_terms === "prepaid" ? "net30" : company.payment_terms)
  const [values, setValues] = useState<TermsValues>(initial)
  const [creditError, setCreditError] = useState<string>()
  const approve = useApproveCompany()

  useEffect(() => {
    if (open) {
      setValues(initial())
      setCreditError(undefined)
    }
    // Reset only when the drawer opens, not while the merchant types.
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = validateTerms(values)
    if (!result.ok) {
      setCreditError(result.error)
      return
    }
    setCreditError(undefined)
    approve.mutate(
      { id: company.id, body: result.terms },
      {
        onSuccess: () => {
          toast.success(`${company.name} approved`, {
            description: "The company's employees now buy at trade prices.",
          })
          onOpenChange(false)
        },
        onError: (error) => toast.error("Could not approve the company", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Approve {company.name}</Drawer.Title>
            <Drawer.Description className="sr-only">
              Grant payment terms and a credit limit to approve this trade application.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              Approving creates the company's customer group, adds its employees to it and to the Trade group, and
              emails the applicant.
            </Text>
            <TermsFields
              values={values}
              onChange={setValues}
              currencyCode={company.currency_code}
              creditError={creditError}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={approve.isPending}>
              Confirm approval
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
