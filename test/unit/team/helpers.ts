/** Small builders for the team tests: sidecar texts edited the way a person's session would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sidecar, SidecarAnnotation } from '../../../src/core/sidecar/schema';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/yamlStore';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sidecars');
export const BASE_SIDECAR = readFileSync(join(FIXTURES, 'article.txt.annotations.yaml'), 'utf8');
export const ARTICLE = readFileSync(join(FIXTURES, 'article.txt'), 'utf8');

/** The sidecar text after `change` ran on its parsed value (comments kept, as Newsmark saves). */
export function edit(text: string, change: (s: Sidecar) => void): string {
  const r = parseSidecar(text, 'article.txt.annotations.yaml');
  if (!r.ok) throw new Error(r.errors[0].message);
  change(r.value);
  return serializeSidecar(r.value, r.doc);
}

/** An annotation on `quote`'s first occurrence in the fixture article. */
export function annotationOn(id: string, type: SidecarAnnotation['type'], quote: string, extra: Partial<SidecarAnnotation> = {}): SidecarAnnotation {
  const cps = [...ARTICLE];
  const start = [...ARTICLE.slice(0, ARTICLE.indexOf(quote))].length;
  const end = start + [...quote].length;
  return {
    id,
    type,
    quote,
    start,
    end,
    prefix: cps.slice(Math.max(0, start - 32), start).join(''),
    suffix: cps.slice(end, end + 32).join(''),
    ...extra,
  };
}

export function parsed(text: string): Sidecar {
  const r = parseSidecar(text, 'article.txt.annotations.yaml');
  if (!r.ok) throw new Error(`invalid sidecar: ${r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return r.value;
}
