import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { contentCheck, crashPayload, issuesPayload } from '../../../src/integrations/content-check.ts';

const root = '/project';

describe('issuesPayload', () => {
  it('shows nothing when content/ has no problems', () => {
    expect(issuesPayload([], root)).toBeUndefined();
  });

  it('lists every problem on its own line, as the terminal does, and points at the first file', () => {
    const payload = issuesPayload(
      [
        {
          file: 'content/casussen/onderwijs/a.yaml',
          line: 12,
          node: 'gesprek',
          message: 'geen expert-antwoord',
        },
        { file: 'content/beroepsgroepen/b.yaml', message: 'id "x" moet gelijk zijn aan de bestandsnaam "b"' },
      ],
      root,
    );
    expect(payload).toEqual({
      type: 'error',
      err: {
        name: 'ContentCheck',
        title: '2 probleem/problemen in content/',
        message:
          'content/casussen/onderwijs/a.yaml:12: node "gesprek": geen expert-antwoord\n' +
          'content/beroepsgroepen/b.yaml: id "x" moet gelijk zijn aan de bestandsnaam "b"',
        hint: expect.stringContaining('npm run lint:content'),
        stack: '',
        plugin: 'meldcode:content-check',
        loc: { file: '/project/content/casussen/onderwijs/a.yaml', line: 12, column: 0 },
      },
    });
  });

  it('leaves escaping to Astro, which escapes every error it shows', () => {
    const payload = issuesPayload([{ file: 'content/x.yaml', message: 'prompt: <b>vet</b> & meer' }], root);
    expect(payload?.err.message).toBe('content/x.yaml: prompt: <b>vet</b> & meer');
  });
});

describe('crashPayload', () => {
  it('says the check itself failed and keeps the stack for whoever fixes it', () => {
    const error = new Error('kapot');
    expect(crashPayload(error).err).toMatchObject({
      title: 'De controle van content/ liep vast',
      message: 'kapot',
      stack: error.stack,
      plugin: 'meldcode:content-check',
    });
  });
});

describe('contentCheck in astro dev', () => {
  type Hooks = Required<AstroIntegration['hooks']>;

  function startDev(projectRoot: string) {
    const integration = contentCheck();
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    void (integration.hooks['astro:config:setup'] as Hooks['astro:config:setup'])({
      command: 'dev',
      config: { root: pathToFileURL(projectRoot + '/') },
      logger,
    } as unknown as Parameters<Hooks['astro:config:setup']>[0]);
    const ws = Object.assign(new EventEmitter(), { send: vi.fn() });
    const watcher = new EventEmitter();
    void (integration.hooks['astro:server:setup'] as Hooks['astro:server:setup'])({
      server: { ws, watcher },
      logger,
    } as unknown as Parameters<Hooks['astro:server:setup']>[0]);
    return { ws, watcher, logger };
  }

  it('checks at start and after each change in content/, and closes the overlay once all is well', async () => {
    const project = mkdtempSync(join(tmpdir(), 'content-check-'));
    const broken = join(project, 'content/beroepsgroepen/kapot.yaml');
    const { ws, watcher, logger } = startDev(project);
    expect(ws.send).not.toHaveBeenCalled();

    mkdirSync(join(project, 'content/beroepsgroepen'), { recursive: true });
    writeFileSync(broken, 'name: [niet afgesloten\n');
    watcher.emit('all', 'add', broken);
    watcher.emit('all', 'change', broken);
    await vi.waitFor(() => expect(ws.send).toHaveBeenCalledTimes(1));
    const payload = ws.send.mock.calls[0]![0];
    expect(payload).toMatchObject({ type: 'error', err: { title: '1 probleem/problemen in content/' } });
    expect(payload.err.message).toContain('content/beroepsgroepen/kapot.yaml');
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('content/beroepsgroepen/kapot.yaml'));

    ws.emit('connection'); // a page opened later gets the overlay too
    expect(ws.send).toHaveBeenLastCalledWith(payload);

    watcher.emit('all', 'change', join(project, 'src/pages/index.astro')); // not in content/: no check
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ws.send).toHaveBeenCalledTimes(2);

    rmSync(broken);
    watcher.emit('all', 'unlink', broken);
    await vi.waitFor(() => expect(ws.send).toHaveBeenLastCalledWith({ type: 'full-reload', path: '*' }));
    expect(ws.send).toHaveBeenCalledTimes(3);
    rmSync(project, { recursive: true });
  });
});
