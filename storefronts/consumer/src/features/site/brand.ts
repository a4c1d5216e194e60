/** The consumer site's name and voice. */
export const SITE_NAME = "Hybrid Coffee Roasters";
export const SITE_TAGLINE = "Specialty coffee, roasted in small batches every week.";
