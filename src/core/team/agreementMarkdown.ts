/** The agreement report as Markdown: the same for the CLI and the palette command. */
import { kindName } from '../session/describe';
import type { AgreementReport, Disagreement } from './agreement';

export interface AgreementMarkdownOptions {
  /** The link target of a place in an article (relative path + `#L12`, or a file URI). */
  link: (file: string, line: number | undefined) => string;
  /** Disagreements listed at most (the counts above stay whole). */
  maxDisagreements?: number;
  /** The report's language (English by default). */
  lang?: 'fr' | 'en';
}

/** The report's words in each language (core has no access to the editor's l10n). */
const WORDS = {
  en: {
    title: (a: string, b: string) => `# Agreement between ${a} and ${b}`,
    intro: (files: number, a: string, na: number, b: string, nb: number) =>
      `${files} article(s) annotated by both; ${na} annotation(s) by ${a}, ${nb} by ${b}. ` +
      'Spans agree when kind, start and end are the same (relaxed: when they overlap); kappa compares the kinds given to overlapping spans.',
    columns: ['kind', 'same span', 'span F1', 'overlap F1', 'kappa (this kind or not)'],
    all: 'all',
    kappa: (pairs: number, k: string, o: string, e: string) =>
      `Cohen's kappa on the kinds of ${pairs} overlapping pair(s): **${k}** (observed agreement ${o}, expected by chance ${e}).`,
    disagreements: (n: number) => `## Disagreements (${n})`,
    only: (who: string) => `only ${who}`,
    otherSpan: 'same kind, other span',
    more: (n: number) => `… and ${n} more`,
    none: 'None.',
    colon: ': ',
  },
  fr: {
    title: (a: string, b: string) => `# Accord entre ${a} et ${b}`,
    intro: (files: number, a: string, na: number, b: string, nb: number) =>
      `${files} article(s) annoté(s) par les deux ; ${na} annotation(s) de ${a}, ${nb} de ${b}. ` +
      'Deux passages concordent quand type, début et fin sont les mêmes (au sens large : quand ils se chevauchent) ; le kappa compare les types donnés aux passages qui se chevauchent.',
    columns: ['type', 'même passage', 'F1 (passages)', 'F1 (chevauchement)', 'kappa (ce type ou non)'],
    all: 'tous',
    kappa: (pairs: number, k: string, o: string, e: string) =>
      `Kappa de Cohen sur les types de ${pairs} paire(s) de passages qui se chevauchent : **${k}** (accord observé ${o}, attendu par hasard ${e}).`,
    disagreements: (n: number) => `## Désaccords (${n})`,
    only: (who: string) => `seulement ${who}`,
    otherSpan: 'même type, autre passage',
    more: (n: number) => `… et ${n} de plus`,
    none: 'Aucun.',
    colon: ' : ',
  },
};

const pct = (x: number, lang: 'fr' | 'en') => `${(100 * x).toFixed(1).replace('.', lang === 'fr' ? ',' : '.')} %`;
const kappaText = (k: number | undefined, lang: 'fr' | 'en') => (k === undefined ? '–' : k.toFixed(2).replace('.', lang === 'fr' ? ',' : '.'));
/** Markdown table cells: a quote may hold "|" or line breaks. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
/** A span as the report names it: its kind in the report's language (never the type code), then its text. */
const quote = (s: { quote: string; type: string }, lang: 'fr' | 'en') =>
  `${kindName(s.type, lang)} “${cell(s.quote.length > 60 ? `${s.quote.slice(0, 57)}…` : s.quote)}”`;

function describe(d: Disagreement, a: string, b: string, lang: 'fr' | 'en'): string {
  const w = WORDS[lang];
  switch (d.what) {
    case 'only-a':
      return `${w.only(a)}${w.colon}${quote(d.a!, lang)}`;
    case 'only-b':
      return `${w.only(b)}${w.colon}${quote(d.b!, lang)}`;
    case 'kind':
      return `${a}${w.colon}${quote(d.a!, lang)}, ${b}${w.colon}${quote(d.b!, lang)}`;
    default:
      return `${w.otherSpan}${w.colon}${a} “${cell(d.a!.quote)}”, ${b} “${cell(d.b!.quote)}”`;
  }
}

/** Renders the report: a table per kind, kappa, then the disagreements with links to their place. */
export function agreementMarkdown(r: AgreementReport, options: AgreementMarkdownOptions): string {
  const [a, b] = r.between;
  const lang = options.lang ?? 'en';
  const w = WORDS[lang];
  const [kind, same, spanF1, overlapF1, kappa] = w.columns;
  const lines = [
    w.title(a, b),
    '',
    w.intro(r.files, a, r.overall.a, b, r.overall.b),
    '',
    `| ${kind} | ${cell(a)} | ${cell(b)} | ${same} | ${spanF1} | ${overlapF1} | ${kappa} |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.kinds.map(
      (k) => `| ${kindName(k.kind, lang)} | ${k.a} | ${k.b} | ${k.exact} | ${pct(k.f1, lang)} | ${pct(k.overlapF1, lang)} | ${kappaText(k.kappa, lang)} |`,
    ),
    `| **${w.all}** | ${r.overall.a} | ${r.overall.b} | ${r.overall.exact} | ${pct(r.overall.f1, lang)} | ${pct(r.overall.overlapF1, lang)} | ${kappaText(r.kappa.kappa, lang)} |`,
    '',
    w.kappa(r.kappa.pairs, kappaText(r.kappa.kappa, lang), pct(r.kappa.observed, lang), pct(r.kappa.expected, lang)),
    '',
    w.disagreements(r.disagreements.length),
    '',
  ];
  const max = options.maxDisagreements ?? 500;
  for (const d of r.disagreements.slice(0, max)) {
    const where = d.line ? `${d.file}:${d.line}` : d.file;
    lines.push(`- [${cell(where)}](${options.link(d.file, d.line)})${w.colon}${describe(d, a, b, lang)}`);
  }
  if (r.disagreements.length > max) lines.push(`- ${w.more(r.disagreements.length - max)}`);
  if (r.disagreements.length === 0) lines.push(w.none);
  return `${lines.join('\n')}\n`;
}
