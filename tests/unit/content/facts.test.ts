import { describe, expect, it } from 'vitest';
import { caseFile, content, flatten, lessonClaims, lessonFile, sentences } from './content-facts.ts';

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
