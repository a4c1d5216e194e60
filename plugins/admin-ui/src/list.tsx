import {
  Container,
  DataTable,
  Heading,
  Tabs,
  Text,
  useDataTable,
  type DataTableColumnDef,
  type DataTableEmptyStateProps,
} from "@medusajs/ui"
import type { MouseEvent, ReactNode } from "react"
import { Link, useNavigate } from "react-router-dom"
import { errorMessage } from "./format"
import type { ListSearchParams } from "./query"
import { ErrorRow } from "./section"

const PAGE_SIZE = 20

/**
 * A list page's DataTable, driven by its URL state (`list`, from useListSearchParams): the page and,
 * when `searchable`, the search term ("q") live in the URL; a row click opens `rowHref(id)`.
 */
export function useListTable<TData extends { id: string }>({
  list,
  data,
  count,
  columns,
  isLoading,
  searchable = false,
  rowHref,
}: {
  list: ListSearchParams
  data: TData[] | undefined
  count: number | undefined
  // biome-ignore lint/suspicious/noExplicitAny: a row's columns hold values of different types, as in @medusajs/ui's own signature.
  columns: DataTableColumnDef<TData, any>[]
  isLoading: boolean
  searchable?: boolean
  rowHref?: (id: string) => string
}) {
  const navigate = useNavigate()
  return useDataTable<TData>({
    data: data ?? [],
    columns,
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading,
    search: searchable
      ? { state: list.searchParams.get("q") ?? "", onSearchChange: (value) => list.update({ q: value, page: 0 }) }
      : undefined,
    pagination: {
      state: { pageIndex: list.pageIndex, pageSize: PAGE_SIZE },
      onPaginationChange: (state) => list.update({ page: state.pageIndex }),
    },
    // With getRowId, the row DataTable passes carries the record's id either way.
    onRowClick: rowHref ? (_event, row) => navigate(rowHref(row.id)) : undefined,
  })
}

type EmptyState = DataTableEmptyStateProps

/**
 * A list page laid out like the dashboard's: a card holding the title and search, optional filters
 * or status tabs, the rows (or why they could not be loaded, "Could not load {what}") and pagination.
 */
export function ListPage<TData, T extends string = string>({
  table,
  title,
  description,
  searchPlaceholder,
  filters,
  tabs,
  isError,
  error,
  what,
  emptyState,
}: {
  table: ReturnType<typeof useDataTable<TData>>
  title: string
  description: ReactNode
  searchPlaceholder?: string
  filters?: ReactNode
  tabs?: Omit<StatusTabsProps<T>, "children">
  isError: boolean
  error: unknown
  what: string
  /** What an empty list says; with tabs, per tab. */
  emptyState: EmptyState | ((tab: T) => EmptyState)
}) {
  const rows = (tab?: T) => (
    <ListTable
      isError={isError}
      error={error}
      what={what}
      emptyState={typeof emptyState === "function" ? emptyState(tab as T) : emptyState}
    />
  )
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <ListToolbar title={title} description={description} searchPlaceholder={searchPlaceholder} />
        {filters}
        {tabs ? <StatusTabs {...tabs}>{rows}</StatusTabs> : rows()}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

/** The toolbar of a list page inside a DataTable: the page's h1, a line on what it lists, and the search box. */
const ListToolbar = ({
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
const ListTable = ({
  isError,
  error,
  what,
  emptyState,
}: {
  isError: boolean
  error: unknown
  what: string
  emptyState: EmptyState
}) => (isError ? <ErrorRow what={what} reason={errorMessage(error)} /> : <DataTable.Table emptyState={emptyState} />)

/**
 * Tabs over a list's statuses, each tab with its count once known, and the tab's content below
 * (`children(tab)`). The tab list is named by `label` for screen readers and tests.
 */
type StatusTabsProps<T extends string> = {
  value: T
  onValueChange: (value: T) => void
  tabs: readonly T[]
  labels: Record<T, string>
  counts: Partial<Record<T, number | undefined>>
  label?: string
  children: (tab: T) => ReactNode
}

function StatusTabs<T extends string>({
  value,
  onValueChange,
  tabs,
  labels,
  counts,
  label = "Filter by status",
  children,
}: StatusTabsProps<T>) {
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
