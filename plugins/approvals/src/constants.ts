/** Module name and status vocabularies of the approvals plugin. */
export const APPROVAL_MODULE = "approval"

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "withdrawn", "ordered"] as const
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number]

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** Employee roles of company-accounts (kept here so the pure rule has no plugin import). */
export const ROLES = ["admin", "approver", "buyer", "viewer"] as const
export type Role = (typeof ROLES)[number]

/** Roles that may decide approval requests. */
export const DECIDER_ROLES = ["admin", "approver"] as const satisfies readonly Role[]
/** Roles that may submit a cart for approval (everyone who may check out). */
export const REQUESTER_ROLES = ["admin", "approver", "buyer"] as const satisfies readonly Role[]
