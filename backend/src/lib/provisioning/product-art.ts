import type { CatalogProduct } from "./catalog"

/**
 * The demo catalog's product imagery, drawn from catalog data: three pictures per product (a
 * studio shot, a close-up or a scene, and a third view), each an SVG that provisioning renders to
 * a raster image (see products.ts) the way a merchant's photographs would arrive. The drawings use
 * no text, so they render the same on a machine without fonts.
 */

export type ProductPicture = {
  /** File name stem, e.g. "front". */
  view: string
  /** What the picture shows, for screen readers (stored as the image's metadata.alt). */
  alt: string
  svg: string
}

const SIZE = 1000

const ROAST_COLOURS: Record<string, string> = {
  light: "#a8703f",
  medium: "#7a4a28",
  "medium-dark": "#5a351c",
  dark: "#35200f",
}
/** The bag's colour per roast (the label band carries the roast colour itself). */
const BAG_COLOURS: Record<string, string> = {
  light: "#d9b77a",
  medium: "#b5533c",
  "medium-dark": "#2f5d62",
  dark: "#262626",
}
const CATEGORY_COLOURS: Record<string, string> = {
  "brewing-equipment": "#2f5d62",
  accessories: "#6b705c",
  "gift-sets": "#9c2f2f",
  wholesale: "#334155",
}

type Kind =
  | "bag"
  | "cafe-bag"
  | "dripper"
  | "chemex"
  | "aeropress"
  | "french-press"
  | "grinder"
  | "kettle"
  | "scale"
  | "moka"
  | "filters"
  | "cups"
  | "canister"
  | "tablets"
  | "gift-box"
  | "batch-brewer"
  | "knock-box"
  | "milk-jugs"

const KIND_BY_HANDLE: Record<string, Kind> = {
  "hario-v60-dripper": "dripper",
  "chemex-6-cup": "chemex",
  "aeropress-original": "aeropress",
  "french-press-8-cup": "french-press",
  "hand-grinder-conical": "grinder",
  "gooseneck-kettle": "kettle",
  "digital-brew-scale": "scale",
  "moka-pot-6-cup": "moka",
  "paper-filters-v60": "filters",
  "chemex-filters": "filters",
  "ceramic-cup-set": "cups",
  "airtight-storage-canister": "canister",
  "cleaning-tablets": "tablets",
  "batch-brewer-commercial": "batch-brewer",
  "knock-box-commercial": "knock-box",
  "milk-jug-case": "milk-jugs",
}

export function productKind(product: CatalogProduct): Kind {
  if (product.category === "coffee-beans") return "bag"
  if (product.handle.endsWith("-5kg")) return "cafe-bag"
  if (product.category === "gift-sets") return "gift-box"
  return KIND_BY_HANDLE[product.handle] ?? "canister"
}

// ── colour and randomness ────────────────────────────────────────────────────────────────────

/** `hex` moved towards black (amount < 0) or white (amount > 0), amount in -1…1. */
export function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const target = amount < 0 ? 0 : 255
  const mix = (c: number) => Math.round(c + (target - c) * Math.abs(amount))
  const r = mix((n >> 16) & 255)
  const g = mix((n >> 8) & 255)
  const b = mix(n & 255)
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`
}

/** A small deterministic generator, seeded by the handle: the same catalog draws the same pictures. */
function random(seedText: string): () => number {
  let seed = 0
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const r1 = (n: number) => Math.round(n * 10) / 10

/** A horizontal gradient that makes a flat shape read as a cylinder or a pouch. */
function sideLight(id: string, colour: string, depth = 0.35): string {
  return `<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${shade(colour, -depth)}"/><stop offset=".22" stop-color="${colour}"/><stop offset=".42" stop-color="${shade(colour, 0.18)}"/><stop offset=".78" stop-color="${colour}"/><stop offset="1" stop-color="${shade(colour, -depth)}"/></linearGradient>`
}

// ── backdrops ────────────────────────────────────────────────────────────────────────────────

function studio(floorY = 830): string {
  return `<defs><radialGradient id="bg" cx=".5" cy=".38" r=".75"><stop offset="0" stop-color="#fbf8f3"/><stop offset="1" stop-color="#e6ddd0"/></radialGradient><radialGradient id="floorShadow"><stop offset="0" stop-color="#000" stop-opacity=".28"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>
<ellipse cx="500" cy="${floorY}" rx="330" ry="46" fill="url(#floorShadow)"/>`
}

