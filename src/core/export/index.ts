/** The export formats by name, each a fresh instance (a format keeps counts while it runs). */
import { bratFormat } from './brat';
import { claimReviewFormat } from './claimreview';
import { conllFormat } from './conll';
import { csvFormat } from './csv';
import { ndjsonFormat } from './ndjson';
import { timelineFormat } from './timelinejs';
import type { ExportFormat } from './types';
import { w3cFormat } from './w3c';

export const EXPORT_FORMATS = ['w3c', 'brat', 'csv', 'timelinejs', 'claimreview', 'conll', 'ndjson'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

const MAKERS: Record<ExportFormatName, () => ExportFormat> = {
  w3c: w3cFormat,
  brat: bratFormat,
  csv: csvFormat,
  timelinejs: timelineFormat,
  claimreview: claimReviewFormat,
  conll: conllFormat,
  ndjson: ndjsonFormat,
};

/** A new instance of the format called `name`, or undefined for an unknown name. */
export function exportFormat(name: string): ExportFormat | undefined {
  return (EXPORT_FORMATS as readonly string[]).includes(name) ? MAKERS[name as ExportFormatName]() : undefined;
}

/** File name extension of a format's single output, for save dialogs. */
export const EXPORT_EXTENSIONS: Record<ExportFormatName, string> = {
  w3c: 'jsonld',
  brat: '',
  csv: 'csv',
  timelinejs: 'json',
  claimreview: 'jsonld',
  conll: 'conll',
  ndjson: 'ndjson',
};

export type { ExportArticle, ExportCorpus, ExportFormat, ExportOptions, ExportSink } from './types';
export { exportArticles, StringSink } from './run';
