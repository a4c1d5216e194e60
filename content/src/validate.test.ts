import { describe, expect, it } from "vitest"
import { listImages, readContentFiles } from "./files.ts"
import { contentTrees, fixtureCatalog, GOOD_PAGE, GOOD_STORY } from "./test-support.ts"
import { formatReport, validateContent } from "./validate.ts"

const tree = contentTrees()

/** Writes the tree, validates it against the fixture catalog and returns the command's lines. */
async function report(files: Record<string, string>) {
  const root = await tree(files)
  const catalog = fixtureCatalog()
  return formatReport(
    validateContent(await readContentFiles(root), catalog, { images: await listImages(root) }),
    catalog,
  )
}

describe("validateContent", () => {
  it("passes a valid tree with only a summary line", async () => {
    const { ok, lines } = await report({ "stories/kenya-nyeri-aa.md": GOOD_STORY, "pages/our-roastery.md": GOOD_PAGE })
    expect(ok).toBe(true)
    expect(lines).toEqual(["content: all 2 entries valid against fixture-catalog.json (4 products)"])
  })

  it("reports an unknown handle and bad frontmatter with one line each", async () => {
    const { ok, lines } = await report({
      "stories/kenya-nyeri-aa.md": GOOD_STORY,
      "stories/no-such-handle.md": GOOD_STORY.replaceAll("kenya-nyeri-aa", "no-such-handle"),
      "pages/x.md": GOOD_PAGE.replace("sites: [consumer, trade]", "sites: [shop]"),
    })
    expect(ok).toBe(false)
    expect(lines).toEqual([
      "pages/x.md: frontmatter.sites[0]: expected one of consumer, trade",
      'stories/no-such-handle.md: product "no-such-handle" does not exist in the catalog',
      "content: 2 of 3 entries invalid against fixture-catalog.json (4 products)",
    ])
  })

  it("joins several problems of one entry on its line", async () => {
    const { lines } = await report({
      "stories/kenya-nyeri-aa.md": GOOD_STORY.replace(
        "related: [chemex-6-cup]",
        "related: [chemex-6-cup, gone-product]",
      ).replace("\nA story.\n", ""),
    })
    expect(lines[0]).toBe(
      'stories/kenya-nyeri-aa.md: related product "gone-product" does not exist in the catalog; has no text after the frontmatter',
    )
    expect(lines).toHaveLength(2)
  })

  it("requires a story's file name to be its product handle", async () => {
    const { lines } = await report({ "stories/kenya.md": GOOD_STORY })
    expect(lines[0]).toBe(
      "stories/kenya.md: file name must be the product handle: rename it to stories/kenya-nyeri-aa.md",
    )
  })

  it("allows related products sold on one site only (each site shows those it sells)", async () => {
    const { ok } = await report({
      "stories/kenya-nyeri-aa.md": GOOD_STORY.replace("[chemex-6-cup]", "[colombia-huila-5kg, brew-starter-kit]"),
    })
    expect(ok).toBe(true)
  })

  it("rejects a featured product that a site showing the page does not sell", async () => {
    const { lines } = await report({
      "pages/wholesale.md": GOOD_PAGE.replace("[kenya-nyeri-aa]", "[colombia-huila-5kg]"),
    })
    expect(lines[0]).toBe(
      'pages/wholesale.md: featured product "colombia-huila-5kg" is not sold on the consumer site (only trade), which shows this page',
    )
  })

  it("explains broken YAML, missing frontmatter and files the sites would ignore", async () => {
    const { lines } = await report({
      "pages/broken.md": "---\ntitle: [unclosed\n---\nText\n",
      "pages/plain.md": "# Just text\n",
      "pages/Our Roastery.md": GOOD_PAGE,
      "stories/kenya-nyeri-aa.mdx": GOOD_STORY,
      "stories/nested/kenya-nyeri-aa.md": GOOD_STORY,
    })
    expect(lines).toEqual([
      expect.stringMatching(/^pages\/broken\.md: frontmatter is not valid YAML: .+ \(line \d+\)$/),
      "pages/Our Roastery.md: file name must be kebab-case (it is the entry's id and URL), e.g. pages/our-roastery.md",
      "pages/plain.md: no frontmatter: start the file with a --- block",
      "stories/kenya-nyeri-aa.mdx: not loaded by the sites: entries are stories/<name>.md files, directly in the folder",
      "stories/nested/kenya-nyeri-aa.md: not loaded by the sites: entries are stories/<name>.md files, directly in the folder",
      "content: 5 of 5 entries invalid against fixture-catalog.json (4 products)",
    ])
  })

  it("fails when there is nothing to check (e.g. a wrong --root)", async () => {
    const { ok, lines } = await report({})
    expect(ok).toBe(false)
    expect(lines).toEqual(["content: no entries found to check against fixture-catalog.json (4 products)"])
  })

  it("catches a schedule that ends before it starts, with the entry and field", async () => {
    const { ok, lines } = await report({
      "pages/our-roastery.md": GOOD_PAGE.replace(
        "status: published",
        "status: published\npublishAt: 2026-12-01T08:00\nunpublishAt: 2026-11-01T08:00",
      ),
    })
    expect(ok).toBe(false)
    expect(lines[0]).toBe(
      "pages/our-roastery.md: frontmatter.unpublishAt: must be after publishAt (2026-12-01T08:00:00.000Z)",
    )
  })

  it("rejects a story listed on a site that does not sell its product", async () => {
    const { lines } = await report({
      "stories/colombia-huila-5kg.md": GOOD_STORY.replaceAll("kenya-nyeri-aa", "colombia-huila-5kg"),
    })
    expect(lines[0]).toBe(
      'stories/colombia-huila-5kg.md: product "colombia-huila-5kg" is not sold on the consumer site (only trade), which this story lists in sites',
    )
  })

  it("checks that every image an entry names was uploaded under images/", async () => {
    const withImage = (path: string) =>
      GOOD_STORY.replace("related:", `hero:\n  alt: Cherries\n  image: ${path}\nrelated:`)
    const { lines } = await report({
      "stories/kenya-nyeri-aa.md": withImage("images/stories/missing.jpg"),
      "images/stories/kenya.jpg": "jpeg",
    })
    expect(lines[0]).toBe(
      'stories/kenya-nyeri-aa.md: frontmatter.hero.image: image "images/stories/missing.jpg" does not exist (upload it, or fix the path)',
    )
    const fine = await report({
      "stories/kenya-nyeri-aa.md": withImage("images/stories/kenya.jpg"),
      "images/stories/kenya.jpg": "jpeg",
    })
    expect(fine.ok).toBe(true)
  })
})