function counter(wall: string, rng: () => number): string {
  const planks = Array.from({ length: 5 }, (_, i) => {
    const y = 700 + i * 62
    return `<path d="M0 ${y} H${SIZE}" stroke="#6e4a2c" stroke-opacity=".35" stroke-width="3"/><path d="M${r1(rng() * 900)} ${y + 20} q60 -6 140 0" stroke="#6e4a2c" stroke-opacity=".2" stroke-width="4" fill="none"/>`
  }).join("")
  return `<defs><linearGradient id="wall" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${shade(wall, 0.25)}"/><stop offset="1" stop-color="${wall}"/></linearGradient><linearGradient id="wood" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#b9854f"/><stop offset="1" stop-color="#8c5d33"/></linearGradient><radialGradient id="floorShadow"><stop offset="0" stop-color="#000" stop-opacity=".35"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs>
<rect width="${SIZE}" height="660" fill="url(#wall)"/>
<rect y="660" width="${SIZE}" height="340" fill="url(#wood)"/>
<rect y="652" width="${SIZE}" height="14" fill="#e9dccb"/>
${planks}`
}

// ── small parts ──────────────────────────────────────────────────────────────────────────────

function bean(x: number, y: number, rotate: number, size: number, colour: string): string {
  const s = size
  return `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(rotate)})"><ellipse rx="${r1(s)}" ry="${r1(s * 0.68)}" fill="${colour}"/><ellipse rx="${r1(s * 0.8)}" ry="${r1(s * 0.45)}" cx="${r1(-s * 0.12)}" cy="${r1(-s * 0.12)}" fill="#fff" opacity=".12"/><path d="M${r1(-s * 0.82)} 0 C${r1(-s * 0.3)} ${r1(-s * 0.3)} ${r1(s * 0.3)} ${r1(s * 0.3)} ${r1(s * 0.82)} 0" stroke="${shade(colour, -0.55)}" stroke-width="${r1(s * 0.13)}" fill="none" stroke-linecap="round"/></g>`
}

/** A cup of coffee on a saucer, side view, standing on `floorY`. */
function cup(cx: number, floorY: number, scale: number, colour = "#f4f1ec", steam = true): string {
  const s = scale
  const top = floorY - 150 * s
  const w = 95 * s
  const body = `<path d="M${r1(cx - w)} ${r1(top)} H${r1(cx + w)} C${r1(cx + w)} ${r1(top + 90 * s)} ${r1(cx + 60 * s)} ${r1(floorY - 22 * s)} ${r1(cx)} ${r1(floorY - 22 * s)} C${r1(cx - 60 * s)} ${r1(floorY - 22 * s)} ${r1(cx - w)} ${r1(top + 90 * s)} ${r1(cx - w)} ${r1(top)} Z" fill="${colour}" stroke="${shade(colour, -0.25)}" stroke-width="${r1(3 * s)}"/>`
  const handle = `<path d="M${r1(cx + w - 6 * s)} ${r1(top + 25 * s)} c${r1(55 * s)} ${r1(-10 * s)} ${r1(60 * s)} ${r1(60 * s)} ${r1(-10 * s)} ${r1(75 * s)}" stroke="${colour}" stroke-width="${r1(18 * s)}" fill="none" stroke-linecap="round"/>`
  const saucer = `<ellipse cx="${r1(cx)}" cy="${r1(floorY - 12 * s)}" rx="${r1(150 * s)}" ry="${r1(24 * s)}" fill="${shade(colour, -0.08)}" stroke="${shade(colour, -0.25)}" stroke-width="${r1(3 * s)}"/>`
  const rim = `<ellipse cx="${r1(cx)}" cy="${r1(top)}" rx="${r1(w)}" ry="${r1(18 * s)}" fill="#4a2c17"/><ellipse cx="${r1(cx - 10 * s)}" cy="${r1(top + 2 * s)}" rx="${r1(w * 0.7)}" ry="${r1(10 * s)}" fill="#c08a55" opacity=".7"/>`
  const vapour = steam
    ? [-30, 10, 45]
        .map(
          (dx, i) =>
            `<path d="M${r1(cx + dx * s)} ${r1(top - 20 * s)} c${r1(-25 * s)} ${r1(-40 * s)} ${r1(25 * s)} ${r1(-60 * s)} 0 ${r1(-110 * s - i * 12 * s)}" stroke="#fff" stroke-opacity=".55" stroke-width="${r1(9 * s)}" fill="none" stroke-linecap="round"/>`
        )
        .join("")
    : ""
  return `<g>${saucer}${handle}${body}${rim}${vapour}</g>`
}

