import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Newspaper } from "@medusajs/icons"
import {
  ActionsHeaderCell,
  EmptyRow,
  ErrorRow,
  LabeledStatusBadge,
  LoadingRow,
  PageHeader,
  Section,
  SectionCount,
} from "@hybrid/admin-ui"
import { errorMessage, formatDateTime } from "@hybrid/admin-ui/format"
import { Button, Table, Text } from "@medusajs/ui"
import { CONTENT_STATES, type ContentEntry, type ContentState, useContentOverview } from "../../lib/content"

const STATE_LABELS: Record<ContentState, string> = {
  invalid: "Invalid",
  draft: "Draft",
  scheduled: "Scheduled",
  live: "Live",
  expired: "Expired",
}
const STATE_COLORS = { invalid: "red", draft: "grey", scheduled: "blue", live: "green", expired: "orange" } as const
const SITE_LABELS = { consumer: "Consumer", trade: "Trade" } as const

/** When an entry shows: its schedule in words, or why it does not. */
function schedule(entry: ContentEntry): string {
  if (entry.state === "invalid") return entry.problems.join("; ") || "Does not match its schema"
  if (entry.state === "draft") return "Not published"
  if (entry.state === "scheduled") return `From ${formatDateTime(entry.publish_at)}`
  if (entry.state === "expired") return `Ended ${formatDateTime(entry.unpublish_at)}`
  return entry.unpublish_at ? `Until ${formatDateTime(entry.unpublish_at)}` : "Showing"
}

const EntriesTable = ({ entries }: { entries: ContentEntry[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Title</Table.HeaderCell>
        <Table.HeaderCell>State</Table.HeaderCell>
        <Table.HeaderCell>Sites</Table.HeaderCell>
        <Table.HeaderCell>Schedule</Table.HeaderCell>
        <ActionsHeaderCell />
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {entries.map((entry) => (
        <Table.Row key={entry.path} data-entry={entry.path}>
          <Table.Cell>
            <div className="flex max-w-[360px] flex-col py-2">
              <span className="txt-compact-small-plus">{entry.title}</span>
              <span className="text-ui-fg-subtle txt-compact-small truncate">
                {entry.product ? `Story of ${entry.product} · ` : ""}
                {entry.path}
              </span>
            </div>
          </Table.Cell>
          <Table.Cell>
            <LabeledStatusBadge status={entry.state} labels={STATE_LABELS} colors={STATE_COLORS} />
          </Table.Cell>
          <Table.Cell>
            <div className="flex flex-col">
              {entry.sites.length === 0 && "—"}
              {entry.sites.map((site) => {
                const url = entry.site_urls.find((link) => link.site === site)?.url
                return url ? (
                  <a
                    key={site}
                    href={url}
                    target="_blank"
                    rel="noreferrer"
                    className="text-ui-fg-interactive txt-compact-small"
                  >
                    {SITE_LABELS[site]}
                  </a>
                ) : (
                  <span key={site} className="txt-compact-small">
                    {SITE_LABELS[site]}
                  </span>
                )
              })}
            </div>
          </Table.Cell>
          <Table.Cell>
            <span className={`txt-compact-small ${entry.state === "invalid" ? "text-ui-fg-error" : ""}`}>
              {schedule(entry)}
            </span>
          </Table.Cell>
          <Table.Cell className="text-right">
            <Button size="small" variant="transparent" asChild>
              <a
                href={entry.edit_url}
                target="_blank"
                rel="noreferrer"
                aria-label={`Edit ${entry.title} in the content editor`}
              >
                Edit
              </a>
            </Button>
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)

/**
 * Content: the product stories and editorial pages both storefronts read from the shared content
 * folder, each with the state the sites give it now and a link into the content editor, where
 * they are written. What an editor saves shows on the running sites within seconds (no build);
 * this page follows within 10 s.
 */
const ContentPage = () => {
  const { data, isLoading, isError, error } = useContentOverview()
  const collections = [
    {
      key: "stories",
      title: "Product stories",
      description: "Shown on a product's page, on the sites each story names.",
    },
    { key: "pages", title: "Pages", description: "Service and legal pages, linked in the sites' footers." },
  ] as const

  return (
    <div className="flex flex-col gap-y-3">
      <PageHeader
        title="Content"
        subtitle="Product stories and pages for both storefronts, written once in the content editor. A saved entry shows on the running sites within seconds."
        actions={
          data && (
            <Button size="small" variant="secondary" asChild>
              <a href={`${data.editor_url}/keystatic`} target="_blank" rel="noreferrer">
                Open the content editor
              </a>
            </Button>
          )
        }
      >
        {data && (
          <div className="flex flex-wrap gap-x-6 gap-y-2 px-6 py-4">
            {CONTENT_STATES.filter((state) => data.counts[state] > 0).map((state) => (
              <Text key={state} size="small" className="text-ui-fg-subtle" data-count={state}>
                {STATE_LABELS[state]}: {data.counts[state]}
              </Text>
            ))}
          </div>
        )}
      </PageHeader>
      {collections.map(({ key, title, description }) => {
        const entries = data?.entries.filter((entry) => entry.collection === key) ?? []
        return (
          <Section
            key={key}
            title={title}
            description={description}
            actions={data && <SectionCount count={entries.length} />}
          >
            {isLoading && <LoadingRow />}
            {isError && <ErrorRow what="the content" reason={errorMessage(error)} />}
            {data && (entries.length ? <EntriesTable entries={entries} /> : <EmptyRow>None yet.</EmptyRow>)}
          </Section>
        )
      })}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Content", icon: Newspaper })

export const handle = { breadcrumb: () => "Content" }

export default ContentPage
