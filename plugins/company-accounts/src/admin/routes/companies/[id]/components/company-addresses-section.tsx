import { EmptyRow, Section } from "@hybrid/admin-ui"
import { Badge, Text } from "@medusajs/ui"
import type { AdminCompanyAddress, AdminCompanyDetail } from "../../../../lib/types"

/** The company's address book, each address marked for shipping and/or billing. */
export const CompanyAddressesSection = ({ company }: { company: AdminCompanyDetail }) => {
  const addresses = company.addresses ?? []
  return (
    <Section title="Addresses">
      {addresses.length === 0 ? (
        <EmptyRow>No addresses in the company's address book.</EmptyRow>
      ) : (
        <ul className="divide-y">
          {addresses.map((address) => (
            <AddressItem key={address.id} address={address} />
          ))}
        </ul>
      )}
    </Section>
  )
}

const AddressItem = ({ address }: { address: AdminCompanyAddress }) => (
  <li className="flex flex-col gap-y-1 px-6 py-4">
    <div className="flex flex-wrap items-center gap-2">
      <Text size="small" weight="plus" leading="compact">
        {address.label}
      </Text>
      {address.is_shipping && (
        <Badge size="2xsmall" color="grey">
          Shipping
        </Badge>
      )}
      {address.is_billing && (
        <Badge size="2xsmall" color="grey">
          Billing
        </Badge>
      )}
    </div>
    <address className="text-ui-fg-subtle txt-compact-small not-italic">
      {[address.first_name, address.last_name].filter(Boolean).join(" ")}
      {address.company ? `, ${address.company}` : ""}
      <br />
      {address.address_1}
      {address.address_2 ? `, ${address.address_2}` : ""}
      <br />
      {address.postal_code} {address.city}
      {address.province ? `, ${address.province}` : ""}, {address.country_code.toUpperCase()}
      {address.phone && (
        <>
          <br />
          {address.phone}
        </>
      )}
    </address>
  </li>
)
