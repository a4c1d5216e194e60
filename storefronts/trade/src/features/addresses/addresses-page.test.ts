import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { ADDRESS_FORM, fakeRequestClient, formData, requestsMade } from "../../test/fakes";
import { handleAddAddressPost, handleEditAddressPost } from "./addresses-page";

const countries = ["de", "us"];

describe("handleAddAddressPost", () => {
  it("adds the address and goes back to the book with 'added'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ address: { id: "addr_1" } });
    const result = await handleAddAddressPost(client, "tok", formData(ADDRESS_FORM), countries);
    expect(result).toEqual({ kind: "done", location: "/account/addresses?done=added" });
    expect(requestsMade(client)).toEqual([["POST", "/store/companies/me/addresses"]]);
  });

  it("answers 400 naming each missing field, keeps what was typed, and writes nothing", async () => {
    const client = fakeRequestClient();
    const result = await handleAddAddressPost(
      client,
      "tok",
      formData({ ...ADDRESS_FORM, city: "", country_code: "fr" }),
      countries,
    );
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      errors: { city: "Enter the city.", country_code: "Choose a country we deliver to." },
      values: { label: "Main café", country_code: "fr" },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("puts the backend's refusal next to the field it names", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("postal_code is not valid for de", 400));
    const result = await handleAddAddressPost(client, "tok", formData(ADDRESS_FORM), countries);
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      errors: { postal_code: "postal_code is not valid for de" },
      values: { city: "Berlin" },
    });
  });
});

describe("handleEditAddressPost", () => {
  it("saves the address and goes back to the book with 'updated'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({});
    expect(await handleEditAddressPost(client, "tok", "addr_1", formData(ADDRESS_FORM), countries)).toEqual({
      kind: "done",
      location: "/account/addresses?done=updated",
    });
    expect(requestsMade(client)).toEqual([["POST", "/store/companies/me/addresses/addr_1"]]);
  });

  it("deletes with intent=delete, whatever else was posted", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({});
    expect(await handleEditAddressPost(client, "tok", "addr_1", formData({ intent: "delete" }), countries)).toEqual({
      kind: "done",
      location: "/account/addresses?done=deleted",
    });
    expect(requestsMade(client)).toEqual([["DELETE", "/store/companies/me/addresses/addr_1"]]);
  });

  it("answers 400 naming the field when the edit is invalid", async () => {
    const client = fakeRequestClient();
    const result = await handleEditAddressPost(
      client,
      "tok",
      "addr_1",
      formData({ ...ADDRESS_FORM, is_shipping: "" }),
      countries,
    );
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      errors: { is_shipping: "Use the address for shipping, billing or both." },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("is a 404 when the address left the book meanwhile", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new NotFoundError());
    expect(await handleEditAddressPost(client, "tok", "addr_1", formData({ intent: "delete" }), countries)).toEqual({
      kind: "not-found",
    });
  });

  it("shows a refused delete as a general error", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("The address is used by an open quote", 409));
    expect(
      await handleEditAddressPost(client, "tok", "addr_1", formData({ intent: "delete" }), countries),
    ).toMatchObject({
      kind: "failed",
      status: 409,
      errors: { general: "The address is used by an open quote" },
    });
  });
});
