/** Saves data as a file through the browser's download (a blob: URL: local, no request). */
export function downloadFile(fileName: string, mimeType: string, data: string | Uint8Array): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; free it a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
