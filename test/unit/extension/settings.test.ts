import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../../../src/core/detect/evaluate';
import { DECORATED_KINDS, DETECTOR_KINDS } from '../../../src/core/session/detectorKinds';
import { SETTING_DEFAULTS } from '../../../src/extension/settings';

interface ManifestSetting {
  type: string;
  default: unknown;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, ManifestSetting> }; colors: Array<{ id: string }> };
};

describe('settings table (src/extension/settings.ts)', () => {
  it('declares exactly the settings package.json contributes, with the same defaults and types', () => {
    const contributed = manifest.contributes.configuration.properties;
    assert.deepEqual(
      Object.keys(SETTING_DEFAULTS)
        .map((k) => `newsmark.${k}`)
        .sort(),
      Object.keys(contributed).sort(),
    );
    for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
      const declared = contributed[`newsmark.${key}`];
      assert.deepEqual(value, declared.default, key);
      assert.equal(typeof value, declared.type === 'integer' ? 'number' : declared.type, key);
    }
  });
});

describe('detector registry (src/core/session/detectorKinds.ts)', () => {
  it('gives every kind a declared setting and a scored evaluation key', () => {
    for (const k of DETECTOR_KINDS) {
      assert.ok(k.setting in SETTING_DEFAULTS, `${k.kind}: newsmark.${k.setting} is not a setting`);
      assert.ok((KINDS as readonly string[]).includes(k.evaluation), `${k.kind}: ${k.evaluation} is not scored`);
    }
  });

  it('gives every kind the editor draws its three colours in package.json (confirmed, border, suggestion)', () => {
    const colours = new Set(manifest.contributes.colors.map((c) => c.id));
    for (const kind of DECORATED_KINDS)
      for (const part of ['Background', 'Border', 'SuggestionBackground'])
        assert.ok(colours.has(`newsmark.${kind}${part}`), `newsmark.${kind}${part} is not contributed`);
  });
});
