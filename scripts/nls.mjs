// Moves the user-facing strings of package.json's manifest into package.nls.json (English), leaving
// "%key%" in their place, so that package.nls.fr.json can translate them. Re-runnable: strings already
// "%key%" are left alone, a new command, view, setting or step gets its key, and keys whose string
// went away are dropped from package.nls.json. Prints the keys package.nls.fr.json lacks.
//   node scripts/nls.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (name) => (existsSync(join(root, name)) ? JSON.parse(readFileSync(join(root, name), 'utf8')) : {});
const pkg = read('package.json');
const nls = read('package.nls.json');
const used = {};

/** Replaces obj[field] by its key, recording the English text. */
function take(obj, field, key) {
  const value = obj?.[field];
  if (typeof value !== 'string') return;
  const m = /^%(.+)%$/.exec(value);
  if (m) {
    if (nls[m[1]] !== undefined) used[m[1]] = nls[m[1]];
    return;
  }
  used[key] = value;
  obj[field] = `%${key}%`;
}
const short = (id) => id.replace(/^newsmark\./, '');

take(pkg, 'displayName', 'extension.displayName');
take(pkg, 'description', 'extension.description');
const c = pkg.contributes;
for (const cmd of c.commands ?? []) {
  take(cmd, 'title', `command.${short(cmd.command)}.title`);
  take(cmd, 'shortTitle', `command.${short(cmd.command)}.shortTitle`);
}
for (const list of Object.values(c.viewsContainers ?? {})) for (const v of list) take(v, 'title', `container.${short(v.id)}.title`);
for (const list of Object.values(c.views ?? {})) {
  for (const v of list) {
    take(v, 'name', `view.${short(v.id)}.name`);
    take(v, 'contextualTitle', `view.${short(v.id)}.contextualTitle`);
  }
}
(c.viewsWelcome ?? []).forEach((w, i) => take(w, 'contents', `welcome.${short(w.view)}.${i}`));
for (const w of c.walkthroughs ?? []) {
  const k = `walkthrough.${short(w.id)}`;
  take(w, 'title', `${k}.title`);
  take(w, 'description', `${k}.description`);
  for (const s of w.steps ?? []) {
    take(s, 'title', `${k}.${s.id}.title`);
    take(s, 'description', `${k}.${s.id}.description`);
    take(s.media, 'altText', `${k}.${s.id}.altText`);
  }
}
for (const conf of [c.configuration].flat().filter(Boolean)) {
  take(conf, 'title', 'config.title');
  for (const [name, p] of Object.entries(conf.properties ?? {})) {
    const k = `config.${short(name)}`;
    for (const f of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) take(p, f, `${k}.${f}`);
    for (const f of ['enumDescriptions', 'markdownEnumDescriptions']) (p[f] ?? []).forEach((_, i) => take(p[f], i, `${k}.${f}.${i}`));
  }
}
for (const color of c.colors ?? []) take(color, 'description', `color.${short(color.id)}.description`);
for (const s of c.submenus ?? []) take(s, 'label', `submenu.${short(s.id)}.label`);

const sorted = Object.fromEntries(Object.entries(used).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(join(root, 'package.nls.json'), JSON.stringify(sorted, null, 2) + '\n');
const fr = read('package.nls.fr.json');
const missing = Object.keys(sorted).filter((k) => fr[k] === undefined);
if (missing.length) console.log(`package.nls.fr.json lacks ${missing.length} key(s):\n${missing.join('\n')}`);
