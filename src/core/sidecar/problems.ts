/**
 * What can be wrong with a sidecar or newsmark.yaml, as codes with parameters: core finds the problem, the
 * extension (vscode.l10n.t) and the CLI (its --lang) say it in the interface's language. The English text
 * of each code is the key both look their French up by (l10n/bundle.l10n.fr.json), `{0}`… its parameters;
 * `message` keeps that English for the JSON of `newsmark check` and for logs.
 */
import type { ErrorCode as YamlErrorCode } from 'yaml';

/** The English of each problem; `{0}` is the field's path for the `schema.*` codes. */
export const PROBLEM_TEXTS = {
  'not-text': 'not a text file',
  'too-large': 'file is {0} MB: files above {1} MB are refused',
  'too-large-bytes': '{0} bytes is more than a sidecar may hold',
  'too-deep': 'nesting deeper than {0} levels is refused',
  'too-deep-to-read': 'the file is too deeply nested or too large to read',
  'forbidden-key': 'the key "{0}" is not allowed',
  'key-not-text': 'keys must be plain text',
  'too-many-aliases': 'too many aliases (more than {0} expansions): refused',
  empty: 'the file is empty: expected a mapping with `version`',
  'cannot-read': 'cannot read: {0}',
  'not-utf8': 'the file is not valid UTF-8: Newsmark will not overwrite it',
  'source-mismatch': 'document.source is "{0}" but this sidecar belongs to "{1}" by its name',
  // YAML syntax, by the parser's error code (the `yaml` package); its own English only when no code fits.
  'yaml.syntax': 'YAML syntax error: {0}',
  'yaml.indent': 'bad indentation: this line does not line up with the others of its level',
  'yaml.tab': 'a tab indents this line: YAML indents with spaces only',
  'yaml.duplicate-key': 'this key appears twice in the same mapping: map keys must be unique',
  'yaml.missing-char': 'a closing character is missing here (a quote, "]" or "}")',
  'yaml.unexpected': 'unexpected text here: a mapping, a list item or a value was expected',
  'yaml.scalar-start': 'a plain value cannot start with this character: put the value in quotes',
  'yaml.multiline-key': 'a key must fit on one line (is a ":" missing on the line before?)',
  'yaml.block-in-flow': 'an indented block cannot sit inside "[ ]" or "{ }"',
  'yaml.escape': 'invalid escape sequence in a double-quoted text',
  'yaml.alias': 'this alias names no anchor defined before it',
  'yaml.several-documents': 'the file holds several YAML documents ("---"): Newsmark reads one',
  // The schema (schema.ts); {0} is where, as annotations[3].end.
  'schema.not-mapping': 'the file must be a mapping with `version` and `document`',
  'schema.missing': '{0} is missing',
  'schema.text': '{0} must be text',
  'schema.number': '{0} must be a number',
  'schema.list': '{0} must be a list',
  'schema.mapping': '{0} must be a mapping (key: value lines)',
  'schema.text-or-number': '{0} must be text or a number',
  'schema.one-of': '{0} must be one of {1}; got {2}',
  'schema.empty': '{0} cannot be empty',
  'schema.too-long': '{0} is too long (at most {1} characters)',
  'schema.invalid': '{0} is not valid ({1})',
  'schema.id': '{0}: an id is 1 to 64 letters, digits, "_", ".", ":" or "-", starting with a letter or digit',
  'schema.offset': '{0}: an offset is a whole number of code points',
  'schema.offset-negative': '{0}: an offset cannot be negative',
  'schema.source-path': '{0} must be a plain file name beside the sidecar (no "/", "\\", ":" or ".."): got {1}',
  'schema.corpus-path': '{0}: a file must be a path inside the corpus folder (relative, no ".."): got {1}',
  'schema.published': '{0} is a date written YYYY, YYYY-MM or YYYY-MM-DD',
  'schema.created': '{0} is an ISO 8601 date-time (2026-12-07T06:10:00Z)',
  'schema.sha256': '{0} is 64 lowercase hexadecimal digits',
  'schema.language': '{0} is a language tag such as fr or en',
  'schema.candidate': '{0}: a candidate is an ISO day, YYYY-MM-DD',
  'schema.sidecar-version': 'unsupported sidecar version {1}: this Newsmark reads version {2}',
  'schema.corpus-version': 'unsupported newsmark.yaml version {1}: this Newsmark reads version {2}',
  'schema.end-before-start': '{0}: end ({1}) is before start ({2})',
  'schema.duplicate-id': '{0}: duplicate id "{1}" (also {2})',
  // A save refused or failed (save.ts); {0} is the file. A cause (the disk file's first problem) is the last value.
  'save.invalid-new': 'refusing to write {0}: the new content is not valid',
  'save.invalid-on-disk': '{0}:{1}:{2}: {3}: the file on disk is not valid, so Newsmark will not overwrite it; fix it and your changes will be saved',
  'save.cannot-read': 'cannot read {0} before saving: {1}',
  'save.cannot-write': 'cannot save {0}: {1}',
  // What an import did to a folder (import/folder.ts); {0} is the article or its sidecar.
  'import.copy-failed': '{0}: cannot copy it in from the brat project: {1}',
  'import.copied': '{0}: copied in from the brat project',
  'import.no-article': 'no article for {0}: its annotations were not imported',
  'import.counts': '{0}: {1} added, {2} updated, {3} unchanged, {4} kept; {5} anchored ({6} moved), {7} for review, {8} orphan(s)',
  // What an import could not read in its file (import/brat.ts, w3c.ts, anchor.ts, the CLI); {0} is where.
  'import.in-file': '{0}: {1}',
  'import.brat.outside': '{0}: {1} points outside the text, skipped',
  'import.brat.text-differs': '{0}: the text of {1}, "{2}", is not the .txt\'s "{3}": read by its offsets',
  'import.brat.no-span': '{0}: {1} refers to {2}, which is not a span here',
  'import.brat.unreadable': '{0}: cannot read "{1}", skipped',
  'import.brat.span-outside': '{0}: span {1} of {2} lies outside the text, kept as its fragments',
  'import.w3c.none': 'no annotation found (expected an Annotation, an AnnotationPage, an AnnotationCollection or a Hypothesis export)',
  'import.w3c.no-target': '{0}: no target article, skipped',
  'import.w3c.no-selector': '{0}: no TextQuoteSelector or TextPositionSelector, so no text to anchor, skipped',
  'import.left-out': '{0}: annotation {1} left out: {2}',
  'import.not-json': '{0}: not JSON ({1}), skipped',
  'import.no-txt': '{0}: no {1} beside it, skipped',
  // Merge conflicts recorded under `conflicts:` (team/mergeFiles.ts), by their kind; {0} is the item's id.
  'conflict.deleted-changed':
    'merge conflict on {0}: deleted on our side, changed on theirs; their changed version is kept, remove this conflicts entry (or the item) to resolve',
  'conflict.changed-deleted':
    'merge conflict on {0}: changed on our side, deleted on theirs; our changed version is kept, remove this conflicts entry (or the item) to resolve',
  'conflict.both-changed':
    'merge conflict on {0}: changed differently on both sides; ours is kept and theirs is under conflicts, pick one and remove the entry to resolve',
} as const satisfies Record<string, string>;

