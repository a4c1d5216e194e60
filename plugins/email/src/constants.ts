/** The package name the backend lists in `plugins: [{ resolve }]`. */
export const PLUGIN_NAME = "@hybrid/email"

/** The delivery-log module: one row per email the SMTP provider handled. */
export const EMAIL_DELIVERY_MODULE = "email_delivery"

/** Template ids of the emails this plugin's subscribers send. */
export const EMAIL_TEMPLATES = {
  orderConfirmation: "order.confirmation",
  orderConfirmationOnAccount: "order.confirmation_on_account",
  orderShipped: "order.shipped",
} as const
