import { MAX_FILE_BYTES } from '../../modules/certificate/file-limits.ts';

/**
 * Files read in one read, at most. In Chromium each read of a picked File is a round trip through the
 * browser process that costs the worker about a millisecond and the browser more, whatever the
 * file's size: reading 16 files as one Blob (new Blob(files)) cost a third of the CPU of reading them
 * one by one (3,000 files of the hostile batch: 2.5-3.4 s page and workers, 3.6 s browser, against
 * 1.0 s and 1.8 s).
 */
export const READ_FILES = 16;
/** Bytes read in one read, at most (one file is always read, and is below MAX_FILE_BYTES): bounds the memory. */
export const READ_BYTES = 2 * 1024 * 1024;

/** Whether a file of this size is read at all: empty ones and ones of MAX_FILE_BYTES or more are refused from their size. */
const isRead = (size: number) => size > 0 && size < MAX_FILE_BYTES;

/**
 * How many of the files, from the first, are read together: at most READ_FILES, and no more than
 * READ_BYTES of them read (a file that is not read counts nothing), but at least one while any are left.
 */
export function groupSize(files: readonly { size: number }[]): number {
  let bytes = 0;
  let count = 0;
  while (count < files.length && count < READ_FILES) {
    const { size } = files[count]!;
    if (isRead(size)) {
      if (count > 0 && bytes + size > READ_BYTES) break;
      bytes += size;
    }
    count++;
  }
  return count;
}

/**
 * The files' bytes, read in one read, each as a view of its own part; a file refused from its size
 * (empty, or MAX_FILE_BYTES or more) is handed back unread, as is every file when the read fails (one
 * of them changed or was removed since it was chosen): then each is read alone, and judged alone,
 * by readCertificateFile.
 */
export async function readTogether(files: readonly Blob[]): Promise<(Blob | Uint8Array)[]> {
  const read = files.filter((file) => isRead(file.size));
  if (read.length === 0) return [...files];
  let buffer: ArrayBuffer;
  try {
    buffer = await new Blob(read).arrayBuffer();
  } catch {
    return [...files];
  }
  if (buffer.byteLength !== read.reduce((sum, file) => sum + file.size, 0)) return [...files];
  let at = 0;
  return files.map((file) => {
    if (!isRead(file.size)) return file;
    const bytes = new Uint8Array(buffer, at, file.size);
    at += file.size;
    return bytes;
  });
}
