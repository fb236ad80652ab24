import type { IncomingMessage, ServerResponse } from 'node:http';

/** A statement as the test LRS received it. */
export type Statement = Record<string, any>;

/** What the LMS puts in LMS.LaunchData (cmi5 section 10) for one launch. */
export interface LaunchData {
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string;
  masteryScore?: number;
  returnURL?: string;
  contextTemplate: Record<string, any>;
}

/**
 * A learning record store for one spec, just enough for a cmi5 AU: the one-time token fetch, the
 * state API (LMS.LaunchData and the AU's own documents), the agent profile (none), and statements,
 * which it records in the order they arrive. Every xAPI call must carry the token.
 */
export function testLrs(token = 'dG9rZW4=') {
  const statements: Statement[] = [];
  const states = new Map<string, string>();
  let fetched = false;
  const problems: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse, body: string): boolean => {
    const url = new URL(req.url ?? '/', 'http://lrs');
    if (url.pathname === '/fetch') {
      if (req.method !== 'POST') problems.push('fetch URL not POSTed');
      if (fetched)
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ 'error-code': '1', 'error-text': 'al gebruikt' }));
      else
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ 'auth-token': token }));
      fetched = true;
      return true;
    }
    if (!url.pathname.startsWith('/xapi/')) return false;
    if (req.headers.authorization !== `Basic ${token}`)
      problems.push(`${req.method} ${url.pathname} without the token`);
    if (!req.headers['x-experience-api-version'])
      problems.push(`${req.method} ${url.pathname} without X-Experience-API-Version`);
    const json = (status: number, value?: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' })
        .end(value === undefined ? '' : JSON.stringify(value));
    if (url.pathname === '/xapi/statements' && (req.method === 'POST' || req.method === 'PUT')) {
      const received = JSON.parse(body) as Statement | Statement[];
      const list = Array.isArray(received) ? received : [received];
      statements.push(...list);
      json(
        200,
        list.map((s) => s.id),
      );
      return true;
    }
    if (url.pathname === '/xapi/activities/state') {
      const key = ['stateId', 'activityId', 'registration'].map((k) => url.searchParams.get(k)).join('|');
      if (req.method === 'GET') {
        const stored = states.get(key);
        if (stored === undefined) json(404);
        else res.writeHead(200, { 'content-type': 'application/json' }).end(stored);
      } else {
        states.set(key, body);
        json(204);
      }
      return true;
    }
    if (url.pathname === '/xapi/agents/profile') {
      json(404);
      return true;
    }
    json(400, { error: `${req.method} ${url.pathname} is not part of this test LRS` });
    return true;
  };
  return {
    handle,
    statements,
    problems,
    /** Sets LMS.LaunchData for a launch, as the LMS does before launching the AU. */
    launch(activityId: string, registration: string, data: LaunchData) {
      states.set(['LMS.LaunchData', activityId, registration].join('|'), JSON.stringify(data));
      fetched = false;
    },
    stateOf: (stateId: string, activityId: string, registration: string) =>
      states.get([stateId, activityId, registration].join('|')),
    /** Sets a state document, as an earlier session of the AU would have. */
    setState(stateId: string, activityId: string, registration: string, document: unknown) {
      states.set([stateId, activityId, registration].join('|'), JSON.stringify(document));
    },
  };
}
