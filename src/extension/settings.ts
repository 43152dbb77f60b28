/**
 * Every `newsmark.*` setting with its type and default: the one table the extension reads settings through
 * (config.ts). No `vscode` import, so a plain Node test can hold it against package.json's
 * `contributes.configuration`, which must declare the same keys and defaults.
 */
import { DEFAULT_ARTICLES_GLOB } from '../core/workspace/glob';

export type TagAllMentions = 'ask' | 'always' | 'never';

export interface Settings {
  /** Who annotates in this window (empty: git's user.name); recorded on each annotation, verdict and note. */
  annotator: string;
  /** Glob of the news articles (relative to the workspace folder). */
  articles: string;
  'detect.people': boolean;
  'detect.dates': boolean;
  'detect.durations': boolean;
  'detect.quotes': boolean;
  /** Delay after the last keystroke before detection runs again. */
  'detect.debounceMs': number;
  /** Delay before a changed sidecar is written. */
  'save.debounceMs': number;
  /** Worker threads of the first indexing pass; -1: one per core from POOL_MIN_ARTICLES articles. */
  'indexing.workers': number;
  tagAllMentions: TagAllMentions;
}

export type SettingKey = keyof Settings;

export const SETTING_DEFAULTS: Readonly<Settings> = {
  annotator: '',
  articles: DEFAULT_ARTICLES_GLOB,
  'detect.people': true,
  'detect.dates': true,
  'detect.durations': true,
  'detect.quotes': true,
  'detect.debounceMs': 250,
  'save.debounceMs': 300,
  'indexing.workers': -1,
  tagAllMentions: 'ask',
};

export const SETTING_KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];
