/**
 * The SCORM 1.2 run-time API as an LMS offers it (window.API), and a connection that calls it safely.
 * The API is found in src/storage/find-scorm-api.ts (the only code that walks windows); everything
 * here takes the object. An LMS may answer "true"/"false", true/false, a number where a string
 * belongs, or throw: the connection turns each call into a result and never throws itself.
 */

/** The eight functions of the SCORM 1.2 API (SCORM 1.2 RTE, section 3.3). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** What went wrong in one call: the element, the LMS's error code and its own words. */
export interface ScormProblem {
  call: 'LMSInitialize' | 'LMSFinish' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit';
  element?: string;
  code: number | null;
  message: string;
}

export type ScormResult<T> = { ok: true; value: T } | { ok: false; problem: ScormProblem };

/** A SCORM 1.2 API behind calls that return results instead of throwing. */
export interface ScormConnection {
  initialize(): ScormResult<true>;
  get(element: string): ScormResult<string>;
  set(element: string, value: string): ScormResult<true>;
  commit(): ScormResult<true>;
  finish(): ScormResult<true>;
}

/** Whether `value` has the eight functions of a SCORM 1.2 API (an object an LMS put on a window). */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const names = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'];
  return names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
}

/** SCORM 1.2 says "true" and "false"; some LMSs answer with booleans. Anything else is not success. */
function succeeded(answer: unknown): boolean {
  return answer === true || (typeof answer === 'string' && answer.trim().toLowerCase() === 'true');
}

/** Wraps an API; every call is caught, and a failure carries the LMS's code and message. */
export function connectScorm(api: Scorm12Api): ScormConnection {
  const problem = (call: ScormProblem['call'], element?: string, thrown?: unknown): ScormProblem => {
    let code: number | null = null;
    let message = thrown instanceof Error ? thrown.message : thrown === undefined ? '' : String(thrown);
    try {
      const raw = api.LMSGetLastError();
      const parsed = Number.parseInt(String(raw), 10);
      code = Number.isFinite(parsed) ? parsed : null;
      if (code !== null && code !== 0) {
        const text = api.LMSGetErrorString(String(code));
        if (typeof text === 'string' && text.trim() !== '') message = text.trim();
      }
    } catch {
      // The error functions failed too: the code stays unknown.
    }
    return { call, ...(element && { element }), code, message: message || 'onbekende fout' };
  };
  const call = (name: 'LMSInitialize' | 'LMSFinish' | 'LMSCommit'): ScormResult<true> => {
    try {
      return succeeded(api[name]('')) ? { ok: true, value: true } : { ok: false, problem: problem(name) };
    } catch (error) {
      return { ok: false, problem: problem(name, undefined, error) };
    }
  };
  return {
    initialize: () => call('LMSInitialize'),
    commit: () => call('LMSCommit'),
    finish: () => call('LMSFinish'),
    get(element) {
      try {
        const value = api.LMSGetValue(element);
        if (typeof value === 'string') {
          // An empty string is a valid value, and also how an LMS says "error": ask which it was.
          if (value !== '') return { ok: true, value };
          const code = Number.parseInt(String(api.LMSGetLastError()), 10);
          return !Number.isFinite(code) || code === 0
            ? { ok: true, value }
            : { ok: false, problem: problem('LMSGetValue', element) };
        }
        if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
        return { ok: false, problem: problem('LMSGetValue', element, `geen tekst maar ${typeof value}`) };
      } catch (error) {
        return { ok: false, problem: problem('LMSGetValue', element, error) };
      }
    },
    set(element, value) {
      try {
        return succeeded(api.LMSSetValue(element, value))
          ? { ok: true, value: true }
          : { ok: false, problem: problem('LMSSetValue', element) };
      } catch (error) {
        return { ok: false, problem: problem('LMSSetValue', element, error) };
      }
    },
  };
}
