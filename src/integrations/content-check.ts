import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatIssue, type CaseIssue } from '../../modules/case/case-issue.ts';
import { loadContent } from '../../modules/authoring/load-content.ts';
import { courseContent } from '../loaders/course-content.ts';

const name = 'meldcode:content-check';

/** The Vite dev server Astro hands to integrations (typed through Astro, which owns the Vite version). */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * An error for the browser's overlay. Astro takes every error sent over Vite's websocket, escapes
 * `message` and `hint` (reading `code` and **bold** as Markdown), keeps their newlines, and shows the
 * file in `loc` with its code and an "Open in editor" link.
 */
export interface OverlayPayload {
  type: 'error';
  err: {
    name: string;
    title: string;
    message: string;
    hint: string;
    stack: string;
    plugin: string;
    loc?: { file: string; line: number; column: number };
  };
}

/**
 * Runs the same checks as `npm run lint:content`:
 * - before every build, so a broken case never ships: the author sees file, line and fix, and the build
 *   stops with exit code 1 (no stack trace); the result is shared with the content loaders, so the
 *   build reads the content once;
 * - in `astro dev`, at start and whenever a file under content/ changes: the problems go to the terminal
 *   and to the browser's error overlay, and the dev server keeps running.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name,
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const { cases, issues } = courseContent(config.root);
        if (issues.length > 0) {
          for (const issue of issues) logger.error(formatIssue(issue));
          logger.error(`${issues.length} problem(s) in content/; the build stops here.`);
          process.exit(1);
        }
        logger.info(`${cases.length} case(s) passed the path checks`);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(server, root, logger),
    },
  };
}

/** The overlay that lists every problem in content/, or undefined when there is none. */
export function issuesPayload(issues: CaseIssue[], root: string): OverlayPayload | undefined {
  if (issues.length === 0) return undefined;
  const first = issues[0]!;
  return {
    type: 'error',
    err: {
      name: 'ContentCheck',
      title: `${issues.length} probleem/problemen in content/`,
      message: issues.map(formatIssue).join('\n'),
      hint: 'Pas het bestand aan en sla het op: de controle draait dan opnieuw. In de terminal: `npm run lint:content`.',
      stack: '',
      plugin: name,
      loc: { file: join(root, first.file), line: first.line ?? 0, column: 0 },
    },
  };
}

/** The overlay for a check that failed itself (a bug in the checks, not in content/). */
export function crashPayload(error: unknown): OverlayPayload {
  const err = error instanceof Error ? error : new Error(String(error));
  return {
    type: 'error',
    err: {
      name: 'ContentCheck',
      title: 'De controle van content/ liep vast',
      message: err.message,
      hint: 'Dit is een fout in de controle, niet in je tekst. De dev-server draait door.',
      stack: err.stack ?? '',
      plugin: name,
    },
  };
}

/** Checks content/ now and after every change below it; shows problems in the terminal and the browser. */
function watchContent(server: DevServer, root: string, logger: AstroIntegrationLogger) {
  let shown: OverlayPayload | undefined;
  const check = () => {
    let payload: OverlayPayload | undefined;
    try {
      const { issues } = loadContent(root);
      for (const issue of issues) logger.error(formatIssue(issue));
      if (issues.length > 0) logger.error(`${issues.length} problem(s) in content/`);
      payload = issuesPayload(issues, root);
    } catch (error) {
      logger.error(`the content check failed: ${error instanceof Error ? error.stack : String(error)}`);
      payload = crashPayload(error);
    }
    if (payload) server.ws.send(payload);
    else if (shown) {
      logger.info('content/ passes the checks again');
      server.ws.send({ type: 'full-reload', path: '*' }); // closes the overlay
    }
    shown = payload;
  };
  check();
  // A page opened (or reloaded) later still shows the problems found before it connected.
  server.ws.on('connection', () => {
    if (shown) server.ws.send(shown);
  });
  const contentDir = join(root, 'content') + sep;
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (_event, file) => {
    if (!file.startsWith(contentDir)) return;
    clearTimeout(timer);
    timer = setTimeout(check, 100); // an editor's save often fires several events
  });
}
