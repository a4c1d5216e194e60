import { emailNotification, type EmailNotification } from "@hybrid/plugin-kit/notifications"

/**
 * Emails the plugin sends through Medusa's Notification Module, in the kit's shared shape
 * (`emailNotification`); the templates' stable ids are below.
 */
export const NOTIFICATION_TEMPLATES = {
  applicationReceived: "company.application_received",
  applicationApproved: "company.application_approved",
  applicationRejected: "company.application_rejected",
  employeeInvited: "company.employee_invited",
  applicationForExistingAccount: "company.application_existing_account",
} as const

const email = (
  to: string,
  template: string,
  resource_id: string,
  subject: string,
  text: string,
  data: Record<string, unknown>
): EmailNotification =>
  emailNotification({ to, template, resource: { id: resource_id, type: "company" }, subject, text, data })

export function applicationReceived(to: string, company: { id: string; name: string }, first_name: string) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.applicationReceived,
    company.id,
    `We received the trade application of ${company.name}`,
    `Hello ${first_name}, thank you for applying for a trade account for ${company.name}. We review every application and will write to you once it is decided.`,
    { company_id: company.id, company_name: company.name, first_name }
  )
}

export function applicationApproved(
  to: string,
  company: { id: string; name: string; payment_terms: string; credit_limit: unknown; currency_code: string },
  signInUrl: string
) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.applicationApproved,
    company.id,
    `${company.name} is approved for trade`,
    `Your trade account for ${company.name} is active. Sign in at ${signInUrl} to see trade prices. Payment terms: ${company.payment_terms}.`,
    {
      company_id: company.id,
      company_name: company.name,
      payment_terms: company.payment_terms,
      credit_limit: company.credit_limit,
      currency_code: company.currency_code,
      sign_in_url: signInUrl,
    }
  )
}

export function applicationRejected(to: string, company: { id: string; name: string }, reason: string) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.applicationRejected,
    company.id,
    `Your trade application for ${company.name}`,
    `We are sorry: we cannot open a trade account for ${company.name}. Reason: ${reason}`,
    { company_id: company.id, company_name: company.name, reason }
  )
}

export function employeeInvited(
  to: string,
  company: { id: string; name: string },
  invite: { id: string; role: string; expires_at: Date | string },
  acceptUrl: string
) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.employeeInvited,
    company.id,
    `You are invited to ${company.name}'s trade account`,
    `You have been invited to join ${company.name} as ${invite.role}. Accept the invitation at ${acceptUrl} before ${new Date(invite.expires_at).toUTCString()}.`,
    {
      company_id: company.id,
      company_name: company.name,
      invite_id: invite.id,
      role: invite.role,
      expires_at: invite.expires_at,
      accept_url: acceptUrl,
    }
  )
}

/**
 * A trade application arrived for an email that already has an account. The applicant was answered
 * exactly as for a new email (so the form tells nobody whether the email is registered); the
 * owner learns it here, and nothing was created.
 */
export function applicationForExistingAccount(to: string, companyName: string, signInUrl: string) {
  return emailNotification({
    to,
    template: NOTIFICATION_TEMPLATES.applicationForExistingAccount,
    resource: { id: to, type: "account" },
    subject: "A trade application with your email address",
    text: `Someone applied for a trade account for ${companyName} with this email address, which already has an account with us, so no new account was created. If it was you, sign in at ${signInUrl} (or reset your password there). If it was not you, you can ignore this email.`,
    data: { company_name: companyName, sign_in_url: signInUrl },
  })
}
