/**
 * The admin components our plugins share. Formatting lives in "@hybrid/admin-ui/format", the JS SDK
 * client in "@hybrid/admin-ui/sdk" and react-query / URL-state helpers in "@hybrid/admin-ui/query".
 *
 * Contract: components here keep no module state (no context, no cache), take their texts from the
 * caller, and use only @medusajs/ui, React and react-router, which the dashboard provides once.
 */
export { withToasts } from "./feedback"
export { Field, SelectField, type FieldControlProps, type SelectOption } from "./field"
export { FormDrawer, ReasonDrawer, type DrawerProps } from "./form-drawer"
export { ListPage, RowLink, stopRowClick, useListTable } from "./list"
export { DetailPageError, DetailPageLoading, PageHeader, TwoColumnPage } from "./page"
export { ActionsHeaderCell, EmptyRow, ErrorRow, Fields, LoadingRow, Section, SectionCount, TipRow } from "./section"
export { LabeledStatusBadge, type StatusColor } from "./status-badge"
