import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { backendFieldError, echoValues, errorLinks, formValues, parseForm } from "./forms";

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("parseForm", () => {
  const schema = z.object({
    name: z.string().min(1, { error: "Enter a name." }),
    password: z.string().min(8, { error: "Too short." }),
  });

  it("returns the data when valid", () => {
    expect(parseForm(schema, form({ name: "Ada", password: "long enough" }), ["name", "password"] as const)).toEqual({
      ok: true,
      data: { name: "Ada", password: "long enough" },
    });
  });

  it("keys each message by its field and never echoes a password", () => {
    const result = parseForm(schema, form({ name: "", password: "short" }), ["name", "password"] as const);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ name: "Enter a name.", password: "Too short." });
    expect(result.values).toEqual({ name: "" });
    expect(JSON.stringify(result)).not.toContain('short"');
  });

  it("treats a file upload in place of a field as missing", () => {
    const result = parseForm(schema, form({ name: new Blob(["x"]), password: "long enough" }), [
      "name",
      "password",
    ] as const);
    expect(result.ok).toBe(false);
  });
});

describe("backendFieldError", () => {
  const fields = ["company_name", "company_email", "email", "vat_id"] as const;
  const aliases = { "company, email": "company_email", "applicant, email": "email" } as const;

  it("puts a Medusa validation message next to the field it names", () => {
    expect(backendFieldError("Invalid request: Field 'company, email' is required", fields, aliases).field).toBe(
      "company_email",
    );
    expect(
      backendFieldError("Invalid request: Value for field 'applicant, email' is invalid", fields, aliases).field,
    ).toBe("email");
    expect(backendFieldError("vat_id must look like DE123456789", fields, aliases).field).toBe("vat_id");
  });

  it("does not mistake a longer name for a shorter one", () => {
    expect(backendFieldError("company_email is invalid", fields).field).toBe("company_email");
  });

  it("falls back to a general message", () => {
    expect(backendFieldError("Something else went wrong", fields)).toEqual({
      field: "general",
      message: "Something else went wrong",
    });
  });
});

describe("values and links", () => {
  it("trims, caps and drops secrets", () => {
    expect(echoValues({ a: "  x ", password_confirmation: "secret", b: undefined })).toEqual({ a: "x" });
    expect(formValues(form({ a: "1", password: "p" }), ["a", "password", "missing"])).toEqual({ a: "1" });
  });

  it("links errors to their field ids, leaving the general one out", () => {
    expect(errorLinks({ email: "Bad", general: "Oops" })).toEqual([{ field: "field-email", message: "Bad" }]);
    expect(errorLinks({ city: "Enter the city." }, "address-")).toEqual([
      { field: "address-city", message: "Enter the city." },
    ]);
  });
});
