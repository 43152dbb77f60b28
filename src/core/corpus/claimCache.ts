/**
 * Each event's claims (contradictions and agreements between its mentions), kept across builds: an event is
 * compared again only when its date, its members or one of their articles changed. After a restart, the
 * claims of the build read back from the cache seed it, so the first full build compares again only the
 * events whose members or articles changed since.
 */
import type { NewsEvent } from '../model';
import type { MentionAnalysis } from './analyze';
import type { Built } from './buildState';
import { compareEventClaims, type ClaimResults } from './claims';
import { positionOf } from './eventBuild';
import type { StoredClaims } from './storedBuild';

interface Entry {
  date: string;
  /** The members compared, and the version of each one's article then (`members` null: compare again on the next full pass). */
  members: readonly MentionAnalysis[] | null;
  versions: number[];
  results: ClaimResults;
}

interface Seeds {
  versions: Map<string, number>;
  stored: StoredClaims;
  events?: Map<string, { event: NewsEvent; results: ClaimResults }>;
}

export class EventClaimCache {
  private readonly entries = new Map<string, Entry>();
  private seeds: Seeds | undefined;

  constructor(
    /** Bumped on every change of an article: an event's cached claims are stale when a member's article changed. */
    private readonly docVersion: ReadonlyMap<string, number>,
    private readonly outletOf: (file: string) => string | undefined,
  ) {}

  /** Starts over from the claims of a build read back from the cache, as the articles' versions are now. */
  seed(stored: StoredClaims): void {
    this.entries.clear();
    this.seeds = { versions: new Map(this.docVersion), stored };
  }

  /** Brings every event of a full build up to date, and forgets the events it no longer has. */
  syncAll(b: Built): void {
    const live = new Set<string>();
    for (const ev of b.events) {
      live.add(ev.id);
      this.refresh(ev, b.members.get(ev.id) ?? []);
    }
    for (const k of [...this.entries.keys()]) if (!live.has(k)) this.entries.delete(k);
    this.seeds = undefined;
  }

  /** A build read back from the cache: the events not compared since keep their stored claims. */
  fillFromSeeds(): void {
    for (const [id, seed] of this.eventSeeds() ?? [])
      if (!this.entries.has(id)) this.entries.set(id, { date: '', members: null, versions: [], results: seed.results });
  }

  /**
   * Compares the patched events of a build again (and updates its `eventClaims`). Without members the entry
   * never matches, so a later full pass compares them again too rather than spend the bookkeeping now.
   */
  compareDirty(b: Built): void {
    for (const id of b.dirty) {
      const ev = b.byId.get(id)!;
      const results = compareEventClaims(ev, b.members.get(id) ?? [], this.outletOf);
      this.entries.set(id, { date: '', members: null, versions: [], results });
      if (b.eventClaims) b.eventClaims[positionOf(b, id)] = results;
    }
  }

  /** An event's claims (after `syncAll`, `fillFromSeeds` or `compareDirty` brought it in). */
  resultsOf(id: string): ClaimResults {
    return this.entries.get(id)!.results;
  }

  private refresh(ev: NewsEvent, members: readonly MentionAnalysis[]): void {
    const date = ev.date ?? '';
    const cached = this.entries.get(ev.id);
    if (cached?.members && cached.date === date && cached.members.length === members.length) {
      let same = true;
      for (let i = 0; i < members.length && same; i++) {
        const m = members[i];
        const was = cached.members[i];
        same = was.file === m.file && was.start === m.start && was.end === m.end && cached.versions[i] === (this.docVersion.get(m.file) ?? 0);
      }
      if (same) return;
    }
    const results = this.seededClaims(ev, members) ?? compareEventClaims(ev, members, this.outletOf);
    this.entries.set(ev.id, { date, members, versions: this.versionsOf(members), results });
  }

  /** The version of each member's article, looked up once per run of one article's members (they come by article). */
  private versionsOf(members: readonly MentionAnalysis[]): number[] {
    const out: number[] = [];
    let file: string | undefined;
    let version = 0;
    for (const m of members) {
      if (m.file !== file) {
        file = m.file;
        version = this.docVersion.get(file) ?? 0;
      }
      out.push(version);
    }
    return out;
  }

  /** The claims of each event of the build read back from the cache, by event id. */
  private eventSeeds(): Map<string, { event: NewsEvent; results: ClaimResults }> | undefined {
    const seeds = this.seeds;
    if (!seeds || seeds.events) return seeds?.events;
    const { events, contradictions, agreements, split } = seeds.stored;
    const byId = (seeds.events = new Map());
    let c = 0;
    let a = 0;
    events.forEach((event, i) => {
      const nc = split[2 * i];
      const na = split[2 * i + 1];
      byId.set(event.id, { event, results: { contradictions: contradictions.slice(c, c + nc), agreements: agreements.slice(a, a + na) } });
      c += nc;
      a += na;
    });
    return byId;
  }

  /** An event's claims as the build read back from the cache had them, if neither its members nor their articles changed since. */
  private seededClaims(ev: NewsEvent, members: readonly MentionAnalysis[]): ClaimResults | undefined {
    const seed = this.eventSeeds()?.get(ev.id);
    if (!seed || seed.event.date !== ev.date || seed.event.mentions.length !== members.length) return undefined;
    const versions = this.seeds!.versions;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const s = seed.event.mentions[i];
      if (s.file !== m.file || s.start !== m.start || s.end !== m.end || versions.get(m.file) !== this.docVersion.get(m.file)) return undefined;
    }
    return seed.results;
  }
}
