export type QuantityRule = {
  id: string
  variant_id: string
  min_quantity: number
  increment: number
  max_quantity: number | null
}

export type ImportError = { line: number; field: string; message: string }

export type DryRun = { rows: number; to_create: number; to_update: number; errors: ImportError[] }

export type PriceImport = {
  id: string
  status: "pending" | "running" | "done" | "failed"
  total: number
  processed: number
  error: string | null
}
