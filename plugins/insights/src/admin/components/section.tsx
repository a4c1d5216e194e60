import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled card, laid out like the admin's own sections. */
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

export const EmptyRow = ({ children }: { children: ReactNode }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {children}
    </Text>
  </div>
)

/** "Not available" for a figure whose source module is not installed, with the reason. */
export const NotAvailable = ({ reason }: { reason: string }) => (
  <span className="text-ui-fg-muted txt-compact-small" title={reason} data-not-available="true">
    Not available
  </span>
)
