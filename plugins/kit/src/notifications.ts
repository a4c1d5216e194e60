/**
 * Email notifications as every plugin of the platform sends them through Medusa's Notification
 * Module on channel "email". The `template` is the stable id a real email provider maps to its own
 * template; `data` carries everything such a template needs; `content` is a plain-text rendering for
 * providers that send what they are given (the local provider logs it).
 */
export type EmailNotification = {
  to: string
  channel: "email"
  template: string
  data: Record<string, unknown>
  content: { subject: string; text: string }
  resource_id: string
  resource_type: string
  trigger_type: string
}

/**
 * One email notification in the shared shape; `trigger_type` is the template id. Pass the result
 * to the Notification Module's `createNotifications`.
 *
 * @example emailNotification({ to, template: "quote.sent", resource: { id: quote.id, type: "quote" }, subject, text, data: { quote_id: quote.id } })
 */
export function emailNotification(input: {
  to: string
  template: string
  resource: { id: string; type: string }
  subject: string
  text: string
  data: Record<string, unknown>
}): EmailNotification {
  return {
    to: input.to,
    channel: "email",
    template: input.template,
    data: input.data,
    content: { subject: input.subject, text: input.text },
    resource_id: input.resource.id,
    resource_type: input.resource.type,
    trigger_type: input.template,
  }
}
