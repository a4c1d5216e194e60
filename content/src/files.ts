import { readdir, readFile } from "node:fs/promises"
import { join, relative, sep } from "node:path"
import { COLLECTIONS, IMAGES_DIR, collectionDir } from "./layout.ts"
import type { ContentFile } from "./validate.ts"

/**
 * Reads every file under `<root>/stories` and `<root>/pages` (any depth, dotfiles skipped, sorted)
 * so the validator can also flag files the sites would silently ignore. Missing folders read as empty.
 */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = []
  for (const collection of COLLECTIONS) {
    const dir = collectionDir(collection, root)
    const dirents = await readdir(dir, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return []
        throw error
      },
    )
    for (const dirent of dirents) {
      if (!dirent.isFile() || dirent.name.startsWith(".")) continue
      const absolute = join(dirent.parentPath, dirent.name)
      files.push({
        path: relative(root, absolute).split(sep).join("/"),
        source: await readFile(absolute, "utf8"),
      })
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/** Paths (`images/…`, with `/`) of the files under `<root>/images`, the editor's upload folder. */
export async function listImages(root: string): Promise<Set<string>> {
  const dir = join(root, IMAGES_DIR)
  const dirents = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return []
    throw error
  })
  return new Set(
    dirents
      .filter((dirent) => dirent.isFile() && !dirent.name.startsWith("."))
      .map((dirent) => relative(root, join(dirent.parentPath, dirent.name)).split(sep).join("/")),
  )
}
