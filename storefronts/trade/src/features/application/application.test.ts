import { BackendRequestError, BackendUnavailableError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { submitApplication } from "./application";
import type { ApplicationRequest } from "./application-form";

const body: ApplicationRequest = {
  company: { name: "Acme", email: "ap@acme.example", currency_code: "eur" },
  applicant: { email: "ada@acme.example", password: "correct horse", first_name: "Ada", last_name: "Roast" },
};
const failing = (error: Error) => ({ request: vi.fn(async () => Promise.reject(error)) }) as never;

describe("submitApplication", () => {
  it("posts the application without a token; every valid application reads the same", async () => {
    const request = vi.fn(async () => ({ application: { status: "received" }, message: "Thank you." }));
    await expect(submitApplication({ request } as never, body)).resolves.toEqual({ ok: true });
    expect(request).toHaveBeenCalledWith("/store/trade-applications", { method: "POST", body });
  });

  it("shows the backend's lock (429) on the whole form", async () => {
    const outcome = await submitApplication(
      failing(new BackendRequestError("Too many attempts. Try again in 60 minutes.", 429)),
      body,
    );
    expect(outcome).toEqual({
      ok: false,
      status: 429,
      errors: { general: expect.stringContaining("Too many attempts") },
    });
  });

  it("puts a backend 400 next to the field it names", async () => {
    const outcome = await submitApplication(
      failing(new BackendRequestError("Invalid request: Field 'company, vat_id' is invalid", 400)),
      body,
    );
    expect(outcome).toMatchObject({ ok: false, status: 400, errors: { vat_id: expect.stringContaining("vat_id") } });
  });

  it("understands the plugin's own dotted field names", async () => {
    const outcome = await submitApplication(
      failing(new BackendRequestError("company.email: not a valid email address", 400)),
      body,
    );
    expect(outcome).toMatchObject({ errors: { company_email: "company.email: not a valid email address" } });
    const applicant = await submitApplication(
      failing(new BackendRequestError("applicant.password: at least 8 characters", 400)),
      body,
    );
    expect(applicant).toMatchObject({ errors: { password: expect.any(String) } });
  });

  it("lets an unreachable backend through (503 page)", async () => {
    await expect(submitApplication(failing(new BackendUnavailableError()), body)).rejects.toBeInstanceOf(
      BackendUnavailableError,
    );
  });
});
