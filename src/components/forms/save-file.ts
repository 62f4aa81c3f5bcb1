/**
 * Hands a file made on this device to the browser as a download (a worksheet PDF, a calendar
 * file). Nothing is sent anywhere: the bytes go from memory to the patient's downloads.
 * @param contents the file's bytes or text
 * @param fileName the name the browser suggests
 * @param type its media type, e.g. `application/pdf`
 */
export function saveFile(contents: Uint8Array | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
