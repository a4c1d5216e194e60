import { Container, Heading, InlineTip, Skeleton, Table, Text } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"

/**
 * A titled card of a page or widget, laid out like the dashboard's own sections. It is a `region`
 * named by its title, so a test or a screen reader finds it with getByRole("region", { name: title }).
 */
export const Section = ({
  title,
  description,
  actions,
  children,
  className,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
  className?: string
}) => (
  <Container className={`divide-y p-0 ${className ?? ""}`} role="region" aria-label={title}>
    <div className={`flex justify-between gap-x-4 px-6 py-4 ${description ? "items-start" : "items-center"}`}>
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">{title}</Heading>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {actions}
    </div>
    {children}
  </Container>
)

/** A section's count, shown at the right of its title (employees, orders...). */
export const SectionCount = ({ count }: { count: number }) => (
  <Text size="small" className="text-ui-fg-subtle">
    {count}
  </Text>
)

/** Label / value rows of a section, as a description list. */
export const Fields = ({ rows }: { rows: { label: string; value: ReactNode }[] }) => (
  <dl className="divide-y">
    {rows.map(({ label, value }) => (
      <div key={label} className="text-ui-fg-subtle grid grid-cols-2 items-center gap-x-4 px-6 py-4">
        <dt>
          <Text size="small" weight="plus" leading="compact">
            {label}
          </Text>
        </dt>
        <dd className="text-ui-fg-base txt-compact-small break-words">{value}</dd>
      </div>
    ))}
  </dl>
)

/** A muted sentence standing in for a section's content ("No employees."). */
export const EmptyRow = ({ children }: { children: ReactNode }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {children}
    </Text>
  </div>
)

/** A section's content while its query loads. */
export const LoadingRow = () => (
  <div className="px-6 py-4" aria-busy="true">
    <Skeleton className="h-4 w-full max-w-48" />
  </div>
)

/** A failed load, announced (role="alert"): "Could not load {what}: {reason}". */
export const ErrorRow = ({ what, reason }: { what: string; reason: string }) => (
  <div className="px-6 py-4" role="alert">
    <Text size="small" className="text-ui-fg-error">
      Could not load {what}: {reason}
    </Text>
  </div>
)

/** An InlineTip as a row of a section (a page header's status explanation). */
export const TipRow = ({
  label,
  variant,
  children,
}: {
  label: string
  variant: ComponentProps<typeof InlineTip>["variant"]
  children: ReactNode
}) => (
  <div className="px-6 py-4">
    <InlineTip label={label} variant={variant}>
      {children}
    </InlineTip>
  </div>
)

/** The last header cell of a table whose rows end with action buttons: named for screen readers only. */
export const ActionsHeaderCell = () => (
  <Table.HeaderCell className="text-right">
    <span className="sr-only">Actions</span>
  </Table.HeaderCell>
)
