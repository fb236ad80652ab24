import { describe, expect, it } from 'vitest';
import { nl } from '../../../modules/strings/nl.ts';
import { uiSection } from '../../../src/i18n/ui.ts';
import { afwegingskaderDiagram } from '../../../src/lib/afwegingskader-diagram.ts';
import type { Shape } from '../../../src/lib/stappenplan-diagram.ts';

const diagram = afwegingskaderDiagram(uiSection('afwegingskader.'));
const texts = diagram.shapes.flatMap((s) => (s.kind === 'text' ? [s.lines.join(' ')] : []));
const boxes = diagram.shapes.filter((s): s is Extract<Shape, { kind: 'box' }> => s.kind === 'box');
const lines = diagram.shapes.filter((s): s is Extract<Shape, { kind: 'line' }> => s.kind === 'line');

describe('the afwegingskader diagram', () => {
  it('shows the five afwegingen in order, each with both answers and where the stappenplan takes them', () => {
    for (const n of [1, 2, 3, 4, 5] as const) {
      const at = texts.indexOf(`Afweging ${n}: ${nl.phase[`afweging-${n}`].split(': ')[1]}`);
      expect(at, `afweging ${n}`).toBeGreaterThanOrEqual(0);
      expect(texts[at + 1]).toBe(`Ja: ${nl.outcome[`afweging-${n}-ja`]}`);
      expect(texts[at + 2]).toBe(`Nee: ${nl.outcome[`afweging-${n}-nee`]}`);
    }
  });

  it('joins the answer that goes on to the next afweging: ja after 1, 3 and 4, nee after 2', () => {
    // Each afweging has two lines to its answers; the onward line starts below its answer's box.
    const afwegingBoxes = boxes.filter((b) => b.rx === 4);
    const onward = lines.filter((l) => afwegingBoxes.some((b) => b.y === l.y2 && b.y > 0));
    const side = onward.map((l) => (l.x1 < diagram.width / 2 ? 'ja' : 'nee'));
    expect(side).toEqual(['ja', 'nee', 'ja', 'ja']);
  });

  it('fits 320 units on a phone, and says the whole afwegingskader in words for a screen reader', () => {
    expect(diagram.width).toBe(320);
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(320);
    for (const n of [1, 2, 3, 4, 5] as const)
      expect(diagram.description).toContain(nl.outcome[`afweging-${n}-nee`]);
  });
});
