import { phaseInfo, phases, type Phase } from '../../modules/stappenplan/phases.ts';
import type { Shape, ShapeState, SideRoute } from './stappenplan-diagram.ts';
import { phaseLabel, wrap, type DiagramStrings } from './stappenplan-labels.ts';

/** The width of every layout, in SVG units: one unit per CSS pixel on a 320 px screen. */
export const WIDTH = 320;
/** Average glyph width as a share of the font size, for a system sans-serif; wrapping errs on the short side. */
const GLYPH = 0.56;
/** The same for bold text, which runs wider. */
const BOLD_GLYPH = 0.62;

/** The five steps, in order. */
export const steps = phases.filter((p) => p.stap !== null && p.afweging === null);
/** The afwegingen that belong to step `stap` (1–2 to step 4, 3–5 to step 5). */
export const afwegingenOf = (stap: number) => phases.filter((p) => p.stap === stap && p.afweging !== null);

function stateOf(id: Phase, current: Phase | null | undefined): ShapeState {
  if (!current) return 'plain';
  if (id === current) return 'current';
  const here = phaseInfo(current);
  return here.afweging !== null && phaseInfo(id).afweging === null && here.stap === phaseInfo(id).stap
    ? 'current-step'
    : 'plain';
}

/** Every step and afweging with its name, one under the other (static pages). */
export function fullLayout(strings: DiagramStrings, sideRoutes: readonly SideRoute[], current: Phase | null) {
  const shapes: Shape[] = [];
  const spine: Shape[] = [];
  const pad = 9;
  let y = 0;
  /** A box with wrapped text; `indent` leaves room for a step number. */
  const box = (id: Phase, x: number, indent: number, font: number, dashed: boolean, text: string) => {
    const bold = indent > 0 || dashed;
    const lines = wrap(
      text,
      Math.floor((WIDTH - x - indent - 2 * pad) / (font * (bold ? BOLD_GLYPH : GLYPH))),
    );
    const height = lines.length * Math.round(font * 1.3) + 2 * pad;
    const state = stateOf(id, current);
    shapes.push({ kind: 'box', phase: id, x, y, width: WIDTH - x, height, rx: 6, state, dashed });
    shapes.push({
      kind: 'text',
      x: x + indent + pad,
      y: y + pad + font,
      lines,
      size: font,
      anchor: 'start',
      state,
      bold,
    });
    const top = y;
    y += height + 8;
    return { top, height, state };
  };
  const mids: number[] = [];
  for (const step of steps) {
    const { top, height, state } = box(step.id, 0, 28, 15, false, phaseLabel(step.id));
    const cy = top + Math.min(height / 2, pad + 12);
    mids.push(cy);
    shapes.push({ kind: 'circle', phase: step.id, cx: 18, cy, r: 12, state });
    shapes.push({
      kind: 'text',
      x: 18,
      y: cy + 5,
      lines: [String(step.stap)],
      size: 14,
      anchor: 'middle',
      state,
      bold: true,
    });
    for (const afweging of afwegingenOf(step.stap!)) {
      const { top: aTop, height: aHeight } = box(afweging.id, 36, 0, 14, false, phaseInfo(afweging.id).name);
      mids.push(aTop + aHeight / 2);
      spine.push({ kind: 'line', x1: 18, y1: aTop + aHeight / 2, x2: 36, y2: aTop + aHeight / 2 });
    }
  }
  spine.unshift({ kind: 'line', x1: 18, y1: mids[0]!, x2: 18, y2: mids.at(-1)! });
  if (sideRoutes.length > 0) y += 8;
  for (const route of sideRoutes)
    box(route, 0, 0, 14, true, `${phaseInfo(route).name}. ${strings[`diagram.note.${route}`]}`);
  // The spine is drawn first, so the boxes cover it and it shows only between them.
  return { shapes: [...spine, ...shapes], height: y - 8 };
}

/** The steps as numbered circles in a row, the afwegingen as small numbers under steps 4 and 5 (the player). */
export function compactLayout(
  strings: DiagramStrings,
  sideRoutes: readonly SideRoute[],
  current: Phase | null,
) {
  const shapes: Shape[] = [];
  const stepX = [24, 80, 136, 200, 276];
  const row = { step: 22, afweging: 66, side: 100 };
  shapes.push({ kind: 'line', x1: stepX[0]!, y1: row.step, x2: stepX[4]!, y2: row.step });
  const circle = (id: Phase, cx: number, cy: number, r: number, label: string, size: number) => {
    const state = stateOf(id, current);
    shapes.push({ kind: 'circle', phase: id, cx, cy, r, state });
    shapes.push({
      kind: 'text',
      x: cx,
      y: cy + size * 0.36,
      lines: [label],
      size,
      anchor: 'middle',
      state,
      bold: true,
    });
  };
  steps.forEach((step, i) => {
    const x = stepX[i]!;
    const under = afwegingenOf(step.stap!);
    under.forEach((_, j) => {
      const ax = x + (j - (under.length - 1) / 2) * 26;
      shapes.push({ kind: 'line', x1: x, y1: row.step, x2: ax, y2: row.afweging });
    });
    circle(step.id, x, row.step, 16, String(step.stap), 15);
    under.forEach((a, j) =>
      circle(a.id, x + (j - (under.length - 1) / 2) * 26, row.afweging, 11, String(a.afweging), 12),
    );
  });
  // A caption left of the afwegingen under step 4, so the small numbers read as afwegingen.
  shapes.push({
    kind: 'text',
    x: 170,
    y: row.afweging + 4,
    lines: [strings['diagram.afwegingen']],
    size: 12,
    anchor: 'end',
    state: 'plain',
    bold: false,
  });
  let x = 0;
  for (const route of sideRoutes) {
    const label = strings[`diagram.short.${route}`];
    const width = Math.ceil(label.length * 13 * BOLD_GLYPH) + 20;
    const state = stateOf(route, current);
    shapes.push({
      kind: 'box',
      phase: route,
      x,
      y: row.side - 14,
      width,
      height: 28,
      rx: 14,
      state,
      dashed: true,
    });
    shapes.push({
      kind: 'text',
      x: x + width / 2,
      y: row.side + 5,
      lines: [label],
      size: 13,
      anchor: 'middle',
      state,
      bold: true,
    });
    x += width + 8;
  }
  return { shapes, height: sideRoutes.length > 0 ? row.side + 16 : row.afweging + 13 };
}
