import { describe, expect, it } from "vitest";
import { isTransformableImage, productPictures } from "./product-pictures";

describe("productPictures", () => {
  it("lists the images in rank order with the alt text stored in their metadata", () => {
    const pictures = productPictures({
      title: "Kenya Nyeri AA",
      thumbnail: "http://b/uploads/front.jpg",
      images: [
        { url: "http://b/uploads/beans.jpg", rank: 1, metadata: { alt: "Kenya Nyeri AA: the beans close up" } },
        { url: "http://b/uploads/front.jpg", rank: 0, metadata: { alt: "Kenya Nyeri AA: the bag, front" } },
      ],
    });
    expect(pictures).toEqual([
      { url: "http://b/uploads/front.jpg", alt: "Kenya Nyeri AA: the bag, front" },
      { url: "http://b/uploads/beans.jpg", alt: "Kenya Nyeri AA: the beans close up" },
    ]);
  });

  it("falls back to the title and the picture's place when an image has no alt text", () => {
    const pictures = productPictures({
      title: "Chemex",
      images: [{ url: "http://b/uploads/1.jpg" }, { url: "http://b/uploads/2.jpg", metadata: { alt: "  " } }],
    });
    expect(pictures.map((p) => p.alt)).toEqual(["Chemex, picture 1 of 2", "Chemex, picture 2 of 2"]);
    expect(productPictures({ title: "Chemex", images: [{ url: "http://b/uploads/1.jpg" }] })[0]!.alt).toBe("Chemex");
  });

  it("puts a thumbnail that is not among the images first, and shows nothing for a product without pictures", () => {
    expect(productPictures({ title: "X", thumbnail: "http://b/uploads/t.jpg", images: [] })).toEqual([
      { url: "http://b/uploads/t.jpg", alt: "X" },
    ]);
    expect(productPictures({ title: "X", images: null })).toEqual([]);
  });
});

describe("isTransformableImage", () => {
  it("is true for raster uploads of the backend only", () => {
    expect(isTransformableImage("http://localhost:9000/uploads/products/a.jpg")).toBe(true);
    expect(isTransformableImage("http://localhost:9000/uploads/products/a.svg")).toBe(false);
    expect(isTransformableImage("http://localhost:9000/static/a.jpg")).toBe(false);
    expect(isTransformableImage("/img/x.png")).toBe(false);
  });
});
