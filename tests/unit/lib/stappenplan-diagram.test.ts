import { describe, expect, it } from 'vitest';
import { phaseInfo, type Phase } from '../../../modules/stappenplan/phases.ts';
import { uiSection } from '../../../src/i18n/ui.ts';
import {
  sideRoutesIn,
  stappenplanDiagram,
  type Diagram,
  type Shape,
} from '../../../src/lib/stappenplan-diagram.ts';
import { phaseLabel, whereText, wrap } from '../../../src/lib/stappenplan-labels.ts';
import { compactLayout, fullLayout } from '../../../src/lib/stappenplan-layouts.ts';

const strings = uiSection('diagram.');
type Box = Extract<Shape, { kind: 'box' }>;
type Circle = Extract<Shape, { kind: 'circle' }>;
const boxes = (d: Diagram) => d.shapes.filter((s): s is Box => s.kind === 'box');
const circles = (d: Diagram) => d.shapes.filter((s): s is Circle => s.kind === 'circle');
const byPhase = <S extends { phase: Phase }>(shapes: S[], phase: Phase) =>
  shapes.find((s) => s.phase === phase)!;
const order: Phase[] = [
  'stap-1',
  'stap-2',
  'stap-3',
  'stap-4',
  'afweging-1',
  'afweging-2',
  'stap-5',
  'afweging-3',
  'afweging-4',
  'afweging-5',
];

/** Every shape's bounds, to check that nothing is drawn outside the viewBox. */
function bounds(shape: Shape): [number, number, number, number] {
  switch (shape.kind) {
    case 'box':
      return [shape.x, shape.y, shape.x + shape.width, shape.y + shape.height];
    case 'circle':
      return [shape.cx - shape.r, shape.cy - shape.r, shape.cx + shape.r, shape.cy + shape.r];
    case 'line':
      return [shape.x1, shape.y1, shape.x2, shape.y2];
    case 'text': {
      // The glyph widths the layout assumes for a system sans-serif (screenshots confirm they hold).
      const glyph = shape.bold ? 0.62 : 0.56;
      const width = Math.max(...shape.lines.map((line) => line.length)) * shape.size * glyph;
      const left =
        shape.anchor === 'start' ? shape.x : shape.anchor === 'end' ? shape.x - width : shape.x - width / 2;
      return [
        left,
        shape.y - shape.size,
        left + width,
        shape.y + (shape.lines.length - 1) * shape.size * 1.3,
      ];
    }
  }
}

describe('the full stappenplan diagram', () => {
  const diagram = stappenplanDiagram(strings, { layout: fullLayout, sideRoutes: ['acuut', 'collega-route'] });

  it('shows the five steps in order, afwegingen 1–2 under step 4 and 3–5 under step 5, indented', () => {
    const drawn = boxes(diagram).filter((box) => order.includes(box.phase));
    expect(drawn.map((box) => box.phase)).toEqual(order);
    const ys = drawn.map((box) => box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const box of drawn) expect(box.x > 0, box.phase).toBe(phaseInfo(box.phase).afweging !== null);
    expect(circles(diagram).map((c) => c.phase)).toEqual(['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5']);
  });

  it('draws the side routes it is given after the steps, dashed, and no others', () => {
    const routes = boxes(diagram).filter((box) => box.dashed);
    expect(routes.map((box) => box.phase)).toEqual(['acuut', 'collega-route']);
    expect(boxes(stappenplanDiagram(strings, { layout: fullLayout })).some((box) => box.dashed)).toBe(false);
  });

  it('keeps every shape and every line of text inside the 320-unit viewBox', () => {
    for (const d of [
      diagram,
      stappenplanDiagram(strings, { layout: compactLayout, sideRoutes: ['acuut', 'collega-route'] }),
    ]) {
      expect(d.width).toBe(320);
      for (const shape of d.shapes) {
        const [left, top, right, bottom] = bounds(shape);
        expect(left, JSON.stringify(shape)).toBeGreaterThanOrEqual(-0.5);
        expect(top, JSON.stringify(shape)).toBeGreaterThanOrEqual(-0.5);
        expect(right, JSON.stringify(shape)).toBeLessThanOrEqual(d.width + 0.5);
        expect(bottom, JSON.stringify(shape)).toBeLessThanOrEqual(d.height + 0.5);
      }
    }
  });

  it('names every phase in its description, for role="img"', () => {
    for (const phase of [...order, 'acuut', 'collega-route'] as Phase[])
      expect(diagram.description).toContain(phaseInfo(phase).name);
    expect(diagram.title).toBe(strings['diagram.title']);
    expect(diagram.where).toBeNull();
  });
});

