/**
 * The social card as PNG: many chat and social services preview only raster images. Drawn at build time from the
 * card's SVG with resvg, with the fonts the project ships, never the machine's, so the same card gives the same bytes
 * on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Inter, from a package the project depends on: the card's title is bold, its address regular. */
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/inter/${file}`),
);

/** The width and height of the social card, in pixels, as link previews expect them. */
export const socialCardSize = { width: 1200, height: 630 } as const;

/** Renders the social card's SVG as a PNG of the card's size; every font family the SVG names is drawn in Inter. */
export function renderSocialCardPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: socialCardSize.width },
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
  });
  // A copy in a buffer of its own, which a `Response` takes as its body.
  return new Uint8Array(resvg.render().asPng());
}
