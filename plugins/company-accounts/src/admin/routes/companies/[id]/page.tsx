import { DetailPageError, DetailPageLoading, TwoColumnPage } from "@hybrid/admin-ui"
import { useParams, type UIMatch } from "react-router-dom"
import { useCompany } from "../../../lib/companies"
import { CompanyAddressesSection } from "./components/company-addresses-section"
import { CompanyCustomerGroupSection } from "./components/company-customer-group-section"
import { CompanyDetailsSection } from "./components/company-details-section"
import { CompanyEmployeesSection } from "./components/company-employees-section"
import { CompanyGeneralSection } from "./components/company-general-section"
import { CompanyOrdersSection } from "./components/company-orders-section"
import { CompanyTermsSection } from "./components/company-terms-section"
import { CompanyUnpaidOrdersSection } from "./components/company-unpaid-orders-section"

/** The company's name in the breadcrumb, read from the same query the page uses (one request for both). */
const CompanyBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = useCompany(id)
  return <span>{data?.company.name ?? "Company"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <CompanyBreadcrumb id={match.params.id} />,
}

/**
 * One company, laid out like the dashboard's detail pages: its status and actions, terms and credit,
 * what it owes on account, people and orders in the main column; details, customer group and
 * addresses beside them. Each section is its own component in ./components.
 */
const CompanyDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useCompany(id)
  const company = data?.company

  if (isError && !company) {
    return <DetailPageError title="Company not found" error={error} backTo="/companies" backLabel="Back to companies" />
  }

  if (isLoading && !company) {
    return <DetailPageLoading />
  }

  if (!company) {
    return null
  }

  return (
    <TwoColumnPage
      main={
        <>
          <CompanyGeneralSection company={company} />
          <CompanyTermsSection company={company} />
          <CompanyUnpaidOrdersSection company={company} />
          <CompanyEmployeesSection company={company} />
          <CompanyOrdersSection company={company} />
        </>
      }
      side={
        <>
          <CompanyDetailsSection company={company} />
          <CompanyCustomerGroupSection company={company} />
          <CompanyAddressesSection company={company} />
        </>
      }
    />
  )
}

export default CompanyDetailPage
