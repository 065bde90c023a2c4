/**
 * Markdown written for programs that read the site (language-model agents, scripts): plain text escaped so it reads
 * as text, links as full addresses so a page read away from the site still leads back to it.
 */
import { absoluteUrl } from '../present/urls.ts';

/** Text with the characters Markdown gives a meaning escaped, so `AC-2(1)` or `*` reads as written. */
export function escapeMarkdown(text: string): string {
  // Most text has neither line breaks nor these characters; testing first spares the copies (twins escape a lot).
  const flat = /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  return specialCharacter.test(flat) ? flat.replace(specialCharacters, '\\$&') : flat;
}

const specialCharacter = /[\\`*_[\]<>#|]/;
const specialCharacters = /[\\`*_[\]<>#|]/g;

/** A link to a page of the site, by the URL a URL builder gave: `[SOC 2](https://trust.example.com/soc-2/)`. */
export function formatLink(label: string, href: string, siteUrl: string): string {
  return `[${escapeMarkdown(label)}](${absoluteUrl(href, siteUrl)})`;
}

/** A list item with a link and an optional note after a colon, as llms.txt lists its links. */
export function formatLinkItem(label: string, href: string, siteUrl: string, note?: string): string {
  return `- ${formatLink(label, href, siteUrl)}${note ? `: ${escapeMarkdown(note)}` : ''}`;
}
