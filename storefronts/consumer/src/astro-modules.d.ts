// For plain `tsc`: .astro files are typed by Astro's language tools (astro check); here they are
// component factories, which is what the container API tests render.
declare module "*.astro" {
  const Component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default Component;
}
