// Hands a text to the browser as a file download (the browser host has no save dialog). The Blob
// encodes the text as UTF-8, so a CSV's leading U+FEFF becomes the byte order mark Excel looks for.
export function downloadText(fileName: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download before it starts in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
