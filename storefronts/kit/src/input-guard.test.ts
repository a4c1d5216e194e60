import { describe, expect, it } from "vitest";
import { encodedPairsProblem, formFieldsProblem, inputGuard, pathProblem, requestInputProblem } from "./input-guard";

const post = (url: string, body: BodyInit, type: string) =>
  new Request(url, { method: "POST", body, headers: { "content-type": type } });

describe("storefront input guard", () => {
  it("names the path segment or query parameter holding NUL or malformed percent-encoding", () => {
    expect(pathProblem("/products/chemex-filters")).toBeUndefined();
    expect(pathProblem("/products/a%00b")).toBe('Path segment 2 ("a%00b") contains a NUL character');
    expect(pathProblem("/products/%E0%A4%A")).toBe('Path segment 2 ("%E0%A4%A") is not valid percent-encoding');
    expect(encodedPairsProblem("q=caf%C3%A9+filter&page=2")).toBeUndefined();
    expect(encodedPairsProblem("q=a%00b")).toBe('Query parameter "q" contains a NUL character');
    expect(encodedPairsProblem("q=%E0%A4%A", "Form field")).toBe('Form field "q" is not valid percent-encoding');
    expect(formFieldsProblem([["note", "a\u0000"]])).toBe('Form field "note" contains a NUL character');
  });

  it("reads urlencoded and multipart form bodies without consuming them", async () => {
    const ok = post("http://site.test/quick-order", "sku=CHEMEX&quantity=6", "application/x-www-form-urlencoded");
    expect(await requestInputProblem(ok)).toBeUndefined();
    expect(await ok.text()).toBe("sku=CHEMEX&quantity=6");

    const nul = post("http://site.test/sign-in", "email=a%00b&password=x", "application/x-www-form-urlencoded");
    expect(await requestInputProblem(nul)).toBe('Form field "email" contains a NUL character');
    const malformed = post("http://site.test/sign-in", "email=%E0%A4%A", "application/x-www-form-urlencoded");
    expect(await requestInputProblem(malformed)).toBe('Form field "email" is not valid percent-encoding');

    const form = new FormData();
    form.set("message", "hello\u0000");
    expect(await requestInputProblem(new Request("http://site.test/apply", { method: "POST", body: form }))).toBe(
      'Form field "message" contains a NUL character',
    );
    expect(await requestInputProblem(new Request("http://site.test/search?q=a%00b"))).toBe(
      'Query parameter "q" contains a NUL character',
    );
  });

  it("answers 400 in plain text before the rest of the pipeline runs", async () => {
    let reached = false;
    const next = async () => {
      reached = true;
      return new Response("page");
    };
    const refused = (await inputGuard(
      { request: new Request("http://site.test/products/a%00b") } as never,
      next,
    )) as Response;
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("NUL character");
    expect(reached).toBe(false);
    const passed = (await inputGuard(
      { request: new Request("http://site.test/products/x") } as never,
      next,
    )) as Response;
    expect(passed.status).toBe(200);
    expect(reached).toBe(true);
  });
});
