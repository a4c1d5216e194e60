import { Field, FormDrawer } from "@hybrid/admin-ui"
import { errorMessage } from "@hybrid/admin-ui/format"
import { Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRejectCompany } from "../lib/companies"
import type { AdminCompany } from "../lib/types"

/** The server's limit on a rejection reason (POST /admin/companies/:id/reject). */
const REASON_MAX_LENGTH = 1000

type RejectCompanyDrawerProps = {
  company: AdminCompany
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Rejects a pending application with a reason the applicant is told (POST /admin/companies/:id/reject). */
export const RejectCompanyDrawer = ({ company, open, onOpenChange }: RejectCompanyDrawerProps) => {
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState<string>()
  const reject = useRejectCompany()

  const submit = () => {
    const trimmed = reason.trim()
    if (!trimmed) {
      setReasonError("Reason is required")
      return
    }
    setReasonError(undefined)
    reject.mutate(
      { id: company.id, body: { reason: trimmed } },
      {
        onSuccess: () => {
          toast.success(`${company.name} rejected`, { description: "The applicant has been notified." })
          onOpenChange(false)
        },
        onError: (error) => toast.error("Could not reject the company", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => {
        setReason("")
        setReasonError(undefined)
      }}
      title={`Reject ${company.name}`}
      description="Give the reason this trade application is rejected."
      onSubmit={submit}
      submitLabel="Confirm rejection"
      submitVariant="danger"
      isSubmitting={reject.isPending}
    >
      <Text size="small" className="text-ui-fg-subtle">
        The applicant receives this reason by email. A rejected company cannot be approved later.
      </Text>
      <Field label="Reason" error={reasonError}>
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={5}
            maxLength={REASON_MAX_LENGTH}
            aria-required="true"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </FormDrawer>
  )
}
