import { phaseText } from '../strings/nl-phase.ts';

/**
 * The phases of the meldcode, defined once: the five steps, the five afwegingen, acute action and the
 * route for a suspected colleague. In the Rijksoverheid basismodel, step 4 holds afwegingen 1–2 and
 * step 5 holds afwegingen 3–5. The order is the order of the stappenplan, used in every report.
 */
export const phases = [
  { id: 'stap-1', stap: 1, afweging: null },
  { id: 'stap-2', stap: 2, afweging: null },
  { id: 'stap-3', stap: 3, afweging: null },
  { id: 'stap-4', stap: 4, afweging: null },
  { id: 'afweging-1', stap: 4, afweging: 1 },
  { id: 'afweging-2', stap: 4, afweging: 2 },
  { id: 'stap-5', stap: 5, afweging: null },
  { id: 'afweging-3', stap: 5, afweging: 3 },
  { id: 'afweging-4', stap: 5, afweging: 4 },
  { id: 'afweging-5', stap: 5, afweging: 5 },
  { id: 'acuut', stap: null, afweging: null },
  { id: 'collega-route', stap: null, afweging: null },
] as const;

/** The id of a phase, e.g. `stap-1` or `afweging-2`. */
export type Phase = (typeof phases)[number]['id'];

export const phaseIds = phases.map((phase) => phase.id) as [Phase, ...Phase[]];

const byId = new Map<string, (typeof phases)[number]>(phases.map((phase) => [phase.id, phase]));

/** A phase with its Dutch name, step number (1–5) and afweging number (1–5), where it has them. */
export function phaseInfo(id: Phase): {
  id: Phase;
  name: string;
  stap: number | null;
  afweging: number | null;
} {
  const phase = byId.get(id)!;
  return { id, name: phaseText[id], stap: phase.stap, afweging: phase.afweging };
}