/** Bars standing for printed lines on a label (no text: the pictures render without fonts). */
function printedLines(x: number, y: number, widths: number[], colour: string, height = 14, gap = 26): string {
  return widths
    .map(
      (w, i) =>
        `<rect x="${r1(x - w / 2)}" y="${r1(y + i * gap)}" width="${r1(w)}" height="${height}" rx="${height / 2}" fill="${colour}"/>`
    )
    .join("")
}

// ── products ─────────────────────────────────────────────────────────────────────────────────

function bag(colour: string, roastColour: string, wide: boolean): string {
  const w = wide ? 560 : 420
  const x0 = 500 - w / 2
  const x1 = 500 + w / 2
  const top = wide ? 170 : 190
  const bottom = 820
  const crimp = Array.from(
    { length: Math.round(w / 20) },
    (_, i) => `${r1(x0 + i * 20)},${top + (i % 2 ? 8 : 0)}`
  ).join(" ")
  const labelTop = top + 210
  const label = wide
    ? `<rect x="${x0 + 70}" y="${labelTop}" width="${w - 140}" height="250" rx="10" fill="#f3ead9"/>${printedLines(500, labelTop + 40, [300, 220], "#3a2a1c", 22, 40)}<rect x="${x0 + 70}" y="${labelTop + 150}" width="${w - 140}" height="44" fill="${roastColour}"/>${printedLines(500, labelTop + 215, [160], "#6b5544", 12)}`
    : `<rect x="${x0 + 55}" y="${labelTop}" width="${w - 110}" height="290" rx="16" fill="#fbf7f1"/><circle cx="500" cy="${labelTop + 70}" r="44" fill="none" stroke="${roastColour}" stroke-width="6"/>${bean(500, labelTop + 70, -30, 26, roastColour)}${printedLines(500, labelTop + 140, [220, 160], "#2b1d14", 18, 34)}<rect x="${x0 + 55}" y="${labelTop + 212}" width="${w - 110}" height="34" fill="${roastColour}"/>${printedLines(500, labelTop + 262, [120], "#6b5544", 10)}`
  return `<defs>${sideLight("bagLight", colour)}</defs>
<path d="M${x0 + 12} ${top + 40} Q${x0} ${top + 40} ${x0} ${top + 75} L${x0 - 18} ${bottom - 24} Q${x0 - 18} ${bottom} ${x0 + 10} ${bottom} H${x1 - 10} Q${x1 + 18} ${bottom} ${x1 + 18} ${bottom - 24} L${x1} ${top + 75} Q${x1} ${top + 40} ${x1 - 12} ${top + 40} Z" fill="url(#bagLight)"/>
<rect x="${x0}" y="${top}" width="${w}" height="58" rx="6" fill="${shade(colour, -0.22)}"/>
<polyline points="${crimp}" fill="none" stroke="${shade(colour, -0.45)}" stroke-width="4"/>
<path d="M${x0 + 40} ${top + 80} L${x0 + 26} ${bottom - 30}" stroke="#fff" stroke-opacity=".16" stroke-width="10"/>
<circle cx="500" cy="${top + 128}" r="19" fill="${shade(colour, -0.3)}"/><circle cx="500" cy="${top + 128}" r="8" fill="${shade(colour, 0.2)}"/>
${label}`
}

