import { describe, expect, it } from 'vitest';
import type { CaseDef } from '../../../modules/case/case.schema.ts';
import type { Lesson } from '../../../modules/lesson/lesson.schema.ts';
import { caseSearchDocument } from '../../../modules/search/case-search-document.ts';
import { lessonSearchDocuments } from '../../../modules/search/lesson-search-documents.ts';

const group = { id: 'onderwijs', name: 'Onderwijs' };

const lesson: Lesson = {
  title: 'Signalen per leeftijd',
  summary: 'Welke signalen je ziet.',
  order: 1,
  minutes: 5,
  questions: [
    {
      id: 'meldrecht',
      kind: 'single',
      prompt: 'Heb je toestemming nodig om te melden?',
      options: [
        { id: 'ja', text: 'Ja, altijd van de ouders.', correct: false },
        { id: 'nee', text: 'Nee.', correct: true },
      ],
      explanation: 'Je hebt meldrecht.',
    },
  ],
};

describe('lessonSearchDocuments', () => {
  const [les, vraag] = lessonSearchDocuments(
    {
      slug: 'signalen-per-leeftijd',
      lesson,
      mdx: '---\ntitle: x\n---\n\n## Kijken\n\nJe ziet **blauwe** plekken.',
    },
    group,
  );

  it('makes the lesson one document: summary first, then the body without markup', () => {
    expect(les).toEqual({
      kind: 'les',
      title: 'Signalen per leeftijd',
      text: 'Welke signalen je ziet.\nKijken\nJe ziet blauwe plekken.',
      url: '/onderwijs/signalen-per-leeftijd/',
      group,
    });
  });

  it('makes each question a document that links to the question on the lesson page', () => {
    expect(vraag).toEqual({
      kind: 'kennisvraag',
      title: 'Heb je toestemming nodig om te melden?',
      text: 'Je hebt meldrecht.',
      url: '/onderwijs/signalen-per-leeftijd/#vraag-meldrecht',
      group,
    });
  });

  it('leaves the options out, so a wrong option never shows up as a snippet', () => {
    expect(JSON.stringify(vraag)).not.toContain('altijd van de ouders');
  });
});

describe('caseSearchDocument', () => {
  const def = {
    id: 'daan-blauwe-plekken',
    title: 'Blauwe plekken bij Daan',
    beroepsgroep: 'onderwijs',
    summary: 'Daan heeft blauwe plekken.',
    nodes: [
      {
        id: 'begin',
        situation: 'Je ziet plekken op zijn schenen.',
        choices: [{ id: 'noteren', label: 'Ik noteer het.', feedback: 'Goed gedaan.', rationale: 'Stap 1.' }],
      },
      { id: 'einde', situation: 'Je sluit af.', end: true },
    ],
  } as unknown as CaseDef;

  it('holds the summary and every situation, and links to the case page', () => {
    expect(caseSearchDocument(def, group)).toEqual({
      kind: 'casus',
      title: 'Blauwe plekken bij Daan',
      text: 'Daan heeft blauwe plekken.\nJe ziet plekken op zijn schenen.\nJe sluit af.',
      url: '/onderwijs/casussen/daan-blauwe-plekken/',
      group,
    });
  });

  it('leaves choices and feedback out, so a result never gives the answer away', () => {
    const text = JSON.stringify(caseSearchDocument(def, group));
    expect(text).not.toContain('Ik noteer het');
    expect(text).not.toContain('Goed gedaan');
  });
});
