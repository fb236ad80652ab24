import { phaseInfo, type Phase } from '../../modules/stappenplan/phases.ts';
import { whereText, type DiagramStrings } from './stappenplan-labels.ts';
import { afwegingenOf, steps, WIDTH } from './stappenplan-layouts.ts';

export type { DiagramStrings } from './stappenplan-labels.ts';

/** Side routes of the meldcode, shown only where they are relevant (a case that has them). */
export type SideRoute = 'acuut' | 'collega-route';

/** How a box or circle is drawn: the learner is here, at this step (while at one of its afwegingen), or neither. */
export type ShapeState = 'current' | 'current-step' | 'plain';

export type Shape =
  | {
      kind: 'box';
      phase: Phase;
      x: number;
      y: number;
      width: number;
      height: number;
      rx: number;
      state: ShapeState;
      dashed: boolean;
    }
  | { kind: 'circle'; phase: Phase; cx: number; cy: number; r: number; state: ShapeState }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | {
      kind: 'text';
      x: number;
      y: number;
      lines: string[];
      size: number;
      anchor: 'start' | 'middle' | 'end';
      state: ShapeState;
      bold: boolean;
    };

/** Everything a renderer needs: a viewBox, shapes in drawing order, and the texts that stand in for the picture. */
export interface Diagram {
  width: number;
  height: number;
  shapes: Shape[];
  title: string;
  /** The whole stappenplan in words, for role="img". */
  description: string;
  /** Where the learner is, in words ("Je bent bij stap 4, afweging 2."), or null with no current phase. */
  where: string | null;
}

/**
 * Places the shapes: `fullLayout` (every step and afweging with its name: static pages) or `compactLayout`
 * (numbers only: the player, the leertafel), both in stappenplan-layouts.ts. Handed in rather than named,
 * so an island's bundle holds only the layout it draws.
 */
export type Layout = (
  strings: DiagramStrings,
  sideRoutes: readonly SideRoute[],
  current: Phase | null,
) => { shapes: Shape[]; height: number };

export interface DiagramOptions {
  layout: Layout;
  sideRoutes?: readonly SideRoute[];
  current?: Phase | null;
}

/** The side routes among the phases of a case's nodes, in the order of the phases. */
export function sideRoutesIn(nodePhases: Iterable<Phase>): SideRoute[] {
  const present = new Set(nodePhases);
  return (['acuut', 'collega-route'] as const).filter((route) => present.has(route));
}

/** Lays out the stappenplan from the phases: five steps, afwegingen 1–2 under step 4 and 3–5 under step 5. */
export function stappenplanDiagram(strings: DiagramStrings, options: DiagramOptions): Diagram {
  const { layout, sideRoutes = [], current = null } = options;
  const { shapes, height } = layout(strings, sideRoutes, current);
  const sentences = [
    ...steps.flatMap((step) => [step, ...afwegingenOf(step.stap!)].map((p) => phaseInfo(p.id).name)),
    ...sideRoutes.flatMap((route) => [phaseInfo(route).name, strings[`diagram.note.${route}`]]),
  ];
  return {
    width: WIDTH,
    height,
    shapes,
    title: strings['diagram.title'],
    description: sentences.map((text) => (/[.?!]$/.test(text) ? text : `${text}.`)).join(' '),
    where: whereText(strings, current),
  };
}
