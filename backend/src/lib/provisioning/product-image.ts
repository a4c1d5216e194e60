import type { CatalogProduct } from "./catalog"

const ROAST_COLOURS: Record<string, string> = {
  light: "#c8894f",
  medium: "#8a5a35",
  "medium-dark": "#5e3b22",
  dark: "#3b2416",
}
const CATEGORY_COLOURS: Record<string, string> = {
  "brewing-equipment": "#2f5d62",
  accessories: "#6b705c",
  "gift-sets": "#9c2f2f",
  wholesale: "#334155",
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Split a title into at most three lines of ~18 characters for the label. */
function labelLines(title: string): string[] {
  const lines: string[] = []
  for (const word of title.split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && (last + " " + word).length <= 18) {
      lines[lines.length - 1] = `${last} ${word}`
    } else {
      lines.push(word)
    }
  }
  return lines.slice(0, 3)
}

/**
 * A product illustration generated from catalog data (a coffee bag for beans, a label card for
 * everything else), so the demo ships no binary images and stays a few KB per product.
 */
export function renderProductImage(product: CatalogProduct): string {
  const isBeans = product.category === "coffee-beans" || product.handle.endsWith("-5kg")
  const colour = isBeans
    ? (ROAST_COLOURS[product.attributes?.roast ?? "medium"] ?? ROAST_COLOURS.medium)
    : (CATEGORY_COLOURS[product.category] ?? "#444")
  const lines = labelLines(product.title)
  const text = lines
    .map(
      (line, i) =>
        `<text x="400" y="${430 + i * 52}" font-family="Georgia, serif" font-size="44" text-anchor="middle" fill="#2b1d14">${escapeXml(line)}</text>`
    )
    .join("")
  const subtitle = escapeXml(
    product.attributes
      ? `${product.attributes.origin} · ${product.attributes.roast} roast`
      : product.category.replace(/-/g, " ")
  )
  const shape = isBeans
    ? `<path d="M230 140 h340 l40 80 v520 a30 30 0 0 1 -30 30 h-360 a30 30 0 0 1 -30 -30 v-520 z" fill="${colour}"/><rect x="230" y="120" width="340" height="40" rx="8" fill="#1f140d" opacity=".5"/>`
    : `<rect x="170" y="150" width="460" height="600" rx="36" fill="${colour}"/>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="900" viewBox="0 0 800 900" role="img" aria-label="${escapeXml(product.title)}">
<rect width="800" height="900" fill="#f4ede4"/>
${shape}
<rect x="250" y="330" width="300" height="${Math.max(240, 120 + lines.length * 52)}" rx="14" fill="#fbf7f1"/>
${text}
<text x="400" y="${460 + lines.length * 52}" font-family="Helvetica, Arial, sans-serif" font-size="22" text-anchor="middle" fill="#6b5544">${subtitle}</text>
</svg>`
}
