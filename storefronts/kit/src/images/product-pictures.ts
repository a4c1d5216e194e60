/**
 * A product's pictures as the sites show them: the backend's images in their rank order, each with
 * its alt text (provisioning stores it in the image's `metadata.alt`; Medusa's image has no alt
 * field), and the thumbnail first when it is not among the images.
 */
export interface ProductPicture {
  url: string;
  alt: string;
}

interface ProductImages {
  title?: string | null;
  thumbnail?: string | null;
  images?: Array<{ url?: string | null; rank?: number | null; metadata?: Record<string, unknown> | null }> | null;
}

export function productPictures(product: ProductImages): ProductPicture[] {
  const title = product.title ?? "";
  const images = [...(product.images ?? [])]
    .filter(
      (image): image is { url: string; rank?: number | null; metadata?: Record<string, unknown> | null } => !!image.url,
    )
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const pictures = images.map((image, i) => {
    const alt = typeof image.metadata?.alt === "string" && image.metadata.alt.trim() ? image.metadata.alt.trim() : null;
    return {
      url: image.url,
      alt: alt ?? (images.length > 1 ? `${title}, picture ${i + 1} of ${images.length}` : title),
    };
  });
  if (product.thumbnail && !pictures.some((picture) => picture.url === product.thumbnail)) {
    pictures.unshift({ url: product.thumbnail, alt: title });
  }
  return pictures;
}

/**
 * Whether the sites' image endpoint can make sizes of `src`: a raster image under the backend's
 * `/uploads/` (what images/config.ts allows). SVGs and other addresses are shown as they are.
 */
export function isTransformableImage(src: string): boolean {
  if (!URL.canParse(src)) return false;
  const { protocol, pathname } = new URL(src);
  return (
    (protocol === "http:" || protocol === "https:") && pathname.startsWith("/uploads/") && !/\.svg$/i.test(pathname)
  );
}
