/**
 * Errors the backend client turns transport and HTTP failures into, so pages can decide
 * what to render without knowing about fetch or the js-sdk.
 */

/** The backend could not be reached (connection refused, DNS, timeout, 502/503/504). Pages answer 503. */
export class BackendUnavailableError extends Error {
  override name = "BackendUnavailableError" as const;
  constructor(message = "The commerce backend is unreachable", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The requested resource does not exist (HTTP 404, or an empty lookup by handle). Pages answer 404. */
export class NotFoundError extends Error {
  override name = "NotFoundError" as const;
  constructor(message = "Not found", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The backend refused the request (4xx other than 404, e.g. invalid address, wrong password,
 * empty cart on completion). `message` is the backend's own explanation, safe to show to the user.
 */
export class BackendRequestError extends Error {
  override name = "BackendRequestError" as const;
  /**
   * The backend's whole JSON error body (`{ type, message, ... }`), when the call kept it (see the
   * client's `requestWithErrorBody`); undefined otherwise.
   */
  readonly body?: unknown;
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown; body?: unknown },
  ) {
    super(message, options);
    if (options?.body !== undefined) this.body = options.body;
  }
}

/*
 * Checked by name as well as by class: in development the bundler may load this module twice
 * (middleware and page graphs), and an `instanceof` across the two copies would be false.
 */
export function isBackendUnavailable(error: unknown): error is BackendUnavailableError {
  return error instanceof BackendUnavailableError || (error as Error | null)?.name === "BackendUnavailableError";
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError || (error as Error | null)?.name === "NotFoundError";
}

export function isBackendRequestError(error: unknown): error is BackendRequestError {
  return error instanceof BackendRequestError || (error as Error | null)?.name === "BackendRequestError";
}
