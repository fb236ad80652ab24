import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { compileCase } from '../../../modules/case/compile-case.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { lmsModuleOf } from '../../../modules/lms/lms-module-of.ts';
import { moduleFingerprint } from '../../../modules/lms/lms-module.ts';
import { hashCase } from '../../../modules/scoring/hash-case.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';

describe('the module a launch page carries', () => {
  const content = loadContent(new URL('../../../', import.meta.url).pathname);

  it('holds every module, its lessons and questions, and each case lean but scoring the same', async () => {
    for (const group of content.beroepsgroepen) {
      const module = (await lmsModuleOf(content, group.id))!;
      expect(module.lessons.map((l) => l.slug)).toEqual(
        content.lessons.filter((l) => l.beroepsgroep === group.id).map((l) => l.slug),
      );
      for (const { def, hash, minutes, ...found } of module.cases) {
        const loaded = content.cases.find((c) => c.compiled.def.id === def.id)!;
        expect(hash).toBe(await hashCase(loaded.authored));
        expect({ ...found, hash }).toEqual(makeVerifyTable(loaded.compiled, hash));
        expect(minutes).toBe(loaded.compiled.def.minutes);
        const lean = compileCase(def, {
          sector: group.sector,
          passPercentage: group.passPercentage,
          file: def.id,
        });
        const route = expertPath(loaded.compiled)!;
        expect(scoreAttempt(lean, route)).toEqual(scoreAttempt(loaded.compiled, route));
      }
      const full = module.cases.reduce(
        (n, c) =>
          n + JSON.stringify(content.cases.find((l) => l.compiled.def.id === c.def.id)!.compiled.def).length,
        0,
      );
      const lean = module.cases.reduce((n, c) => n + JSON.stringify(c.def).length, 0);
      expect(lean).toBeLessThan(full * 0.6);
    }
  }, 60_000);

  it('has a fingerprint that changes when what suspend_data counts in changes', async () => {
    const module = (await lmsModuleOf(content, 'onderwijs'))!;
    const before = moduleFingerprint(module);
    expect(moduleFingerprint({ ...module, lessons: module.lessons.slice(1) })).not.toBe(before);
    const renamed = { ...module, name: 'Anders' };
    expect(moduleFingerprint(renamed)).toBe(before);
    expect(await lmsModuleOf(content, 'bestaat-niet')).toBeNull();
  });
});
