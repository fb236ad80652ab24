import { isScorm12Api, type Scorm12Api } from '../../modules/lms/scorm-api.ts';

/** How many parent windows are searched before giving up (as in the usual discovery algorithm). */
export const MAX_PARENTS = 500;

/**
 * Finds the SCORM 1.2 API the standard way: this window and its parents, up to MAX_PARENTS, then the
 * window that opened the top window (or this one) and its parents. A window of another origin cannot be read and is
 * passed over; `null` when no window holds an `API`.
 */
export function findScormApi(start: Window): Scorm12Api | null {
  const found = searchUp(start);
  if (found) return found;
  const opener = openerOf(topOf(start)) ?? openerOf(start);
  return opener ? searchUp(opener) : null;
}

/** The topmost window above `start` that can be read (the LMS's window that opened us has our top as its child). */
function topOf(start: Window): Window {
  let win = start;
  for (let level = 0; level < MAX_PARENTS; level++) {
    const parent = parentOf(win);
    if (!parent || parent === win) break;
    win = parent;
  }
  return win;
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let level = 0; level <= MAX_PARENTS; level++) {
    const api = apiOf(win);
    if (api) return api;
    const parent = parentOf(win);
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return isScorm12Api(api) ? api : null;
  } catch {
    return null; // another origin
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}
