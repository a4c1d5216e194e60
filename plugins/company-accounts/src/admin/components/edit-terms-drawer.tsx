import { Button, Drawer, Hint, Input, Label, toast } from "@medusajs/ui"
import { useEffect, useId, useState, type FormEvent } from "react"
import { useUpdateCompany } from "../lib/companies"
import { errorMessage, toNumber } from "../lib/format"
import type { AdminCompany } from "../lib/types"
import { TermsFields, termsFromCompany, validateTerms, type TermsValues } from "./terms-fields"

type EditTermsDrawerProps = {
  company: AdminCompany
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Edits an approved company's name, terms and limits (POST /admin/companies/:id). */
export const EditTermsDrawer = ({ company, open, onOpenChange }: EditTermsDrawerProps) => {
  const id = useId()
  const [name, setName] = useState(company.name)
  const [values, setValues] = useState<TermsValues>(() => termsFromCompany(company))
  const [errors, setErrors] = useState<{ name?: string; credit?: string }>({})
  const update = useUpdateCompany()

  useEffect(() => {
    if (open) {
      setName(company.name)
      // A limit of 0 is a real value here, unlike on approval where it means "not granted yet".
      setValues({ ...termsFromCompany(company), credit_limit: String(toNumber(company.credit_limit) ?? 0) })
      setErrors({})
    }
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
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
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Edit terms &amp; limits</Drawer.Title>
            <Drawer.Description className="sr-only">Change {company.name}'s name, payment terms and limits.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={`${id}-name`} weight="plus">
                Name
              </Label>
              <Input
                id={`${id}-name`}
                name="name"
                aria-required="true"
                value={name}
                aria-invalid={errors.name ? true : undefined}
                onChange={(event) => setName(event.target.value)}
              />
              {errors.name && <Hint variant="error">{errors.name}</Hint>}
            </div>
            <TermsFields
              values={values}
              onChange={setValues}
              currencyCode={company.currency_code}
              creditError={errors.credit}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={update.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
