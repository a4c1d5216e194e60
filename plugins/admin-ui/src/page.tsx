import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "./format"

/**
 * The header card of a detail page: the record's name as the page's h1 with its status badge, a
 * subtitle, the page's actions at the right, and rows (status tips) below.
 */
export const PageHeader = ({
  title,
  badge,
  subtitle,
  actions,
  children,
}: {
  title: ReactNode
  badge?: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  children?: ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="flex flex-col justify-between gap-4 px-6 py-4 md:flex-row md:items-center">
      <div className="flex flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Heading level="h1">{title}</Heading>
          {badge}
        </div>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
    {children}
  </Container>
)

/** A detail page whose record could not be loaded: what is missing, why, and the way back to its list. */
export const DetailPageError = ({
  title,
  error,
  backTo,
  backLabel,
}: {
  title: string
  error: unknown
  backTo: string
  backLabel: string
}) => (
  <Container className="px-6 py-8" role="alert">
    <Heading level="h1">{title}</Heading>
    <Text size="small" className="text-ui-fg-subtle mt-2">
      {errorMessage(error)}
    </Text>
    <Button size="small" variant="secondary" className="mt-4" asChild>
      <Link to={backTo}>{backLabel}</Link>
    </Button>
  </Container>
)

/** A detail page while its record loads. */
export const DetailPageLoading = () => (
  <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
    <Skeleton className="h-7 w-80" />
    <Skeleton className="h-4 w-3/4" />
  </Container>
)

/**
 * The dashboard's two-column detail layout (its TwoColumnPage): the main column, and from the xl
 * breakpoint a 440px side column beside it (below it, under it).
 */
export const TwoColumnPage = ({
  main,
  side,
  children,
}: {
  main: ReactNode
  side: ReactNode
  /** Rendered after both columns: the page's drawers. */
  children?: ReactNode
}) => (
  <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
    <div className="flex w-full min-w-0 flex-col gap-y-3">{main}</div>
    <div className="flex w-full flex-col gap-y-3 xl:mt-0">{side}</div>
    {children}
  </div>
)
