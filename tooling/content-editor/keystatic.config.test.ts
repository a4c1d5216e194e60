/**
 * The editor and the zod schemas must describe the same frontmatter: every schema field has an
 * editor field of the same name (and the reverse), nested groups and lists included, choices
 * offer the schema's values, and every shipped entry, read the way Keystatic reads it, parses with
 * the schemas the sites use.
 */
import { pageSchema, storySchema } from "@hybrid/content";
import { PACKAGE_ROOT } from "@hybrid/content/layout.ts";
import { AUDIENCES, SITES, STATUSES, variantSchema } from "@hybrid/content/schemas.ts";
import { createReader } from "@keystatic/core/reader";
import { describe, expect, it } from "vitest";
import config from "./keystatic.config";

type Field = {
  kind: string;
  fields?: Record<string, Field>;
  element?: Field;
  options?: Array<{ value: string }>;
  contentExtension?: string;
};
type Shape = Record<string, unknown>;

/** The zod object behind a field, through optional/default/preprocess wrappers. */
function objectShape(schema: unknown): Shape | null {
  let current = schema as { shape?: Shape; def?: Record<string, unknown>; _zod?: { def: Record<string, unknown> } };
  for (let i = 0; i < 10 && current; i++) {
    if (current.shape) return current.shape;
    const def = current._zod?.def ?? current.def;
    current = (def?.innerType ?? def?.out ?? def?.in ?? def?.element) as typeof current;
    if (def?.type === "array") return objectShape(def.element);
  }
  return null;
}

/** Field names of a Keystatic collection schema, the content field (the Markdown body) aside. */
const editorFields = (name: "stories" | "pages") => {
  const schema = config.collections![name]!.schema as unknown as Record<string, Field>;
  return Object.keys(schema).filter((key) => key !== "body");
};

describe.each([
  ["stories", storySchema],
  ["pages", pageSchema],
] as const)("the %s collection", (name, schema) => {
  const fields = config.collections![name]!.schema as unknown as Record<string, Field>;

  it("has an editor field for every schema field and none the schema would reject", () => {
    expect(editorFields(name).sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it("edits nested groups and lists with the same field names", () => {
    for (const [key, field] of Object.entries(fields)) {
      const nested = objectShape(schema.shape[key as keyof typeof schema.shape]);
      if (field.kind === "object") expect(Object.keys(field.fields!).sort(), key).toEqual(Object.keys(nested!).sort());
      if (field.kind === "array" && field.element?.kind === "object") {
        expect(Object.keys(field.element.fields!).sort(), key).toEqual(Object.keys(nested!).sort());
      }
    }
  });

  it("offers exactly the schema's statuses, sites and audiences", () => {
    const values = (field: Field | undefined) => field?.options?.map((o) => o.value);
    expect(values(fields.status)).toEqual([...STATUSES]);
    expect(values(fields.sites)).toEqual([...SITES]);
    expect(values(fields.variants!.element!.fields!.audience)).toEqual([...AUDIENCES]);
    expect(Object.keys(fields.variants!.element!.fields!).sort()).toEqual(Object.keys(variantSchema.shape).sort());
  });

  it("stores entries where the sites load them, as Markdown", () => {
    expect(config.collections![name]!.path).toBe(`${name}/*`);
    expect(fields.body?.contentExtension ?? (fields.body as unknown as { formKind?: string })?.formKind).toBeTruthy();
  });
});

describe("the shipped content, read by Keystatic", () => {
  const reader = createReader(PACKAGE_ROOT, config);

  it("parses with the sites' schemas (stories)", async () => {
    const stories = await reader.collections.stories.all();
    expect(stories.length).toBeGreaterThanOrEqual(8);
    for (const { slug, entry } of stories) {
      const { body: _body, ...frontmatter } = entry;
      const parsed = storySchema.safeParse(frontmatter);
      expect(parsed.success ? [] : parsed.error.issues, slug).toEqual([]);
      expect(parsed.data?.product, slug).toBe(slug);
      expect(typeof (await entry.body()), slug).toBe("string");
    }
  });

  it("parses with the sites' schemas (pages), persona blocks and schedule included", async () => {
    const pages = await reader.collections.pages.all();
    for (const { slug, entry } of pages) {
      const { body: _body, ...frontmatter } = entry;
      const parsed = pageSchema.safeParse(frontmatter);
      expect(parsed.success ? [] : parsed.error.issues, slug).toEqual([]);
    }
    const roastery = pageSchema.parse(
      (({ body: _b, ...rest }) => rest)((await reader.collections.pages.read("our-roastery"))!),
    );
    expect(roastery.variants.map((v) => v.audience)).toEqual([["consumer"], ["trade"], ["company_admin"]]);
    const gifts = pageSchema.parse(
      (({ body: _b, ...rest }) => rest)((await reader.collections.pages.read("holiday-gift-guide"))!),
    );
    expect(gifts.status).toBe("draft");
    expect(gifts.publishAt?.toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });
});
