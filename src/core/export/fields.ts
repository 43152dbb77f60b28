/**
 * The annotation fields that travel through the exchange formats besides the span itself, in one
 * table, so the W3C and brat writers and readers agree on them.
 */
import type { SidecarAnnotation } from '../sidecar/schema';

/** Fields carried beside the span (the `note` apart: it is free text, a comment in every format). */
export const CARRIED_FIELDS = ['entity', 'speaker', 'event', 'value', 'attribute', 'qualifier', 'status', 'origin'] as const;
export type CarriedField = (typeof CARRIED_FIELDS)[number];

/** The values of an annotation's carried fields that are set, in table order. */
export function carriedFields(a: SidecarAnnotation): Array<[CarriedField, string]> {
  const out: Array<[CarriedField, string]> = [];
  for (const f of CARRIED_FIELDS) {
    const v = a[f];
    if (v !== undefined && v !== '') out.push([f, String(v)]);
  }
  return out;
}

/** True for a name of a carried field (an input file's key or database name). */
export function isCarriedField(name: string): name is CarriedField {
  return (CARRIED_FIELDS as readonly string[]).includes(name);
}