export type ProblemCode = keyof typeof PROBLEM_TEXTS;
export type ProblemParam = string | number;

/** A problem in a YAML file, at a 1-based line and column (UTF-16 units, as VS Code counts columns). */
export interface YamlProblem {
  code: ProblemCode;
  params: ProblemParam[];
  /** The English text (PROBLEM_TEXTS with the parameters filled in). */
  message: string;
  line: number;
  column: number;
}

/** A message template and its values, as the CLI's `Say` and `vscode.l10n.t` take them. */
export type Render = (template: string, ...args: ProblemParam[]) => string;

/** `template` with each `{i}` replaced by `args[i]`. */
export function fillTemplate(template: string, ...args: ProblemParam[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** A problem at `line`:`column`, its English message filled in. */
export function problemAt(code: ProblemCode, line: number, column: number, ...params: ProblemParam[]): YamlProblem {
  return { code, params, message: fillTemplate(PROBLEM_TEXTS[code], ...params), line, column };
}

/** A problem as codes: what it is, its values, and the problem that caused it (said as its last value). */
export interface ProblemWords {
  code: ProblemCode;
  params: ProblemParam[];
  cause?: ProblemWords;
}

/** A problem said by `render` (the interface's language); English when no renderer is given. */
export function problemText(p: ProblemWords, render: Render = fillTemplate): string {
  return render(PROBLEM_TEXTS[p.code], ...p.params, ...(p.cause ? [problemText(p.cause, render)] : []));
}

const YAML_CODES: Partial<Record<YamlErrorCode, ProblemCode>> = {
  BAD_INDENT: 'yaml.indent',
  TAB_AS_INDENT: 'yaml.tab',
  DUPLICATE_KEY: 'yaml.duplicate-key',
  MISSING_CHAR: 'yaml.missing-char',
  UNEXPECTED_TOKEN: 'yaml.unexpected',
  BAD_SCALAR_START: 'yaml.scalar-start',
  MULTILINE_IMPLICIT_KEY: 'yaml.multiline-key',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.multiline-key',
  BLOCK_IN_FLOW: 'yaml.block-in-flow',
  BAD_DQ_ESCAPE: 'yaml.escape',
  BAD_ALIAS: 'yaml.alias',
  MULTIPLE_DOCS: 'yaml.several-documents',
  NON_STRING_KEY: 'key-not-text',
  KEY_OVER_1024_CHARS: 'yaml.multiline-key',
};

/**
 * The problem of a YAML parser error: a code of ours when its code has one (said in the interface's
 * language), else the parser's own English under 'yaml.syntax'.
 */
export function yamlSyntaxProblem(error: { code?: string; message: string }, line: number, column: number): YamlProblem {
  const code = YAML_CODES[error.code as YamlErrorCode];
  // The parser's message ends with the line it quotes when prettyErrors is on; keep its first line only.
  return code ? problemAt(code, line, column) : problemAt('yaml.syntax', line, column, error.message.split('\n')[0]);
}

/** A zod issue, as much of it as a problem needs (`reportInput` on, so `input` is there). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  params?: { args?: ProblemParam[] };
}

/** A path as a reader writes it: `annotations[3].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${String(seg)}` : String(seg);
  return s;
}

const EXPECTED: Record<string, ProblemCode> = {
  string: 'schema.text',
  number: 'schema.number',
  int: 'schema.number',
  array: 'schema.list',
  object: 'schema.mapping',
};

/** Whether a zod issue's message is one of our codes (schema.ts gives its own rules a code as their message). */
function ownCode(message: string): ProblemCode | undefined {
  return message.startsWith('schema.') && message in PROBLEM_TEXTS ? (message as ProblemCode) : undefined;
}

/** The problem of a zod issue at `line`:`column`: a field that is missing, of the wrong kind, or breaking one of our rules. */
export function schemaProblem(issue: SchemaIssue, line: number, column: number): YamlProblem {
  const where = formatPath(issue.path);
  if (!where && issue.code === 'invalid_type') return problemAt('schema.not-mapping', line, column);
  if (issue.code === 'invalid_type' && issue.input === undefined) return problemAt('schema.missing', line, column, where);
  const own = ownCode(issue.message);
  if (own) return problemAt(own, line, column, where, ...(issue.params?.args ?? [JSON.stringify(issue.input), ...((issue.values ?? []) as ProblemParam[])]));
  switch (issue.code) {
    case 'invalid_type':
      return problemAt(EXPECTED[issue.expected ?? ''] ?? 'schema.invalid', line, column, where, issue.message);
    case 'invalid_union':
      return problemAt('schema.text-or-number', line, column, where);
    case 'invalid_value':
      return problemAt('schema.one-of', line, column, where, (issue.values ?? []).map(String).join(', '), JSON.stringify(issue.input));
    case 'too_small':
      return problemAt('schema.empty', line, column, where);
    case 'too_big':
      return problemAt('schema.too-long', line, column, where, String(issue.maximum));
    default:
      return problemAt('schema.invalid', line, column, where, issue.message);
  }
}
