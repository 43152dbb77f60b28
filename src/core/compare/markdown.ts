/**
 * The comparison table in Markdown (`newsmark report --format md --event <id>`): one column per article,
 * one row per attribute, a value that disagrees in bold with a warning sign, each value a link to its line.
 */
import { formatDate } from '../corpus/index';
import { markdownWordDiff } from '../corpus/report';
import type { Lang } from '../session/describe';
import { rowLabel, valueWords } from './labels';
import type { CompareValue, Comparison } from './table';

const WORDS = {
  fr: {
    heading: 'Sources côte à côte',
    attribute: 'Attribut',
    undated: 'non datée',
    disagreements: 'Désaccords',
    none: 'Aucun désaccord entre ces sources.',
    differences: 'différences',
    confirmed: ' (confirmé)',
  },
  en: {
    heading: 'Sources side by side',
    attribute: 'Attribute',
    undated: 'undated',
    disagreements: 'Disagreements',
    none: 'No disagreement between these sources.',
    differences: 'differences',
    confirmed: ' (confirmed)',
  },
} as const;

/** Text safe inside a Markdown table cell. */
function cellText(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function valueLink(v: CompareValue, lang: Lang): string {
  const words = `«${cellText(v.text.length > 90 ? `${v.text.slice(0, 89)}…` : v.text)}»`;
  const shown = v.value && v.value !== v.text ? `${words} → ${cellText(valueWords(v.value, lang))}` : words;
  const link = `[${shown}](${encodeURI(v.file)}${v.line ? `#L${v.line}` : ''})`;
  return v.differs ? `⚠ **${link}**` : link;
}

/** The comparison as a Markdown section: heading, table, then each disagreement with its values and diff. */
export function renderComparisonMarkdown(table: Comparison, lang: 'fr' | 'en' = 'fr'): string {
  const w = WORDS[lang];
  const ev = table.event;
  const out: string[] = [];
  out.push(`## ${w.heading}: ${cellText(ev.title)}`, '');
  out.push(`\`${ev.id}\` · ${ev.date ? formatDate(ev.date, lang) : w.undated}${ev.place ? ` · ${cellText(ev.place)}` : ''}`, '');
  const header = table.columns.map(
    (c) =>
      `\`${c.file}\`<br>${
        [c.outlet, c.published]
          .filter(Boolean)
          .map((x) => cellText(x!))
          .join(' · ') || '—'
      }`,
  );
  out.push(`| ${w.attribute} | ${header.join(' | ')} |`);
  out.push(`|---|${table.columns.map(() => '---').join('|')}|`);
  for (const row of table.rows) {
    const cells = row.cells.map((c) => (c.values.length ? c.values.map((v) => valueLink(v, lang)).join('<br>') : '—'));
    out.push(`| ${rowLabel(row.attribute, row.speaker?.name, lang)} | ${cells.join(' | ')} |`);
  }
  out.push('', `### ${w.disagreements}`, '');
  const disagreements = table.rows.flatMap((r) => r.disagreements.map((d) => ({ row: r, d })));
  if (!disagreements.length) out.push(w.none);
  for (const { row, d } of disagreements) {
    const values = d.values
      .map((v) => `\`${v.file}\`: ${row.attribute === 'quote' ? `«${cellText(v.text)}»` : cellText(valueWords(v.value, lang))}`)
      .join(' ≠ ');
    out.push(`- **${rowLabel(row.attribute, row.speaker?.name, lang)}**${d.status === 'confirmed' ? w.confirmed : ''}: ${values}`);
    if (d.diff) out.push(`  - ${w.differences}: ${markdownWordDiff(d.diff)}`);
  }
  out.push('');
  return out.join('\n');
}
