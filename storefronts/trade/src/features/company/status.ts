/**
 * What a customer whose company cannot trade (yet) is told, at sign-in and on account pages.
 * A pending or rejected applicant is in no trade customer group: they see this, never a price.
 */
import type { CompanyStatus } from "./types";

export interface StatusExplanation {
  status: CompanyStatus;
  title: string;
  paragraphs: string[];
}

export const CONTACT_EMAIL = "trade@hybrid-roasters.example";

export function explainCompanyStatus(company: {
  name: string;
  status: CompanyStatus;
  rejection_reason?: string | null;
}): StatusExplanation | null {
  switch (company.status) {
    case "pending":
      return {
        status: "pending",
        title: "Your trade application is being reviewed",
        paragraphs: [
          `We have received the application for ${company.name} and are reviewing it, usually within two working days.`,
          "We will email you as soon as it is approved. Trade prices and ordering open for your account then.",
        ],
      };
    case "rejected":
      return {
        status: "rejected",
        title: "Your trade application was not approved",
        paragraphs: [
          `We are sorry: the trade application for ${company.name} was not approved.`,
          ...(company.rejection_reason ? [`Reason: ${company.rejection_reason}`] : []),
          `If you think this is a mistake, write to ${CONTACT_EMAIL}.`,
        ],
      };
    case "suspended":
      return {
        status: "suspended",
        title: "Your company's trade account is suspended",
        paragraphs: [
          `The trade account of ${company.name} is suspended, so trade prices and ordering are not available.`,
          `Please contact us at ${CONTACT_EMAIL}.`,
        ],
      };
    default:
      return null;
  }
}
