import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { phaseIds } from '../../../modules/stappenplan/phases.ts';
import { stappenplanMachine } from '../../../modules/stappenplan/stappenplan.machine.ts';
import { stateMeta, type StateMeta } from '../../../modules/stappenplan/state-meta.ts';
import {
  aangifte,
  acuut,
  afweging,
  houderInformeren,
  inAfweging3,
  inAfweging4,
  inAfweging5,
  inHulpBieden,
  inspecteur,
  inWegen,
  kindOnderwijs,
  melden,
  opvangMedewerker,
  play,
  stappen1tot3,
  vermoeden,
} from './play.ts';

/** Every state node below the root, depth first. */
function stateNodes(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...stateNodes(child)]);
}

describe('the meta of the stappenplan states', () => {
  const nodes = stateNodes(stappenplanMachine.root);

  it('walks the nested states too', () => {
    const ids = nodes.map((node) => node.id);
    expect(ids).toContain('stappenplan.beslissen');
    expect(ids).toContain('stappenplan.beslissen.afweging5');
    expect(ids).toContain('stappenplan.collegaRoute.aangifte');
  });

  it('is on every state: a moment where the learner can stand, a phase on a state that holds others', () => {
    for (const node of nodes) {
      const meta = node.meta as StateMeta | undefined;
      expect(meta, `${node.id} has no meta`).toBeDefined();
      if (node.type === 'compound') expect(meta?.phase, `${node.id} has no phase`).toBeDefined();
      else expect(meta?.moment, `${node.id} has no moment`).toBeDefined();
      if (meta?.phase !== undefined) expect(phaseIds).toContain(meta.phase);
    }
  });

  it('ends every final state with the end of the stappenplan or the collega-route', () => {
    for (const node of nodes.filter((n) => n.type === 'final'))
      expect(['klaar', 'collega-route'], node.id).toContain((node.meta as StateMeta).moment?.kind);
  });
});

describe('stateMeta', () => {
  it('reads the deepest active state', () => {
    const at = (...events: Parameters<typeof play>[1][]) => stateMeta(play(kindOnderwijs, ...events));
    expect(at()).toEqual({ moment: { kind: 'afweging', nummer: 1 } });
    expect(at(...stappen1tot3, afweging(1, 'nee'))).toEqual({ moment: { kind: 'klaar', end: 'afgesloten' } });
    expect(at(...inWegen)).toEqual({ moment: { kind: 'afweging', nummer: 2 }, phase: 'afweging-2' });
    expect(at(...inAfweging3)).toEqual({ moment: { kind: 'afweging', nummer: 3 }, phase: 'afweging-3' });
    expect(at(...inAfweging4)).toEqual({ moment: { kind: 'afweging', nummer: 4 }, phase: 'afweging-4' });
    expect(at(...inHulpBieden)).toEqual({ moment: { kind: 'hulp-volgen' }, phase: 'stap-5' });
    expect(at(...inAfweging5)).toEqual({ moment: { kind: 'afweging', nummer: 5 }, phase: 'afweging-5' });
    expect(at(...inAfweging5, afweging(5, 'ja'))).toEqual({
      moment: { kind: 'klaar', end: 'afgeslotenMetAfspraken' },
    });
    expect(at(...inWegen, afweging(2, 'ja'))).toEqual({ moment: { kind: 'melden' } });
    expect(at(...inWegen, afweging(2, 'ja'), melden(true))).toEqual({
      moment: { kind: 'klaar', end: 'gemeld' },
    });
    expect(at(acuut())).toEqual({ moment: { kind: 'klaar', end: 'gemeld' } });
  });

  it('reads the collega-route, its ends included', () => {
    const collega = { moment: { kind: 'collega-route' }, phase: 'collega-route' };
    const route = [vermoeden('zeden'), houderInformeren];
    expect(stateMeta(play(opvangMedewerker, vermoeden('zeden')))).toEqual(collega);
    expect(stateMeta(play(opvangMedewerker, ...route))).toEqual(collega);
    expect(stateMeta(play(opvangMedewerker, ...route, inspecteur(true)))).toEqual(collega);
    expect(stateMeta(play(opvangMedewerker, ...route, inspecteur(true), aangifte))).toEqual(collega);
    expect(stateMeta(play(opvangMedewerker, ...route, inspecteur(false)))).toEqual(collega);
  });

  it('throws, naming the state, when the deepest state has no meta', () => {
    const snapshot = play(kindOnderwijs, ...inAfweging3);
    const withoutLeaf = { ...snapshot, getMeta: () => ({ 'stappenplan.beslissen': { phase: 'stap-5' } }) };
    expect(() => stateMeta(withoutLeaf as never)).toThrow(
      'stappenplan state stappenplan.beslissen.afweging3 has no meta with a moment',
    );
  });
});
