import { readArchive } from '../../../modules/authoring/archive-files.ts';
import { moduleEdition } from '../../../modules/certificate/module-edition.ts';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import {
  MODULE_ARCHIVE_KIND,
  MODULE_ARCHIVE_VERSION,
  type ModuleArchive,
} from '../../../modules/certificate/module-archive.ts';
import type { VerifyContext } from '../../../modules/certificate/verify-certificate.ts';
import { loadArchivedCase } from '../../../modules/scoring/load-archived-case.ts';
import { emptyProgress, type Progress } from '../../../modules/progress/progress.ts';
import { ATTEMPT_KIND, ATTEMPT_VERSION, attemptId } from '../../../modules/scoring/attempt.ts';

// The archive fixture of the engine: case "geldig" is at version 2 today, and its archive holds
// versions 1 and 2. A certificate issued on version 1 must still verify.
export const archiveRoot = new URL('../authoring/fixtures/archief/', import.meta.url).pathname;
export const { archives } = readArchive(archiveRoot);
export const hashOf = (version: number) =>
  archives.find((a) => a.caseId === 'geldig')!.versions.find((v) => v.version === version)!.hash;

/** A log made on version 1: a wrong first choice, then the expert route; 6 of 8 there, 6 of 9 on version 2. */
export const detourLog = [
  { node: 'signalen', choice: 'niets' },
  { node: 'signalen', choice: 'noteren' },
  { node: 'overleg', choice: 'collega' },
  { node: 'gesprek', choice: 'ja' },
  { node: 'afweging-1', choice: 'nee' },
];

const question = (id: string, right: string[]) => ({
  id,
  options: ['ja', 'nee', 'a', 'b'].map((o) => ({ id: o, correct: right.includes(o) })),
});

/** A one-case module on version `version` of "geldig", with one lesson of two questions. */
export async function fixtureModule(version = 1): Promise<CourseModule> {
  const loaded = await loadArchivedCase(archives, 'geldig', version, hashOf(version));
  if (!loaded.ok) throw new Error(loaded.message);
  return {
    id: 'onderwijs',
    name: 'Onderwijs',
    lessons: [
      {
        slug: 'les',
        title: 'De les',
        minutes: 5,
        questions: [question('v1', ['ja']), question('v2', ['a', 'b'])],
      },
    ],
    cases: [{ ...makeVerifyTable(loaded.compiled, hashOf(version)), minutes: loaded.compiled.def.minutes }],
  };
}

/** The module archive holding the editions of the given modules, as archive:content would write it. */
export async function moduleArchive(...modules: CourseModule[]): Promise<ModuleArchive> {
  const editions = [];
  for (const module of modules) {
    const { id: _id, ...edition } = await moduleEdition(module);
    editions.push({ ...edition, name: module.name, archivedOn: '2026-12-01' });
  }
  return { kind: MODULE_ARCHIVE_KIND, version: MODULE_ARCHIVE_VERSION, moduleId: modules[0]!.id, editions };
}

export async function fixtureContext(...modules: CourseModule[]): Promise<VerifyContext> {
  return { cases: archives, modules: [await moduleArchive(...modules)] };
}

/** Progress that completes the fixture module with `events` as its one attempt. */
export function fixtureProgress(module: CourseModule, events = detourLog): Progress {
  const progress = emptyProgress();
  progress.lessons = ['onderwijs/les'];
  const right = (options: string[], at: string) => ({ options, right: true, at });
  progress.answers = {
    'onderwijs/les#v1': {
      tries: 1,
      first: right(['ja'], '2026-12-01T09:00:00.000Z'),
      last: right(['ja'], '2026-12-01T09:00:00.000Z'),
    },
    'onderwijs/les#v2': {
      tries: 2,
      first: { options: ['a'], right: false, at: '2026-12-01T09:00:30.000Z' },
      last: right(['a', 'b'], '2026-12-01T09:01:00.000Z'),
    },
  };
  const { version, hash } = module.cases[0]!;
  progress.attempts.push({
    kind: ATTEMPT_KIND,
    version: ATTEMPT_VERSION,
    caseId: 'geldig',
    caseVersion: version,
    caseHash: hash,
    startedAt: '2026-12-01T09:02:00.000Z',
    seed: 12345,
    events: events.map((e) => ({ ...e })),
  });
  // Measured: 5 minutes on the lesson, 67 on the attempt: 1 uur en 12 minuten.
  progress.time = {
    lessons: { 'onderwijs/les': 300 },
    attempts: { [attemptId(progress.attempts[0]!)]: 67 * 60 },
  };
  return progress;
}

export const ISSUED = new Date('2026-12-02T10:15:00.000Z');
export const RANDOM = new Uint8Array(16).fill(7);
