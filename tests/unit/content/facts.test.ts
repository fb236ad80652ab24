import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseFile,
  content,
  flatten,
  lessonBody,
  lessonClaims,
  lessonFile,
  root,
  sentences,
} from './content-facts.ts';

// Facts that went wrong before, or are easy to get wrong, pinned over all lessons and cases.

const lessons = content.lessons.map((lesson) => ({ file: lesson.file, lesson }));
const cases = content.cases.map((loaded) => ({ file: loaded.file, text: caseFile(loaded) }));

/** A Dutch phone number that starts with 0, such as 0800-2000 or 0900-111 3 111 (not 112 or 144). */
const phoneNumber = /\b0\d{2,3}[- ]?\d[\d ]*\d\b/g;
/** Any way of writing Veilig Thuis's number, right or wrong. */
const veiligThuisNumber = /\b0800[\s.-]*2[\d\s.-]*\d\b/g;

/** The phone numbers in the sentences that name Veilig Thuis. */
function numbersForVeiligThuis(text: string): string[] {
  return sentences(text)
    .filter((sentence) => sentence.includes('Veilig Thuis'))
    .flatMap((sentence) => sentence.match(phoneNumber) ?? []);
}

describe("Veilig Thuis's phone number", () => {
  it('is 0800-2000 wherever a lesson gives a number for Veilig Thuis (wrong quiz options aside)', () => {
    for (const { file, lesson } of lessons) {
      const claims = lessonClaims(lesson);
      for (const number of numbersForVeiligThuis(claims)) expect(number, file).toBe('0800-2000');
      for (const number of flatten(claims).match(veiligThuisNumber) ?? [])
        expect(number, file).toBe('0800-2000');
    }
  });

  it('is 0800-2000 wherever a case gives a number for Veilig Thuis', () => {
    for (const { file, text } of cases) {
      for (const number of numbersForVeiligThuis(text)) expect(number, file).toBe('0800-2000');
      for (const number of flatten(text).match(veiligThuisNumber) ?? [])
        expect(number, file).toBe('0800-2000');
    }
  });

  it('is given in the lessons of every module', () => {
    for (const { id } of content.beroepsgroepen) {
      const files = lessons.filter(({ lesson }) => lesson.beroepsgroep === id);
      expect(
        files.some(({ lesson }) => lessonClaims(lesson).includes('0800-2000')),
        id,
      ).toBe(true);
    }
  });
});

describe('the five working days of Veilig Thuis', () => {
  // The law obliges Veilig Thuis to assess safety within five working days: it "moet", not just "doet".
  const doet = /doet Veilig Thuis binnen vijf werkdagen|Veilig Thuis doet binnen vijf werkdagen/i;

  it('are never described as a habit in a lesson or a case', () => {
    for (const { file, lesson } of lessons) expect(flatten(lessonFile(lesson)), file).not.toMatch(doet);
    for (const { file, text } of cases) expect(flatten(text), file).not.toMatch(doet);
  });
});

describe('bruises from sport or play', () => {
  // Only a doctor judges how an injury came about; a case never teaches where "sport bruises" usually sit.
  const bruise = /\bplek(ken)?\b|\bblauwe\b/i;
  const sport = /sport|judo|voetbal|\bgym|spelen|speel|ravotten|vallen\b|valpartij/i;
  const usually = /meestal|vaak|doorgaans|gewoonlijk|typisch|zitten|passen bij|horen bij/i;
  const place = /scheen|schenen|knie|voorhoofd|elleboog|ellebogen|benige|uitstekende|onderbenen/i;

  it('are never placed on the body by a case', () => {
    for (const { file, text } of cases) {
      const claims = sentences(text).filter(
        (sentence) =>
          bruise.test(sentence) && sport.test(sentence) && usually.test(sentence) && place.test(sentence),
      );
      expect(claims, file).toEqual([]);
    }
  });
});

/** Every naslag and module file as written: what a learner reads there is taught as true too. */
const naslagAndModules = [
  ...content.naslag.map((naslag) => `content/naslag/${naslag.beroepsgroep}.yaml`),
  ...content.beroepsgroepen.map((group) => `content/beroepsgroepen/${group.id}.yaml`),
].map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

/** What lessons, naslag and module files state as true, file by file. */
const taught = [
  ...lessons.map(({ file, lesson }) => ({ file, text: lessonClaims(lesson) })),
  ...naslagAndModules,
];

describe('telling the client about a report', () => {
  // The meldcode: you tell the client (or parents) before you report, unless that is unsafe; not after.
  const after =
    /\bna (een|de) melding vertel je\b|\bvertel je (het|dat) (je cliënt |de ouders )?(pas )?achteraf\b/i;

  it('happens before the report, in every lesson, naslag and module file', () => {
    for (const { file, text } of taught) expect(flatten(text), file).not.toMatch(after);
  });

  it('in the exceptions is not required, but not forbidden either', () => {
    // "Het mag niet" turned "you need not tell the parents beforehand" into a ban.
    const ban = /\bhet mag niet\b|\bmag (je )?(dat|het) niet\b/i;
    for (const { file, text } of taught)
      for (const sentence of sentences(text).filter((s) => /vooraf/i.test(s) && /ouders|cliënt/i.test(s)))
        expect(sentence, file).not.toMatch(ban);
    for (const { file, lesson } of lessons)
      for (const question of lesson.lesson.questions.filter((q) => /vooraf/i.test(q.prompt))) {
        const right = question.options.filter((option) => option.correct).map((option) => option.text);
        expect([...right, question.explanation].join(' '), `${file}: ${question.id}`).not.toMatch(ban);
      }
  });
});

