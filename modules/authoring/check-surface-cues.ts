import type { CaseIssue } from '../case/case-issue.ts';
import type { LoadedContent } from './load-content.ts';
import { cueThresholds, surfaceCues, type CueId, type CueResult, type ItemKind } from './surface-cues.ts';
import { surfaceModules, type SurfaceModule } from './surface-module.ts';

/**
 * Refuses a module whose options give the answer away: a cue from surface-cues.ts (the longest option,
 * the shortest, the most careful-sounding, a word such as "Veilig Thuis", "overleg", "ja", "altijd",
 * "nooit") that points at the right option far more or far less often than chance, over the module's
 * case moments or over its knowledge-check questions. The thresholds are cueThresholds: at least 10
 * items, 15 percentage points from chance, and |z| ≥ 2. One issue per flagged cue, in Dutch, naming
 * the folder, the rate against chance and the items to rewrite first.
 *
 * The same cue is also measured over the whole course, every module's items pooled: a learner who takes
 * several modules (and a reviewer) sees them all, and a small lean in each module adds up. A cue that
 * only the pool shows is reported once, for the content/casussen/ or content/lessen/ folder.
 */
export function checkSurfaceCues(
  content: Pick<LoadedContent, 'beroepsgroepen' | 'cases' | 'lessons'>,
  kinds: readonly ItemKind[] = ['moment', 'question'],
): CaseIssue[] {
  const modules = surfaceModules(content);
  const flagged = (module: SurfaceModule) =>
    surfaceCues(module).filter((result) => result.flag && kinds.includes(result.kind));
  const perModule = modules.flatMap((module) => flagged(module).map((result) => ({ module, result })));
  const shown = new Set(perModule.map(({ result }) => `${result.kind}/${result.cue}`));
  // The whole course as one module: every module's moments and questions pooled.
  const course = flagged({
    id: '',
    cases: modules.flatMap((module) => module.cases),
    questions: modules.flatMap((module) => module.questions),
  }).filter((result) => !shown.has(`${result.kind}/${result.cue}`));
  return [
    ...perModule.map(({ module, result }) => ({
      file: `${folder(result.kind)}${module.id}/`,
      message: describeCue(result),
    })),
    ...course.map((result) => ({
      file: folder(result.kind),
      message: describeCue(result, ' over alle modules'),
    })),
  ];
}

const folder = (kind: ItemKind) => (kind === 'moment' ? 'content/casussen/' : 'content/lessen/');

const percent = (share: number) => `${Math.round(share * 100)}%`;

const cueNames: Record<CueId, string> = {
  longest: 'de langste optie',
  shortest: 'de kortste optie',
  first: 'de eerste optie',
  middle: 'een optie in het midden',
  last: 'de laatste optie',
  'veilig-thuis': 'een optie met "Veilig Thuis"',
  overleg: 'een optie met "overleg"',
  ja: 'een optie met "ja"',
  altijd: 'een optie met "altijd"',
  nooit: 'een optie met "nooit"',
  careful: 'de voorzichtigst klinkende optie',
};

function describeCue(result: CueResult, scope = ''): string {
  const what = cueNames[result.cue];
  const items = result.kind === 'moment' ? 'keuzemomenten' : 'kennisvragen';
  const fix =
    result.flag === 'above'
      ? `Herschrijf eerst: ${result.hits.slice(0, 8).join(', ')}${result.hits.length > 8 ? ', …' : ''}. Maak foute opties even lang, precies en zorgvuldig als de goede, of de goede korter en gewoner.`
      : 'Zo valt dit soort optie af zonder dat je de meldcode kent. Maak ook eens zo’n optie de goede.';
  return `${items}${scope}: ${what} is in ${percent(result.rate!)} van ${result.items} ${items} goed, bij toeval ${percent(result.chance!)} (toegestaan: tot ${Math.round(cueThresholds.maxDeviation * 100)} procentpunt ervan af). ${fix}`;
}
