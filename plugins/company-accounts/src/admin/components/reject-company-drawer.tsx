import { Button, Drawer, Hint, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useId, useState, type FormEvent } from "react"
import { useRejectCompany } from "../lib/companies"
import { errorMessage } from "../lib/format"
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
  const id = useId()
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState<string>()
  const reject = useRejectCompany()

  useEffect(() => {
    if (open) {
      setReason("")
      setReasonError(undefined)
    }
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
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
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Reject {company.name}</Drawer.Title>
            <Drawer.Description className="sr-only">Give the reason this trade application is rejected.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              The applicant receives this reason by email. A rejected company cannot be approved later.
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={`${id}-reason`} weight="plus">
                Reason
              </Label>
              <Textarea
                id={`${id}-reason`}
                name="reason"
                rows={5}
                maxLength={REASON_MAX_LENGTH}
                aria-required="true"
                value={reason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                onChange={(event) => setReason(event.target.value)}
              />
              {reasonError && (
                <Hint id={`${id}-reason-error`} variant="error">
                  {reasonError}
                </Hint>
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant="danger" type="submit" isLoading={reject.isPending}>
              Confirm rejection
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
