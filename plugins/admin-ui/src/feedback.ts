import { toast } from "@medusajs/ui"
import { errorMessage } from "./format"

/**
 * The callbacks of a mutation (react-query's `mutate(vars, options)`) that tell the merchant how it
 * went: a success toast, then `onDone` (close the drawer, clear the form); or the failure with the
 * API's message as its description.
 *
 *   reject.mutate(body, withToasts({ success: "Company rejected", failure: "Could not reject the company", onDone: close }))
 */
export function withToasts({
  success,
  description,
  failure,
  onDone,
}: {
  success: string
  description?: string
  failure: string
  onDone?: () => void
}) {
  return {
    onSuccess: () => {
      toast.success(success, description ? { description } : undefined)
      onDone?.()
    },
    onError: (error: unknown) => {
      toast.error(failure, { description: errorMessage(error) })
    },
  }
}
