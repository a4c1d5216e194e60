import { errorMessage } from "@hybrid/admin-ui/format"
import { sdk } from "@hybrid/admin-ui/sdk"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import type { DryRun, PriceImport } from "../lib/types"

/**
 * On a price list's page: export its prices as CSV, and import a CSV (`sku,currency,amount,
 * min_quantity`): the file is checked first (dry run, errors line by line), applied only when clean,
 * and its progress shown until done.
 */
const PriceListCsvWidget = ({ data: priceList }: DetailWidgetProps<HttpTypes.AdminPriceList>) => {
  const [csv, setCsv] = useState<string | null>(null)
  const [fileName, setFileName] = useState("")
  const [dryRun, setDryRun] = useState<DryRun | null>(null)
  const [job, setJob] = useState<PriceImport | null>(null)
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const base = `/admin/trade-pricing/price-lists/${priceList.id}`

  useEffect(() => {
    if (!job || job.status === "done" || job.status === "failed") {
      return
    }
    const timer = setTimeout(async () => {
      try {
        const { import: next } = await sdk.client.fetch<{ import: PriceImport }>(
          `/admin/trade-pricing/imports/${job.id}`
        )
        setJob(next)
        if (next.status === "done") {
          toast.success(`Imported ${next.total} prices`)
        } else if (next.status === "failed") {
          toast.error(`Import failed: ${next.error ?? "unknown error"}`)
        }
      } catch (error) {
        toast.error(errorMessage(error))
      }
    }, 500)
    return () => clearTimeout(timer)
  }, [job])

  const exportCsv = async () => {
    setBusy(true)
    try {
      const response = await sdk.client.fetch<Response>(`${base}/export`, { headers: { accept: "text/csv" } } as never)
      const text = typeof response === "string" ? response : await (response as Response).text()
      const url = URL.createObjectURL(new Blob([text], { type: "text/csv" }))
      const link = document.createElement("a")
      link.href = url
      link.download = `${priceList.title || priceList.id}.csv`
      link.click()
      URL.revokeObjectURL(url)
    } catch (error) {
      toast.error(`Export failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }

  const check = async (file: File) => {
    const text = await file.text()
    setCsv(text)
    setFileName(file.name)
    setJob(null)
    setBusy(true)
    try {
      setDryRun(
        await sdk.client.fetch<DryRun>(`${base}/import`, { method: "POST", body: { csv: text, dry_run: true } })
      )
    } catch (error) {
      toast.error(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const apply = async () => {
    if (!csv) {
      return
    }
    setBusy(true)
    try {
      const { import: started } = await sdk.client.fetch<{ import: PriceImport }>(`${base}/import`, {
        method: "POST",
        body: { csv, dry_run: false },
      })
      setJob(started)
      setDryRun(null)
    } catch (error) {
      toast.error(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const percent = job && job.total ? Math.round((job.processed / job.total) * 100) : 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Prices as CSV</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Columns: sku, currency, amount (net), min_quantity
          </Text>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" onClick={exportCsv} disabled={busy}>
            Export CSV
          </Button>
          <Button size="small" variant="secondary" onClick={() => fileInput.current?.click()} disabled={busy}>
            Import CSV
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            className="hidden"
            aria-label="CSV file to import"
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ""
              if (file) {
                void check(file)
              }
            }}
          />
        </div>
      </div>

      {dryRun && (
        <div className="flex flex-col gap-3 px-6 py-4">
          <Text size="small">
            {fileName}: {dryRun.rows} rows — {dryRun.to_create} new, {dryRun.to_update} updated
            {dryRun.errors.length ? `, ${dryRun.errors.length} errors` : ""}
          </Text>
          {dryRun.errors.length > 0 ? (
            <>
              <Text size="small" className="text-ui-fg-error" role="alert">
                Nothing can be imported until every line is fixed.
              </Text>
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Line</Table.HeaderCell>
                    <Table.HeaderCell>Field</Table.HeaderCell>
                    <Table.HeaderCell>Problem</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {dryRun.errors.slice(0, 200).map((e, i) => (
                    <Table.Row key={i}>
                      <Table.Cell>{e.line}</Table.Cell>
                      <Table.Cell>{e.field}</Table.Cell>
                      <Table.Cell>{e.message}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </>
          ) : (
            <div>
              <Button size="small" onClick={apply} isLoading={busy}>
                Apply {dryRun.rows} rows
              </Button>
            </div>
          )}
        </div>
      )}

      {job && (
        <div className="flex flex-col gap-2 px-6 py-4" aria-live="polite">
          <div className="flex items-center gap-2">
            <Badge size="2xsmall" color={job.status === "done" ? "green" : job.status === "failed" ? "red" : "blue"}>
              {job.status}
            </Badge>
            <Text size="small">
              {job.processed} of {job.total} rows
            </Text>
          </div>
          <div
            className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className="bg-ui-fg-interactive h-2" style={{ width: `${percent}%` }} />
          </div>
          {job.error && (
            <Text size="small" className="text-ui-fg-error">
              {job.error} — no price was changed.
            </Text>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "price_list.details.after",
})

export default PriceListCsvWidget
