import type { MiddlewareHandler } from "astro";

/**
 * Request input both sites refuse with a 400 before any page or endpoint runs: a NUL character in
 * the path (`/products/a%00b`), in a query parameter (`/search?q=a%00b`) or in a form field, and
 * malformed percent-encoding (`%E0%A4%A`) in the path, the query or an urlencoded form body.
 * Pages pass such values to the backend, which refuses them too; without this guard the page
 * would turn that refusal (or its own decoding error) into a 500. The backend applies the same
 * rules to every API route (`backend/src/lib/input-guard.ts`).
 */

const ECHO_LIMIT = 40;

function echo(value: string): string {
  return JSON.stringify(value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value);
}

function decode(component: string): string | undefined {
  try {
    return decodeURIComponent(component);
  } catch {
    return undefined;
  }
}

/** The problem with a raw (percent-encoded) path, naming the segment. */
export function pathProblem(rawPath: string): string | undefined {
  const segments = rawPath.split("/");
  for (let index = 1; index < segments.length; index++) {
    const decoded = decode(segments[index]);
    if (decoded === undefined) return `Path segment ${index} (${echo(segments[index])}) is not valid percent-encoding`;
    if (decoded.includes("\u0000")) return `Path segment ${index} (${echo(segments[index])}) contains a NUL character`;
  }
  return undefined;
}

/**
 * The problem with a raw `application/x-www-form-urlencoded` text (a query string without `?`, or
 * a form body), naming the parameter as `where` ("Query parameter", "Form field").
 */
export function encodedPairsProblem(raw: string, where = "Query parameter"): string | undefined {
  for (const pair of raw.split("&")) {
    if (!pair) continue;
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
    const name = decode(rawName.replace(/\+/g, " "));
    if (name === undefined) return `${where} name ${echo(rawName)} is not valid percent-encoding`;
    if (name.includes("\u0000")) return `${where} name ${echo(rawName)} contains a NUL character`;
    const value = decode(rawValue.replace(/\+/g, " "));
    if (value === undefined) return `${where} ${echo(name)} is not valid percent-encoding`;
    if (value.includes("\u0000")) return `${where} ${echo(name)} contains a NUL character`;
  }
  return undefined;
}

/** The problem with decoded form fields (a multipart body), naming the field. */
export function formFieldsProblem(form: Iterable<[string, unknown]>): string | undefined {
  for (const [name, value] of form) {
    if (name.includes("\u0000")) return `Form field name ${echo(name)} contains a NUL character`;
    if (typeof value === "string" && value.includes("\u0000"))
      return `Form field ${echo(name)} contains a NUL character`;
  }
  return undefined;
}

/** The first problem of a request: its path, its query, then its form body (POST and the like). */
export async function requestInputProblem(request: Request): Promise<string | undefined> {
  const url = new URL(request.url);
  const problem = pathProblem(url.pathname) ?? encodedPairsProblem(url.search.replace(/^\?/, ""));
  if (problem || request.method === "GET" || request.method === "HEAD" || !request.body) return problem;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return encodedPairsProblem(await request.clone().text(), "Form field");
    }
    if (type.startsWith("multipart/form-data")) {
      return formFieldsProblem((await request.clone().formData()) as unknown as Iterable<[string, unknown]>);
    }
  } catch {
    return "The form body cannot be read";
  }
  return undefined;
}

/**
 * Astro middleware: answers 400 (plain text naming the problem) for the input above. Put it first
 * in each site's `sequence(...)`, so no page, endpoint or other middleware sees such a request.
 */
export const inputGuard: MiddlewareHandler = async (context, next) => {
  const problem = await requestInputProblem(context.request);
  if (problem) {
    return new Response(`Bad request: ${problem}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return next();
};
