/**
 * The text of a CSV file as people actually have them. UTF-8 with or without a BOM is the
 * norm; Excel's «Unicode Text» export is UTF-16 with a BOM; and Excel's plain «CSV» on a
 * Persian Windows writes the ANSI code page, Windows-1256. Bytes that are not valid UTF-8
 * are read as Windows-1256 (every byte is a character there), and the screen says so.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    // ignoreBOM: false (the default) drops a UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  }
}
