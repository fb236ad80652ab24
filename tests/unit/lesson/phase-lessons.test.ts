import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../modules/authoring/load-lessons.ts';
import { lessonForPhase, phaseLessons, type LessonRef } from '../../../modules/lesson/phase-lessons.ts';

const modules = [
  { id: 'basis', sector: 'algemeen' as const },
  { id: 'onderwijs', sector: 'onderwijs' as const },
];
const lessons: LessonRef[] = [
  {
    beroepsgroep: 'basis',
    slug: 'vijf-stappen',
    title: 'De vijf stappen',
    phases: ['stap-1', 'stap-2', 'acuut'],
  },
  { beroepsgroep: 'basis', slug: 'afwegingskader', title: 'Het afwegingskader', phases: ['afweging-1'] },
  { beroepsgroep: 'onderwijs', slug: 'waarom', title: 'Waarom' },
  { beroepsgroep: 'onderwijs', slug: 'stappen', title: 'De stappen op school', phases: ['stap-1', 'stap-2'] },
  { beroepsgroep: 'onderwijs', slug: 'signalen', title: 'Signalen', phases: ['stap-1'] },
  { beroepsgroep: 'onderwijs', slug: 'gesprek', title: 'Het gesprek', phases: ['stap-2', 'stap-3'] },
];
const slugOf = (phase: Parameters<typeof lessonForPhase>[3], group = 'onderwijs') =>
  lessonForPhase(lessons, modules, group, phase)?.slug ?? null;

describe('the lesson for a moment', () => {
  it('comes from the case’s own module, the most focused lesson that declares the phase', () => {
    expect(slugOf('stap-1')).toBe('signalen');
    expect(lessonForPhase(lessons, modules, 'onderwijs', 'stap-1')).toEqual({
      beroepsgroep: 'onderwijs',
      slug: 'signalen',
      title: 'Signalen',
    });
  });

  it('takes the first in reading order when two are as focused', () => {
    expect(slugOf('stap-2')).toBe('stappen');
  });

  it('falls back on the basis module when the own module has none', () => {
    expect(lessonForPhase(lessons, modules, 'onderwijs', 'afweging-1')).toEqual({
      beroepsgroep: 'basis',
      slug: 'afwegingskader',
      title: 'Het afwegingskader',
    });
    expect(slugOf('acuut')).toBe('vijf-stappen');
  });

  it('is null when no lesson declares the phase', () => {
    expect(slugOf('collega-route')).toBeNull();
    expect(slugOf('afweging-5', 'basis')).toBeNull();
  });

  it('per phase of a case, leaving out phases without a lesson', () => {
    expect(phaseLessons(lessons, modules, 'onderwijs', ['stap-3', 'collega-route', 'afweging-1'])).toEqual({
      'stap-3': { beroepsgroep: 'onderwijs', slug: 'gesprek', title: 'Het gesprek' },
      'afweging-1': { beroepsgroep: 'basis', slug: 'afwegingskader', title: 'Het afwegingskader' },
    });
  });
});

describe('phases in lesson frontmatter', () => {
  const frontmatter = (phases: string | null) => `---
title: Signalen
summary: Wat een signaal is.
order: 1
minutes: 5
${phases === null ? '' : `phases: ${phases}\n`}questions:
  - id: een
    kind: single
    prompt: Is een signaal een bewijs?
    options:
      - id: ja
        text: Ja, altijd.
      - id: nee
        text: Nee, het is een aanwijzing.
        correct: true
    explanation: Een signaal is een aanwijzing.
  - id: twee
    kind: single
    prompt: Schrijf je op wat je ziet?
    options:
      - id: ja
        text: Ja, met datum.
        correct: true
      - id: nee
        text: Nee.
    explanation: Je legt feiten vast.
---

Tekst.
`;
  function load(phases: string | null) {
    const root = mkdtempSync(join(tmpdir(), 'lesson-phases-'));
    mkdirSync(join(root, 'content/lessen/onderwijs'), { recursive: true });
    writeFileSync(join(root, 'content/lessen/onderwijs/signalen.mdx'), frontmatter(phases));
    return loadLessons(root, ['onderwijs']);
  }

  it('are read as the stappenplan’s phase ids', () => {
    const { lessons: loaded, issues } = load('[stap-1, acuut]');
    expect(issues).toEqual([]);
    expect(loaded[0]!.lesson.phases).toEqual(['stap-1', 'acuut']);
  });

  it('may be left out, for a lesson that teaches no phase', () => {
    const { lessons: loaded, issues } = load(null);
    expect(issues).toEqual([]);
    expect(loaded[0]!.lesson.phases).toBeUndefined();
  });

  it('refuse an unknown phase with the file, the line, a suggestion and the phases allowed', () => {
    const { lessons: loaded, issues } = load('[stap-1, afweging2]');
    expect(loaded).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/lessen/onderwijs/signalen.mdx', line: 6 });
    expect(issues[0]!.message).toMatch(/^phases\.1: "afweging2" is niet toegestaan/);
    expect(issues[0]!.message).toContain('afweging-2');
    expect(issues[0]!.message).toContain('collega-route');
  });

  it('refuse an empty list', () => {
    expect(load('[]').issues[0]!.message).toMatch(/^phases: geef er minstens 1/);
  });
});
