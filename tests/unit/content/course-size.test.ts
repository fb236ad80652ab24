import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../modules/case/case-issue.ts';
import { content } from './content-facts.ts';

const modules = content.beroepsgroepen;

describe('the course content', () => {
  it('loads without a single issue', () => {
    expect(content.issues.map(formatIssue)).toEqual([]);
  });

  it('has at least five lessons in every module', () => {
    for (const { id } of modules) {
      const lessons = content.lessons.filter((lesson) => lesson.beroepsgroep === id);
      expect(lessons.length, id).toBeGreaterThanOrEqual(5);
    }
  });

  it('ends every lesson with two to five questions', () => {
    for (const { file, lesson } of content.lessons) {
      expect(lesson.questions.length, file).toBeGreaterThanOrEqual(2);
      expect(lesson.questions.length, file).toBeLessThanOrEqual(5);
    }
  });

  it('has at least three cases in every module and thirty or more in all', () => {
    for (const { id } of modules) {
      const cases = content.cases.filter(({ compiled }) => compiled.def.beroepsgroep === id);
      expect(cases.length, id).toBeGreaterThanOrEqual(3);
    }
    expect(content.cases.length).toBeGreaterThanOrEqual(30);
  });

  it("passes every case at its module's pass mark, the one the module page states", () => {
    for (const { compiled } of content.cases) {
      const module = modules.find((group) => group.id === compiled.def.beroepsgroep);
      expect(compiled.passPercentage, compiled.def.id).toBe(module?.passPercentage);
    }
  });
});
