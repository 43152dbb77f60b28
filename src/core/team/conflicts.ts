/** Merge conflicts recorded in a file, as problems a checker lists (see mergeFiles.ts). */
import type { RecordedConflict } from '../sidecar/schema';
import type { ProblemCode, ProblemParam } from '../sidecar/problems';
import { conflictProblem, describeConflict } from './mergeFiles';

export interface ConflictProblem {
  severity: 'error';
  line: number;
  column: number;
  /** In English; `code` and `params` say it in another language (problemText). */
  message: string;
  code: ProblemCode;
  params: ProblemParam[];
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
  return (conflicts ?? []).map((c, i) => ({
    severity: 'error',
    ...locate(['conflicts', i]),
    message: describeConflict(c),
    ...conflictProblem(c),
    annotation: c.id,
  }));
}
