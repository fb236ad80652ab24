/** How many items of each section readProgress had to leave out because they were broken. */
export interface Dropped {
  lessons: number;
  answers: number;
  attempts: number;
  completed: number;
}

const nouns: Record<keyof Dropped, [one: string, many: string]> = {
  lessons: ['gelezen les', 'gelezen lessen'],
  answers: ['antwoord', 'antwoorden'],
  attempts: ['poging', 'pogingen'],
  completed: ['afgeronde module', 'afgeronde modules'],
};

/** A plain-Dutch sentence for the learner about what was left out, or `undefined` when nothing was. */
export function salvageNotice(dropped: Dropped): string | undefined {
  const parts = (Object.keys(nouns) as (keyof Dropped)[])
    .filter((section) => dropped[section] > 0)
    .map((section) => `${dropped[section]} ${nouns[section][dropped[section] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return undefined;
  const total = Object.values(dropped).reduce((sum, n) => sum + n, 0);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
  const verb =
    total === 1
      ? 'kon niet worden gelezen en is weggelaten'
      : 'konden niet worden gelezen en zijn weggelaten';
  return `Een deel van je voortgang was beschadigd: ${list} ${verb}. De rest van je voortgang is bewaard.`;
}
