/**
 * Keystatic, local mode, over the shared content folder (../../content): the same files the
 * sites load and `npm run content:check` validates. Every field mirrors one field of the zod
 * schemas in @hybrid/content/schemas.ts (a test keeps them in step), with the same names, so what
 * the editor writes is what the sites parse. Paths are relative to the content folder: the API
 * route (src/pages/api/keystatic) serves that folder, not this app's.
 *
 * This module is bundled for the browser too: import only browser-safe modules here.
 */
import { collection, config, fields } from "@keystatic/core";
import { AUDIENCES, SITES, STATUSES } from "@hybrid/content/schemas.ts";

const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  consumer: "Consumers (consumer site)",
  trade: "Trade buyers (trade site, signed in)",
  company_admin: "Company admins (trade site)",
  approver: "Approvers (trade site)",
};
const SITE_LABELS: Record<(typeof SITES)[number], string> = { consumer: "Consumer site", trade: "Trade site" };

const handleList = (label: string, description: string) =>
  fields.array(
    fields.text({
      label: "Product handle",
      validation: {
        isRequired: true,
        pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: "a kebab-case product handle, e.g. kenya-nyeri-aa" },
      },
    }),
    {
      label,
      description,
      itemLabel: (props) => props.value || "(handle)",
    },
  );

/** Fields every entry has: status, schedule, sites and persona blocks (see publishingFields). */
const publishing = {
  status: fields.select({
    label: "Status",
    description: "Drafts are only shown through a preview link. Published entries follow the schedule below.",
    options: STATUSES.map((value) => ({ label: value === "draft" ? "Draft" : "Published", value })),
    defaultValue: "draft",
  }),
  publishAt: fields.datetime({
    label: "Publish at (UTC)",
    description: "Optional: goes live at this time, without a rebuild.",
  }),
  unpublishAt: fields.datetime({
    label: "Unpublish at (UTC)",
    description: "Optional: taken down at this time. Must be after Publish at.",
  }),
  sites: fields.multiselect({
    label: "Sites",
    description: "The sites that show this entry.",
    options: SITES.map((value) => ({ label: SITE_LABELS[value], value })),
    defaultValue: ["consumer", "trade"],
  }),
  variants: fields.array(
    fields.object({
      audience: fields.multiselect({
        label: "Shown to",
        options: AUDIENCES.map((value) => ({ label: AUDIENCE_LABELS[value], value })),
      }),
      title: fields.text({ label: "Heading (optional)" }),
      body: fields.text({ label: "Text (Markdown)", multiline: true, validation: { isRequired: true } }),
    }),
    {
      label: "Persona blocks",
      description:
        "Blocks shown after the text to some readers only: consumers, trade buyers, company admins or approvers.",
      itemLabel: (props) =>
        `${props.fields.title.value || "Block"} → ${props.fields.audience.value.join(", ") || "nobody yet"}`,
    },
  ),
};

export default config({
  storage: { kind: "local" },
  ui: { brand: { name: "Hybrid content" } },
  collections: {
    stories: collection({
      label: "Product stories",
      path: "stories/*",
      slugField: "product",
      format: { contentField: "body" },
      entryLayout: "content",
      columns: ["product", "title"],
      schema: {
        product: fields.slug({
          name: {
            label: "Product handle",
            description: "The product this story belongs to; also its file name, e.g. kenya-nyeri-aa.",
          },
        }),
        title: fields.text({ label: "Title", validation: { isRequired: true } }),
        summary: fields.text({
          label: "Summary",
          multiline: true,
          validation: { isRequired: true, length: { max: 300 } },
        }),
        hero: fields.object(
          {
            alt: fields.text({ label: "Alt text", description: "Describes the photo for people who cannot see it." }),
            credit: fields.text({ label: "Credit" }),
            image: fields.image({ label: "Photo", directory: "images/stories", publicPath: "images/stories/" }),
          },
          { label: "Hero image" },
        ),
        related: handleList("Related products", "Product handles to suggest; each site shows those it sells."),
        publishedAt: fields.date({
          label: "Date shown",
          validation: { isRequired: true },
          defaultValue: { kind: "today" },
        }),
        ...publishing,
        body: fields.mdx({ label: "Story", extension: "md" }),
      },
    }),
    pages: collection({
      label: "Editorial pages",
      path: "pages/*",
      slugField: "title",
      format: { contentField: "body" },
      entryLayout: "content",
      columns: ["title"],
      schema: {
        title: fields.slug({
          name: { label: "Title" },
          slug: { label: "URL slug", description: "The page's address: /pages/<slug>." },
        }),
        description: fields.text({
          label: "Description",
          multiline: true,
          validation: { isRequired: true, length: { max: 200 } },
        }),
        featuredProducts: handleList(
          "Featured products",
          "Product handles shown with the page; each must be sold on every site listed.",
        ),
        image: fields.object(
          {
            src: fields.image({ label: "Image", directory: "images/pages", publicPath: "images/pages/" }),
            alt: fields.text({ label: "Alt text" }),
          },
          { label: "Share image" },
        ),
        publishedAt: fields.date({
          label: "Date shown",
          validation: { isRequired: true },
          defaultValue: { kind: "today" },
        }),
        footer: fields.select({
          label: "Footer link",
          description:
            "A service or legal page is linked in the footer under this heading, not listed with the articles.",
          options: [
            { label: "None (an article)", value: "" },
            { label: "Help (contact, shipping and returns)", value: "help" },
            { label: "Legal (terms, privacy, imprint)", value: "legal" },
          ],
          defaultValue: "",
        }),
        ...publishing,
        body: fields.mdx({ label: "Text", extension: "md" }),
      },
    }),
  },
});
