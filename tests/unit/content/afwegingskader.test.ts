import { describe, expect, it } from 'vitest';
import { content, flatten, lessonBody } from './content-facts.ts';

// Every module teaches the afwegingskader in a lesson of its own (afwegingskader.mdx), in its own words
// but with the five afwegingen, the meldcode's names for their outcomes and the two kinds of onveiligheid.

const outcomes = ['afsluiten', 'melden', 'hulp bieden', 'effecten volgen', 'afspraken'];

/** Acute: someone is in danger now. Structural: unsafety that repeats or lasts (a pattern). */
const acuteDefinition = /(acute onveiligheid|acuut onveilig)[^.]{0,80}\bnu\b[^.]{0,40}\bgevaar/i;
const structuralDefinition =
  /(structurele onveiligheid|structureel onveilig)[^.]{0,120}(herhaalt|terugkomt|terug|blijft|patroon)/i;

describe.each(content.beroepsgroepen.map((group) => group.id))('the afwegingskader lesson of %s', (id) => {
  const lesson = content.lessons.find(
    (found) => found.beroepsgroep === id && found.slug === 'afwegingskader',
  );
  const body = lesson ? flatten(lessonBody(lesson)) : '';

  it('exists as content/lessen/<module>/afwegingskader.mdx', () => {
    expect(lesson, `content/lessen/${id}/afwegingskader.mdx`).toBeDefined();
  });

  it('names afweging 1 to 5', () => {
    for (const n of [1, 2, 3, 4, 5])
      expect(body, `afweging ${n}`).toMatch(new RegExp(`afweging ${n}\\b`, 'i'));
  });

  it('names the outcomes in the words of the meldcode', () => {
    for (const word of outcomes) expect(body.toLowerCase(), word).toContain(word);
  });

  it('defines acute and structurele onveiligheid', () => {
    expect(body).toMatch(acuteDefinition);
    expect(body).toMatch(structuralDefinition);
  });
});
