/**
 * A logo file chosen on the settings page, as the data URL the branding keeps: PNG, JPEG or SVG
 * only; a raster image too large for `MAX_LOGO_LENGTH` is reduced (a logo on a slide needs no
 * more than 800×400 pixels) rather than refused. Browser only (FileReader, canvas).
 */
import { MAX_LOGO_LENGTH } from '$lib/state/deck.js';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

/** Why a file cannot be a logo: not one of the image types, or too large even reduced. */
export class LogoError extends Error {
  constructor(readonly kind: 'image' | 'tooLarge') {
    super(kind === 'image' ? 'not a PNG, JPEG or SVG image' : 'image too large');
  }
}

/** The largest box a reduced logo is drawn in, from the largest down. */
const BOXES: ReadonlyArray<[number, number]> = [
  [800, 400],
  [500, 250],
  [320, 160],
];

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The data URL of a logo file, reduced if needed to fit `maxLength` characters.
 *
 * @throws LogoError `image` for another type of file, `tooLarge` when even a 320×160 version
 * (or an SVG, which is not reduced) is too large.
 */
export async function readLogo(file: File, maxLength = MAX_LOGO_LENGTH): Promise<string> {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) throw new LogoError('image');
  const original = await dataUrlOf(file);
  if (original.length <= maxLength) return original;
  if (file.type === 'image/svg+xml') throw new LogoError('tooLarge');
  const bitmap = await createImageBitmap(file);
  try {
    for (const [width, height] of BOXES) {
      const ratio = Math.min(1, width / bitmap.width, height / bitmap.height);
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * ratio));
      canvas.height = Math.max(1, Math.round(bitmap.height * ratio));
      const context = canvas.getContext('2d');
      if (!context) break;
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      // PNG keeps a transparent background; a photo-like logo is smaller as JPEG (on white).
      const png = canvas.toDataURL('image/png');
      if (png.length <= maxLength) return png;
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      const jpeg = canvas.toDataURL('image/jpeg', 0.85);
      if (jpeg.length <= maxLength) return jpeg;
    }
  } finally {
    bitmap.close();
  }
  throw new LogoError('tooLarge');
}
