/**
 * Validation of the trade sign-in form: the kit's sign-in form (`@hybrid/storefront-kit/sign-in-form.ts`)
 * with a business email example. Runs before anything reaches the backend so a malformed
 * submission gets a message naming the field, never a backend error.
 */
import { parseSignInForm as parseKitSignInForm, type SignInParseResult } from "@hybrid/storefront-kit/sign-in-form.ts";

export {
  SIGN_IN_PATH,
  safeNextPath,
  signInUrlFor,
  type SignInField,
  type SignInInput,
  type SignInParseResult,
} from "@hybrid/storefront-kit/sign-in-form.ts";

export function parseSignInForm(form: FormData): SignInParseResult {
  return parseKitSignInForm(form, { emailExample: "name@company.com" });
}
