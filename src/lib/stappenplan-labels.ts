import { phaseInfo, type Phase } from '../../modules/stappenplan/phases.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';

/** The strings the diagram shows, handed to islands as a prop like every UI section. */
export type DiagramStrings = UiSection<'diagram.'>;

/** Splits text into lines of at most `max` characters at spaces; a longer word gets a line of its own. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The label of a phase in the diagram: its name without the "Stap n: " that the number already shows. */
export function phaseLabel(id: Phase): string {
  const { name, stap, afweging } = phaseInfo(id);
  if (stap === null || afweging !== null) return name;
  const rest = name.replace(/^Stap \d+: /, '');
  return rest[0]!.toUpperCase() + rest.slice(1);
}

/** Where the learner is, in words, or null when there is no current phase. */
export function whereText(strings: DiagramStrings, current: Phase | null | undefined): string | null {
  if (!current) return null;
  const { stap, afweging } = phaseInfo(current);
  if (current === 'acuut' || current === 'collega-route') return strings[`diagram.where.${current}`];
  if (afweging !== null) return format(strings['diagram.where.afweging'], { stap: stap!, afweging });
  return format(strings['diagram.where.stap'], { stap: stap! });
}