function dripper(colour: string): string {
  const ribs = [-3, -2, -1, 0, 1, 2, 3]
    .map(
      (i) => `<path d="M${500 + i * 40} 318 L${500 + i * 13} 540" stroke="${shade(colour, -0.12)}" stroke-width="5"/>`
    )
    .join("")
  return `<defs>${sideLight("cone", colour, 0.25)}<linearGradient id="glass" x1="0" x2="1"><stop offset="0" stop-color="#c9d6da" stop-opacity=".9"/><stop offset=".5" stop-color="#eef3f4" stop-opacity=".7"/><stop offset="1" stop-color="#b5c4c9" stop-opacity=".9"/></linearGradient></defs>
<path d="M370 620 Q360 820 430 826 H570 Q640 820 630 620 Z" fill="url(#glass)" stroke="#9aaab0" stroke-width="4"/>
<path d="M378 720 Q375 818 432 822 H568 Q625 818 622 720 Z" fill="#5a351c" opacity=".85"/>
<ellipse cx="500" cy="600" rx="175" ry="26" fill="${shade(colour, -0.1)}"/>
<path d="M320 310 L450 570 H550 L680 310 Z" fill="url(#cone)"/>
${ribs}
<ellipse cx="500" cy="310" rx="180" ry="34" fill="${shade(colour, 0.1)}" stroke="${shade(colour, -0.2)}" stroke-width="4"/>
<ellipse cx="500" cy="312" rx="150" ry="22" fill="#f3e6cf"/>
<path d="M672 360 c70 -10 80 90 -8 100" stroke="url(#cone)" stroke-width="26" fill="none"/>`
}

function chemex(): string {
  return `<defs><linearGradient id="glass" x1="0" x2="1"><stop offset="0" stop-color="#b8c8cd"/><stop offset=".35" stop-color="#eef4f5"/><stop offset=".6" stop-color="#dde7ea"/><stop offset="1" stop-color="#a9bcc2"/></linearGradient><linearGradient id="collar" x1="0" x2="1"><stop offset="0" stop-color="#6b4526"/><stop offset=".5" stop-color="#b07a48"/><stop offset="1" stop-color="#6b4526"/></linearGradient></defs>
<path d="M330 170 L470 470 C380 560 330 660 330 760 Q330 826 420 826 H580 Q670 826 670 760 C670 660 620 560 530 470 L670 170 Z" fill="url(#glass)" opacity=".92" stroke="#8fa3a9" stroke-width="5"/>
<path d="M348 700 C350 660 370 620 400 590 H600 C630 620 650 660 652 700 V760 Q652 810 580 810 H420 Q348 810 348 760 Z" fill="#4a2c17" opacity=".88"/>
<path d="M438 400 L560 400 L585 520 L415 520 Z" fill="url(#collar)"/>
<path d="M500 470 C470 520 460 560 470 600" stroke="#3b2416" stroke-width="6" fill="none"/>
<circle cx="470" cy="606" r="14" fill="#6b4526"/>
<path d="M345 190 L470 460" stroke="#fff" stroke-opacity=".55" stroke-width="10"/>`
}

function aeropress(): string {
  const marks = [0, 1, 2, 3]
    .map(
      (i) =>
        `<rect x="520" y="${560 + i * 50}" width="36" height="7" fill="#e9eef0"/><circle cx="505" cy="${563 + i * 50}" r="5" fill="#e9eef0"/>`
    )
    .join("")
  return `<defs>${sideLight("chamber", "#7d8a90", 0.3)}${sideLight("plunger", "#3a4246", 0.35)}</defs>
<rect x="430" y="200" width="140" height="330" rx="10" fill="url(#plunger)"/>
<ellipse cx="500" cy="200" rx="92" ry="20" fill="#2c3235"/>
<rect x="400" y="470" width="200" height="40" rx="8" fill="#59656a"/>
<rect x="415" y="500" width="170" height="290" rx="12" fill="url(#chamber)" opacity=".95"/>
${marks}
<rect x="405" y="780" width="190" height="44" rx="8" fill="#2c3235"/>
${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="${415 + i * 26}" y="786" width="12" height="32" rx="4" fill="#454d51"/>`).join("")}`
}

function frenchPress(): string {
  return `<defs><linearGradient id="glass" x1="0" x2="1"><stop offset="0" stop-color="#9fb1b7"/><stop offset=".3" stop-color="#e7eef0"/><stop offset="1" stop-color="#9fb1b7"/></linearGradient>${sideLight("steel", "#c4c9cc", 0.4)}</defs>
