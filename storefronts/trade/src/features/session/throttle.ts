/**
 * The trade site's form throttles (see @hybrid/storefront-kit/throttle.ts): shared through Redis
 * when REDIS_URL is set (several site processes), in the process's memory otherwise.
 */
import { FORM_THROTTLE_DEFAULTS, siteThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { visitorAddressOf } from "@hybrid/storefront-kit/public-origin.ts";
import { sharedStateRedisUrl } from "../../backend";

/** Sign-in: 5 wrong passwords per account, 50 per visitor address in 15 minutes, then 15 minutes locked. */
export const signInThrottle = () => siteThrottle(FORM_THROTTLE_DEFAULTS.signIn, sharedStateRedisUrl);

/** Trade applications and invite acceptance: 5 per email or invite, 30 per visitor address per hour. */
export const accountFormThrottle = () => siteThrottle(FORM_THROTTLE_DEFAULTS.accountForm, sharedStateRedisUrl);

/**
 * The visitor's address: as the public-origin middleware worked it out (through TRUSTED_PROXIES'
 * X-Forwarded-For), else Astro's `clientAddress`; "unknown" when it cannot tell.
 */
export function visitorAddress(astro: { clientAddress: string; request: Request }): string {
  const forwarded = visitorAddressOf(astro.request);
  if (forwarded) return forwarded;
  try {
    return astro.clientAddress || "unknown";
  } catch {
    return "unknown";
  }
}
