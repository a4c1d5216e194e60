import { BackendRequestError, cookieName } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { fakeCartClient, fakeCookies } from "../../test/fakes";
import type { BulkScope } from "../cart/bulk";
import { handleAddVariantsPost } from "./product-page";

const CART_ID = "cart_01JCART00000000000000000";
const price = (net: number) => ({
  calculated_amount: net,
  calculated_amount_without_tax: net,
  calculated_amount_with_tax: net * 1.2,
  currency_code: "eur",
});
const variants = [
  {
    id: "v_250",
    title: "250 g",
    sku: "HUILA-250G",
    inventory_quantity: 400,
    manage_inventory: true,
    calculated_price: price(8.6),
  },
  {
    id: "v_1kg",
    title: "1 kg",
    sku: "HUILA-1KG",
    inventory_quantity: 0,
    manage_inventory: true,
    allow_backorder: false,
    calculated_price: price(28.1),
  },
];
/** The matrix as the browser posts it: variant_id and quantity per row, in row order. */
const matrix = (rows: Array<[string, string]>) => {
  const data = new FormData();
  for (const [id, quantity] of rows) {
    data.append("variant_id", id);
    data.append("quantity", quantity);
  }
  return data;
};

function setup() {
  const client = fakeCartClient();
  client.carts.get.mockResolvedValue({
    id: CART_ID,
    region_id: "reg_eu",
    customer_id: "cus_1",
    shipping_address: { country_code: "de" },
  } as HttpTypes.StoreCart);
  const scope: BulkScope = {
    client,
    cookies: fakeCookies({ [cookieName("trade", "cart")]: CART_ID }).cookies,
    url: new URL("http://localhost:4322/products/huila"),
    token: "tok",
    buyerId: "cus_1",
    regionId: "reg_eu",
    countryCode: "de",
  };
  return { client, scope };
}

describe("handleAddVariantsPost", () => {
  it("adds every filled-in row in one request and goes back with the count added", async () => {
    const { client, scope } = setup();
    client.requestWithErrorBody.mockResolvedValue({ cart: {} });
    expect(
      await handleAddVariantsPost(
        scope,
        matrix([
          ["v_250", "12"],
          ["v_1kg", ""],
        ]),
        variants,
        "/products/huila",
      ),
    ).toEqual({
      kind: "done",
      location: "/products/huila?added=1",
    });
    expect(client.requestWithErrorBody).toHaveBeenCalledWith(`/store/carts/${CART_ID}/line-items/bulk`, {
      method: "POST",
      token: "tok",
      body: { items: [{ variant_id: "v_250", quantity: 12 }] },
    });
  });

  it("answers 400 with the error on an out-of-stock row, keeping what was typed, and adds nothing", async () => {
    const { client, scope } = setup();
    expect(
      await handleAddVariantsPost(
        scope,
        matrix([
          ["v_250", "12"],
          ["v_1kg", "3"],
        ]),
        variants,
        "/products/huila",
      ),
    ).toEqual({
      kind: "failed",
      status: 400,
      entered: { v_250: "12", v_1kg: "3" },
      rowErrors: { v_1kg: "This size cannot be ordered at the moment." },
      formError: null,
    });
    expect(client.requestWithErrorBody).not.toHaveBeenCalled();
  });

  it("puts the backend's per-line refusal on its row, without the field prefix", async () => {
    const { client, scope } = setup();
    client.requestWithErrorBody.mockRejectedValue(
      new BackendRequestError("Some lines were refused", 400, {
        body: {
          errors: [
            {
              line: 1,
              sku: "HUILA-250G",
              field: "quantity",
              message: "quantity: HUILA-250G is sold in multiples of 6",
            },
          ],
        },
      }),
    );
    expect(await handleAddVariantsPost(scope, matrix([["v_250", "5"]]), variants, "/products/huila")).toMatchObject({
      status: 400,
      rowErrors: { v_250: "HUILA-250G is sold in multiples of 6" },
      formError: null,
    });
  });

  it("shows a refusal that names no line above the matrix", async () => {
    const { client, scope } = setup();
    client.requestWithErrorBody.mockRejectedValue(new BackendRequestError("The cart is awaiting approval", 409));
    expect(await handleAddVariantsPost(scope, matrix([["v_250", "6"]]), variants, "/products/huila")).toMatchObject({
      status: 400,
      rowErrors: {},
      formError: "The cart is awaiting approval",
    });
  });
});
