/** The hand-written gold annotations of the seeds and held-out articles (test/fixtures/gold), loaded once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { goldItems, type GoldFile, type GoldItem } from '../src/core/detect/evaluate';

export interface LoadedGold {
  name: string;
  heldOut: boolean;
  text: string;
  gold: GoldFile;
  items: GoldItem[];
}

/** Every gold file under `root`/test/fixtures/gold with its article, in name order. */
export function loadGold(root: string): LoadedGold[] {
  const goldDir = join(root, 'test/fixtures/gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const gold = parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
      const text = readFileSync(join(root, gold.article), 'utf8');
      return { name: f.replace(/\.yaml$/, ''), heldOut: !gold.article.startsWith('seeds/'), text, gold, items: goldItems(text, gold) };
    });
}

/** `md` with the text between `<!-- name:begin -->` and `<!-- name:end -->` replaced by `body` (appended when absent). */
export function replaceSection(md: string, name: string, body: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  const i = md.indexOf(begin);
  const j = md.indexOf(end);
  if (i >= 0 && j > i) return md.slice(0, i) + block + md.slice(j + end.length);
  return `${md.trimEnd()}\n\n${block}\n`;
}

/** The block `replaceSection` wrote, markers included, or '' when there is none. */
export function sectionOf(md: string, name: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const i = md.indexOf(begin);
  const j = md.indexOf(end);
  return i >= 0 && j > i ? md.slice(i, j + end.length) : '';
}
