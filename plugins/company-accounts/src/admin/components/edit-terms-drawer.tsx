import { Field, FormDrawer } from "@hybrid/admin-ui"
import { errorMessage, toNumber } from "@hybrid/admin-ui/format"
import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateCompany } from "../lib/companies"
import type { AdminCompany } from "../lib/types"
import { TermsFields, termsFromCompany, validateTerms, type TermsValues } from "./terms-fields"

type EditTermsDrawerProps = {
  company: AdminCompany
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Edits an approved company's name, terms and limits (POST /admin/companies/:id). */
export const EditTermsDrawer = ({ company, open, onOpenChange }: EditTermsDrawerProps) => {
  const [name, setName] = useState(company.name)
  const [values, setValues] = useState<TermsValues>(() => termsFromCompany(company))
  const [errors, setErrors] = useState<{ name?: string; credit?: string }>({})
  const update = useUpdateCompany()

  const submit = () => {
    const result = validateTerms(values)
    const nextErrors = {
      name: name.trim() ? undefined : "Name is required",
      credit: result.ok ? undefined : result.error,
    }
    setErrors(nextErrors)
    if (!result.ok || nextErrors.name) {
      return
    }
    update.mutate(
      { id: company.id, body: { name: name.trim(), ...result.terms } },
      {
        onSuccess: () => {
          toast.success("Terms and limits saved")
          onOpenChange(false)
        },
        onError: (error) => toast.error("Could not save the company", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => {
        setName(company.name)
        // A limit of 0 is a real value here, unlike on approval where it means "not granted yet".
        setValues({ ...termsFromCompany(company), credit_limit: String(toNumber(company.credit_limit) ?? 0) })
        setErrors({})
      }}
      title="Edit terms & limits"
      description={`Change ${company.name}'s name, payment terms and limits.`}
      onSubmit={submit}
      submitLabel="Save"
      isSubmitting={update.isPending}
      bodyClassName="gap-y-6"
    >
      <Field label="Name" error={errors.name}>
        {(control) => (
          <Input {...control} name="name" aria-required="true" value={name} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <TermsFields values={values} onChange={setValues} currencyCode={company.currency_code} creditError={errors.credit} />
    </FormDrawer>
  )
}
