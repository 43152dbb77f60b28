import { strict as assert } from 'node:assert';
import type { Span } from '../../src/core/model';
describe('smoke', () => { it('loads TypeScript', () => { const s: Span = { start: 0, end: 1, text: 'é' }; assert.equal(s.text.length, 1); }); });
