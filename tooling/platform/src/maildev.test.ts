import nodemailer from "nodemailer";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "./database.ts";
import { startMailDev, type MailCatcher } from "./maildev.ts";
import { repoPaths } from "./paths.ts";
import type { ManagedProcess } from "./services.ts";

describe("MailDev (the local mail inbox of npm start)", () => {
  const started: ManagedProcess[] = [];
  afterAll(async () => {
    await Promise.all(started.map((managed) => managed.stop()));
  });

  it("starts on the given ports, receives SMTP and lists it on its REST API, and stops", async () => {
    const ports = { smtp: await findFreePort(), web: await findFreePort() };
    const mail: MailCatcher = await startMailDev({
      paths: repoPaths(),
      ports,
      output: { kind: "file", file: `${repoPaths().testLogsDir}/maildev-test.log` },
      track: (managed) => {
        started.push(managed);
        return () => undefined;
      },
    });
    expect(mail.smtpUrl).toBe(`smtp://127.0.0.1:${ports.smtp}`);
    expect(mail.inboxUrl).toBe(`http://localhost:${ports.web}`);
    await nodemailer.createTransport(mail.smtpUrl).sendMail({
      from: "shop@example.com",
      to: "inbox@example.com",
      subject: "Hello inbox",
      text: "hi",
      html: "<p>hi</p>",
    });
    const response = await fetch(`${mail.apiUrl}/email`);
    const emails = (await response.json()) as { subject: string; to: { address: string }[]; html: string }[];
    expect(emails.map((e) => [e.subject, e.to[0]?.address])).toEqual([["Hello inbox", "inbox@example.com"]]);
    const inbox = await fetch(mail.inboxUrl, { headers: { accept: "text/html" } });
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain("<html");

    await mail.process.stop();
    expect(mail.process.hasExited).toBe(true);
  }, 60_000);
});
