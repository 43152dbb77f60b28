// `newsmark --help`, `newsmark <command> --help` and the usage errors follow --lang (given anywhere, or first), else
// the environment's locale: every summary, description, argument and option of the command table has its French.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/cli/commands';
import { HELP_FRENCH } from '../../../src/cli/helpFr';
import { main } from '../../../src/cli/main';
import { underLang } from './messages';

const CLI = join(__dirname, '..', '..', '..', 'src', 'cli');
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

/** What the help says: the frame's t('…') literals of command.ts and main.ts, and every text of the command table. */
function helpTexts(): Set<string> {
  const frame = ['command.ts', 'main.ts'].flatMap((f) =>
    [...readFileSync(join(CLI, f), 'utf8').matchAll(/\bt\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2].replace(/\\(.)/g, '$1')),
  );
  const table = COMMANDS.flatMap((c) => [c.summary, c.args, c.description ?? c.summary, ...Object.values(c.options).map((o) => o.description)]);
  return new Set([...frame, ...table]);
}

async function run(argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await main(argv, { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) });
  return { code, ...out };
}

describe('the CLI help in English and French', () => {
  it('has French for every text of the help, with the same placeholders, and none left over', () => {
    const texts = helpTexts();
    assert.ok(texts.size > 40, `only ${texts.size} texts found: the extractor is broken`);
    const shared = new Set(Object.keys(HELP_FRENCH));
    // The language option's description is shared with the messages' table (LANG_OPTION): it lives here too.
    assert.deepEqual(
      [...texts].filter((m) => typeof HELP_FRENCH[m] !== 'string'),
      [],
      'add them to src/cli/helpFr.ts',
    );
    assert.deepEqual(
      [...shared].filter((m) => !texts.has(m)),
      [],
      'French no help text uses any more',
    );
    for (const m of texts) assert.deepEqual(placeholders(HELP_FRENCH[m]), placeholders(m), m);
  });

  it("prints every command's help in French with --lang fr, and in English with --lang en", async () => {
    for (const c of COMMANDS) {
      const fr = await run([c.name, '--help', '--lang', 'fr']);
      assert.equal(fr.code, 0, `${c.name}: ${fr.stderr}`);
      assert.match(fr.stdout, new RegExp(`^usage : newsmark ${c.name} `), c.name);
      assert.match(fr.stdout, /\nOptions :\n[^]*-h, --help +cette aide\n$/, c.name);
      assert.ok(fr.stdout.includes(HELP_FRENCH[c.description ?? c.summary]), `${c.name}: its description in French`);
      const en = await run([c.name, '--help', '--lang', 'en']);
      assert.ok(en.stdout.includes(c.description ?? c.summary), `${c.name}: its description in English`);
    }
  });

  it('lists the commands in French when --lang fr comes first, and passes it on to the command', async () => {
    const list = await run(['--lang', 'fr', '--help']);
    assert.match(list.stdout, /\nUsage :\n {2}newsmark detect <fichier> +Personnes, dates, durées et citations/);
    const usage = await run(['--lang=fr', 'check']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^newsmark check: quel dossier \?\nusage : newsmark check <dossier> \[options\]/);
  });

  it('says a parse error in the language of LANG', async () => {
    await underLang('fr_FR.UTF-8', async () => {
      assert.match((await run(['detect', '--bogus'])).stderr, /^newsmark detect: option inconnue « --bogus »\n/);
      assert.match((await run(['detect', 'a.txt', '--published'])).stderr, /^newsmark detect: l'option « --published » demande une valeur\n/);
      assert.match((await run(['nothing'])).stderr, /^newsmark: commande inconnue « nothing »/);
    });
  });
});
