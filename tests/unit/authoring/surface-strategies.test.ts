import { describe, expect, it } from 'vitest';
import {
  hedgeCount,
  surfaceStrategies,
  type ShownOption,
  type SurfaceStrategyId,
} from '../../../modules/authoring/surface-strategies.ts';

const strategy = (id: SurfaceStrategyId) => surfaceStrategies.find((s) => s.id === id)!;
const shown = (...texts: string[]): ShownOption[] => texts.map((text, i) => ({ id: `o${i + 1}`, text }));
const never = () => {
  throw new Error('this strategy must not use chance');
};
const textOf = (options: ShownOption[], id: string) => options.find((o) => o.id === id)!.text;

/** Every order of the options, to show a text strategy picks the same text whatever the shuffle. */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('the surface strategies', () => {
  it('longest and shortest pick by length, whatever the order shown', () => {
    const options = shown(
      'Ik wacht af.',
      'Ik schrijf op wat ik zie, met datum en plek.',
      'Ik bel de ouders meteen op.',
    );
    for (const order of orders(options)) {
      expect(textOf(options, strategy('longest').pick(order, never))).toBe(
        'Ik schrijf op wat ik zie, met datum en plek.',
      );
      expect(textOf(options, strategy('shortest').pick(order, never))).toBe('Ik wacht af.');
    }
  });

  it('reads a folded label as one line: runs of white space count once', () => {
    const options = shown('Ik   wacht\n\n   af   nu.', 'Ik wacht af, nu.');
    expect(strategy('longest').pick(options, never)).toBe('o2');
  });

  it('veilig-thuis-overleg takes an option naming Veilig Thuis or overleg, else the longest', () => {
    const vt = shown('Ik doe niets en kijk het nog een paar weken rustig aan.', 'Ik bel Veilig Thuis.');
    for (const order of orders(vt)) expect(strategy('veilig-thuis-overleg').pick(order, never)).toBe('o2');
    const overleg = shown('Ik wacht tot de ouders zelf iets zeggen.', 'Wij overleggen.', 'Ik overleg.');
    expect(strategy('veilig-thuis-overleg').pick(overleg, never)).toBe('o2'); // the longer of the two
    const neither = shown('Ik wacht af.', 'Ik vraag het de buren, voor de zekerheid.');
    expect(strategy('veilig-thuis-overleg').pick(neither, never)).toBe('o2');
    // "veilig" alone, or "thuis" alone, is not Veilig Thuis
    const apart = shown('Thuis is het veilig genoeg, dus ik wacht.', 'Ik noteer het.');
    expect(strategy('veilig-thuis-overleg').pick(apart, never)).toBe('o1');
  });

  it('ja prefers an option starting with "ja", then one holding it, else the first shown', () => {
    expect(strategy('ja').pick(shown('Nee, nooit.', 'Dat klopt, ja.', 'Ja, altijd.'), never)).toBe('o3');
    expect(strategy('ja').pick(shown('Nee, nooit.', 'Dat klopt, ja.'), never)).toBe('o2');
    // "Janssen" and "jaren" are not the word "ja"
    expect(strategy('ja').pick(shown('Nee.', 'Meneer Janssen, al jaren.'), never)).toBe('o1');
    expect(strategy('ja').pick(shown('Meneer Janssen, al jaren.', 'Nee.'), never)).toBe('o1');
  });

  it('first and last take the position shown', () => {
    const options = shown('a', 'bb', 'ccc');
    expect(strategy('first').pick(options, never)).toBe('o1');
    expect(strategy('last').pick(options, never)).toBe('o3');
    expect(strategy('first').pick([...options].reverse(), never)).toBe('o3');
  });

  it('careful counts hedging words; among equals it takes the first shown', () => {
    expect(hedgeCount('Ik bespreek het eerst samen met mijn collega, zorgvuldig.')).toBe(4);
    expect(hedgeCount('De eerste keer vraag ik het.')).toBe(0); // "eerste" and "vraag" are not hedging
    const options = shown(
      'Ik bel nu meteen de politie en blijf bij het kind tot die er is.',
      'Ik bespreek het eerst samen.',
      'Ik overleg.',
    );
    for (const order of orders(options)) expect(strategy('careful').pick(order, never)).toBe('o2');
    expect(strategy('careful').pick(shown('Ik wacht.', 'Ik meld.'), never)).toBe('o1');
    expect(strategy('careful').pick(shown('Ik meld.', 'Ik wacht.'), never)).toBe('o1');
  });

  it('all-but-shortest ticks every option but the shortest, all ticks every one; on radio buttons both take the longest', () => {
    const options = shown('Kort.', 'Iets langer.', 'Het allerlangste antwoord.');
    expect(strategy('all-but-shortest').tick!(options, never)).toEqual(['o2', 'o3']);
    expect(strategy('all').tick!(options, never)).toEqual(['o1', 'o2', 'o3']);
    expect(strategy('all-but-shortest').pick(options, never)).toBe('o3');
    expect(strategy('all').pick(options, never)).toBe('o3');
    expect(surfaceStrategies.filter((s) => s.multipleOnly).map((s) => s.id)).toEqual([
      'all-but-shortest',
      'all',
    ]);
  });

  it('random picks every option in about equal shares and ticks a non-empty set', () => {
    const options = shown('a', 'b', 'c');
    let state = 1;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const id = strategy('random').pick(options, random);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of ['o1', 'o2', 'o3']) expect(counts.get(id)).toBeGreaterThan(850);
    for (let i = 0; i < 200; i++) expect(strategy('random').tick!(options, random).length).toBeGreaterThan(0);
  });

  it('says which strategies can depend on the order shown', () => {
    expect(surfaceStrategies.filter((s) => s.positional).map((s) => s.id)).toEqual([
      'ja',
      'first',
      'last',
      'random',
      'careful',
    ]);
  });
});
