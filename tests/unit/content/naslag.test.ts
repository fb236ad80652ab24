import { describe, expect, it } from 'vitest';
import { afwegingRows, outcomeKind, type OutcomeKind } from '../../../modules/naslag/afweging-outcomes.ts';
import { naslagContacts } from '../../../modules/naslag/naslag-contacts.ts';
import { nl } from '../../../modules/strings/nl.ts';
import { content, flatten, lessonBody } from './content-facts.ts';

// The naslag of each module (content/naslag/) is generated from the same content and the same phases as
// its lessons. These guards pin that: the naslag asks each afweging in the words of the module's
// afwegingskader lesson, and every outcome the naslag shows (from strings/nl.ts) is the outcome the
// stappenplan machine gives and the lesson teaches.

const numbers = [1, 2, 3, 4, 5] as const;

/** Where an outcome text leads, read from its words; the order matters ("afsluiten met afspraken" first). */
function kindOfText(text: string): OutcomeKind | undefined {
  if (/afsluiten met afspraken/i.test(text)) return 'afsluiten-met-afspraken';
  if (/effecten volgen/i.test(text)) return 'hulp-bieden-en-volgen';
  if (/afsluiten en vastleggen|sluit af en leg/i.test(text)) return 'afsluiten';
  if (/naar afweging \d/i.test(text)) return 'volgende-afweging';
  if (/\bmeld/i.test(text)) return 'melden';
  return undefined;
}

/** The text of each afweging's part of a lesson: from its heading (## or **Afweging N) to the next heading. */
function afwegingSections(body: string): Map<number, string> {
  const lines = body.split('\n');
  const sections = new Map<number, string>();
  let current: number | undefined;
  for (const line of lines) {
    const start = /^(#{2,3} |\*\*)Afweging ([1-5])\b/.exec(line);
    if (start) current = Number(start[2]);
    else if (/^#{2,3} /.test(line)) current = undefined;
    if (current !== undefined) sections.set(current, `${sections.get(current) ?? ''}\n${line}`);
  }
  return new Map([...sections].map(([n, text]) => [n, flatten(text)]));
}

/** The words after the first "Ja:" or "Nee:" in a section, up to the other answer. */
function answerText(section: string, antwoord: 'ja' | 'nee'): string | undefined {
  const label = antwoord === 'ja' ? 'Ja' : 'Nee';
  const other = antwoord === 'ja' ? 'Nee' : 'Ja';
  return new RegExp(`\\b${label}\\s*:\\s*(.*?)(?=\\b${other}\\s*:|$)`).exec(section)?.[1];
}

const normalize = (text: string) =>
  flatten(text)
    .replace(/[“”"'‘’]/g, '')
    .toLowerCase();

describe('the outcomes in strings/nl.ts', () => {
  it.each(numbers.flatMap((n) => (['ja', 'nee'] as const).map((a) => [n, a] as const)))(
    'say where afweging %i %s leads, as the stappenplan machine decides',
    (n, antwoord) => {
      expect(kindOfText(nl.outcome[`afweging-${n}-${antwoord}`])).toBe(outcomeKind(n, antwoord));
    },
  );
});

describe.each(content.beroepsgroepen.map((group) => [group.id, group] as const))(
  'the naslag of %s',
  (id, group) => {
    const naslag = content.naslag.find((found) => found.beroepsgroep === id);
    const lesson = content.lessons.find(
      (found) => found.beroepsgroep === id && found.slug === 'afwegingskader',
    );
    const sections = lesson ? afwegingSections(lessonBody(lesson)) : new Map<number, string>();

    it('exists, next to the afwegingskader lesson', () => {
      expect(naslag, `content/naslag/${id}.yaml`).toBeDefined();
      expect(lesson, `content/lessen/${id}/afwegingskader.mdx`).toBeDefined();
      expect([...sections.keys()].sort()).toEqual([...numbers]);
    });

    it.each(numbers)('asks afweging %i in the words of the lesson', (n) => {
      const own = naslag!.afwegingen[n - 1]!;
      const section = normalize(sections.get(n) ?? '');
      expect(section, `content/lessen/${id}/afwegingskader.mdx, afweging ${n}`).toContain(
        normalize(own.vraag),
      );
      if (own.label) expect(section).toContain(own.label.toLowerCase());
    });

    it.each(numbers)('gives afweging %i the outcomes the lesson teaches', (n) => {
      const row = afwegingRows(naslag!.afwegingen)[n - 1]!;
      for (const outcome of [row.ja, row.nee]) {
        const taught = answerText(sections.get(n) ?? '', outcome.antwoord);
        expect(taught, `afweging ${n} ${outcome.antwoord} in the lesson`).toBeDefined();
        expect(kindOfText(taught!), `afweging ${n} ${outcome.antwoord}: "${taught}"`).toBe(outcome.kind);
        expect(kindOfText(outcome.text)).toBe(outcome.kind);
      }
    });

    it('defines acute and structurele onveiligheid as the lessons do', () => {
      expect(`Acute onveiligheid: ${naslag!.acuut.definitie}`).toMatch(
        /(acute onveiligheid)[^.]{0,80}\bnu\b[^.]{0,40}\bgevaar/i,
      );
      expect(`Structurele onveiligheid: ${naslag!.structureel.definitie}`).toMatch(
        /(structurele onveiligheid)[^.]{0,120}(herhaalt|terugkomt|terug|blijft|patroon)/i,
      );
    });

    it('never sends eergerelateerd geweld, huwelijksdwang or VGV to the family first', () => {
      const route = naslag!.routes.eergerelateerd;
      expect(route).toMatch(/eergerelateerd/i);
      expect(route).toMatch(/huwelijksdwang/i);
      expect(route).toMatch(/VGV|meisjesbesnijdenis/);
      expect(route).toMatch(/(niet|nooit) eerst met de (familie|ouders)/i);
      expect(route).toMatch(/Veilig Thuis/);
    });

    it('gives no phone number but Veilig Thuis’s in its own words', () => {
      const text = JSON.stringify(naslag);
      expect(text.match(/\b0\d{2,3}[- ]?\d[\d ]*\d\b/g) ?? []).toEqual(
        (text.match(/0800-2000/g) ?? []).map(() => '0800-2000'),
      );
    });

    it('lists who to call: 112, Veilig Thuis 0800-2000, and the vertrouwensinspecteurs only with the route for a colleague', () => {
      const contacts = naslagContacts(group.sector);
      expect(contacts.map((c) => c.number)).toContain('112');
      expect(contacts.map((c) => c.number)).toContain('0800-2000');
      const inspecteur = contacts.find((c) => /vertrouwensinspecteur/i.test(c.name));
      expect(Boolean(inspecteur)).toBe(Boolean(naslag!.routes.collega));
      if (inspecteur) expect(inspecteur.number).toBe('0900-111 3 111');
    });
  },
);
