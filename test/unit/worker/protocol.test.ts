import { strict as assert } from 'node:assert';
import { answerWorkerRequest } from '../../../src/core/worker/protocol';

describe('worker protocol (src/core/worker/protocol.ts)', () => {
  it('answers a detect request with the detections of its text, tagged and with its id', () => {
    const answer = answerWorkerRequest({
      kind: 'detect',
      id: 7,
      text: 'Le président Emmanuel Macron a parlé le 6 mars 2025.',
      options: { published: '2025-03-07' },
    });
    assert.equal(answer.kind, 'detected');
    assert.ok(answer.kind === 'detected' && answer.id === 7 && answer.result);
    assert.deepEqual(
      answer.result.people.map((p) => p.text),
      ['Emmanuel Macron'],
    );
  });

  it('answers an analyse request with one answer per article, in one message', () => {
    const request = (id: number, text: string) => ({ id, request: { key: `k${id}`, file: `${id}.txt`, text } });
    const answer = answerWorkerRequest({ kind: 'analyse', requests: [request(1, 'Les pourparlers ont eu lieu le 6 mars à Genève.'), request(2, 'Rien.')] });
    assert.equal(answer.kind, 'analysed');
    assert.deepEqual(answer.kind === 'analysed' && answer.answers.map((a) => [a.id, a.error === undefined, a.result?.key]), [
      [1, true, 'k1'],
      [2, true, 'k2'],
    ]);
  });

  it('sends a detection that throws back as an error, never as a dead worker', () => {
    const answer = answerWorkerRequest({ kind: 'detect', id: 1, text: null as unknown as string, options: {} });
    assert.ok(answer.kind === 'detected' && answer.error && !answer.result);
  });
});
