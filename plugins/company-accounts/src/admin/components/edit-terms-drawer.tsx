import { Field, FormDrawer, type DrawerProps } from "@hybrid/admin-ui"
import { toNumber } from "@hybrid/admin-ui/format"
import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateCompany } from "../lib/companies"
import type { AdminCompany } from "../lib/types"
import { TermsFields, termsFromCompany, validateTerms, type TermsValues } from "./terms-fields"

/** Edits an approved company's name, terms and limits (POST /admin/companies/:id). */
export const EditTermsDrawer = ({ company, ...drawer }: DrawerProps & { company: AdminCompany }) => {
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
      return undefined
    }
    return update.mutateAsync({ id: company.id, body: { name: name.trim(), ...result.terms } })
  }

  return (
    <FormDrawer
      {...drawer}
      onOpen={() => {
        setName(company.name)
        // A limit of 0 is a real value here, unlike on approval where it means "not granted yet".
        setValues({ ...termsFromCompany(company), credit_limit: String(toNumber(company.credit_limit) ?? 0) })
        setErrors({})
      }}
      title="Edit terms & limits"
      description={`Change ${company.name}'s name, payment terms and limits.`}
      onSubmit={submit}
      success="Terms and limits saved"
      failure="Could not save the company"
      submitLabel="Save"
      bodyClassName="gap-y-6"
    >
      <Field label="Name" error={errors.name}>
        {(control) => (
          <Input
            {...control}
            name="name"
            aria-required="true"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <TermsFields
        values={values}
        onChange={setValues}
        currencyCode={company.currency_code}
        creditError={errors.credit}
      />
    </FormDrawer>
  )
}
