/**
 * The product page's POST (`/products/[handle]`): one bulk add of every filled-in matrix row, the
 * cart opened first when there is none. Success goes back to the product with the count added;
 * otherwise nothing was added and each refused row gets its error beside it (400), with what the
 * buyer typed kept.
 */
import { isBackendRequestError } from "@hybrid/storefront-kit";
import { addItemsToCart, lineMessage, type BulkScope } from "../cart/bulk";
import { buildMatrixRows, type MatrixVariant } from "./matrix";
import { parseVariantMatrix } from "./matrix-form";

export type ProductPost =
  | { kind: "done"; location: string }
  | {
      kind: "failed";
      status: 400;
      /** What was typed per variant id. */
      entered: Record<string, string>;
      /** Errors per variant id. */
      rowErrors: Record<string, string>;
      /** An error for the matrix as a whole. */
      formError: string | null;
    };

/** `productPath`: the page's own path, `/products/<handle>`. */
export async function handleAddVariantsPost(
  scope: BulkScope,
  form: FormData,
  variants: readonly MatrixVariant[],
  productPath: string,
): Promise<ProductPost> {
  // What may be ordered is decided on Medusa's prices and stock; the matrix rows the page shows say the same.
  const orderable = new Set(
    buildMatrixRows(variants, {}, {}, {})
      .filter((row) => row.orderable)
      .map((row) => row.id),
  );
  const input = parseVariantMatrix(form, orderable);
  const failed = (rowErrors: Record<string, string>, formError: string | null): ProductPost => ({
    kind: "failed",
    status: 400,
    entered: input.entered,
    rowErrors,
    formError,
  });
  if (!input.ok) {
    const { form: whole, ...perRow } = input.errors;
    return failed(perRow, whole ?? null);
  }
  const skus = input.items.map((item) => variants.find((v) => v.id === item.variantId)?.sku ?? null);
  try {
    const result = await addItemsToCart(
      scope,
      input.items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })),
      skus,
    );
    if (result.ok) return { kind: "done", location: `${productPath}?added=${input.items.length}` };
    const rowErrors: Record<string, string> = {};
    for (const error of result.errors) {
      const variantId = input.items[error.line - 1]?.variantId;
      if (variantId && !rowErrors[variantId]) rowErrors[variantId] = lineMessage(error.message);
    }
    return failed(rowErrors, Object.keys(rowErrors).length === 0 ? lineMessage(result.message) : null);
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return failed({}, error.message);
  }
}
