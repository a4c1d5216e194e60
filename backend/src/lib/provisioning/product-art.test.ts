import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { catalog } from "./catalog"
import { productKind, renderProductPictures, shade } from "./product-art"

describe("the demo catalog's pictures", () => {
  const all = catalog.products.map((product) => ({ product, pictures: renderProductPictures(product) }))

  it("draws three pictures per product, each with alt text naming the product and what it shows", () => {
    for (const { product, pictures } of all) {
      expect(
        pictures.map((p) => p.view),
        product.handle
      ).toHaveLength(3)
      expect(new Set(pictures.map((p) => p.view)).size, product.handle).toBe(3)
      for (const picture of pictures) {
        expect(picture.alt.startsWith(`${product.title}: `), picture.alt).toBe(true)
        expect(picture.alt.length).toBeGreaterThan(product.title.length + 5)
      }
      // No two pictures of a product are the same drawing.
      expect(new Set(pictures.map((p) => p.svg)).size, product.handle).toBe(3)
    }
  })

  it("draws each kind of product as what it is: equipment is not a coffee bag", () => {
    const kinds = new Map(catalog.products.map((p) => [p.handle, productKind(p)]))
    expect(kinds.get("ethiopia-yirgacheffe")).toBe("bag")
    expect(kinds.get("house-espresso-blend-5kg")).toBe("cafe-bag")
    expect(kinds.get("chemex-6-cup")).toBe("chemex")
    expect(kinds.get("gooseneck-kettle")).toBe("kettle")
    expect(kinds.get("discovery-gift-box")).toBe("gift-box")
    // Every brewing-equipment product has a drawing of its own.
    const equipment = catalog.products.filter((p) => p.category === "brewing-equipment").map((p) => kinds.get(p.handle))
    expect(new Set(equipment).size).toBe(equipment.length)
  })

  it("renders to a 1000 × 1000 raster image without fonts or external files", async () => {
    const picture = all.find(({ product }) => product.handle === "chemex-6-cup")!.pictures[0]
    expect(picture.svg).not.toMatch(/<text|href=/)
    const { info } = await sharp(Buffer.from(picture.svg)).jpeg().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height, info.format]).toEqual([1000, 1000, "jpeg"])
  })

  it("shades colours towards black or white", () => {
    expect(shade("#808080", -1)).toBe("#000000")
    expect(shade("#808080", 1)).toBe("#ffffff")
    expect(shade("#808080", 0)).toBe("#808080")
    expect(shade("#204060", -0.5)).toBe("#102030")
  })
})
