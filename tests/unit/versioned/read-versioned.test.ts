import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readVersioned, type VersionedSpec } from '../../../modules/versioned/read-versioned.ts';

// A made-up record kind at version 3: v1 had no marker and called the text "tekst", v2 added a date.
const noteSchema = z.strictObject({
  kind: z.literal('notitie'),
  version: z.literal(3),
  text: z.string().min(1),
  date: z.string(),
});
const spec: VersionedSpec<z.output<typeof noteSchema>> = {
  kind: 'notitie',
  name: 'notitie',
  article: 'de',
  current: 3,
  schema: noteSchema,
  migrations: {
    1: ({ tekst, ...rest }) => ({ ...rest, text: tekst }),
    2: (old) => ({ ...old, date: old.date ?? 'onbekend' }),
  },
  unmarked: { upTo: 1, recognise: (record) => 'tekst' in record },
};
const note = { kind: 'notitie', version: 3, text: 'Hallo', date: '2026-11-22' };

describe('readVersioned', () => {
  it('reads a current record from JSON text or from a parsed value', () => {
    expect(readVersioned(JSON.stringify(note), spec)).toEqual({ ok: true, value: note });
    expect(readVersioned(note, spec)).toEqual({ ok: true, value: note });
  });

  it('migrates an old record step by step and says from which version', () => {
    expect(readVersioned({ version: 1, tekst: 'Hallo' }, spec)).toEqual({
      ok: true,
      value: { kind: 'notitie', version: 3, text: 'Hallo', date: 'onbekend' },
      migratedFrom: 1,
    });
    expect(readVersioned({ kind: 'notitie', version: 2, text: 'Hallo', date: 'x' }, spec)).toMatchObject({
      ok: true,
      migratedFrom: 2,
    });
  });

  it('refuses text that is not JSON, and text too large to be a record, before parsing it', () => {
    expect(readVersioned('{"kind": "notitie", ', spec)).toEqual({
      ok: false,
      code: 'niet-leesbaar',
      message:
        'Dit is geen leesbare notitie: de inhoud is geen geldig gegevensbestand. Er is niets ingelezen en er is niets veranderd. Kies het juiste bestand.',
    });
    const huge = JSON.stringify({ ...note, text: 'x'.repeat(2_000) });
    expect(readVersioned(huge, { ...spec, maxLength: 1_000 })).toMatchObject({
      ok: false,
      code: 'niet-leesbaar',
      message: expect.stringContaining('te groot'),
    });
  });

  it('calls data foreign when its marker is missing or another, or it has no version', () => {
    const foreign = [
      [],
      42,
      null,
      '"notitie"',
      { ...note, kind: 'certificaat' },
      { version: 1, iets: 'anders' },
      { version: 2, text: 'Hallo' }, // only version 1 was written without a marker
      { kind: 'notitie', text: 'Hallo' },
    ];
    for (const data of foreign)
      expect(readVersioned(data, spec), JSON.stringify(data)).toMatchObject({ ok: false, code: 'vreemd' });
    expect(readVersioned([], spec)).toMatchObject({
      message:
        'Dit is geen notitie van Werken met de meldcode. Er is niets ingelezen en er is niets veranderd. Kies het juiste bestand.',
    });
  });

  it('tells the learner to reload when a record comes from a newer version of the site', () => {
    expect(readVersioned({ ...note, version: 4 }, spec)).toEqual({
      ok: false,
      code: 'toekomstig',
      message:
        'De notitie komt uit een nieuwere versie van deze cursus (versie 4; deze pagina kent tot versie 3). Laad de pagina opnieuw, dan krijg je de nieuwste versie. Er is niets ingelezen en er is niets veranderd.',
    });
  });

  it('says so when no migration leads from an old version', () => {
    const withoutFirst = { ...spec, migrations: { 2: spec.migrations[2] } };
    expect(readVersioned({ version: 1, tekst: 'Hallo' }, withoutFirst)).toMatchObject({
      ok: false,
      code: 'onbekende-versie',
      message: expect.stringContaining('oude versie (1)'),
    });
  });

  it('calls a record damaged when it fails the schema, has a broken version, or breaks a migration', () => {
    expect(readVersioned({ ...note, text: '' }, spec)).toEqual({
      ok: false,
      code: 'beschadigd',
      message:
        'De notitie is beschadigd en kan niet worden gelezen (fout in "text"). Er is niets ingelezen en er is niets veranderd.',
    });
    for (const version of ['3', 0, 2.5]) {
      expect(readVersioned({ ...note, version }, spec)).toMatchObject({ code: 'beschadigd' });
    }
    const throwing = {
      ...spec,
      migrations: {
        ...spec.migrations,
        2: () => {
          throw new TypeError('boom');
        },
      },
    };
    expect(readVersioned({ ...note, version: 2 }, throwing)).toMatchObject({ code: 'beschadigd' });
    const notAnObject = { ...spec, migrations: { ...spec.migrations, 2: () => 'weg' } };
    expect(readVersioned({ ...note, version: 2 }, notAnObject)).toMatchObject({ code: 'beschadigd' });
  });

  it('never throws, whatever it is given', () => {
    const circular: Record<string, unknown> = { ...note };
    circular.self = circular;
    const getter = Object.defineProperty({ ...note }, 'text', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('proxy');
        },
      },
    );
    const exotic = [
      circular,
      getter,
      proxy,
      10n,
      undefined,
      () => note,
      Symbol('x'),
      new Map([[1, 2]]),
      '[[[[[[',
      '\u0000',
    ];
    for (const data of exotic) expect(() => readVersioned(data, spec)).not.toThrow();
    expect(readVersioned(circular, spec)).toMatchObject({ ok: false, code: 'niet-leesbaar' });
    expect(readVersioned(getter, spec)).toMatchObject({ ok: false, code: 'niet-leesbaar' });
    expect(readVersioned('['.repeat(100_000) + ']'.repeat(100_000), spec)).toMatchObject({ ok: false });
  });

  it('reads a parsed value the way it would read it after a save', () => {
    const withDate = { ...note, date: new Date('2026-11-22T09:00:00.000Z') };
    expect(readVersioned(withDate, spec)).toMatchObject({
      ok: true,
      value: { date: '2026-11-22T09:00:00.000Z' },
    });
  });
});