describe('where the learner is', () => {
  it('highlights the afweging and its step, and says so in words', () => {
    for (const [name, layout] of [
      ['full', fullLayout],
      ['compact', compactLayout],
    ] as const) {
      const d = stappenplanDiagram(strings, { layout, current: 'afweging-2' });
      const states = Object.fromEntries(
        circles(d)
          .concat(boxes(d) as never[])
          .map((s) => [s.phase, s.state]),
      );
      expect(states['afweging-2'], name).toBe('current');
      expect(states['stap-4'], name).toBe('current-step');
      expect(states['stap-5'], name).toBe('plain');
      expect(d.where).toBe('Je bent bij stap 4, afweging 2.');
    }
  });

  it('names a step alone, acute action and the route for a colleague', () => {
    expect(whereText(strings, 'stap-1')).toBe('Je bent bij stap 1.');
    expect(whereText(strings, 'afweging-5')).toBe('Je bent bij stap 5, afweging 5.');
    expect(whereText(strings, 'acuut')).toBe(strings['diagram.where.acuut']);
    expect(whereText(strings, 'collega-route')).toBe(strings['diagram.where.collega-route']);
    expect(whereText(strings, null)).toBeNull();
    const d = stappenplanDiagram(strings, { layout: compactLayout, sideRoutes: ['acuut'], current: 'acuut' });
    expect(byPhase(boxes(d), 'acuut').state).toBe('current');
    expect(circles(d).every((c) => c.state === 'plain')).toBe(true);
  });
});

describe('the compact diagram', () => {
  it('puts the steps in a row and the afwegingen below steps 4 and 5', () => {
    const d = stappenplanDiagram(strings, { layout: compactLayout });
    const steps = circles(d).filter((c) => phaseInfo(c.phase).afweging === null);
    expect(steps.map((c) => c.phase)).toEqual(['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5']);
    expect(new Set(steps.map((c) => c.cy)).size).toBe(1);
    const xs = steps.map((c) => c.cx);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const under = (stap: number) =>
      circles(d).filter((c) => phaseInfo(c.phase).stap === stap && c.cy > steps[0]!.cy);
    expect(under(4).map((c) => c.phase)).toEqual(['afweging-1', 'afweging-2']);
    expect(under(5).map((c) => c.phase)).toEqual(['afweging-3', 'afweging-4', 'afweging-5']);
    // Each group sits nearer its own step than the other one.
    for (const c of under(4)) expect(Math.abs(c.cx - xs[3]!)).toBeLessThan(Math.abs(c.cx - xs[4]!));
    for (const c of under(5)) expect(Math.abs(c.cx - xs[4]!)).toBeLessThan(Math.abs(c.cx - xs[3]!));
  });
});

describe('labels', () => {
  it('wraps at spaces within the width, and gives a word longer than that a line of its own', () => {
    expect(wrap('Afweging 1: is er een vermoeden?', 12)).toEqual(['Afweging 1:', 'is er een', 'vermoeden?']);
    expect(wrap('een letseldeskundige erbij', 8)).toEqual(['een', 'letseldeskundige', 'erbij']);
  });

  it('drop the step number that the circle already shows, and keep afweging names whole', () => {
    expect(phaseLabel('stap-1')).toBe('Signalen in kaart brengen');
    expect(phaseLabel('afweging-3')).toBe(phaseInfo('afweging-3').name);
  });

  it('finds the side routes among the phases of a case', () => {
    expect(sideRoutesIn(['stap-1', 'collega-route', 'stap-2'])).toEqual(['collega-route']);
    expect(sideRoutesIn(['acuut', 'collega-route'])).toEqual(['acuut', 'collega-route']);
    expect(sideRoutesIn(['stap-1'])).toEqual([]);
  });
});
