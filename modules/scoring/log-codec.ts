/**
 * A decision log as a short URL-safe string, for links, QR codes and SCORM's small suspend_data:
 *
 *   1.1z141z3.0102110
 *   │ │       └ one character per decision: the position of the chosen choice in its node's written
 *   │ │         `choices` (0–9, a–z, A–Z, -, _: up to 64 choices a node)
 *   │ └ the attempt's seed in base 36; empty for `seed: null` (choices shown in written order)
 *   └ format version
 *
 * Nodes are not written: the first decision is at `start`, each next one at the chosen choice's
 * `next`. So the string only means something against the same case version, and decoding needs
 * nothing but the case definition (no machine), which keeps it cheap in the browser. Decoding gives
 * back node, choice and seed exactly; the time of each decision (`at`) is not kept.
 */
import type { CaseDef } from '../case/case.schema.ts';
import type { VerifyTable } from './verify-table.ts';
import type { AttemptEvent, Seed } from './attempt.ts';
import { routeTarget } from '../case/consequences.ts';

export const LOG_FORMAT = '1';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
/** Far beyond any real attempt (a case takes a few dozen decisions), small enough to refuse junk quickly. */
export const MAX_LOG_LENGTH = 10_000;

/** What a compact log holds: the seed and the decisions, without their times. */
export interface CompactLog {
  seed: Seed;
  events: { node: string; choice: string }[];
}

/** A result that says, instead of throwing, why a log could not be encoded or decoded. */
export type LogCodecResult<T> =
  { ok: true; value: T } | { ok: false; code: 'ongeldig' | 'past-niet'; message: string };

/** The only parts of a case the codec reads: a case definition, or a verify table as logCaseOf gives it. */
export interface LogCase {
  start: string;
  nodes: readonly LogNode[];
  consequences?: CaseDef['consequences'];
}

interface LogNode {
  id: string;
  end?: boolean;
  choices?: readonly { id: string; next: string }[];
}

/** A verify table as the codec reads it: its nodes, each choice's `next` already past any consequence. */
export function logCaseOf(table: Pick<VerifyTable, 'nodes' | 'states'>): LogCase {
  const { nodes, states } = table;
  return {
    start: nodes[states[0]![0]!]!.id,
    nodes: nodes.map(({ id, end, choices }) => ({
      id,
      ...(end && { end }),
      ...(choices && { choices: choices.map((c) => ({ id: c.id, next: nodes[c.next]!.id })) }),
    })),
  };
}

/** Encodes a log as `<format>.<seed>.<positions>`; a log that does not fit the case is refused. */
export function encodeLog(
  def: LogCase,
  log: { seed: Seed; events: readonly AttemptEvent[] },
): LogCodecResult<string> {
  const nodes = nodeMap(def);
  let at = def.start;
  let positions = '';
  for (const [index, event] of log.events.entries()) {
    const node = nodes.get(at);
    if (!node || node.end) return misfit(index, LOG_FINISHED);
    if (event.node !== at)
      return misfit(index, `verwacht moment "${at}", maar het logboek noemt "${event.node}".`);
    const position = (node.choices ?? []).findIndex((choice) => choice.id === event.choice);
    if (position < 0) return misfit(index, `keuze "${event.choice}" bestaat hier niet.`);
    if (position >= DIGITS.length)
      return misfit(index, `meer dan ${DIGITS.length} keuzes kunnen niet kort worden geschreven.`);
    positions += DIGITS[position];
    // A consequence is shown, never logged: the next logged choice is made where it leads.
    at = routeTarget(def, node.choices![position].next);
  }
  return { ok: true, value: `${LOG_FORMAT}.${log.seed === null ? '' : log.seed.toString(36)}.${positions}` };
}

/** The seed and the choice positions of a compact log, read without the case; junk comes back as an error. */
export function readLogPositions(text: unknown): LogCodecResult<{ seed: Seed; positions: number[] }> {
  if (typeof text !== 'string' || text.length > MAX_LOG_LENGTH) return invalid();
  const match = /^1\.([0-9a-z]{0,7})\.([0-9a-zA-Z_-]*)$/.exec(text);
  if (!match) return invalid();
  const seed = match[1] === '' ? null : parseInt(match[1], 36);
  // One string per log: a seed with leading zeros or above 32 bits was not written by encodeLog.
  if (seed !== null && (seed > 0xffffffff || seed.toString(36) !== match[1])) return invalid();
  return { ok: true, value: { seed, positions: [...match[2]].map((digit) => DIGITS.indexOf(digit)) } };
}

/** Decodes a compact log against the case it was made for; junk and misfits come back as errors. */
export function decodeLog(def: LogCase, text: unknown): LogCodecResult<CompactLog> {
  const read = readLogPositions(text);
  if (!read.ok) return read;
  const nodes = nodeMap(def);
  const events: CompactLog['events'] = [];
  let at = def.start;
  for (const [index, position] of read.value.positions.entries()) {
    const node = nodes.get(at);
    if (!node || node.end) return misfit(index, LOG_FINISHED);
    const choice = node.choices?.[position];
    if (!choice) return misfit(index, noChoiceAt(at, position));
    events.push({ node: at, choice: choice.id });
    at = routeTarget(def, choice.next);
  }
  return { ok: true, value: { seed: read.value.seed, events } };
}

/** Why a position cannot be read at a moment: the case had ended, or the moment has no such choice. */
export const LOG_FINISHED = 'de casus was al afgelopen.';
export const noChoiceAt = (node: string, position: number) =>
  `moment "${node}" heeft geen keuze op plaats ${position + 1}.`;

function nodeMap(def: LogCase): Map<string, LogNode> {
  return new Map(def.nodes.map((node) => [node.id, node]));
}

function invalid(): { ok: false; code: 'ongeldig'; message: string } {
  return {
    ok: false,
    code: 'ongeldig',
    message: 'Dit is geen logboek van een poging: de code is onleesbaar of ingekort.',
  };
}

export function misfit(index: number, message: string): { ok: false; code: 'past-niet'; message: string } {
  return {
    ok: false,
    code: 'past-niet',
    message: `Keuze ${index + 1} in het logboek past niet bij deze versie van de casus: ${message}`,
  };
}
