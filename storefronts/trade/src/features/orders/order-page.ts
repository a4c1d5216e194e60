/**
 * The order page's POST (`/orders/[id]`): "Reorder" puts the order's lines into the buyer's open
 * cart (or a new one, remembered in the cart cookie), then the cart; viewers cannot reorder.
 */
import { isBackendRequestError, isNotFound, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import { loadCart, type CartScope } from "../cart/cart";
import { canReorder } from "../company/roles";
import type { EmployeeRole } from "../company/types";
import { reorder } from "./orders";

export type ReorderScope = CartScope & { client: Pick<StorefrontClient, "carts" | "request"> };

export type ReorderPost =
  | { kind: "done"; location: string }
  /** The order is not (or no longer) visible to this buyer: the page answers 404. */
  | { kind: "not-found" }
  | { kind: "failed"; status: number; message: string };

export async function handleReorderPost(
  scope: ReorderScope,
  orderId: string,
  role: EmployeeRole,
): Promise<ReorderPost> {
  if (!canReorder(role)) return { kind: "failed", status: 403, message: "Viewers cannot reorder." };
  try {
    const open = await loadCart(scope);
    const cartId = await reorder(scope.client, scope.token, orderId, open?.id);
    siteCookies("trade", scope.cookies, scope.url).cart.set(cartId);
    return { kind: "done", location: "/cart?reordered=1" };
  } catch (error) {
    if (isNotFound(error)) return { kind: "not-found" };
    if (!isBackendRequestError(error)) throw error;
    return { kind: "failed", status: error.status, message: error.message };
  }
}
