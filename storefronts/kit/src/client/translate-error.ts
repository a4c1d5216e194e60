/**
 * js-sdk and fetch failures as the kit's error types: unreachable backend or 502/503/504 ->
 * `BackendUnavailableError`; 404 -> `NotFoundError`; other 4xx -> `BackendRequestError` carrying
 * the backend's message. Anything else is returned unchanged (a bug; the site's 500 page).
 */
import { FetchError } from "@medusajs/js-sdk";
import { BackendRequestError, BackendUnavailableError, NotFoundError } from "../errors";

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** Map a js-sdk / fetch failure to the kit's error types (see the module docblock). */
export function translateError(error: unknown): unknown {
  if (
    error instanceof BackendUnavailableError ||
    error instanceof NotFoundError ||
    error instanceof BackendRequestError
  ) {
    return error;
  }
  if (error instanceof FetchError || (error as { name?: string } | null)?.name === "FetchError") {
    const { status, message } = error as FetchError;
    if (status === 404) return new NotFoundError(message || "Not found", { cause: error });
    if (status === undefined || UNAVAILABLE_STATUSES.has(status)) {
      return new BackendUnavailableError(message || "The commerce backend is unavailable", { cause: error });
    }
    if (status >= 400 && status < 500)
      return new BackendRequestError(message || `Request failed (${status})`, status, { cause: error });
    return error;
  }
  if (isNetworkFailure(error)) {
    return new BackendUnavailableError("The commerce backend is unreachable", { cause: error });
  }
  return error;
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "AbortError" || error.name === "TimeoutError") return true;
  // undici: TypeError("fetch failed") with a cause such as ECONNREFUSED / ENOTFOUND / UND_ERR_SOCKET.
  return error instanceof TypeError && /fetch failed|network/i.test(error.message);
}

/** The backend refused the publishable key (e.g. after a re-seed): worth one fresh lookup. */
export function isRejectedPublishableKey(error: unknown): boolean {
  return (
    error instanceof BackendRequestError &&
    (error.status === 400 || error.status === 401) &&
    /publishable/i.test(error.message)
  );
}
