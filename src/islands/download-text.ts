/** Lets the browser save text or bytes as a file, without a request: a link to a Blob, clicked once. */
export function downloadText(fileName: string, data: string | Uint8Array, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after the click returns: give the download time before letting go of it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
