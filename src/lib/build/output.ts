import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Audience } from './audience.ts';

/**
 * The folder a build writes the site to, relative to the project: `TRUST_CENTER_OUT_DIR`,
 * else `dist/`, or `dist-internal/` for the internal build, so that one is never
 * published by mistake in place of the public one.
 */
export function getOutDir(audience: Audience, env: NodeJS.ProcessEnv = process.env): string {
  return env.TRUST_CENTER_OUT_DIR ?? (audience === 'internal' ? 'dist-internal' : 'dist');
}

/** The folder a build writes to before the finished site is swapped into `target`. */
export function getStagingDir(target: string): string {
  return `${target.replace(/\/$/, '')}.partial`;
}

/** Replaces `target` with the finished site in `staging`; false when there is nothing staged. */
export function swapIn(staging: string, target: string): boolean {
  if (!existsSync(staging)) return false;
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return true;
}
