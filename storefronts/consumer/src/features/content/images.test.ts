import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentImageFile, contentImageUrl } from "./images";

describe("content images", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "content-"));
  mkdirSync(path.join(dir, "images", "stories"), { recursive: true });
  writeFileSync(path.join(dir, "images", "stories", "kenya.jpg"), "jpeg");
  writeFileSync(path.join(dir, "secret.md"), "no");

  it("names an uploaded image by a versioned URL under /content-images/", () => {
    expect(contentImageUrl("images/stories/kenya.jpg", dir)).toMatch(
      /^\/content-images\/stories\/kenya\.jpg\?v=[0-9a-z]+$/,
    );
  });

  it("has no URL for an image the folder does not have (yet)", () => {
    expect(contentImageUrl("images/stories/missing.jpg", dir)).toBeNull();
    expect(contentImageUrl("images/stories", dir)).toBeNull();
  });

  it("never reaches outside images/ or serves other files", () => {
    for (const attempt of [
      "images/../secret.md",
      "images/stories/../../secret.md",
      "secret.md",
      "/etc/passwd",
      "images/stories/kenya.md",
    ]) {
      expect(contentImageFile(dir, attempt), attempt).toBeNull();
    }
    expect(contentImageFile(dir, "images/stories/kenya.jpg")).toBe(path.join(dir, "images", "stories", "kenya.jpg"));
  });
});
