import { createHash } from 'node:crypto';

/** The namespace RFC 9562 assigns to URLs, for name-based UUIDs. */
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A name-based UUID, version 5 (RFC 9562): the same namespace and name always give
 * the same UUID, so a document rebuilt from the same content is byte-identical,
 * while every name gets its own.
 */
export function nameUuid(name: string, namespace: string = urlNamespace): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A maker of UUIDs for one site's documents: the namespace is the site's address, so two sites
 * never share a UUID, and each name (`component/azure`) gives the same UUID on every build.
 */
export function siteUuids(siteUrl: string): (name: string) => string {
  const namespace = nameUuid(siteUrl);
  return (name) => nameUuid(name, namespace);
}
