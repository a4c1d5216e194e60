/**
 * The input rules every HTTP request meets before any route handler runs, Medusa's own routes
 * included (wired as the first app middleware in `src/api/middlewares.ts`):
 *
 * - no NUL character anywhere: not in a path segment (`%00`), not in a query parameter's name or
 *   value, not in a key or string value of the parsed body (JSON, urlencoded or text);
 * - path segments and query parameters are valid percent-encoding (`%E0%A4%A` is not).
 *
 * PostgreSQL cannot store NUL in text and Express cannot decode malformed parameters; without this
 * guard both surface as 500s deep inside a handler. Each check answers the first problem it finds
 * as a sentence naming where it is ("path segment 3", "query parameter q", "body field
 * lines[0].name"), so a 400 says what to fix.
 */

/** Longest piece of client input echoed back in a message. */
const ECHO_LIMIT = 40

function echo(value: string): string {
  const shown = value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value
  // JSON.stringify escapes control characters, so the message itself stays printable.
  return JSON.stringify(shown)
}

function decode(component: string): string | undefined {
  try {
    return decodeURIComponent(component)
  } catch {
    return undefined
  }
}

/** The problem with a raw (still percent-encoded) URL path, if any. */
export function pathProblem(rawPath: string): string | undefined {
  const segments = rawPath.split("/")
  for (let index = 1; index < segments.length; index++) {
    const segment = segments[index]
    const decoded = decode(segment)
    if (decoded === undefined) {
      return `Path segment ${index} (${echo(segment)}) is not valid percent-encoding`
    }
    if (decoded.includes("\u0000")) {
      return `Path segment ${index} (${echo(segment)}) contains a NUL character`
    }
  }
  return undefined
}

/** The problem with a raw query string (without the `?`), if any. */
export function queryProblem(rawQuery: string): string | undefined {
  for (const pair of rawQuery.split("&")) {
    if (!pair) {
      continue
    }
    const equals = pair.indexOf("=")
    const rawName = equals === -1 ? pair : pair.slice(0, equals)
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1)
    const name = decode(rawName.replace(/\+/g, " "))
    if (name === undefined) {
      return `Query parameter name ${echo(rawName)} is not valid percent-encoding`
    }
    if (name.includes("\u0000")) {
      return `Query parameter name ${echo(rawName)} contains a NUL character`
    }
    const value = decode(rawValue.replace(/\+/g, " "))
    if (value === undefined) {
      return `Query parameter ${echo(name)} is not valid percent-encoding`
    }
    if (value.includes("\u0000")) {
      return `Query parameter ${echo(name)} contains a NUL character`
    }
  }
  return undefined
}

/**
 * The first NUL character in a parsed body, as "body field <path> …". Walks keys and string values
 * of objects and arrays without recursion, so a deeply nested body cannot overflow the stack.
 */
export function bodyProblem(body: unknown): string | undefined {
  if (typeof body === "string") {
    return body.includes("\u0000") ? "Request body contains a NUL character" : undefined
  }
  if (body === null || typeof body !== "object" || Buffer.isBuffer(body)) {
    return undefined
  }
  const pending: Array<{ value: unknown; path: string }> = [{ value: body, path: "" }]
  while (pending.length) {
    const { value, path } = pending.pop() as { value: unknown; path: string }
    if (typeof value === "string") {
      if (value.includes("\u0000")) {
        return `Body field ${path || "(root)"} contains a NUL character`
      }
      continue
    }
    if (value === null || typeof value !== "object") {
      continue
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: `${path}[${index}]` }))
      continue
    }
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key
      if (key.includes("\u0000")) {
        return `Body field name ${echo(field)} contains a NUL character`
      }
      pending.push({ value: item, path: field })
    }
  }
  return undefined
}

/** The first problem of a request: its path, then its query, then its parsed body. */
export function requestInputProblem(request: {
  originalUrl?: string
  url: string
  body?: unknown
}): string | undefined {
  const url = request.originalUrl ?? request.url
  const questionMark = url.indexOf("?")
  const rawPath = questionMark === -1 ? url : url.slice(0, questionMark)
  const rawQuery = questionMark === -1 ? "" : url.slice(questionMark + 1)
  return pathProblem(rawPath) ?? queryProblem(rawQuery) ?? bodyProblem(request.body)
}

/** PostgreSQL "data exception" codes (class 22) that a client's value can cause, as a 400 message. */
const POSTGRES_DATA_EXCEPTIONS: Record<string, string> = {
  "22001": "A text value in the request is too long",
  "22003": "A number in the request is out of range",
  "22007": "A date in the request is not valid",
  "22008": "A date in the request is out of range",
  "22021": "A text value in the request contains a character that cannot be stored",
  "22P02": "A value in the request has the wrong format",
  "22P05": "A text value in the request contains a character that cannot be stored",
}

/**
 * The 400 message for an error that bad client input caused below the validators, or undefined
 * for every other error: Express's "Failed to decode param" (a URIError with status 400), and
 * PostgreSQL data exceptions (a value out of range or not representable). The guard above keeps
 * both from happening on known inputs; this is the net under it.
 */
export function inputErrorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") {
    return undefined
  }
  const candidate = error as { name?: string; message?: string; status?: number; code?: unknown; cause?: unknown }
  if (
    candidate instanceof URIError ||
    (candidate.status === 400 && /Failed to decode param/.test(candidate.message ?? ""))
  ) {
    return "The request path is not valid percent-encoding"
  }
  // The database's own message is not echoed: MikroORM prefixes it with the SQL statement.
  for (const err of [candidate, candidate.cause as typeof candidate | undefined]) {
    if (err && typeof err === "object" && typeof err.code === "string" && err.code in POSTGRES_DATA_EXCEPTIONS) {
      return POSTGRES_DATA_EXCEPTIONS[err.code]
    }
  }
  return undefined
}
