import { contrast, nearestPassing, parseHex, toHex, type Rgb } from './colour.ts';
import { controlTextColours, schemeBackgrounds, type Scheme } from './schemes.ts';

/** WCAG AA minimum contrast for body-size text, which links and the current section are. */
export const textContrast = 4.5;

/** An accent's measured contrasts in one scheme. */
export interface AccentReading {
  /** The lowest contrast of the accent against the scheme's backgrounds, and that background. */
  text: { ratio: number; background: string };
  /** The text colour a control filled with the accent takes, and its contrast with the accent. */
  control: { ratio: number; foreground: string };
}

/** Measures an accent colour, written `#rrggbb`, against a scheme's backgrounds and as a control's fill. */
export function readAccent(accent: string, scheme: Scheme): AccentReading {
  const colour = parseHex(accent);
  const backgrounds = Object.values(schemeBackgrounds[scheme]);
  const text = backgrounds
    .map((background) => ({ ratio: contrast(colour, parseHex(background)), background }))
    .sort((a, b) => a.ratio - b.ratio)[0]!;
  const control = Object.values(controlTextColours)
    .map((foreground) => ({ ratio: contrast(colour, parseHex(foreground)), foreground }))
    .sort((a, b) => b.ratio - a.ratio)[0]!;
  return { text, control };
}

const passes = (scheme: Scheme) => (colour: Rgb) => {
  const reading = readAccent(toHex(colour), scheme);
  return reading.text.ratio >= textContrast && reading.control.ratio >= textContrast;
};

/** The passing colour nearest to the accent: darkened for the light scheme, lightened for the dark one. */
export function nearestPassingAccent(accent: string, scheme: Scheme): string | undefined {
  const found = nearestPassing(parseHex(accent), scheme === 'light' ? 'darker' : 'lighter', passes(scheme));
  return found && toHex(found);
}

const ratio = (value: number) => `${(Math.floor(value * 100) / 100).toFixed(2)}:1`;

/**
 * Why an accent fails WCAG AA in a scheme, with the measured ratio and the nearest passing colour as the fix;
 * undefined when it passes.
 */
export function describeAccentProblem(accent: string, scheme: Scheme): string | undefined {
  const { text, control } = readAccent(accent, scheme);
  if (text.ratio >= textContrast && control.ratio >= textContrast) return undefined;
  const measured =
    text.ratio < textContrast
      ? `has a contrast of ${ratio(text.ratio)} against the ${scheme} scheme's background \`${text.background}\``
      : `has a contrast of at most ${ratio(control.ratio)} with the text of a button it fills in the ${scheme} scheme`;
  const fix = nearestPassingAccent(accent, scheme);
  return (
    `The accent ${measured}; links and controls need at least ${textContrast}:1 (WCAG AA). ` +
    (fix ? `Use \`${fix}\`, the nearest colour that passes.` : 'Choose a darker or lighter colour.')
  );
}

/** The accent for the dark scheme when none is named: the light one, lightened until it passes there. */
export function deriveDarkAccent(accent: string): string {
  return describeAccentProblem(accent, 'dark') ? (nearestPassingAccent(accent, 'dark') ?? '#ffffff') : accent;
}

/** The text colour on a control filled with the accent. */
export function accentForeground(accent: string, scheme: Scheme): string {
  return readAccent(accent, scheme).control.foreground;
}
