import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mailbox, startMailbox } from "./mailbox.ts";

describe("mailbox (in-test SMTP server)", () => {
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
  });
  afterAll(() => mailbox.close());

  it("keeps what nodemailer sends, decoded: subject, text and HTML", async () => {
    const transport = nodemailer.createTransport(mailbox.url);
    const long = `Choose a new password at http://localhost:4322/reset-password?token=${"x".repeat(120)} — once.`;
    await transport.sendMail({
      from: "shop@example.com",
      to: "Rita@Example.com",
      subject: "Grüße: reset",
      text: long,
      html: `<p>${long}</p>`,
    });
    const mail = await mailbox.waitFor((m) => m.subject === "Grüße: reset");
    expect(mail.to.map((address) => address.toLowerCase())).toEqual(["rita@example.com"]);
    expect(mail.text.trim()).toBe(long);
    expect(mail.html).toContain(`<p>${long}</p>`);
    expect(mailbox.to("rita@example.com")).toHaveLength(1);
  });

  it("refuses the next messages with a temporary error when told to", async () => {
    const transport = nodemailer.createTransport(mailbox.url);
    mailbox.refuseNext(1, "Down for maintenance");
    await expect(
      transport.sendMail({ from: "a@x.example", to: "b@x.example", subject: "one", text: "1" }),
    ).rejects.toThrow(/451.*Down for maintenance/);
    await transport.sendMail({ from: "a@x.example", to: "b@x.example", subject: "two", text: "2" });
    expect(mailbox.to("b@x.example").map((m) => m.subject)).toEqual(["two"]);
  });
});
