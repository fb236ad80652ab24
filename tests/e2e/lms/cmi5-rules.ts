import type { Statement } from './test-lrs.ts';

// The cmi5 rules (Quartz, sections 7.1, 9 and 10) that an AU's statements must follow, written out
// as checks: each returns the rules a list of statements breaks, in plain words (empty when none).

const ADL = 'http://adlnet.gov/expapi/verbs/';
export const VERB = {
  initialized: `${ADL}initialized`,
  completed: `${ADL}completed`,
  passed: `${ADL}passed`,
  failed: `${ADL}failed`,
  terminated: `${ADL}terminated`,
  answered: `${ADL}answered`,
};
const DEFINED = new Set([VERB.initialized, VERB.completed, VERB.passed, VERB.failed, VERB.terminated]);
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export interface Session {
  actor: object;
  registration: string;
  activityId: string;
  sessionId: string;
  publisherId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
}

const verbName = (s: Statement) => String(s.verb?.id ?? '').replace(ADL, '');
const categories = (s: Statement): string[] =>
  (s.context?.contextActivities?.category ?? []).map((a: { id: string }) => a.id);

/** The rules for the statements of one AU session, in the order the LRS received them. */
export function sessionProblems(statements: Statement[], session: Session): string[] {
  const problems: string[] = [];
  const say = (i: number, rule: string) => problems.push(`#${i} ${verbName(statements[i])}: ${rule}`);
  let previous = -Infinity;
  const seen = new Set<string>();
  statements.forEach((s, i) => {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s.id ?? ''))
      say(i, 'id is a UUID (9.1)');
    if (JSON.stringify(s.actor) !== JSON.stringify(session.actor)) say(i, 'actor is the launch actor (9.2)');
    if (typeof s.timestamp !== 'string' || !/Z$/.test(s.timestamp) || Number.isNaN(Date.parse(s.timestamp)))
      say(i, 'timestamp in UTC (9.7)');
    else if (Date.parse(s.timestamp) < previous) say(i, 'timestamps in order (9.3)');
    else previous = Date.parse(s.timestamp);
    if (s.context?.registration !== session.registration)
      say(i, 'context.registration from the launch (9.6.1)');
    if (s.context?.extensions?.[SESSION_ID] !== session.sessionId)
      say(i, 'session ID from the context template (9.6.3.1)');
    const grouping = (s.context?.contextActivities?.grouping ?? []).map((a: { id: string }) => a.id);
    if (!grouping.includes(session.publisherId))
      say(i, 'publisher ID grouping from the context template (9.6.2.3, 10.2.1)');
    const cats = categories(s);
    const result = s.result ?? {};
    if (!DEFINED.has(s.verb?.id)) {
      if (cats.includes(CMI5_CATEGORY)) say(i, 'a cmi5 allowed statement has no cmi5 category (7.1.3)');
      return;
    }
    if (seen.has(s.verb.id)) say(i, 'no cmi5 defined verb twice in a session (9.3)');
    seen.add(s.verb.id);
    if (s.object?.id !== session.activityId) say(i, 'object is the AU: the launch activityId (9.4)');
    if (!cats.includes(CMI5_CATEGORY)) say(i, 'cmi5 category (9.6.2.1)');
    const judged = 'success' in result || 'completion' in result;
    if (judged !== cats.includes(MOVEON_CATEGORY))
      say(i, 'moveOn category exactly when success or completion is set (9.6.2.2)');
    if ('score' in result && ![VERB.passed, VERB.failed].includes(s.verb.id))
      say(i, 'a score only in passed or failed (9.5.1)');
    if ('success' in result && ![VERB.passed, VERB.failed].includes(s.verb.id))
      say(i, 'success only in passed or failed (9.5.2)');
    if ('completion' in result && s.verb.id !== VERB.completed)
      say(i, 'completion only in completed (9.5.3)');
    if (
      [VERB.completed, VERB.passed, VERB.failed, VERB.terminated].includes(s.verb.id) &&
      typeof result.duration !== 'string'
    )
      say(i, 'duration (9.5.4.1)');
    if (s.verb.id === VERB.completed && result.completion !== true) say(i, 'completion true (9.5.3)');
    if (s.verb.id === VERB.passed && result.success !== true) say(i, 'success true (9.5.2)');
    if (s.verb.id === VERB.failed && result.success !== false) say(i, 'success false (9.5.2)');
    if (session.masteryScore !== undefined && [VERB.passed, VERB.failed].includes(s.verb.id)) {
      const scaled = result.score?.scaled;
      if (s.context?.extensions?.[MASTERY] !== session.masteryScore)
        say(i, 'masteryScore in the context (9.6.3.2)');
      if (
        typeof scaled === 'number' &&
        (s.verb.id === VERB.passed ? scaled < session.masteryScore : scaled >= session.masteryScore)
      )
        say(i, 'passed or failed as the masteryScore says (9.3.4, 9.3.5)');
    }
    if (session.launchMode !== 'Normal' && ![VERB.initialized, VERB.terminated].includes(s.verb.id))
      say(i, `only initialized and terminated in ${session.launchMode} mode (10.2.2)`);
  });
  if (statements[0]?.verb?.id !== VERB.initialized)
    problems.push('the first statement is initialized (7.1.1, 9.3.2)');
  if (statements.at(-1)?.verb?.id !== VERB.terminated)
    problems.push('the last statement is terminated (7.1.2, 9.3.8)');
  if (seen.has(VERB.passed) && seen.has(VERB.failed))
    problems.push('not both passed and failed in a session (9.3)');
  return problems;
}

/** The rules across the sessions of one registration (per AU). */
export function registrationProblems(statements: Statement[]): string[] {
  const problems: string[] = [];
  const count = (verb: string) =>
    statements.filter((s) => s.verb?.id === verb && categories(s).includes(CMI5_CATEGORY)).length;
  if (count(VERB.completed) > 1) problems.push('at most one completed per registration (9.3)');
  if (count(VERB.passed) > 1) problems.push('at most one passed per registration (9.3)');
  const passedAt = statements.findIndex((s) => s.verb?.id === VERB.passed);
  if (passedAt >= 0 && statements.slice(passedAt).some((s) => s.verb?.id === VERB.failed))
    problems.push('no failed after passed (9.3)');
  return problems;
}
