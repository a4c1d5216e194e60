/** "Not available" for a figure whose source module is not installed, with the reason. */
export const NotAvailable = ({ reason }: { reason: string }) => (
  <span className="text-ui-fg-muted txt-compact-small" title={reason} data-not-available="true">
    Not available
  </span>
)
