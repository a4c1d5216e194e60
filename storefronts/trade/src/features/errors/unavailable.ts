/**
 * The page served when the commerce backend cannot be reached. Built without the backend and
 * without the Astro render pipeline (which may be what failed), so it always renders.
 */
export const UNAVAILABLE_TITLE = "Our shop is temporarily unavailable";

export function unavailableResponse(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${UNAVAILABLE_TITLE} · Hybrid Roasters Trade</title>
<style>
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2430; background: #f3f5f7; }
  header { background: #17212b; color: #fff; padding: 0.75rem 1.5rem; font-weight: 600; letter-spacing: 0.02em; }
  main { max-width: 40rem; margin: 3rem auto; padding: 1.5rem 2rem; background: #fff; border: 1px solid #d5dbe1; }
  h1 { font-size: 1.35rem; margin: 0 0 0.75rem; }
  a { color: #0b5cad; }
  a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
</style>
</head>
<body>
<header>Hybrid Roasters · Trade</header>
<main>
  <h1>${UNAVAILABLE_TITLE}</h1>
  <p>We cannot reach our ordering system right now. Nothing in your cart is lost.</p>
  <p>Please try again in a minute: <a href="">reload this page</a>.</p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30" },
  });
}
