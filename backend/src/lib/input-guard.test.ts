import { describe, expect, it } from "vitest"
import { bodyProblem, inputErrorMessage, pathProblem, queryProblem, requestInputProblem } from "./input-guard"

describe("input guard", () => {
  it("refuses NUL and malformed percent-encoding in path segments, naming the segment", () => {
    expect(pathProblem("/store/products/prod_1")).toBeUndefined()
    expect(pathProblem("/store/products/caf%C3%A9")).toBeUndefined()
    expect(pathProblem("/store/products/a%00b")).toBe('Path segment 3 ("a%00b") contains a NUL character')
    expect(pathProblem("/storefront-bootstrap/%E0%A4%A")).toBe(
      'Path segment 2 ("%E0%A4%A") is not valid percent-encoding'
    )
    expect(pathProblem("/a/%")).toMatch(/^Path segment 2 .* not valid percent-encoding$/)
  })

  it("refuses NUL and malformed percent-encoding in query names and values, naming the parameter", () => {
    expect(queryProblem("q=caf%C3%A9+au+lait&limit=5&flag")).toBeUndefined()
    expect(queryProblem("q=a%00b")).toBe('Query parameter "q" contains a NUL character')
    expect(queryProblem("limit=1&q=%E0%A4%A")).toBe('Query parameter "q" is not valid percent-encoding')
    expect(queryProblem("a%00=1")).toBe('Query parameter name "a%00" contains a NUL character')
    expect(queryProblem("%ZZ=1")).toBe('Query parameter name "%ZZ" is not valid percent-encoding')
  })

  it("walks body keys and string values, however deep, naming the field", () => {
    expect(bodyProblem({ a: [1, "x", { b: null }] })).toBeUndefined()
    expect(bodyProblem({ lines: [{ quantity: 1 }, { note: "a\u0000b" }] })).toBe(
      "Body field lines[1].note contains a NUL character"
    )
    expect(bodyProblem({ company: { ["na\u0000me"]: "x" } })).toBe(
      'Body field name "company.na\\u0000me" contains a NUL character'
    )
    expect(bodyProblem("text\u0000body")).toBe("Request body contains a NUL character")
    let deep: unknown = "\u0000"
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(bodyProblem(deep)).toMatch(/^Body field \[0\]\[0\].* contains a NUL character$/)
  })

  it("checks path, then query, then body of a request", () => {
    expect(requestInputProblem({ url: "/x?q=1", originalUrl: "/store/x%00?q=%00", body: {} })).toMatch(/^Path/)
    expect(requestInputProblem({ url: "/store/x?q=%00", body: { a: "\u0000" } })).toMatch(/^Query/)
    expect(requestInputProblem({ url: "/store/x", body: { a: "\u0000" } })).toMatch(/^Body/)
    expect(requestInputProblem({ url: "/store/x?q=1", body: { a: "ok" } })).toBeUndefined()
  })

  it("turns decode errors and database data exceptions into 400 messages that do not echo SQL", () => {
    const decodeError = Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 })
    expect(inputErrorMessage(decodeError)).toBe("The request path is not valid percent-encoding")
    const outOfRange = Object.assign(new Error('insert into "x" values (2147483648) - value out of range'), {
      code: "22003",
    })
    expect(inputErrorMessage(outOfRange)).toBe("A number in the request is out of range")
    expect(inputErrorMessage({ message: "wrapped", cause: { code: "22P05" } })).toMatch(/cannot be stored/)
    expect(inputErrorMessage(new Error("boom"))).toBeUndefined()
    expect(inputErrorMessage({ code: "23505" })).toBeUndefined()
  })
})
