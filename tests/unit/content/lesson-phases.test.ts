import { describe, expect, it } from 'vitest';
import { lessonForPhase, type LessonRef } from '../../../modules/lesson/phase-lessons.ts';
import { content } from './content-facts.ts';

// The case result links each wrong first choice to the lesson that teaches its moment's phase. The
// lessons declare their phases in frontmatter; this checks that every moment of every case finds one.

const lessons: LessonRef[] = content.lessons.map(({ beroepsgroep, slug, lesson }) => ({
  beroepsgroep,
  slug,
  title: lesson.title,
  phases: lesson.phases,
}));

const moments = content.cases.flatMap(({ compiled: { def } }) =>
  def.nodes
    .filter((node) => (node.choices?.length ?? 0) > 0)
    .map((node) => ({ caseId: def.id, beroepsgroep: def.beroepsgroep, node: node.id, phase: node.phase })),
);

describe('every moment of every case finds its lesson', () => {
  it('the content has cases with moments', () => {
    expect(content.issues).toEqual([]);
    expect(moments.length).toBeGreaterThan(100);
  });

  it('in its own module or in the basis module, and the lesson is a page of the site that declares the phase', () => {
    const basis = new Set(content.beroepsgroepen.filter((g) => g.sector === 'algemeen').map((g) => g.id));
    const missing: string[] = [];
    for (const moment of moments) {
      const lesson = lessonForPhase(lessons, content.beroepsgroepen, moment.beroepsgroep, moment.phase);
      if (!lesson) {
        missing.push(`${moment.caseId} / ${moment.node} (${moment.phase})`);
        continue;
      }
      expect([moment.beroepsgroep, ...basis]).toContain(lesson.beroepsgroep);
      const page = content.lessons.find(
        (l) => l.beroepsgroep === lesson.beroepsgroep && l.slug === lesson.slug,
      );
      expect(page?.lesson.phases).toContain(moment.phase);
      expect(page?.lesson.title).toBe(lesson.title);
    }
    expect(missing, "moments whose phase no lesson declares (add it to a lesson's phases)").toEqual([]);
  });

  it('each module teaches the steps and the afwegingen its cases use in its own lessons', () => {
    const own = moments.filter(
      (m) => lessonForPhase(lessons, [], m.beroepsgroep, m.phase)?.beroepsgroep !== m.beroepsgroep,
    );
    expect(own.map((m) => `${m.caseId} / ${m.node} (${m.phase})`)).toEqual([]);
  });
});