<rect x="470" y="160" width="60" height="30" rx="12" fill="#2b2b2b"/><rect x="494" y="186" width="12" height="140" fill="#9aa1a5"/>
<rect x="372" y="270" width="256" height="54" rx="10" fill="url(#steel)"/>
<rect x="380" y="320" width="240" height="470" rx="18" fill="url(#glass)" opacity=".9"/>
<rect x="388" y="440" width="224" height="345" rx="14" fill="#3b2416" opacity=".92"/>
<rect x="388" y="440" width="224" height="26" fill="#9c6b3f" opacity=".85"/>
<rect x="372" y="330" width="256" height="20" fill="url(#steel)"/><rect x="372" y="760" width="256" height="60" rx="12" fill="url(#steel)"/>
<rect x="396" y="350" width="14" height="410" fill="url(#steel)"/><rect x="590" y="350" width="14" height="410" fill="url(#steel)"/>
<path d="M626 380 h70 q30 0 30 30 v250 q0 30 -30 30 h-70" stroke="#2b2b2b" stroke-width="30" fill="none" stroke-linejoin="round"/>`
}

function grinder(): string {
  return `<defs>${sideLight("steel", "#b9bfc3", 0.45)}<linearGradient id="wood" x1="0" x2="1"><stop offset="0" stop-color="#6b4526"/><stop offset=".5" stop-color="#b07a48"/><stop offset="1" stop-color="#6b4526"/></linearGradient></defs>
