import { PageHeader, TipRow, withToasts } from "@hybrid/admin-ui"
import { Button, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ApproveCompanyDrawer } from "../../../../components/approve-company-drawer"
import { CompanyStatusBadge } from "../../../../components/company-status-badge"
import { EditTermsDrawer } from "../../../../components/edit-terms-drawer"
import { RejectCompanyDrawer } from "../../../../components/reject-company-drawer"
import { useUpdateCompany } from "../../../../lib/companies"
import type { AdminCompanyDetail } from "../../../../lib/types"

/**
 * The company's name, status and contact, with what the merchant can do in its status: approve or
 * reject an application, edit terms, suspend or reactivate (both confirmed first).
 */
export const CompanyGeneralSection = ({ company }: { company: AdminCompanyDetail }) => {
  const [drawer, setDrawer] = useState<"approve" | "reject" | "edit" | null>(null)
  const update = useUpdateCompany()
  const prompt = usePrompt()

  const changeStatus = async (status: "active" | "suspended") => {
    const suspending = status === "suspended"
    const confirmed = await prompt({
      title: suspending ? `Suspend ${company.name}?` : `Reactivate ${company.name}?`,
      description: suspending
        ? "Its employees leave the Trade group: they lose trade prices and cannot place orders until you reactivate the company."
        : "Its employees rejoin the Trade group and can place orders again.",
      confirmText: suspending ? "Suspend" : "Reactivate",
      cancelText: "Cancel",
      variant: suspending ? "danger" : "confirmation",
    })
    if (!confirmed) {
      return
    }
    update.mutate(
      { id: company.id, body: { status } },
      withToasts({
        success: suspending ? `${company.name} suspended` : `${company.name} reactivated`,
        failure: suspending ? "Could not suspend the company" : "Could not reactivate the company",
      })
    )
  }

  return (
    <PageHeader
      title={company.name}
      badge={<CompanyStatusBadge status={company.status} />}
      subtitle={`${company.email}${company.phone ? ` · ${company.phone}` : ""}`}
      actions={
        <>
          {/* The company 360 (orders, carts, employees across both portals) is the insights plugin's page. */}
          <Button size="small" variant="transparent" asChild>
            <Link to={`/insights/companies/${company.id}`}>360 view</Link>
          </Button>
          {company.status === "pending" && (
            <>
              <Button size="small" variant="secondary" onClick={() => setDrawer("reject")}>
                Reject
              </Button>
              <Button size="small" onClick={() => setDrawer("approve")}>
                Approve
              </Button>
            </>
          )}
          {(company.status === "active" || company.status === "suspended") && (
            <Button size="small" variant="secondary" onClick={() => setDrawer("edit")}>
              Edit terms &amp; limits
            </Button>
          )}
          {company.status === "active" && (
            <Button
              size="small"
              variant="danger"
              isLoading={update.isPending}
              onClick={() => changeStatus("suspended")}
            >
              Suspend
            </Button>
          )}
          {company.status === "suspended" && (
            <Button size="small" isLoading={update.isPending} onClick={() => changeStatus("active")}>
              Reactivate
            </Button>
          )}
        </>
      }
    >
      {company.status === "pending" && (
        <TipRow label="Pending application" variant="info">
          This business applied for a trade account. Its applicant cannot see trade prices until you approve it.
        </TipRow>
      )}
      {company.status === "rejected" && (
        <TipRow label="Rejected" variant="error">
          {company.rejection_reason || "No reason given."}
        </TipRow>
      )}
      {company.status === "suspended" && (
        <TipRow label="Suspended" variant="warning">
          Employees cannot see trade prices or place orders until the company is reactivated.
        </TipRow>
      )}

      <ApproveCompanyDrawer
        company={company}
        open={drawer === "approve"}
        onOpenChange={(open) => setDrawer(open ? "approve" : null)}
      />
      <RejectCompanyDrawer
        company={company}
        open={drawer === "reject"}
        onOpenChange={(open) => setDrawer(open ? "reject" : null)}
      />
      <EditTermsDrawer
        company={company}
        open={drawer === "edit"}
        onOpenChange={(open) => setDrawer(open ? "edit" : null)}
      />
    </PageHeader>
  )
}
