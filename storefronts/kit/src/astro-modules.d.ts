// For plain `tsc` (the kit's typecheck): .astro files are typed by Astro's language tools, so
// here they are just component factories (what the container API renders).
declare module "*.astro" {
  const Component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default Component;
}
