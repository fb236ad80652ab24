import { describe, expect, it } from 'vitest';
import { checkSurfaceCues } from '../../../modules/authoring/check-surface-cues.ts';
import type { LoadedContent } from '../../../modules/authoring/load-content.ts';
import type { SurfaceModule } from '../../../modules/authoring/surface-module.ts';
import { everyMoment, fixtureCase, question } from './surface-fixtures.ts';

/** Loaded content of one module "proef" with these cases and one lesson with these questions. */
function content({ cases, questions }: Pick<SurfaceModule, 'cases' | 'questions'>) {
  return course([{ id: 'proef', cases, questions }]);
}

/** Loaded content of these modules, each with its cases and one lesson with its questions. */
function course(modules: SurfaceModule[]) {
  return {
    beroepsgroepen: modules.map(({ id }) => ({ id })),
    cases: modules.flatMap(({ id, cases }) =>
      cases.map((compiled) => ({ file: `content/casussen/${id}/${compiled.def.id}.yaml`, compiled })),
    ),
    lessons: modules.map(({ id, questions }) => ({ beroepsgroep: id, lesson: { questions } })),
  } as unknown as Pick<LoadedContent, 'beroepsgroepen' | 'cases' | 'lessons'>;
}

const short = 'Nee, dat hoeft niet.';
const middle = 'Alleen als de ouders het goed vinden.';
const long = 'Ja, en je vertelt het de ouders vooraf, tenzij dat niet veilig is.';
const repeat = <T>(count: number, make: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));

describe('the check that options do not give the answer away', () => {
  it('refuses questions whose longest option is right far more often than chance, with the folder, the rate and where to start', () => {
    const questions = repeat(12, (i) => question(`v${i}`, [short, long, middle], [long]));
    const issues = checkSurfaceCues(content({ cases: [], questions }));
    const longest = issues.find((issue) => issue.message.includes('de langste optie'))!;
    expect(longest.file).toBe('content/lessen/proef/');
    expect(longest.message).toMatch(
      /^kennisvragen: de langste optie is in 100% van 12 kennisvragen goed, bij toeval 33%/,
    );
    expect(longest.message).toContain('Herschrijf eerst: v0, v1, v2');
    // …and the shortest option, never right, rules itself out.
    expect(issues.some((issue) => issue.message.includes('de kortste optie is in 0%'))).toBe(true);
  });

  it('refuses case moments the same way, in the cases folder', () => {
    const cases = repeat(2, (i) =>
      fixtureCase(`langste-goed-${i}`, everyMoment({ right: long, wrong: [short, middle] })),
    );
    const issues = checkSurfaceCues(content({ cases, questions: [] }));
    expect(issues.map((issue) => issue.file)).toContain('content/casussen/proef/');
    expect(issues[0]!.message).toMatch(
      /^keuzemomenten: de langste optie is in 100% van 12 keuzemomenten goed/,
    );
    expect(checkSurfaceCues(content({ cases, questions: [] }), ['question'])).toEqual([]);
  });

  it('lets a module pass where the right option is the longest, the middle and the shortest equally often', () => {
    const questions = repeat(12, (i) =>
      question(`v${i}`, [short, middle, long], [[short, middle, long][i % 3]!]),
    );
    expect(checkSurfaceCues(content({ cases: [], questions }))).toEqual([]);
  });

  it('refuses a cue over the whole course even when no module has enough items to show it alone', () => {
    // Three modules of six questions: each too few to judge, together 18 where the longest is always right.
    const modules = ['een', 'twee', 'drie'].map((id) => ({
      id,
      cases: [],
      questions: repeat(6, (i) => question(`${id}-v${i}`, [short, long, middle], [long])),
    }));
    const issues = checkSurfaceCues(course(modules));
    const longest = issues.filter((issue) => issue.message.includes('de langste optie'));
    expect(longest).toHaveLength(1);
    expect(longest[0]!.file).toBe('content/lessen/');
    expect(longest[0]!.message).toMatch(
      /^kennisvragen over alle modules: de langste optie is in 100% van 18/,
    );
    expect(longest[0]!.message).toContain('Herschrijf eerst: een-v0');
  });

  it('does not report a cue twice when one module already shows it', () => {
    const questions = repeat(12, (i) => question(`v${i}`, [short, long, middle], [long]));
    const issues = checkSurfaceCues(course([{ id: 'proef', cases: [], questions }]));
    expect(issues.filter((issue) => issue.message.includes('de langste optie'))).toHaveLength(1);
  });
});