<rect x="410" y="360" width="180" height="460" rx="22" fill="url(#steel)"/>
<rect x="410" y="600" width="180" height="16" fill="#7c8387"/>
${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${418 + i * 21}" y="380" width="8" height="200" rx="4" fill="#000" opacity=".08"/>`).join("")}
<ellipse cx="500" cy="360" rx="90" ry="22" fill="#d9dee1"/>
<rect x="486" y="300" width="28" height="66" fill="#8d9498"/>
<path d="M500 312 L690 250" stroke="#5d6569" stroke-width="24" stroke-linecap="round"/>
<rect x="668" y="170" width="44" height="100" rx="22" fill="url(#wood)"/>`
}

function kettle(): string {
  return `<defs>${sideLight("body", "#2f3133", 0.5)}</defs>
<path d="M360 812 L392 470 Q400 440 430 440 H570 Q600 440 608 470 L640 812 Z" fill="url(#body)"/>
<rect x="352" y="796" width="296" height="28" rx="10" fill="#1e1f20"/>
<path d="M420 442 Q500 360 580 442 Z" fill="#3a3c3e"/><rect x="484" y="362" width="32" height="30" rx="10" fill="#b07a48"/>
<path d="M380 740 C300 730 280 650 250 520 C240 470 220 430 180 400" stroke="#2f3133" stroke-width="24" fill="none" stroke-linecap="round"/>
<path d="M596 480 C700 470 720 560 716 640 C712 700 680 740 626 746" stroke="#1e1f20" stroke-width="36" fill="none" stroke-linecap="round"/>
<path d="M410 480 L392 790" stroke="#fff" stroke-opacity=".18" stroke-width="12"/>`
}

function scale(): string {
  const digits = [0, 1, 2, 3]
    .map(
      (i) =>
        `<rect x="${426 + i * 38}" y="748" width="26" height="8" fill="#7fe0c4"/><rect x="${426 + i * 38}" y="764" width="26" height="8" fill="#7fe0c4" opacity=".6"/>`
    )
    .join("")
  return `<defs><linearGradient id="top" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#3a3d40"/><stop offset="1" stop-color="#202224"/></linearGradient></defs>
<path d="M300 620 L700 620 L780 730 L220 730 Z" fill="url(#top)"/>
<path d="M300 640 L700 640 L748 706 L252 706 Z" fill="#2a2c2e" stroke="#4a4e52" stroke-width="3"/>
<rect x="220" y="730" width="560" height="90" rx="10" fill="#17181a"/>
<rect x="400" y="740" width="200" height="44" rx="6" fill="#0b2b24"/>${digits}
<circle cx="650" cy="775" r="16" fill="#3a3d40"/><circle cx="700" cy="775" r="16" fill="#3a3d40"/>
${cup(500, 668, 0.9, "#f4f1ec", false)}`
}

function moka(): string {
  return `<defs>${sideLight("alu", "#c3c8cb", 0.45)}</defs>
<path d="M400 820 L420 600 H580 L600 820 Z" fill="url(#alu)"/>
<path d="M420 600 L500 578 L580 600" fill="#a3a9ad"/>
<rect x="420" y="560" width="160" height="40" fill="#8b9296"/>
<path d="M420 560 L390 330 H610 L580 560 Z" fill="url(#alu)"/>
<path d="M385 332 Q500 250 615 332 Z" fill="#b1b7ba"/><rect x="480" y="262" width="40" height="34" rx="12" fill="#1e1f20"/>
<path d="M390 336 L340 300 L392 382 Z" fill="#a3a9ad"/>
<path d="M606 360 C700 350 700 520 590 520" stroke="#1e1f20" stroke-width="34" fill="none" stroke-linecap="round"/>
${[0, 1, 2].map((i) => `<path d="M${440 + i * 40} 350 L${446 + i * 36} 550" stroke="#000" stroke-opacity=".08" stroke-width="10"/>`).join("")}`
}

function filters(round: boolean): string {
  const paper = round ? "#f6f1e7" : "#fbf9f4"
  const sheets = Array.from({ length: 7 }, (_, i) => {
    const dx = i * 10
    const dy = -i * 12
    return round
      ? `<path d="M${330 + dx} ${560 + dy} A240 240 0 0 0 ${670 + dx} ${560 + dy} L${500 + dx} ${800 + dy} Z" fill="${shade(paper, -i * 0.015)}" stroke="#d8cfbf" stroke-width="3"/>`
      : `<rect x="${330 + dx}" y="${470 + dy}" width="340" height="340" rx="4" fill="${shade(paper, -i * 0.015)}" stroke="#d8cfbf" stroke-width="3" transform="rotate(${i * 2 - 6} ${500 + dx} ${640 + dy})"/>`
  }).join("")
  return `<rect x="560" y="250" width="250" height="560" rx="10" fill="#6b705c"/><rect x="600" y="320" width="170" height="120" rx="8" fill="#f3ead9"/>${printedLines(685, 350, [110, 80], "#3a2a1c", 14, 30)}
${sheets}`
}

function cups(): string {
  return `${cup(360, 826, 1.25, "#f4f1ec")}${cup(650, 826, 1.25, "#2f5d62")}`
}

function canister(colour: string): string {
  return `<defs>${sideLight("can", colour, 0.4)}${sideLight("lid", "#b9bfc3", 0.45)}</defs>
<rect x="370" y="340" width="260" height="480" rx="20" fill="url(#can)"/>
<rect x="360" y="300" width="280" height="60" rx="14" fill="url(#lid)"/>
<rect x="470" y="270" width="60" height="36" rx="10" fill="#2b2b2b"/>
<circle cx="500" cy="330" r="12" fill="#7c8387"/>
<rect x="420" y="480" width="160" height="180" rx="12" fill="#f3ead9"/>${printedLines(500, 520, [110, 80, 100], "#3a2a1c", 14, 34)}`
}

function tablets(colour: string): string {
  const pills = Array.from(
    { length: 10 },
    (_, i) =>
      `<circle cx="${360 + (i % 5) * 70}" cy="${730 + Math.floor(i / 5) * 50}" r="22" fill="#fbfbfb" stroke="#d6d6d6" stroke-width="3"/>`
  ).join("")
  return `<path d="M330 260 L610 230 L680 300 L680 640 L400 670 L330 600 Z" fill="${colour}"/>
<path d="M330 260 L610 230 L680 300 L400 330 Z" fill="${shade(colour, 0.2)}"/><path d="M400 330 L680 300 L680 640 L400 670 Z" fill="${shade(colour, -0.15)}"/>
<rect x="430" y="400" width="200" height="140" rx="10" fill="#f3ead9" transform="skewY(-6)"/>
<rect x="320" y="690" width="360" height="130" rx="14" fill="#dfe3e6" stroke="#b9bfc3" stroke-width="3"/>${pills}`
}

function giftBox(colour: string, open: boolean, roastColour: string): string {
  if (open) {
    return `<path d="M230 520 L770 520 L740 820 L260 820 Z" fill="${shade(colour, -0.2)}"/>
<g transform="translate(150 200) scale(0.55)">${bag("#b5533c", roastColour, false)}</g>
${cup(630, 640, 0.9, "#f4f1ec", false)}
<path d="M230 520 L770 520 L760 610 L240 610 Z" fill="#f3e6cf"/>
<path d="M220 600 L780 600 L750 830 L250 830 Z" fill="${colour}"/><rect x="470" y="600" width="60" height="230" fill="#e8c46a"/>`
  }
  return `<path d="M260 430 L740 430 L740 820 L260 820 Z" fill="${colour}"/>
<path d="M240 380 L760 380 L760 460 L240 460 Z" fill="${shade(colour, 0.12)}"/>
<rect x="470" y="380" width="60" height="440" fill="#e8c46a"/><rect x="240" y="600" width="520" height="0" fill="#e8c46a"/>
<path d="M500 380 C420 280 330 300 380 370 C400 390 460 390 500 380 Z" fill="#e8c46a" stroke="#c9a448" stroke-width="4"/>
<path d="M500 380 C580 280 670 300 620 370 C600 390 540 390 500 380 Z" fill="#e8c46a" stroke="#c9a448" stroke-width="4"/>
<circle cx="500" cy="380" r="22" fill="#c9a448"/>
<path d="M260 460 H740 V490 H260 Z" fill="#000" opacity=".12"/>`
}

function batchBrewer(): string {
  return `<defs>${sideLight("steel", "#c4c9cc", 0.35)}${sideLight("pot", "#8d9498", 0.45)}</defs>
<rect x="230" y="170" width="540" height="650" rx="18" fill="url(#steel)"/>
<rect x="230" y="170" width="540" height="120" rx="18" fill="#2b2b2b"/>
<rect x="420" y="200" width="160" height="56" rx="6" fill="#0b2b24"/><rect x="440" y="220" width="120" height="14" fill="#7fe0c4"/>
<rect x="270" y="300" width="200" height="70" rx="10" fill="#1e1f20"/><rect x="530" y="300" width="200" height="70" rx="10" fill="#1e1f20"/>
<rect x="285" y="430" width="170" height="360" rx="30" fill="url(#pot)"/><rect x="545" y="430" width="170" height="360" rx="30" fill="url(#pot)"/>
<rect x="330" y="470" width="80" height="30" rx="8" fill="#1e1f20"/><rect x="590" y="470" width="80" height="30" rx="8" fill="#1e1f20"/>
<rect x="230" y="790" width="540" height="30" fill="#7c8387"/>`
}

function knockBox(): string {
  return `<defs>${sideLight("rubber", "#2b2b2b", 0.5)}</defs>
<path d="M320 520 L680 520 L660 820 L340 820 Z" fill="url(#rubber)"/>
<path d="M320 520 L680 520 L690 560 L310 560 Z" fill="#3a3c3e"/>
<rect x="300" y="498" width="400" height="32" rx="16" fill="#9aa1a5"/>
<path d="M380 760 h240" stroke="#fff" stroke-opacity=".08" stroke-width="14"/>
${cup(760, 826, 0.55, "#f4f1ec", false)}`
}

function milkJugs(): string {
  const jug = (cx: number, s: number) =>
    `<path d="M${cx - 95 * s} ${826 - 300 * s} L${cx - 115 * s} ${826 - 300 * s} L${cx - 80 * s} ${826 - 250 * s} L${cx - 120 * s} 826 H${cx + 120 * s} L${cx + 80 * s} ${826 - 300 * s} Z" fill="url(#steel)"/><path d="M${cx + 95 * s} ${826 - 250 * s} c${70 * s} 0 ${80 * s} ${150 * s} ${5 * s} ${170 * s}" stroke="#7c8387" stroke-width="${22 * s}" fill="none"/>`
  return `<defs>${sideLight("steel", "#c4c9cc", 0.5)}</defs>${jug(380, 1.2)}${jug(640, 1.35)}`
}

function drawProduct(kind: Kind, product: CatalogProduct, colour: string, roastColour: string): string {
  switch (kind) {
    case "bag":
      return bag(colour, roastColour, false)
    case "cafe-bag":
      return bag("#c8a77a", roastColour, true)
    case "dripper":
      return dripper("#e9e4dc")
    case "chemex":
      return chemex()
    case "aeropress":
      return aeropress()
    case "french-press":
      return frenchPress()
    case "grinder":
      return grinder()
    case "kettle":
      return kettle()
    case "scale":
      return scale()
    case "moka":
      return moka()
    case "filters":
      return filters(product.handle.includes("v60"))
    case "cups":
      return cups()
    case "canister":
      return canister(colour)
    case "tablets":
      return tablets(colour)
    case "gift-box":
      return giftBox(colour, false, roastColour)
    case "batch-brewer":
      return batchBrewer()
    case "knock-box":
      return knockBox()
    case "milk-jugs":
      return milkJugs()
  }
}

function svg(body: string, label: string, viewBox = `0 0 ${SIZE} ${SIZE}`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="${viewBox}" role="img" aria-label="${label.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)}">
${body}
</svg>`
}

