import type { AuthenticationInput } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { duplicateError } from "@hybrid/plugin-kit/http-errors"

export type CreateAuthIdentityStepInput = { email: string; password: string }

/**
 * Registers an email + password login (the `emailpass` auth provider) and returns its auth
 * identity. An email that already has a login is a duplicate (409 naming the email).
 * Compensation deletes the identity.
 */
export const createAuthIdentityStep = createStep(
  "create-auth-identity",
  async (input: CreateAuthIdentityStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as AuthenticationInput)
    if (!success || !authIdentity) {
      if (error && /already exists/i.test(error)) {
        throw duplicateError(`email: an account for ${input.email} already exists`)
      }
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "Could not create the login")
    }
    return new StepResponse({ id: authIdentity.id }, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
