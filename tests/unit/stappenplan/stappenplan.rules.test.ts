import { describe, expect, it } from 'vitest';
import { sectorSchema } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';
import {
  collegaRouteGeldt,
  openStappen,
  stap1Klaar,
  stap2Klaar,
  stap3Klaar,
  stappen1tot3Klaar,
  initialContext,
  type StappenplanContext,
} from '../../../modules/stappenplan/stappenplan.rules.ts';

/** A fresh context for a child client in onderwijs, with `overrides` applied. */
function context(overrides: Partial<StappenplanContext> = {}): StappenplanContext {
  return { ...initialContext({ client: 'kind', sector: 'onderwijs' }), ...overrides };
}

const klaar = context({ signalenVastgelegd: true, overleg: ['collega'], gesprek: 'gevoerd' });

describe('stap1Klaar', () => {
  it('is false until the signals are recorded', () => {
    expect(stap1Klaar(context())).toBe(false);
    expect(stap1Klaar(context({ signalenVastgelegd: true }))).toBe(true);
  });

  it('needs the kindcheck as well for an adult client', () => {
    expect(stap1Klaar(context({ client: 'volwassene', signalenVastgelegd: true }))).toBe(false);
    expect(
      stap1Klaar(context({ client: 'volwassene', signalenVastgelegd: true, kindcheck: { zorgen: false } })),
    ).toBe(true);
  });

  it('is not satisfied by a kindcheck alone', () => {
    expect(stap1Klaar(context({ client: 'volwassene', kindcheck: { zorgen: true } }))).toBe(false);
  });
});

describe('stap2Klaar', () => {
  it('is false without overleg', () => {
    expect(stap2Klaar(context())).toBe(false);
  });

  it('is false with only Veilig Thuis advies and letselduiding', () => {
    expect(stap2Klaar(context({ overleg: ['veilig-thuis', 'letselduiding'] }))).toBe(false);
  });

  it('is true with a collega or the aandachtsfunctionaris', () => {
    expect(stap2Klaar(context({ overleg: ['collega'] }))).toBe(true);
    expect(stap2Klaar(context({ overleg: ['veilig-thuis', 'aandachtsfunctionaris'] }))).toBe(true);
  });
});

describe('stap3Klaar', () => {
  it('is false before the conversation is held or skipped', () => {
    expect(stap3Klaar(context())).toBe(false);
  });

  it('is true after the conversation or a skip with a recognised reason', () => {
    expect(stap3Klaar(context({ gesprek: 'gevoerd' }))).toBe(true);
    expect(stap3Klaar(context({ gesprek: { overgeslagen: 'gevaar-professional' } }))).toBe(true);
  });
});

describe('stappen1tot3Klaar', () => {
  it('is true when all three steps are done', () => {
    expect(stappen1tot3Klaar(klaar)).toBe(true);
  });

  it.each([
    ['signals', { signalenVastgelegd: false }],
    ['overleg with a collega or aandachtsfunctionaris', { overleg: ['veilig-thuis'] }],
    ['gesprek', { gesprek: null }],
    ['kindcheck for an adult', { client: 'volwassene' }],
  ] as const)('is false when only the %s is missing', (_, missing) => {
    expect(stappen1tot3Klaar({ ...klaar, ...missing } as StappenplanContext)).toBe(false);
  });
});

describe('collegaRouteGeldt', () => {
  const applies = new Set(['kinderopvang/zeden', 'kinderopvang/mishandeling', 'onderwijs/zeden']);

  it.each(
    sectorSchema.options.flatMap((sector) =>
      (['zeden', 'mishandeling'] as const).map((d) => [sector, d] as const),
    ),
  )('in %s for %s follows the Wet kinderopvang and the onderwijs law', (sector, delict) => {
    expect(collegaRouteGeldt(sector, delict, 'kind')).toBe(applies.has(`${sector}/${delict}`));
  });

  it('covers only minor pupils in onderwijs', () => {
    expect(collegaRouteGeldt('onderwijs', 'zeden', 'volwassene')).toBe(false);
  });
});

describe('openStappen', () => {
  it('lists every open step for a fresh adult client, in order', () => {
    expect(openStappen(context({ client: 'volwassene' }))).toEqual([
      'stap 1: signalen vastleggen',
      'stap 1: kindcheck',
      'stap 2: overleg met een collega of de aandachtsfunctionaris',
      'stap 3: gesprek voeren of overslaan met een veiligheidsreden',
    ]);
  });

  it('does not list the kindcheck for a child client', () => {
    expect(openStappen(context())).not.toContain('stap 1: kindcheck');
    expect(openStappen(context())).toHaveLength(3);
  });

  it('lists step 2 while only Veilig Thuis was consulted', () => {
    expect(openStappen({ ...klaar, overleg: ['veilig-thuis'] })).toEqual([
      'stap 2: overleg met een collega of de aandachtsfunctionaris',
    ]);
  });

  it('is empty exactly when stappen1tot3Klaar holds', () => {
    expect(openStappen(klaar)).toEqual([]);
    expect(openStappen({ ...klaar, client: 'volwassene' })).toEqual(['stap 1: kindcheck']);
  });
});

describe('initialContext', () => {
  it('starts with the declared verdachte (default: huiselijke-kring), no acute reason and help not yet followed', () => {
    expect(initialContext({ client: 'kind', sector: 'onderwijs' })).toMatchObject({
      verdachte: 'huiselijke-kring',
      acuut: null,
      hulpGevolgd: false,
    });
    expect(initialContext({ client: 'kind', sector: 'kinderopvang', verdachte: 'houder' }).verdachte).toBe(
      'houder',
    );
  });
});
