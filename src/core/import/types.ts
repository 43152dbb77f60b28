/** What an import format reads out of its file, before it is anchored in the articles. */
import type { AnnotationType, SidecarAnnotation } from '../sidecar/schema';
import type { CarriedField } from '../export/fields';
import type { ProblemWords } from '../sidecar/problems';

/** One annotation as read from an exchange file, not yet anchored. Offsets are code points. */
export interface ImportedAnnotation {
  /** The article as the file names it: a relative path, a URL, a file name. */
  source: string;
  /** Newsmark id when the file carries one (or one made from the file's own id); else made from the span. */
  id?: string;
  type: AnnotationType;
  /** The text of the span, when the file gives it. */
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  fields: Partial<Record<CarriedField | 'note', string>>;
}

/** The result of reading an exchange file: annotations, and problems that did not stop the reading. */
export interface ImportRead {
  annotations: ImportedAnnotation[];
  /** Article texts the file carries (brat's `.txt`), by source. */
  texts?: Map<string, string>;
  /** What could not be read, as codes said in the interface's language (`problemText`). */
  warnings: ProblemWords[];
}

export type { SidecarAnnotation };
