import { parseFrontmatter } from "astro/markdown"
import type { Catalog } from "./catalog.ts"
import { COLLECTIONS, ENTRY_EXTENSION, entryIdFromFileName, type CollectionName } from "./layout.ts"
import { HANDLE_PATTERN, pageSchema, storySchema, type Site } from "./schemas.ts"

/** One file of the content tree; `path` is relative to the content root, with `/`, e.g. `stories/kenya-nyeri-aa.md`. */
export interface ContentFile {
  path: string
  source: string
}

export interface EntryProblems {
  path: string
  problems: string[]
}

export interface ValidationReport {
  /** Files looked at. */
  checked: number
  /** Only the files with at least one problem, in input order. */
  invalid: EntryProblems[]
}

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
}

/** `["sites", 0]` -> `frontmatter.sites[0]`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (label, key) => (typeof key === "number" ? `${label}[${key}]` : `${label}.${String(key)}`),
    "frontmatter",
  )
}

/** One `field: message` per zod issue; an unknown key gets its own line. */
export function describeIssues(issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.keys
      ? issue.keys.map((key) => `${fieldPath([...issue.path, key])}: unknown field`)
      : [`${fieldPath(issue.path)}: ${issue.message}`],
  )
}

function sitesLabel(sites: ReadonlySet<Site>): string {
  return [...sites].join(" and ")
}

function parseSource(source: string): { data: Record<string, unknown>; body: string } | { error: string } {
  try {
    const parsed = parseFrontmatter(source)
    if (!parsed.rawFrontmatter) return { error: "no frontmatter: start the file with a --- block" }
    return { data: parsed.frontmatter, body: parsed.content }
  } catch (error) {
    const yamlError = error as Error & { reason?: string; mark?: { line: number } }
    const where = yamlError.mark ? ` (line ${yamlError.mark.line + 1})` : ""
    return { error: `frontmatter is not valid YAML: ${yamlError.reason ?? yamlError.message}${where}` }
  }
}

export interface ValidateOptions {
  /**
   * Paths of the files under `images/` (e.g. `images/stories/kenya.jpg`); when given, every image
   * an entry names must be one of them.
   */
  images?: ReadonlySet<string>
}

function checkImage(path: string | undefined, field: string, options: ValidateOptions): string[] {
  if (!path || !options.images || options.images.has(path)) return []
  return [`${field}: image "${path}" does not exist (upload it, or fix the path)`]
}

function checkStory(id: string, data: unknown, catalog: Catalog, options: ValidateOptions): string[] {
  const parsed = storySchema.safeParse(data)
  if (!parsed.success) return describeIssues(parsed.error.issues)
  const story = parsed.data
  const problems: string[] = []
  if (story.product !== id) {
    problems.push(`file name must be the product handle: rename it to stories/${story.product}${ENTRY_EXTENSION}`)
  }
  const soldOn = catalog.products.get(story.product)
  if (!soldOn) {
    problems.push(`product "${story.product}" does not exist in the catalog`)
  } else {
    const missing = story.sites.filter((site) => !soldOn.has(site))
    if (missing.length > 0) {
      problems.push(
        `product "${story.product}" is not sold on the ${missing.join(" and ")} site (only ${sitesLabel(soldOn)}), which this story lists in sites`,
      )
    }
  }
  problems.push(...checkImage(story.hero?.image, "frontmatter.hero.image", options))
  for (const handle of story.related) {
    if (!catalog.products.has(handle)) problems.push(`related product "${handle}" does not exist in the catalog`)
  }
  return problems
}

function checkPage(data: unknown, catalog: Catalog, options: ValidateOptions): string[] {
  const parsed = pageSchema.safeParse(data)
  if (!parsed.success) return describeIssues(parsed.error.issues)
  const page = parsed.data
  const problems: string[] = [...checkImage(page.image?.src, "frontmatter.image.src", options)]
  for (const handle of page.featuredProducts) {
    const soldOn = catalog.products.get(handle)
    if (!soldOn) {
      problems.push(`featured product "${handle}" does not exist in the catalog`)
      continue
    }
    const missing = page.sites.filter((site) => !soldOn.has(site))
    if (missing.length > 0) {
      problems.push(
        `featured product "${handle}" is not sold on the ${missing.join(" and ")} site (only ${sitesLabel(soldOn)}), which shows this page`,
      )
    }
  }
  return problems
}

/** Every problem of one file, each a self-contained sentence (without the file name). */
export function checkFile(file: ContentFile, catalog: Catalog, options: ValidateOptions = {}): string[] {
  const [collection, fileName, ...deeper] = file.path.split("/")
  if (!COLLECTIONS.includes(collection as CollectionName) || !fileName) {
    return [`not in a content folder (${COLLECTIONS.join(", ")})`]
  }
  if (deeper.length > 0 || !fileName.endsWith(ENTRY_EXTENSION)) {
    return [`not loaded by the sites: entries are ${collection}/<name>${ENTRY_EXTENSION} files, directly in the folder`]
  }
  const id = entryIdFromFileName(fileName)
  const problems: string[] = []
  // A story's name is checked against its product handle instead, once its frontmatter parses.
  if (collection === "pages" && !HANDLE_PATTERN.test(id)) {
    problems.push(
      `file name must be kebab-case (it is the entry's id and URL), e.g. pages/our-roastery${ENTRY_EXTENSION}`,
    )
  }

  const parsed = parseSource(file.source)
  if ("error" in parsed) return [...problems, parsed.error]

  problems.push(
    ...(collection === "stories"
      ? checkStory(id, parsed.data, catalog, options)
      : checkPage(parsed.data, catalog, options)),
  )
  if (parsed.body.trim() === "") problems.push("has no text after the frontmatter")
  return problems
}

/** Validates a content tree against a catalog. Pure: the caller reads the files and the catalog. */
export function validateContent(
  files: readonly ContentFile[],
  catalog: Catalog,
  options: ValidateOptions = {},
): ValidationReport {
  const invalid = files
    .map((file) => ({ path: file.path, problems: checkFile(file, catalog, options) }))
    .filter((entry) => entry.problems.length > 0)
  return { checked: files.length, invalid }
}

/**
 * The command's output: one line per bad entry (`path: problem; problem`), then a summary line.
 * `ok` is false when any entry has a problem or there was nothing to check.
 */
export function formatReport(report: ValidationReport, catalog: Catalog): { ok: boolean; lines: string[] } {
  const against = `${catalog.source} (${catalog.products.size} products)`
  if (report.checked === 0) {
    return { ok: false, lines: [`content: no entries found to check against ${against}`] }
  }
  const lines = report.invalid.map((entry) => `${entry.path}: ${entry.problems.join("; ")}`)
  const entries = `${report.checked} ${report.checked === 1 ? "entry" : "entries"}`
  lines.push(
    report.invalid.length === 0
      ? `content: all ${entries} valid against ${against}`
      : `content: ${report.invalid.length} of ${entries} invalid against ${against}`,
  )
  return { ok: report.invalid.length === 0, lines }
}
