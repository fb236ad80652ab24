import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { ActionEvents } from '../case/case-action.ts';
import type { CaseDef } from '../case/case.schema.ts';
import { compileCheckedCase, type CompiledCase } from '../case/compile-case.ts';

/**
 * A checked case as a player outside the build gets it (the browser, an LMS package): its definition,
 * what its module adds (sector, pass mark) and the hash of the case as authored, which every attempt
 * records. It is plain JSON; nothing in it needs checking again.
 */
export interface PlayableCase {
  def: CaseDef;
  sector: Sector;
  /** The module's pass mark; the case's own `passPercentage` wins when it has one. */
  passPercentage: number;
  /** hashCase of the case as authored (`sha256:…`). */
  hash: string;
  /**
   * The stappenplan event of each action the case takes (case-action.ts, `actionEvents`), so a player
   * compiles the case without the whole vocabulary of actions.
   */
  events: ActionEvents;
}

/** Compiles a playable case without the build's structure checks, which it already passed. */
export function compilePlayableCase(playable: PlayableCase): CompiledCase {
  return compileCheckedCase(playable.def, playable);
}

/** The definition without what only a leertafel uses (discussion questions), for a smaller page. */
export function playerDef(def: CaseDef): CaseDef {
  return { ...def, nodes: def.nodes.map(({ discussion: _discussion, ...node }) => node) };
}
