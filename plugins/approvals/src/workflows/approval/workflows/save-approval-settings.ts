import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertApprovalSettingsStep, type UpsertApprovalSettingsInput } from "../steps/upsert-approval-settings"

export type SaveApprovalSettingsInput = UpsertApprovalSettingsInput

export const saveApprovalSettingsWorkflowId = "save-approval-settings"

/** A company admin saves the company's approval rules (see lib/rules.ts for what they mean). */
export const saveApprovalSettingsWorkflow = createWorkflow(
  saveApprovalSettingsWorkflowId,
  (input: SaveApprovalSettingsInput) => new WorkflowResponse(upsertApprovalSettingsStep(input))
)
