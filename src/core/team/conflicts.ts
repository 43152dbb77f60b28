/** Merge conflicts recorded in a file, as problems a checker lists (see mergeFiles.ts). */
import type { RecordedConflict } from '../sidecar/schema';
import { describeConflict } from './mergeFiles';

export interface ConflictProblem {
  severity: 'error';
  line: number;
  column: number;
  message: string;
  /** The conflicting item's id. */
  annotation: string;
}

/**
 * One error per recorded conflict, located on its entry: an unresolved merge is an error until a
 * person removes the entry, so `newsmark check` fails on it.
 */
export function recordedConflictProblems(
  conflicts: readonly RecordedConflict[] | undefined,
  locate: (path: readonly PropertyKey[]) => { line: number; column: number },
): ConflictProblem[] {
  return (conflicts ?? []).map((c, i) => ({ severity: 'error', ...locate(['conflicts', i]), message: describeConflict(c), annotation: c.id }));
}
