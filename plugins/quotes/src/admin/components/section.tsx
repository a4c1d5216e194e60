import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled card of a detail page, laid out like the admin's own sections. */
export const Section = ({
  title,
  description,
  actions,
  children,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
}) => (
  <Container className="divide-y p-0" role="region" aria-label={title}>
    <div className="flex items-start justify-between gap-x-4 px-6 py-4">
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

/** Label / value rows of a section, as a description list. */
export const Fields = ({ rows }: { rows: { label: string; value: ReactNode }[] }) => (
  <dl className="divide-y">
    {rows.map(({ label, value }) => (
      <div key={label} className="text-ui-fg-subtle grid grid-cols-2 items-center gap-x-4 px-6 py-3">
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

export const EmptyRow = ({ children }: { children: ReactNode }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {children}
    </Text>
  </div>
)
