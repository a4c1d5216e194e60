/** The company address book (`/store/companies/me/addresses`): any employee reads, admins write. */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import type { CompanyAddress } from "../company/types";
import { backendFieldError, type FieldErrors } from "../company/forms";
import { ADDRESS_FIELDS, type AddressField, type AddressInput } from "./address-form";

type Client = Pick<StorefrontClient, "request">;
const path = (id?: string) => `/store/companies/me/addresses${id ? `/${encodeURIComponent(id)}` : ""}`;

export async function listAddresses(client: Client, token: string): Promise<CompanyAddress[]> {
  const r = await client.request<{ addresses: CompanyAddress[] }>(path(), { token });
  return r.addresses;
}

export async function createAddress(client: Client, token: string, body: AddressInput): Promise<CompanyAddress> {
  const r = await client.request<{ address?: CompanyAddress; company_address?: CompanyAddress }>(path(), {
    method: "POST",
    body,
    token,
  });
  const address = r.address ?? r.company_address;
  if (!address) throw new Error("The backend did not return the new address");
  return address;
}

export async function updateAddress(client: Client, token: string, id: string, body: AddressInput): Promise<void> {
  await client.request(path(id), { method: "POST", body, token });
}

export async function deleteAddress(client: Client, token: string, id: string): Promise<void> {
  await client.request(path(id), { method: "DELETE", token });
}

/** A backend refusal of an address write, next to the field it names. Rethrows anything else. */
export function addressWriteError(error: unknown): { status: number; errors: FieldErrors<AddressField | "general"> } {
  if (!isBackendRequestError(error)) throw error;
  const { field, message } = backendFieldError(error.message, ADDRESS_FIELDS);
  return { status: error.status, errors: { [field]: message } };
}
