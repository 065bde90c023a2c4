import type { AccessLevel } from '../../schemas/shared.ts';
import type { Site } from '../../schemas/site.ts';

/** Which build this is: `public` (the default) or `internal`, for hosting behind single sign-on. */
export type Audience = 'public' | 'internal';

/** Reads the audience from `TRUST_CENTER_AUDIENCE`; anything but `internal` is refused. */
export function getAudience(env: NodeJS.ProcessEnv = process.env): Audience {
  const value = env.TRUST_CENTER_AUDIENCE ?? 'public';
  if (value === 'public' || value === 'internal') return value;
  throw new Error(
    `TRUST_CENTER_AUDIENCE is \`${value}\`, which is not an audience. Set it to \`internal\` for the build behind ` +
      `single sign-on, or unset it for the public build.`,
  );
}

/** Whether material at an access level may appear in this build. */
export function isVisible(level: AccessLevel, audience: Audience): boolean {
  return audience === 'internal' || level === 'public';
}

/**
 * Whether this build has the `/attention/` pages, the writers' to-do list: the internal
 * build always, the public one only when `site.yaml` sets `publishAttention`.
 */
export function hasAttentionPages(site: Pick<Site, 'publishAttention'>, audience: Audience): boolean {
  return audience === 'internal' || site.publishAttention;
}
