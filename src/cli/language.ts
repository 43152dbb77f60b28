import { fillWords } from '../core/views/messages';
import EXTENSION_FRENCH from '../../l10n/bundle.l10n.fr.json';
import type { OptionSpec } from './command';
import { HELP_FRENCH } from './helpFr';
import { FRENCH_MESSAGES } from './messagesFr';

/**
 * The extension's French (l10n/bundle.l10n.fr.json), for the messages both front ends say: the problems of
 * sidecars and newsmark.yaml (core/sidecar/problems.ts) have their French there once, for the Problems panel
 * and for `newsmark check` alike.
 */
const SHARED_FRENCH: Readonly<Record<string, string>> = EXTENSION_FRENCH;

/** The language of the CLI's reports: `--lang fr|en`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG). */
export type CliLanguage = 'fr' | 'en';

/** `option` when it is fr or en; otherwise French when the environment's locale is French, else English. */
export function cliLanguage(option: unknown, env: Record<string, string | undefined> = process.env): CliLanguage {
  if (option === 'fr' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
}

/** The language `--lang X` or `--lang=X` asks for in raw arguments (before they are parsed: help, usage errors), else the environment's. */
export function argvLanguage(argv: readonly string[], env: Record<string, string | undefined> = process.env): CliLanguage {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return cliLanguage(at < 0 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice('--lang='.length) : argv[at + 1], env);
}

/** `--lang`, for the commands whose messages follow the language (the same option everywhere). */
export const LANG_OPTION: OptionSpec = { type: 'string', value: 'fr|en', description: 'the language of the messages (default: from LANG, else English)' };

/** A message of the CLI in the chosen language: the English text is the key, `{0}`… its values. */
export type Say = (message: string, ...args: Array<string | number>) => string;

/**
 * The CLI's messages in `lang`: French from src/cli/messagesFr.ts, else from the extension's bundle (a unit test
 * checks every message has one), English as written in the code.
 */
export function cliSay(lang: CliLanguage): Say {
  return (message, ...args) =>
    fillWords(lang === 'fr' ? (FRENCH_MESSAGES[message] ?? HELP_FRENCH[message] ?? SHARED_FRENCH[message] ?? message) : message, ...args);
}
