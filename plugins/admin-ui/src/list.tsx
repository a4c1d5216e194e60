import { DataTable, Heading, Tabs, Text } from "@medusajs/ui"
import type { ComponentProps, MouseEvent, ReactNode } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "./format"
import { ErrorRow } from "./section"

/** The toolbar of a list page inside a DataTable: the page's h1, a line on what it lists, and the search box. */
export const ListToolbar = ({
  title,
  description,
  searchPlaceholder,
}: {
  title: string
  description: ReactNode
  /** Shown when the list is searchable (the DataTable has a `search` state). */
  searchPlaceholder?: string
}) => (
  <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
    <div>
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    {searchPlaceholder && <DataTable.Search placeholder={searchPlaceholder} />}
  </DataTable.Toolbar>
)

/** The DataTable's rows, or why they could not be loaded. `what` completes "Could not load …". */
export const ListTable = ({
  isError,
  error,
  what,
  emptyState,
}: {
  isError: boolean
  error: unknown
  what: string
  emptyState: ComponentProps<typeof DataTable.Table>["emptyState"]
}) => (isError ? <ErrorRow what={what} reason={errorMessage(error)} /> : <DataTable.Table emptyState={emptyState} />)

/**
 * Tabs over a list's statuses, each tab with its count once known, and the tab's content below
 * (`children(tab)`). The tab list is named by `label` for screen readers and tests.
 */
export function StatusTabs<T extends string>({
  value,
  onValueChange,
  tabs,
  labels,
  counts,
  label = "Filter by status",
  children,
}: {
  value: T
  onValueChange: (value: T) => void
  tabs: readonly T[]
  labels: Record<T, string>
  counts: Partial<Record<T, number | undefined>>
  label?: string
  children: (tab: T) => ReactNode
}) {
  return (
    <Tabs value={value} onValueChange={(next) => onValueChange(next as T)}>
      <div className="px-6 py-3">
        <Tabs.List aria-label={label}>
          {tabs.map((tab) => (
            <Tabs.Trigger key={tab} value={tab}>
              {/* One inline box, so the space between label and count survives the trigger's flex layout. */}
              <span>
                {labels[tab]}
                {counts[tab] !== undefined && (
                  <>
                    {" "}
                    <span className="text-ui-fg-muted tabular-nums">{counts[tab]}</span>
                  </>
                )}
              </span>
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </div>
      {tabs.map((tab) => (
        <Tabs.Content key={tab} value={tab} className="border-t">
          {children(tab)}
        </Tabs.Content>
      ))}
    </Tabs>
  )
}

/** Keeps a click inside a clickable table row (a link, a button) from also opening the row. */
export const stopRowClick =
  <E extends MouseEvent>(handler?: (event: E) => void) =>
  (event: E) => {
    event.stopPropagation()
    handler?.(event)
  }

/** The link to a row's record in a list's first column. */
export const RowLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link
    to={to}
    className="text-ui-fg-base txt-compact-small-plus transition-fg hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"
    onClick={stopRowClick()}
  >
    {children}
  </Link>
)
