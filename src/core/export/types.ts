/**
 * What every export format reads: the articles one at a time (so a format that can stream does,
 * whatever the size of the corpus) and, at the end, what the corpus index found across them.
 * Plain data, built by the CLI from a folder and by the extension from its services.
 */
import type { Contradiction, Detections, NewsEvent, Person } from '../model';
import type { SidecarAnnotation, SidecarDocument } from '../sidecar/schema';

/** One article as the exports see it. Offsets are code points (see model.ts). */
export interface ExportArticle {
  /** Path relative to the corpus folder, "/" separators (`2025/lemonde.txt`). */
  file: string;
  text: string;
  /** The sidecar's `document` block, when the article has a sidecar. */
  document?: SidecarDocument;
  /** The sidecar's annotations (the user's work), in sidecar order. */
  annotations: SidecarAnnotation[];
  /** Automatic detections, for the formats that carry them (NDJSON, CoNLL with `detections`). */
  detections?: Detections;
}

/** The documents' facts the corpus-level formats cite (outlet, publication date). */
export interface ExportDocument {
  file: string;
  published?: string;
  outlet?: string;
}

/** What the corpus index found across the articles. */
export interface ExportCorpus {
  documents: ExportDocument[];
  events: NewsEvent[];
  contradictions: Contradiction[];
  people: Person[];
}

/** Where a format writes: standard output (one stream) or files in a folder. */
export interface ExportSink {
  /** Appends to the single output (stdout or the chosen file). */
  write(chunk: string): void;
  /** Writes a whole file at a path relative to the output folder (several-file formats only). */
  file?(path: string, content: string): Promise<void> | void;
  /** Something left out of the export, and why (stderr in the CLI, the output channel in VS Code). */
  warn?(message: string): void;
}

/** Options every format may read. */
export interface ExportOptions {
  /** ISO date the export is made (ClaimReview `datePublished`); today by default. Fixed in tests and docs. */
  date?: string;
  /** CoNLL: tag the detections instead of the sidecar annotations. */
  detections?: boolean;
}

/**
 * An export format. `begin`, then `article` for each article in order, then `end` with the
 * corpus: a format that needs only articles streams; one that needs the corpus writes at the end.
 */
export interface ExportFormat {
  name: string;
  /** One line for help texts and the quick pick. */
  description: string;
  /** True when the format writes several files (needs `sink.file`, `--out <dir>`). */
  multiFile?: boolean;
  /** True when `end` reads events or contradictions, so the caller must build the corpus index. */
  needsCorpus?: boolean;
  /** True when `article` reads `detections`. */
  needsDetections?: (options: ExportOptions) => boolean;
  begin?(sink: ExportSink, options: ExportOptions): void;
  article?(article: ExportArticle, sink: ExportSink, options: ExportOptions): Promise<void> | void;
  end?(corpus: ExportCorpus | undefined, sink: ExportSink, options: ExportOptions): Promise<void> | void;
}
