/**
 * The backgrounds the accent colour is read on, per colour scheme: the page and the soft panels (header, footer,
 * table heads). They are the `--bg` and `--bg-soft` values of `src/styles/global.css`, which a test keeps equal.
 */
export const schemeBackgrounds = {
  light: { page: '#ffffff', soft: '#f4f6f8' },
  dark: { page: '#12161a', soft: '#1b2127' },
} as const;

export type Scheme = keyof typeof schemeBackgrounds;

/** The two text colours a filled control (a button in the accent colour) may take, the lighter and the darker. */
export const controlTextColours = { light: '#ffffff', dark: '#0b1520' } as const;

/** The accents used when `site.yaml` names none: the site's blue in each scheme. */
export const defaultAccents = { light: '#0b5cad', dark: '#7cb8f5' } as const;
