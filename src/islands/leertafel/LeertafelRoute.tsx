import type { LeertafelStrings } from './leertafel-strings.ts';

/** At an ending: what was done in the stappenplan on the group's route, in order. */
export function LeertafelRoute({ steps, strings }: { steps: string[]; strings: LeertafelStrings }) {
  return (
    <>
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['leertafel.steps']}</h3>
      <ol>
        {steps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>
    </>
  );
}
