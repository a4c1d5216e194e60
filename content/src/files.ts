import { readdir, readFile } from "node:fs/promises"
import { join, relative, sep } from "node:path"
import { COLLECTIONS, collectionDir } from "./layout.ts"
import type { ContentFile } from "./validate.ts"

/**
 * Reads every file under `<root>/stories` and `<root>/pages` (any depth, dotfiles skipped, sorted)
 * so the validator can also flag files the sites would silently ignore. Missing folders read as empty.
 */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = []
  for (const collection of COLLECTIONS) {
    const dir = collectionDir(collection, root)
    const dirents = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return []
      throw error
    })
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