/** A scatter of roasted beans filling the frame: the close-up of a coffee. */
function beansCloseUp(roastColour: string, rng: () => number): string {
  const beans: string[] = []
  for (let row = 0; row < 9; row++) {
    for (let col = 0; col < 8; col++) {
      const x = col * 135 + (row % 2) * 65 + (rng() - 0.5) * 50
      const y = row * 118 + (rng() - 0.5) * 40
      beans.push(bean(x, y, rng() * 180, 66 + rng() * 16, shade(roastColour, (rng() - 0.5) * 0.25)))
    }
  }
  return `<rect width="${SIZE}" height="${SIZE}" fill="${shade(roastColour, -0.6)}"/>${beans.join("")}
<defs><radialGradient id="vignette" r=".75"><stop offset=".6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".45"/></radialGradient></defs><rect width="${SIZE}" height="${SIZE}" fill="url(#vignette)"/>`
}

/** The product standing on a kitchen counter beside a cup, scaled down and moved to the left. */
function counterScene(product: string, roastColour: string, rng: () => number, withBeans: boolean): string {
  const scattered = withBeans
    ? Array.from({ length: 14 }, () => bean(560 + rng() * 380, 800 + rng() * 150, rng() * 180, 22, roastColour)).join(
        ""
      )
    : ""
  return `${counter("#cfd8d3", rng)}<ellipse cx="380" cy="800" rx="260" ry="34" fill="url(#floorShadow)"/><g transform="translate(-110 -20) scale(0.98)">${product}</g>${cup(780, 812, 0.95)}${scattered}`
}

