import { isoDuration } from './scorm-time.ts';

/**
 * The parts of an @xapi/cmi5 `Cmi5` instance the cmi5 session (cmi5-session.ts) uses (the real one is
 * made in src/storage/lms-launch.ts from the launch URL). Taking an interface keeps window out of
 * modules/ and lets tests pass a fake; the statements themselves are always built by the library. The
 * session passes a `transform` that puts the measured duration in place of the library's wall-clock
 * one (the real `terminate` takes no options: src/storage/lms-launch.ts adapts it).
 */
export interface Cmi5Client {
  initialize(): Promise<unknown>;
  getLaunchParameters(): { activityId: string; registration: string; actor: object };
  getLaunchData(): {
    launchMode: 'Normal' | 'Browse' | 'Review';
    moveOn: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
    masteryScore?: number;
    returnURL?: string;
  };
  complete(options?: StatementOptions): Promise<unknown>;
  pass(score?: Cmi5Score, options?: StatementOptions): Promise<unknown>;
  fail(score?: Cmi5Score, options?: StatementOptions): Promise<unknown>;
  terminate(options?: StatementOptions): Promise<unknown>;
  interactionChoice(
    testId: string,
    questionId: string,
    answerIds: string[],
    correctAnswerIds?: string[],
    choices?: { id: string; description: Record<string, string> }[],
    name?: Record<string, string>,
    description?: Record<string, string>,
    success?: boolean,
  ): Promise<unknown>;
  readonly xapi: {
    getState(params: StateParams): Promise<{ data: unknown }>;
    setState(params: StateParams & { state: unknown }): Promise<unknown>;
  } | null;
}

/** A statement as the transform sees it: only `result.duration` is changed. */
export interface StatementLike {
  result?: object;
}
export interface StatementOptions {
  transform?<S extends StatementLike>(statement: S): S;
}

/** Options that set the statement's `result.duration` to the given active seconds. */
export function measuredDuration(seconds: number): StatementOptions {
  const duration = isoDuration(seconds);
  return { transform: (statement) => ({ ...statement, result: { ...statement.result, duration } }) };
}

interface StateParams {
  agent: object;
  activityId: string;
  stateId: string;
  registration: string;
}

export interface Cmi5Score {
  scaled: number;
  raw: number;
  min: number;
  max: number;
}
