/**
 * The artefact files a build publishes under `/files/`, with the size and SHA-256 digest of each, so a reader can
 * verify a downloaded report: the artefact's page shows them, and `/manifest.json` lists them all. A file is
 * published only when its artefact may be shown to the build's audience, so a public build neither serves nor names
 * a gated file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArtefactNode, AssuranceGraph } from '../graph/assurance-graph.ts';
import { perGraph } from '../graph/memo.ts';
import { absoluteUrl, entryUrl, fileUrl } from '../present/urls.ts';
import { contentDir } from '../content/paths.ts';
import { getAudience, isVisible, type Audience } from './audience.ts';

/** A published file and what verifies it. */
export interface PublishedFile {
  /** The file's name in `content/files/`, which is its path under `/files/`. */
  file: string;
  /** The artefact it belongs to, by id. */
  artefact: string;
  size: number;
  /** SHA-256 of the file's bytes, in lowercase hexadecimal. */
  sha256: string;
}

/** The artefacts whose file this build publishes, in the order of the graph (by title). */
export function getPublishedArtefacts(graph: AssuranceGraph, audience: Audience = getAudience()): ArtefactNode[] {
  return graph.artefacts.filter((artefact) => artefact.data.file && isVisible(artefact.data.access, audience));
}

/** Every file this build publishes, sorted by name, with its size and digest; read once per build. */
export const getPublishedFiles = perGraph((graph: AssuranceGraph, audience: Audience) =>
  getPublishedArtefacts(graph, audience)
    .map((artefact) => {
      const file = artefact.data.file!;
      const bytes = readFileSync(join(contentDir, 'files', file));
      return {
        file,
        artefact: artefact.id,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.artefact.localeCompare(b.artefact))),
);

/** The published file of one artefact, or undefined when this build does not publish one. */
export function getPublishedFile(graph: AssuranceGraph, artefactId: string): PublishedFile | undefined {
  return getPublishedFiles(graph, getAudience()).find((published) => published.artefact === artefactId);
}

/** A size as people read it, with the exact count of bytes: `1.2 MB (1,234,567 bytes)`. */
export function formatFileSize(size: number): string {
  const bytes = `${size.toLocaleString('en')} ${size === 1 ? 'byte' : 'bytes'}`;
  if (size < 1000) return bytes;
  const units = ['kB', 'MB', 'GB'];
  let value = size / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]} (${bytes})`;
}

/** `/manifest.json`: every published file with its address, size and SHA-256, as of the build date. */
export function formatFileManifest(graph: AssuranceGraph): string {
  const files = getPublishedFiles(graph, getAudience()).map((published) => ({
    path: fileUrl(published.file),
    url: absoluteUrl(fileUrl(published.file), graph.site.url),
    size: published.size,
    sha256: published.sha256,
    artefact: published.artefact,
    title: graph.artefact(published.artefact).data.title,
    page: absoluteUrl(entryUrl('artefacts', published.artefact), graph.site.url),
  }));
  return `${JSON.stringify({ site: graph.site.url, asOf: graph.today, algorithm: 'sha256', files }, null, 2)}\n`;
}
