import { ReasonDrawer, type DrawerProps } from "@hybrid/admin-ui"
import { Text } from "@medusajs/ui"
import { useRejectCompany } from "../lib/companies"
import type { AdminCompany } from "../lib/types"

/** The server's limit on a rejection reason (POST /admin/companies/:id/reject). */
const REASON_MAX_LENGTH = 1000

/** Rejects a pending application with a reason the applicant is told (POST /admin/companies/:id/reject). */
export const RejectCompanyDrawer = ({ company, ...drawer }: DrawerProps & { company: AdminCompany }) => {
  const reject = useRejectCompany()
  return (
    <ReasonDrawer
      {...drawer}
      title={`Reject ${company.name}`}
      description="Give the reason this trade application is rejected."
      maxLength={REASON_MAX_LENGTH}
      onSubmit={(reason) => reject.mutateAsync({ id: company.id, body: { reason } })}
      success={`${company.name} rejected`}
      successDescription="The applicant has been notified."
      failure="Could not reject the company"
      submitLabel="Confirm rejection"
      submitVariant="danger"
    >
      <Text size="small" className="text-ui-fg-subtle">
        The applicant receives this reason by email. A rejected company cannot be approved later.
      </Text>
    </ReasonDrawer>
  )
}
