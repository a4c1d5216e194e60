import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StoreGetBoughtTogether } from "./validators"

/** Order statuses whose lines count as bought (a draft was never placed, a canceled order not kept). */
const COUNTED_ORDER_EXCLUDED_STATUSES = ["draft", "canceled"]

type Knex = { raw: (sql: string, bindings: Record<string, unknown>) => Promise<{ rows: any[] }> }

/**
 * A product is visible to a key when it is published, not deleted and in one of the key's sales
 * channels: the same rule as `GET /store/products`.
 */
const VISIBLE_PRODUCT = `
  p.deleted_at is null and p.status = 'published'
  and exists (
    select 1 from product_sales_channel psc
    where psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(:channels)
  )`

/**
 * Line items of the current version of every placed order in the key's sales channels. One
 * row per (order, product): a product on two lines of one order counts once.
 */
const ORDER_PRODUCTS = `
  select distinct o.id as order_id, li.product_id
  from "order" o
  join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null
  where o.deleted_at is null and o.is_draft_order = false
    and o.status <> all(:excluded)
    and o.sales_channel_id = any(:channels)
    and li.product_id is not null`

/**
 * GET /store/products/:id/bought-together?limit=4 — the products most often in the same order as
 * this one ("often bought together"), counted in one grouped query over real orders of the
 * publishable key's sales channels, and only products that key may list. Ties are broken by the
 * most recent common order, then by id, so the answer is stable. A product the key cannot see is
 * a 404, like `GET /store/products/:id`.
 *
 * Answer: `{ products: [{ id, handle, title, thumbnail, orders }] }`, `orders` being the number of
 * orders holding both products; an empty list when nothing was bought with it yet.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const parsed = StoreGetBoughtTogether.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "query"}: ${issue.message}`)
  }
  const { limit } = parsed.data
  const channels: string[] = req.publishable_key_context?.sales_channel_ids ?? []
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const productId = req.params.id
  const bindings = { productId, channels, excluded: COUNTED_ORDER_EXCLUDED_STATUSES, limit }

  const { rows: found } = await knex.raw(
    `select p.id from product p where p.id = :productId and ${VISIBLE_PRODUCT}`,
    bindings
  )
  if (!found.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }

  const { rows } = await knex.raw(
    `with order_products as (${ORDER_PRODUCTS}),
     with_target as (select order_id from order_products where product_id = :productId)
     select p.id, p.handle, p.title, p.thumbnail, count(*)::int as orders
     from order_products op
     join with_target t on t.order_id = op.order_id
     join product p on p.id = op.product_id
     where op.product_id <> :productId and ${VISIBLE_PRODUCT}
     group by p.id, p.handle, p.title, p.thumbnail
     order by orders desc, p.id
     limit :limit`,
    bindings
  )
  res.json({ products: rows })
}
