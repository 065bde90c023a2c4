import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getAudience } from '../../src/lib/build/audience.ts';
import { getHeadersFile, getSecurityFile } from '../../src/lib/build/hosting.ts';
import { SiteSchema } from '../../src/schemas/site.ts';

const site = SiteSchema.parse({
  name: 'Example',
  description: 'Trust.',
  url: 'https://trust.example.com',
  contacts: { nda: 'nda@example.com', security: 'security@example.com' },
});

describe('hosting files', () => {
  test('security.txt names the contact and expires less than a year after the build, as RFC 9116 recommends', () => {
    expect(getSecurityFile(site, '2026-11-29')).toBe(
      [
        'Contact: mailto:security@example.com',
        'Expires: 2027-11-28T00:00:00.000Z',
        'Preferred-Languages: en',
        'Canonical: https://trust.example.com/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });

  test('the headers file sets the security headers for every path', () => {
    const headers = getHeadersFile('public');
    expect(headers.startsWith('/*\n')).toBe(true);
    for (const name of [
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
    ]) {
      expect(headers).toContain(`  ${name}: `);
    }
    expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).not.toContain('X-Robots-Tag');
    // Only features browsers know: Chrome reports an unknown one (FLoC's `interest-cohort`) as an error.
    expect(headers).toContain('  Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()\n');
  });

  test('the headers file gives the content-hashed files a year of immutable caching, and nothing else', () => {
    const headers = getHeadersFile('public');
    const cached = [...headers.matchAll(/^(\S+)\n {2}Cache-Control: public, max-age=31536000, immutable$/gm)];
    expect(cached.map((match) => match[1])).toEqual([
      '/_astro/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
    ]);
    expect(headers.match(/Cache-Control/g)).toHaveLength(4);
  });

  test("the README's nginx configuration sends the headers the build writes to `_headers`", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const nginx = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1]!).join('\n');
    const sent = [...nginx.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map(
      ([, name, value]) => [name!, value!] as const,
    );
    const written = [...getHeadersFile('public').matchAll(/^ {2}([\w-]+): (.*)$/gm)].map(
      ([, name, value]) => [name!, value!] as const,
    );
    // Each header once, with its value: nginx gives one location the caching `_headers` gives folder by folder.
    const distinct = (pairs: (readonly [string, string])[]) => [...new Set(pairs.map((pair) => pair.join(': ')))];
    expect(distinct(sent)).toEqual(distinct(written));
    expect(sent.length).toBe(distinct(written).length);
  });

  test('an unknown audience is refused with the fix', () => {
    expect(() => getAudience({ TRUST_CENTER_AUDIENCE: 'staff' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: TRUST_CENTER_AUDIENCE is \`staff\`, which is not an audience. Set it to \`internal\` for the build ` +
        `behind single sign-on, or unset it for the public build.]`,
    );
  });
});
