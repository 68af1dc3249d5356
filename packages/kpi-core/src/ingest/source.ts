/**
 * What the readers read: a text (whole or piece by piece) or a workbook. Its own module so that
 * the piece reader (pieces.ts) and the row reader (read.ts) share it without importing each
 * other.
 */

/** The input as text to scan, or as a workbook to read from its first sheet. */
export interface Source {
  text: string;
  workbook: Uint8Array | null;
  /**
   * A text decoded piece by piece: `text` is the first piece, `more` gives the next (null at the
   * end). Pieces end at record boundaries; each is let go of once read, so that only one piece
   * of a large file is in memory at a time.
   */
  more?: () => TextPiece | null;
  /**
   * The next pieces as UTF-8 bytes instead of text (the byte reader, byte-rows.ts): after the
   * first call, ask only this one. Each piece's bytes are valid until the next call. They are
   * not checked yet: the reader checks that they are UTF-8 and, unless `bomFree`, looks for byte-order marks.
   */
  moreBytes?: () => BytePiece | null;
  /**
   * With `moreBytes`: the first piece (`text`) as its bytes too, so that its rows after the
   * header and the sample are read from the bytes as every later piece's are (read.ts). Valid
   * until `more` or `moreBytes` is first called.
   */
  firstBytes?: BytePiece;
  /** Share of the whole that `text` is (for progress), when there are more pieces. */
  share?: number;
  /** Lines of the byte-order marks inside the whole text (found in its bytes), when there are more pieces. */
  bomLines?: number[];
  /** Length of the whole text (in bytes when read piece by piece), to size the columns once. */
  totalLength?: number;
}

/** A piece of a text read piece by piece (see {@link Source}). */
export interface TextPiece {
  text: string;
  /** File line of the piece's first line. */
  startLine: number;
  /** Shares of the whole done before and after this piece (0…1). */
  from: number;
  to: number;
}

/** A piece of a file as UTF-8 bytes (see {@link Source.moreBytes}). */
export interface BytePiece {
  bytes: Uint8Array;
  /** File line of the piece's first line when every piece before it was taken as text (`more`); NaN after a byte piece (the reader counts). */
  startLine: number;
  /** Shares of the whole done before and after this piece (0…1). */
  from: number;
  to: number;
  /** Known to hold no byte-order mark (the disk reader refuses them, see `ReadWhole`). */
  bomFree?: boolean;
  /** Offset of the piece's first byte in the bytes read (the disk reader's), a record start. */
  start?: number;
}
