import { describe, expect, it } from 'vitest';
import { discussionQuestions } from '../../../modules/case/discussion-questions.ts';
import { nl } from '../../../modules/strings/nl.ts';

describe('discussionQuestions', () => {
  it('gives the questions the case wrote for a moment', () => {
    const discussion = ['Waarom is dit toch acute onveiligheid?', 'Wat verandert er als de ouders gaan?'];
    expect(discussionQuestions({ phase: 'afweging-2', discussion })).toEqual(discussion);
  });

  it('asks what you would do and what the afwegingskader says at a step without questions of its own', () => {
    for (const phase of ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5'] as const)
      expect(discussionQuestions({ phase })).toEqual([
        'Wat zou jij doen, en waarom?',
        'Wat zegt het afwegingskader hierover?',
      ]);
  });

  it('names the afweging at an afweging moment', () => {
    expect(discussionQuestions({ phase: 'afweging-2' })).toEqual([
      'Afweging 2 vraagt: is er acute of structurele onveiligheid? Wat is jouw antwoord, en op welke feiten baseer je dat?',
      'Wat zegt het afwegingskader hierover?',
    ]);
    for (const n of [1, 3, 4, 5]) {
      const [first] = discussionQuestions({ phase: `afweging-${n}` as 'afweging-1' });
      expect(first).toMatch(new RegExp(`^Afweging ${n} vraagt: [a-z].*\\? Wat is jouw antwoord`));
    }
  });

  it('asks first about acute danger, about the route for a colleague, and about the outcome at an ending', () => {
    expect(discussionQuestions({ phase: 'acuut' })[0]).toBe(nl.discussion.acuut);
    expect(discussionQuestions({ phase: 'collega-route' })[0]).toBe(nl.discussion.collega);
    expect(discussionQuestions({ phase: 'afweging-5', end: true })).toEqual([nl.discussion.einde]);
  });

  it('never gives more than the three questions a case may write', () => {
    for (const phase of ['stap-1', 'afweging-1', 'acuut', 'collega-route'] as const)
      expect(discussionQuestions({ phase }).length).toBeLessThanOrEqual(3);
  });
});
