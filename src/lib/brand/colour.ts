/**
 * Colour arithmetic for the brand check: WCAG 2 contrast between two sRGB colours, and a perceptual
 * lightness scale (OKLab) to move a colour lighter or darker while keeping its hue.
 */

/** An sRGB colour with channels from 0 to 1. */
export type Rgb = readonly [number, number, number];

/** A colour written as `#rrggbb` or `#rgb`. */
export const hexColourPattern = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Reads `#rrggbb` or `#rgb`. */
export function parseHex(hex: string): Rgb {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16) / 255) as unknown as Rgb;
}

/** Writes a colour as lowercase `#rrggbb`, rounding each channel. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(clamp(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** A colour in OKLab: perceptual lightness `l` from 0 to 1 and the two opponent axes. */
type Lab = readonly [number, number, number];

function toOklab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, A, B]: Lab): Rgb {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  return linear.map((c) => clamp(fromLinear(clamp(c)))) as unknown as Rgb;
}

/**
 * The colour closest to `rgb` in perceptual lightness, moved darker or lighter, that `passes`: a binary search
 * on OKLab lightness with hue and chroma kept (clipped to sRGB). Returns undefined when even black or white fails.
 */
export function nearestPassing(
  rgb: Rgb,
  direction: 'darker' | 'lighter',
  passes: (c: Rgb) => boolean,
): Rgb | undefined {
  const [l, a, b] = toOklab(rgb);
  const at = (lightness: number) => parseHex(toHex(fromOklab([lightness, a, b])));
  const end = direction === 'darker' ? 0 : 1;
  if (!passes(at(end))) return undefined;
  let [near, far] = [l, end];
  for (let step = 0; step < 40; step += 1) {
    const middle = (near + far) / 2;
    if (passes(at(middle))) far = middle;
    else near = middle;
  }
  return at(far);
}
