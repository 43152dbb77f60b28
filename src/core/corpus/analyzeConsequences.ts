/**
 * What a quake sets off: landslides ("des glissements de terrain", "landslides") and the flooding of its
 * tsunami ("le tsunami a inondé plusieurs ports", "des inondations") in an earthquake article are a
 * consequence of the quake, not an event of their own kind, unless the text dates or places them apart.
 * Such a mention joins the quake as a supporting mention does (analyzeSupport.ts): the quake's kind, a
 * reference back to it, never an event of its own. A landslide's counts and measures are dropped: its toll
 * is a part of the quake's, not a second figure for it. The flooding keeps them: the toll told beside a
 * tsunami's flooding is the quake's own ("Le tsunami a inondé les ports. Au moins quatre personnes ont été tuées").
 */
import type { MentionAnalysis } from './analysisTypes';
import { familyOf } from './triggers';

/** The words of a landslide (the trigger's text: "glissement" of "glissement de terrain"). */
const LANDSLIDE = /^(?:glissements?|coulées?|landslides?|mudslides?)$/iu;

/** Makes each landslide or flood mention of an earthquake article, not dated or placed apart, a mention of the quake. */
export function joinConsequences(mentions: MentionAnalysis[]): void {
  let quake: MentionAnalysis | undefined;
  for (const m of mentions) if (m.kind === 'earthquake' && !m.support && (!quake || (!quake.date && m.date))) quake = m;
  if (!quake) return;
  // A flood joins only in an article about the quake (its first event word): a flood story may recall an earlier quake.
  const aboutQuake = mentions.find((m) => !m.support)?.kind === 'earthquake';
  for (const m of mentions) {
    if (m.kind !== 'flood' || m.support || (!aboutQuake && !LANDSLIDE.test(m.text))) continue;
    if (m.date && m.date.day !== quake.date?.day) continue;
    if (m.place && m.place.id !== quake.place?.id) continue;
    m.kind = quake.kind;
    m.family = familyOf(quake.kind);
    m.verb = true;
    m.support = true;
    if (LANDSLIDE.test(m.text)) {
      m.counts = [];
      delete m.measures;
    }
    m.antecedent = quake.index;
    m.antecedents = [quake.index];
  }
}

/** Disasters people flee: their article's "forced 5,000 to flee", "fled the flames" tell of them. */
const FLED_FROM: ReadonlySet<string> = new Set(['earthquake', 'fire', 'flood', 'storm', 'explosion', 'conflict', 'attack']);
/** The words of fleeing (of "escape", whose other words, "escaped", "évasion", tell of a prison). */
const FLEE = /^(?:flee|flees|fled|fleeing|fuir|fui|fuient|fuyant)$/iu;

/**
 * Makes each fleeing mention of an article about a disaster (its first event word) a mention of that disaster:
 * "Wildfire forces 5,000 to flee in southern California" is the fire, not an escape of its own. Its place goes
 * to the disaster when the disaster has none (a headline's place is often only there).
 */
export function joinFleeing(mentions: MentionAnalysis[]): void {
  const first = mentions.find((m) => !m.support);
  if (!first || !FLED_FROM.has(first.kind)) return;
  for (const m of mentions) {
    if (m.kind !== 'escape' || !FLEE.test(m.text)) continue;
    if (m.date && first.date && m.date.day !== first.date.day) continue;
    if (m.place && !first.place) first.place = m.place;
    if (m.date && !first.date) first.date = m.date;
    delete m.date;
    delete m.place;
    m.kind = first.kind;
    m.family = first.family;
    m.verb = true;
    m.support = true;
    m.antecedent = first.index;
    m.antecedents = [first.index];
  }
}
