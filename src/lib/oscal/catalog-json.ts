/** The shapes of an OSCAL catalog's JSON that the import reads, and safe ways to read them. */

/** The namespace of OSCAL's own property names; properties in other namespaces mean something else. */
const oscalNamespace = 'http://csrc.nist.gov/ns/oscal';

export interface Prop {
  name?: unknown;
  value?: unknown;
  class?: unknown;
  ns?: unknown;
}
export interface Part {
  name?: unknown;
  prose?: unknown;
  props?: unknown;
  parts?: unknown;
}
export interface Param {
  id?: unknown;
  label?: unknown;
  values?: unknown;
  select?: { 'how-many'?: unknown; choice?: unknown };
  constraints?: unknown;
}
export interface Control {
  id?: unknown;
  title?: unknown;
  props?: unknown;
  params?: unknown;
  parts?: unknown;
  controls?: unknown;
}
export type Path = (string | number)[];

/** The OSCAL properties of a given name; properties in another namespace are not OSCAL's and are ignored. */
export function getProps(props: unknown, name: string): Prop[] {
  return asArray<Prop>(props).filter(
    (prop) => prop.name === name && (prop.ns === undefined || prop.ns === oscalNamespace),
  );
}

/** The items of a list that are present; anything else reads as an empty list, so a malformed catalog never throws. */
export function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((item): item is T => item !== null && item !== undefined) : [];
}
