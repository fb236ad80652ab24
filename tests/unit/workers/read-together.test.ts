import { openAsBlob, mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../modules/certificate/file-limits.ts';
import { groupSize, READ_BYTES, READ_FILES, readTogether } from '../../../src/workers/read-together.ts';

const text = (source: Blob | Uint8Array) =>
  source instanceof Uint8Array ? new TextDecoder().decode(source) : `unread ${source.size}`;

describe('readTogether (the verify worker reads a group of files in one read)', () => {
  it('gives each file its own bytes', async () => {
    const files = ['{"a":1}', '%PDF-1.7 ...', 'x', '{"b":"ë"}'].map((t) => new Blob([t]));
    const read = await readTogether(files);
    expect(read.map(text)).toEqual(['{"a":1}', '%PDF-1.7 ...', 'x', '{"b":"ë"}']);
  });

  it('leaves a file that is refused from its size unread: empty, or 1 MB and more', async () => {
    const big = new Blob([new Uint8Array(MAX_FILE_BYTES)]);
    const files = [new Blob([]), new Blob(['{}']), big, new Blob(['[]'])];
    const read = await readTogether(files);
    expect(read[0]).toBe(files[0]);
    expect(read[2]).toBe(big);
    expect(read.map(text)).toEqual(['unread 0', '{}', `unread ${MAX_FILE_BYTES}`, '[]']);
  });

  it('hands back the files unread when the group cannot be read, so each is read and judged alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-together-'));
    for (const name of ['a.json', 'b.json']) writeFileSync(join(dir, name), `{"${name}":1}`);
    const files = [await openAsBlob(join(dir, 'a.json')), await openAsBlob(join(dir, 'b.json'))];
    // Changed after it was chosen: reading it fails, and with it the read of the whole group.
    writeFileSync(join(dir, 'b.json'), '{"changed":true}');
    utimesSync(join(dir, 'b.json'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    await expect(files[1]!.arrayBuffer()).rejects.toThrow();
    const read = await readTogether(files);
    expect(read).toEqual(files);
    expect(text(new Uint8Array(await files[0]!.arrayBuffer()))).toBe('{"a.json":1}');
  });
});

describe('groupSize (which files are read together)', () => {
  const sized = (...sizes: number[]) => sizes.map((size) => ({ size }));

  it('takes up to READ_FILES files', () => {
    const files = sized(...Array<number>(40).fill(3000));
    expect(groupSize(files)).toBe(READ_FILES);
    expect(groupSize(files.slice(32))).toBe(8);
    expect(groupSize([])).toBe(0);
  });

  it('stops before the bytes to read pass READ_BYTES', () => {
    const almost = MAX_FILE_BYTES - 1;
    expect(groupSize(sized(almost, almost, almost))).toBe(Math.floor(READ_BYTES / almost));
    expect(groupSize(sized(almost, almost, 2, almost))).toBe(3);
    // Files refused from their size are not read, so they do not count.
    expect(groupSize(sized(almost, 5 * MAX_FILE_BYTES, 0, 1))).toBe(4);
    expect(groupSize(sized(almost, 5 * MAX_FILE_BYTES, 0, almost, 10))).toBe(4);
  });
});