/**
 * The three pictures of a product, in gallery order. Coffees: the bag, its beans close up, the
 * bag on a counter with a cup. Everything else: a studio shot, the product in a kitchen, and a
 * close-up of its upper half.
 */
export function renderProductPictures(product: CatalogProduct): ProductPicture[] {
  const kind = productKind(product)
  const roast = product.attributes?.roast ?? "medium"
  const roastColour = ROAST_COLOURS[roast] ?? ROAST_COLOURS.medium
  const colour =
    kind === "bag" ? (BAG_COLOURS[roast] ?? BAG_COLOURS.medium) : (CATEGORY_COLOURS[product.category] ?? "#6b705c")
  const drawn = drawProduct(kind, product, colour, roastColour)
  const rng = random(product.handle)
  const title = product.title

  if (kind === "bag" || kind === "cafe-bag") {
    const size = kind === "bag" ? "250 g" : "5 kg"
    return [
      { view: "front", alt: `${title}: the ${size} bag, front`, svg: svg(`${studio()}${drawn}`, title) },
      {
        view: "beans",
        alt: `${title}: the roasted beans close up (${roast} roast)`,
        svg: svg(beansCloseUp(roastColour, rng), title),
      },
      {
        view: "counter",
        alt: `${title}: the bag on a kitchen counter beside a cup of coffee`,
        svg: svg(counterScene(drawn, roastColour, rng, true), title),
      },
    ]
  }
  if (kind === "gift-box") {
    return [
      { view: "front", alt: `${title}: the wrapped box with its ribbon`, svg: svg(`${studio()}${drawn}`, title) },
      {
        view: "inside",
        alt: `${title}: the open box with what it holds`,
        svg: svg(`${studio()}${giftBox(colour, true, roastColour)}`, title),
      },
      {
        view: "counter",
        alt: `${title}: on a kitchen counter beside a cup of coffee`,
        svg: svg(counterScene(drawn, roastColour, rng, false), title),
      },
    ]
  }
  return [
    { view: "front", alt: `${title}: product shot`, svg: svg(`${studio()}${drawn}`, title) },
    {
      view: "counter",
      alt: `${title}: on a kitchen counter beside a cup of coffee`,
      svg: svg(counterScene(drawn, roastColour, rng, false), title),
    },
    { view: "detail", alt: `${title}: close-up`, svg: svg(`${studio()}${drawn}`, title, "200 160 600 600") },
  ]
}
