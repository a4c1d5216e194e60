import { errorMessage } from "@hybrid/admin-ui/format"
import { sdk } from "@hybrid/admin-ui/sdk"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { QuantityRule } from "../lib/types"

type Form = { min_quantity: string; increment: string; max_quantity: string }

const EMPTY: Form = { min_quantity: "1", increment: "1", max_quantity: "" }

/**
 * On a variant's page: the trade quantity rule (minimum, case size, maximum per cart) enforced on
 * trade carts. The server validates (min ≥ 1, increment ≥ 1, max ≥ min) and names the field.
 */
const VariantQuantityRuleWidget = ({ data: variant }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => {
  const [rule, setRule] = useState<QuantityRule | null>(null)
  const [form, setForm] = useState<Form>(EMPTY)
  const [loading, setLoading] = useState(true)
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let active = true
    sdk.client
      .fetch<{ quantity_rules: QuantityRule[] }>("/admin/trade-pricing/quantity-rules", {
        query: { variant_id: variant.id },
      })
      .then(({ quantity_rules }) => {
        if (!active) {
          return
        }
        const found = quantity_rules[0] ?? null
        setRule(found)
        setForm(
          found
            ? {
                min_quantity: String(found.min_quantity),
                increment: String(found.increment),
                max_quantity: found.max_quantity === null ? "" : String(found.max_quantity),
              }
            : EMPTY
        )
      })
      .catch((error) => toast.error(errorMessage(error)))
      .finally(() => active && setLoading(false))
    return () => {
      active = false
    }
  }, [variant.id])

  const save = async () => {
    setSaving(true)
    setProblem(null)
    try {
      const { quantity_rule } = await sdk.client.fetch<{ quantity_rule: QuantityRule }>(
        "/admin/trade-pricing/quantity-rules",
        {
          method: "POST",
          body: {
            variant_id: variant.id,
            min_quantity: Number(form.min_quantity),
            increment: Number(form.increment),
            max_quantity: form.max_quantity.trim() === "" ? null : Number(form.max_quantity),
          },
        }
      )
      setRule(quantity_rule)
      toast.success("Quantity rule saved")
    } catch (error) {
      setProblem(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  const remove = async () => {
    setSaving(true)
    try {
      await sdk.client.fetch(`/admin/trade-pricing/quantity-rules/${variant.id}`, { method: "DELETE" })
      setRule(null)
      setForm(EMPTY)
      toast.success("Quantity rule removed")
    } catch (error) {
      toast.error(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  const field = (key: keyof Form, label: string, hint: string) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`qr-${key}`} size="small">
        {label}
      </Label>
      <Input
        id={`qr-${key}`}
        type="number"
        min={1}
        step={1}
        size="small"
        value={form[key]}
        placeholder={hint}
        disabled={loading || saving}
        onChange={(event) => setForm({ ...form, [key]: event.target.value })}
      />
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Trade quantity rule</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {rule
            ? `Trade carts: from ${rule.min_quantity}, in steps of ${rule.increment}${rule.max_quantity === null ? "" : `, up to ${rule.max_quantity}`}.`
            : "No rule: trade buyers may order any quantity."}
        </Text>
      </div>
      <div className="grid grid-cols-3 gap-3 px-6 py-4">
        {field("min_quantity", "Minimum", "1")}
        {field("increment", "Increment (case size)", "1")}
        {field("max_quantity", "Maximum per cart", "none")}
      </div>
      {problem && (
        <div className="px-6 py-2" role="alert">
          <Text size="small" className="text-ui-fg-error">
            {problem}
          </Text>
        </div>
      )}
      <div className="flex justify-end gap-2 px-6 py-4">
        {rule && (
          <Button size="small" variant="secondary" onClick={remove} disabled={saving}>
            Remove rule
          </Button>
        )}
        <Button size="small" onClick={save} isLoading={saving} disabled={loading}>
          Save rule
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
})

export default VariantQuantityRuleWidget
