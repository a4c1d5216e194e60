/**
 * The shared content (`@hybrid/content`) as the backend reads it: the search index (product
 * stories), the terms a checkout must accept (legal pages) and the admin's Content page. The content package is ESM
 * TypeScript (built for Astro); Node 22 loads it through `import()` from this CommonJS backend, so
 * the specifiers are kept in variables the compiler leaves alone, and only the few functions used
 * here are typed locally. The package stays the one authority on parsing and visibility (status,
 * publishAt/unpublishAt, sites).
 */
export type ContentSite = "consumer" | "trade"

export type ContentFile = { path: string; source: string }

type Publishing = { status: string; sites: ContentSite[]; publishAt?: Date; unpublishAt?: Date }
export type StoryEntry = { data: Publishing & { product: string; title: string; summary: string } }
export type PageEntry = { id?: string; data: Publishing & { title: string; publishedAt: Date; footer?: string } }

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] }
type Parsed<T> = { success: boolean; data?: T; error?: { issues: Issue[] } }
export type ScheduleState = "draft" | "scheduled" | "live" | "expired"

const specifiers = {
  layout: "@hybrid/content/layout.ts",
  files: "@hybrid/content/files.ts",
  schemas: "@hybrid/content/schemas.ts",
  select: "@hybrid/content/select.ts",
  validate: "@hybrid/content/validate.ts",
  markdown: "astro/markdown",
}

// A variable specifier: TypeScript neither resolves nor rewrites it. Compiled to CommonJS it stays
// import() (tsc) or becomes require() (ts-node's swc), and Node 22 loads the ESM package either way.
const importEsm = (specifier: string): Promise<any> => import(specifier)

export async function contentApi() {
  const [layout, files, schemas, select, validate, markdown] = await Promise.all([
    importEsm(specifiers.layout),
    importEsm(specifiers.files),
    importEsm(specifiers.schemas),
    importEsm(specifiers.select),
    importEsm(specifiers.validate),
    importEsm(specifiers.markdown),
  ])
  return {
    /** The content folder: `HC_CONTENT_DIR`, else the package's own. */
    root: (process.env.HC_CONTENT_DIR || layout.PACKAGE_ROOT) as string,
    readContentFiles: files.readContentFiles as (root: string) => Promise<ContentFile[]>,
    storySchema: schemas.storySchema as { safeParse(data: unknown): Parsed<StoryEntry["data"]> },
    pageSchema: schemas.pageSchema as { safeParse(data: unknown): Parsed<PageEntry["data"]> },
    isVisible: select.isVisible as (entry: { data: Publishing }, site: ContentSite, now: Date) => boolean,
    scheduleState: select.scheduleState as (entry: { data: Publishing }, now: Date) => ScheduleState,
    /** One `frontmatter.field: message` line per schema issue, as `npm run content:check` prints them. */
    describeIssues: validate.describeIssues as (issues: readonly Issue[]) => string[],
    entryIdFromFileName: layout.entryIdFromFileName as (fileName: string) => string,
    parseFrontmatter: markdown.parseFrontmatter as (source: string) => {
      frontmatter: Record<string, unknown>
      content: string
    },
  }
}
