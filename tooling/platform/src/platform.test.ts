import { describe, expect, it } from "vitest";
import { readyBanner } from "./banner.ts";
import { isInside } from "./paths.ts";
import { backendEnv, portsFromEnv, storefrontEnv, urlsFor } from "./platform.ts";

describe("environment for the services", () => {
  it("passes what the user exported and sets database, mode, data folder and port", () => {
    const env = backendEnv(
      { REDIS_URL: "redis://cache:6379", JWT_SECRET: "s3cret", NODE_ENV: "test", PORT: "1" },
      { databaseUrl: "postgres://x@localhost:1/db", nodeEnv: "local", dataDir: "/repo/.data", port: 9000 },
    );
    expect(env).toMatchObject({
      REDIS_URL: "redis://cache:6379",
      JWT_SECRET: "s3cret",
      DATABASE_URL: "postgres://x@localhost:1/db",
      NODE_ENV: "local",
      HC_DATA_DIR: "/repo/.data",
      PORT: "9000",
    });
    expect(env.STORE_CORS).toBeUndefined();
    // The storefronts on this host forward visitor addresses to the throttles; an exported value wins.
    expect(env.TRUST_PROXY).toBe("loopback");
    expect(
      backendEnv({ TRUST_PROXY: "false" }, { databaseUrl: "u", nodeEnv: "local", dataDir: "d", port: 1 }).TRUST_PROXY,
    ).toBe("false");
  });

  it("adds the storefront origins to the user's CORS lists", () => {
    const env = backendEnv(
      { STORE_CORS: "https://shop.example" },
      {
        databaseUrl: "u",
        nodeEnv: "local",
        dataDir: "d",
        port: 1,
        corsOrigins: ["http://localhost:4421", "http://localhost:4422"],
      },
    );
    expect(env.STORE_CORS).toBe("https://shop.example,http://localhost:4421,http://localhost:4422");
    expect(env.AUTH_CORS).toBe("http://localhost:4421,http://localhost:4422");
  });

  it("points a storefront at the backend", () => {
    expect(
      storefrontEnv({ MEDUSA_BACKEND_URL: "http://elsewhere" }, 4321, "http://localhost:9000", "production"),
    ).toMatchObject({
      PORT: "4321",
      HOST: "localhost",
      MEDUSA_BACKEND_URL: "http://localhost:9000",
      NODE_ENV: "production",
    });
  });

  it("uses 9000/4321/4322 unless overridden, and rejects a bad port", () => {
    expect(portsFromEnv({})).toEqual({ backend: 9000, consumer: 4321, trade: 4322 });
    expect(portsFromEnv({ TRADE_PORT: "5000" }).trade).toBe(5000);
    expect(() => portsFromEnv({ BACKEND_PORT: "nine" })).toThrow('BACKEND_PORT must be a port number, got "nine".');
  });
});

describe("ready banner", () => {
  const urls = urlsFor({ backend: 9000, consumer: 4321, trade: 4322 });
  const local = { urls, nodeEnv: "local", database: "embedded", mode: "start" } as const;

  it("shows the three URLs and the demo logins", () => {
    const text = readyBanner({ urls, nodeEnv: "local", database: "embedded", mode: "start" });
    for (const expected of [
      "http://localhost:9000/app",
      "http://localhost:4321",
      "http://localhost:4322",
      "admin@example.com / hybrid-demo",
      "buyer@example.com / hybrid-demo",
    ]) {
      expect(text).toContain(expected);
    }
    const widths = new Set(text.split("\n").map((line) => line.length));
    expect(widths.size).toBe(1);
  });

  it("shows the mail inbox MailDev serves, or that email goes to SMTP_URL", () => {
    const withInbox = readyBanner({ ...local, mailInbox: "http://localhost:1080" });
    expect(withInbox).toContain("Mail inbox        http://localhost:1080");
    const external = readyBanner(local);
    expect(external).toContain("sent to SMTP_URL");
  });

  it("shows the content editor's address when the launcher started it", () => {
    const text = readyBanner({
      urls,
      nodeEnv: "local",
      database: "embedded",
      mode: "start",
      contentEditor: "http://127.0.0.1:4330/keystatic",
    });
    expect(text).toContain("Content editor    http://127.0.0.1:4330/keystatic");
    expect(readyBanner({ urls, nodeEnv: "local", database: "embedded", mode: "start" })).not.toContain(
      "Content editor",
    );
  });

  it("shows no demo logins in production", () => {
    const text = readyBanner({ urls, nodeEnv: "production", database: "embedded", mode: "start" });
    expect(text).not.toContain("hybrid-demo");
  });
});

describe("isInside", () => {
  it("accepts children and rejects escapes", () => {
    expect(isInside("/repo", "/repo/.data")).toBe(true);
    expect(isInside("/repo", "/repo/../etc")).toBe(false);
    expect(isInside("/repo", "/repository/.data")).toBe(false);
  });
});
