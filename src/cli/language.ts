/** The language of the CLI's reports: `--lang fr|en`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG). */
export type CliLanguage = 'fr' | 'en';

/** `option` when it is fr or en; otherwise French when the environment's locale is French, else English. */
export function cliLanguage(option: unknown, env: Record<string, string | undefined> = process.env): CliLanguage {
  if (option === 'fr' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
}
