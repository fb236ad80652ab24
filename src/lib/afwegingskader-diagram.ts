import { outcomeKind } from '../../modules/naslag/afweging-outcomes.ts';
import { phaseInfo } from '../../modules/stappenplan/phases.ts';
import type { AfwegingNummer, Antwoord } from '../../modules/stappenplan/stappenplan.rules.ts';
import { nl } from '../../modules/strings/nl.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { Diagram, Shape } from './stappenplan-diagram.ts';
import { wrap } from './stappenplan-labels.ts';
import { WIDTH } from './stappenplan-layouts.ts';

const numbers = [1, 2, 3, 4, 5] as const;
const answers = ['ja', 'nee'] as const;
const PAD = 8;
const GAP = 18;
const FONT = 14;
/** Average glyph width as a share of the font size (as in stappenplan-layouts.ts). */
const glyph = (bold: boolean) => (bold ? 0.62 : 0.56);

/**
 * The afwegingskader as a picture: the five afwegingen one under the other, each with its two answers
 * side by side and where they lead. Where an answer leads comes from the stappenplan machine
 * (`outcomeKind`), the words from strings/nl.ts: the diagram, the naslag and the cases cannot
 * disagree. The answer that goes on to the next afweging (for afweging 4: help, then its effects) is
 * joined to it by a line. 320 units wide,
 * like the stappenplan diagram, so it reads on a phone without zooming.
 */
export function afwegingskaderDiagram(strings: UiSection<'afwegingskader.'>): Diagram {
  const shapes: Shape[] = [];
  const lines = (text: string, width: number, bold: boolean) =>
    wrap(text, Math.floor((width - 2 * PAD) / (FONT * glyph(bold))));
  const heightOf = (count: number) => count * Math.round(FONT * 1.3) + 2 * PAD;
  const box = (
    phase: `afweging-${AfwegingNummer}`,
    x: number,
    y: number,
    width: number,
    height: number,
    text: string[],
    bold: boolean,
  ) => {
    shapes.push({
      kind: 'box',
      phase,
      x,
      y,
      width,
      height,
      rx: bold ? 4 : 14,
      state: 'plain',
      dashed: false,
    });
    shapes.push({
      kind: 'text',
      x: x + PAD,
      y: y + PAD + FONT - 2,
      lines: text,
      size: FONT,
      anchor: 'start',
      state: 'plain',
      bold,
    });
  };
  const half = (WIDTH - GAP / 2) / 2;
  const column = (antwoord: Antwoord) => (antwoord === 'ja' ? 0 : WIDTH - half);
  const centre = (antwoord: Antwoord) => column(antwoord) + half / 2;
  const described: string[] = [];
  let y = 0;
  for (const nummer of numbers) {
    const phase = `afweging-${nummer}` as const;
    const name = lines(phaseInfo(phase).name, WIDTH, true);
    box(phase, 0, y, WIDTH, heightOf(name.length), name, true);
    y += heightOf(name.length);
    const texts = answers.map((antwoord) =>
      format(strings[`afwegingskader.${antwoord}`], { outcome: nl.outcome[`${phase}-${antwoord}`] }),
    );
    const wrapped = texts.map((text) => lines(text, half, false));
    const height = heightOf(Math.max(...wrapped.map((w) => w.length)));
    for (const [i, antwoord] of answers.entries()) {
      shapes.push({ kind: 'line', x1: centre(antwoord), y1: y, x2: centre(antwoord), y2: y + GAP });
      box(phase, column(antwoord), y + GAP, half, height, wrapped[i]!, false);
    }
    y += GAP + height;
    described.push(`${phaseInfo(phase).name} ${texts.join('. ')}.`);
    // Afweging 5 comes after help was offered and followed (afweging 4 ja).
    const onward = answers.find((antwoord) =>
      ['volgende-afweging', 'hulp-bieden-en-volgen'].includes(outcomeKind(nummer, antwoord)),
    );
    if (nummer < 5) {
      if (!onward) throw new Error(`afweging ${nummer} leads to no next afweging`);
      shapes.push({ kind: 'line', x1: centre(onward), y1: y, x2: centre(onward), y2: y + GAP });
      y += GAP;
    }
  }
  return {
    width: WIDTH,
    height: y,
    shapes,
    title: strings['afwegingskader.title'],
    description: described.join(' '),
    where: null,
  };
}
