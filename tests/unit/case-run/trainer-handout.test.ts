import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { trainerHandout } from '../../../modules/case-run/trainer-handout.ts';

const root = new URL('../../../', import.meta.url).pathname;
const cases = loadContent(root).cases.map(({ compiled }) => compiled);

describe('trainerHandout', () => {
  it('follows the expert route of every real case to its ending', () => {
    for (const compiled of cases) {
      const handout = trainerHandout(compiled);
      const route = expertPath(compiled)!;
      expect(handout.moments.map((m) => m.node).slice(0, -1), compiled.def.id).toEqual(
        route.map((step) => step.node),
      );
      const end = handout.moments.at(-1)!;
      expect(compiled.nodes.get(end.node)!.end).toBe(true);
      expect(end.expert).toBeNull();
      for (const m of handout.moments.slice(0, -1)) {
        expect(m.expert?.verdict).toBe('goed');
        expect(m.wrongTurns.length).toBeGreaterThan(0);
        expect(m.wrongTurns.every((w) => w.verdict !== 'goed' && w.rationale.length > 0)).toBe(true);
        expect(m.questions.length).toBeGreaterThan(0);
      }
    }
  });

  it('prints the questions a case wrote where it wrote them', () => {
    const luuk = cases.find((c) => c.def.id === 'luuk-op-de-seh')!;
    const authored = luuk.def.nodes.filter((node) => node.discussion);
    const handout = trainerHandout(luuk);
    const printed = authored.flatMap((node) => {
      const m = handout.moments.find((moment) => moment.node === node.id);
      return m ? [{ printed: m.questions, authored: node.discussion }] : [];
    });
    expect(printed.length).toBeGreaterThan(0);
    for (const { printed: questions, authored: discussion } of printed) expect(questions).toEqual(discussion);
    expect(handout.title).toBe(luuk.def.title);
  });
});
