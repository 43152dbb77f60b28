/** The agreement report as Markdown: the same for the CLI and the palette command. */
import type { AgreementReport, Disagreement } from './agreement';

export interface AgreementMarkdownOptions {
  /** The link target of a place in an article (relative path + `#L12`, or a file URI). */
  link: (file: string, line: number | undefined) => string;
  /** Disagreements listed at most (the counts above stay whole). */
  maxDisagreements?: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const kappaText = (k: number | undefined) => (k === undefined ? '–' : k.toFixed(2));
/** Markdown table cells: a quote may hold "|" or line breaks. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const quote = (s: { quote: string; type: string }) => `${s.type} “${cell(s.quote.length > 60 ? `${s.quote.slice(0, 57)}…` : s.quote)}”`;

function describe(d: Disagreement, a: string, b: string): string {
  switch (d.what) {
    case 'only-a':
      return `only ${a}: ${quote(d.a!)}`;
    case 'only-b':
      return `only ${b}: ${quote(d.b!)}`;
    case 'kind':
      return `${a}: ${quote(d.a!)}, ${b}: ${quote(d.b!)}`;
    default:
      return `same kind, other span: ${a} “${cell(d.a!.quote)}”, ${b} “${cell(d.b!.quote)}”`;
  }
}

/** Renders the report: a table per kind, kappa, then the disagreements with links to their place. */
export function agreementMarkdown(r: AgreementReport, options: AgreementMarkdownOptions): string {
  const [a, b] = r.between;
  const lines = [
    `# Agreement between ${a} and ${b}`,
    '',
    `${r.files} article(s) annotated by both; ${r.overall.a} annotation(s) by ${a}, ${r.overall.b} by ${b}. ` +
      'Spans agree when kind, start and end are the same (relaxed: when they overlap); kappa compares the kinds given to overlapping spans.',
    '',
    `| kind | ${cell(a)} | ${cell(b)} | same span | span F1 | overlap F1 | kappa (this kind or not) |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.kinds.map((k) => `| ${k.kind} | ${k.a} | ${k.b} | ${k.exact} | ${pct(k.f1)} | ${pct(k.overlapF1)} | ${kappaText(k.kappa)} |`),
    `| **all** | ${r.overall.a} | ${r.overall.b} | ${r.overall.exact} | ${pct(r.overall.f1)} | ${pct(r.overall.overlapF1)} | ${kappaText(r.kappa.kappa)} |`,
    '',
    `Cohen's kappa on the kinds of ${r.kappa.pairs} overlapping pair(s): **${kappaText(r.kappa.kappa)}** ` +
      `(observed agreement ${pct(r.kappa.observed)}, expected by chance ${pct(r.kappa.expected)}).`,
    '',
    `## Disagreements (${r.disagreements.length})`,
    '',
  ];
  const max = options.maxDisagreements ?? 500;
  for (const d of r.disagreements.slice(0, max)) {
    const where = d.line ? `${d.file}:${d.line}` : d.file;
    lines.push(`- [${cell(where)}](${options.link(d.file, d.line)}): ${describe(d, a, b)}`);
  }
  if (r.disagreements.length > max) lines.push(`- … and ${r.disagreements.length - max} more`);
  if (r.disagreements.length === 0) lines.push('None.');
  return `${lines.join('\n')}\n`;
}
