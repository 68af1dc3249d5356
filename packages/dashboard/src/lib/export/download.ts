/**
 * Saving a file from the browser: everything stays on the user's machine (an object URL on an
 * `<a download>` link), nothing is sent anywhere.
 */

const UNSAFE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/**
 * A file name that every desktop system accepts: characters forbidden on Windows or macOS and
 * control characters become `-`, runs of spaces and dashes collapse, leading dots and trailing
 * dots/spaces are dropped, and the name is cut to 120 characters (extension kept). An empty
 * result becomes `revue` + the extension.
 *
 * @example
 * safeFileName('SLA: by month / 2026-Q3.csv'); // → 'SLA- by month - 2026-Q3.csv'
 */
export function safeFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const hasExtension = dot > 0 && dot >= name.length - 6 && /^\.[A-Za-z0-9]+$/.test(name.slice(dot));
  const extension = hasExtension ? name.slice(dot).toLowerCase() : '';
  const stem = (hasExtension ? name.slice(0, dot) : name)
    .normalize('NFC')
    .replace(UNSAFE_NAME, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  return (stem === '' ? 'revue' : stem) + extension;
}

/**
 * Offers `blob` to the user as a download named `fileName` (made safe with `safeFileName`).
 * The object URL is revoked once the browser has taken the file.
 *
 * @example
 * saveBlob(new Blob(['a,b\n'], { type: 'text/csv' }), 'figures.csv');
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers: give it a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The bytes of a `data:` URL (base64 or percent-encoded), as a Blob of its media type.
 *
 * @example
 * dataUrlToBlob('data:text/plain;base64,aGk='); // → Blob { type: 'text/plain', size: 2 }
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const type = header.split(';')[0] || 'application/octet-stream';
  if (header.endsWith(';base64')) {
    const binary = atob(body);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
