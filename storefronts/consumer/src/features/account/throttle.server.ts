/**
 * The consumer site's form throttles (see @hybrid/storefront-kit/throttle.ts): shared through Redis
 * when REDIS_URL is set (several site processes), in the process's memory otherwise.
 */
import { FORM_THROTTLE_DEFAULTS, siteThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { REDIS_URL } from "astro:env/server";

/** Sign-in: 5 wrong passwords per account, 50 per visitor address in 15 minutes, then 15 minutes locked. */
export const signInThrottle = () => siteThrottle(FORM_THROTTLE_DEFAULTS.signIn, REDIS_URL || undefined);

/** Sign-up: 5 per email, 30 per visitor address per hour. */
export const accountFormThrottle = () => siteThrottle(FORM_THROTTLE_DEFAULTS.accountForm, REDIS_URL || undefined);