describe('the reasons to report', () => {
  // Four, as in the afwegingskader: acute or structural unsafety (afweging 2), no fitting help (3), help
  // refused (4), help that does not bring safety (5). Summaries once left out the refused help.
  /** The numbered lists of a text, each as its items. */
  function numberedLists(text: string): string[][] {
    const lists: string[][] = [];
    let current: string[] = [];
    for (const line of text.split('\n')) {
      if (/^\s*\d+\.\s/.test(line)) current.push(line);
      else if (current.length > 0) (lists.push(current), (current = []));
    }
    if (current.length > 0) lists.push(current);
    return lists;
  }

  it('include refused help wherever a lesson lists them', () => {
    let found = 0;
    for (const { file, lesson } of lessons)
      for (const list of numberedLists(lessonBody(lesson))) {
        const items = list.join('\n');
        if (!/acute (en\/of |of )?structurele/i.test(items) || !/niet stopt|terugkomt/i.test(items)) continue;
        found++;
        expect(items, file).toMatch(/niet aanvaard|weiger/i);
      }
    expect(found).toBeGreaterThanOrEqual(8);
  });
});

describe('a parent under the influence, with a young child and a car', () => {
  // Acute: act now (she does not drive off with the child, care for the child is arranged, 112 if
  // needed), not "the same day".
  it('is met by acting now, not later that day', () => {
    for (const { file, text } of taught)
      for (const sentence of sentences(text).filter(
        (s) => /onder invloed/i.test(s) && /auto|peuter|zoon/i.test(s),
      ))
        expect(sentence, file).not.toMatch(/dezelfde dag/i);
    const lesson = lessons.find(({ file }) =>
      file.endsWith('verloskunde/geweld-en-middelen-in-de-zwangerschap.mdx'),
    )!;
    const claims = flatten(lessonClaims(lesson.lesson));
    expect(claims).toMatch(/rijdt niet (met haar zoon )?weg/i);
    expect(claims).toMatch(/\b112\b/);
  });
});

describe('a baby who may have been shaken', () => {
  // Goes to a kinderarts or the SEH now; "vandaag door een arts" was too slow and too vague.
  it('goes to a kinderarts or the SEH now', () => {
    for (const { file, text } of taught)
      for (const sentence of sentences(text).filter((s) => /geschud|schudden/i.test(s)))
        expect(sentence, file).not.toMatch(
          /(vandaag|dezelfde dag) door een arts|door een arts wordt beoordeeld/i,
        );
    for (const slug of ['letsel-en-schudden', 'vijf-stappen']) {
      const lesson = content.lessons.find(
        (l) => l.beroepsgroep === 'jeugdgezondheidszorg' && l.slug === slug,
      )!;
      expect(flatten(lessonClaims(lesson)), slug).toMatch(/kinderarts of de (SEH|spoedeisende hulp)/);
    }
  });
});

describe('where bruises on a child sit', () => {
  // The fact base marks rules on bruise location (ears, neck, a baby that does not yet move about…) as
  // unconfirmed; the 2016 guideline exists, but no lesson may put such a rule in its mouth.
  it('is never taught as a rule, nor put in the mouth of the bruise guideline', () => {
    const place = /verplaats|kruip|\boren\b|\bnek\b|wangen|billen|niet-mobiel|nog niet mobiel/i;
    for (const { file, text } of taught)
      for (const sentence of sentences(text).filter(
        (s) => /blauwe plek/i.test(s) && /richtlijn|alarm|extra zorg/i.test(s),
      ))
        expect(sentence, file).not.toMatch(place);
  });
});

describe('the dossier', () => {
  // Interpretations are written down apart from the facts; they are not banned from the file.
  it('keeps interpretations apart from facts, and never says an opinion does not belong in it', () => {
    for (const { file, text } of taught) expect(flatten(text), file).not.toMatch(/hoort er niet in/i);
    const lesson = content.lessons.find(
      (l) => l.beroepsgroep === 'artsen' && l.slug === 'veilig-thuis-en-dossier',
    )!;
    expect(flatten(lessonClaims(lesson))).toMatch(/interpretatie[^.]*apart van de feiten/i);
  });
});

describe('informing the OM on probation', () => {
  // Fact base: the exact reclassering procedure (reporting a breach of conditions to the OM) is unconfirmed.
  it('is never taught as certain', () => {
    const om = /\bOM\b|Openbaar Ministerie/;
    const hedge = /misschien|niet zeker|werkinstructies|regels van (je|jouw|mijn) organisatie/i;
    for (const { file, text } of taught)
      for (const sentence of sentences(text).filter((s) => om.test(s) && /informe|verslag|rapport/i.test(s)))
        expect(`${sentence}`, file).toMatch(hedge);
    for (const { file, text } of cases)
      for (const sentence of sentences(text).filter(
        (s) => om.test(s) && /ingelicht|verslag voor het OM|zoals het OM/i.test(s),
      ))
        expect(sentence, file).toBe('');
  });
});

describe('the basis module', () => {
  const lesson = content.lessons.find((l) => l.beroepsgroep === 'basis' && l.slug === 'waarom-de-meldcode')!;
  const claims = flatten(lessonClaims(lesson));

  it('says plainly that a vermoeden is enough, no proof needed', () => {
    expect(claims).toMatch(/vermoeden[^.]*genoeg/i);
    expect(claims).toMatch(/geen bewijs/i);
  });

  it('says a professional who does not report where it was the norm must explain why, and what tuchtrecht is', () => {
    expect(claims).toMatch(/uitleggen waarom/i);
    expect(claims).toMatch(/Wat is tuchtrecht\?/);
    expect(claims).toMatch(/tuchtcollege[^.]*zorgvuldig/i);
  });
});
