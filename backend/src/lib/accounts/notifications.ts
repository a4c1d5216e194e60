import { emailNotification } from "@hybrid/plugin-kit/notifications"
import { consumerPublicUrl } from "./verification"

/** The consumer account emails (templates `customer.verify-email`, `customer.welcome`). */
type Customer = { id: string; email: string; first_name?: string | null }

const greeting = (c: Customer) => (c.first_name ? `Hello ${c.first_name},` : "Hello,")

export function verifyEmailNotification(customer: Customer, token: string) {
  const verify_url = `${consumerPublicUrl()}/account/verify?token=${encodeURIComponent(token)}`
  return emailNotification({
    to: customer.email,
    template: "customer.verify-email",
    resource: { id: customer.id, type: "customer" },
    subject: "Confirm your email address",
    text: `${greeting(customer)}\n\nConfirm your email address to finish your account (the link works for 24 hours, once):\n${verify_url}\n\nOnce confirmed, orders you placed as a guest with this address appear in your order history.\nIf you did not create an account, ignore this email.`,
    data: { site: "consumer", ...(customer.first_name ? { first_name: customer.first_name } : {}), verify_url },
  })
}

export function welcomeNotification(customer: Customer) {
  const account_url = `${consumerPublicUrl()}/account`
  return emailNotification({
    to: customer.email,
    template: "customer.welcome",
    resource: { id: customer.id, type: "customer" },
    subject: "Welcome: your account is ready",
    text: `${greeting(customer)}\n\nYour email address is confirmed and your account is ready: order history, saved addresses and faster checkout.\n${account_url}`,
    data: { site: "consumer", ...(customer.first_name ? { first_name: customer.first_name } : {}), account_url },
  })
}
