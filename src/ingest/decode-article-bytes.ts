import { checkTextContent } from './check-text-content.js';
import { IngestError } from './ingest-error.js';

/** Leading bytes of common binary formats (PDF, PNG, JPEG, GIF, ZIP/DOCX, GZIP). */
const BINARY_MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
];
const SNIFF_BYTES = 65_536;

/**
 * Decodes the bytes of one input file to text. UTF-8 (with or without BOM) and UTF-16 with a
 * BOM are read; an HTML page that is not valid UTF-8 is read in the charset its
 * `<meta charset>` declares. Throws IngestError: EMPTY_INPUT, BINARY_INPUT (NUL bytes, a binary
 * file signature, control characters), BAD_ENCODING (invalid UTF-8, unknown declared charset).
 */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError('EMPTY_INPUT', file, 'file is empty');
  const bom = byteOrderMark(bytes);
  if (bom !== null) return checked(decode(bytes.subarray(bom.length), bom.encoding, file), file);

  if (BINARY_MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte))) {
    throw new IngestError(
      'BINARY_INPUT',
      file,
      'file is binary (its first bytes are a binary file signature)',
    );
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new IngestError('BINARY_INPUT', file, 'file contains NUL bytes: it is binary, not text');
  }
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), file);
  } catch (error) {
    if (error instanceof IngestError) throw error;
  }
  const declared = declaredCharset(bytes);
  if (declared === null || /^utf-?8$/i.test(declared)) {
    throw new IngestError(
      'BAD_ENCODING',
      file,
      'file is not valid UTF-8 and declares no other encoding',
    );
  }
  return checked(decode(bytes, declared, file), file);
}

function checked(text: string, file: string): string {
  checkTextContent(text, file);
  return text;
}

function decode(bytes: Uint8Array, encoding: string, file: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new IngestError('BAD_ENCODING', file, `file declares an unknown encoding "${encoding}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new IngestError('BAD_ENCODING', file, `file is not valid ${encoding}`, { cause });
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset of `<meta charset="...">` or `<meta http-equiv content="...; charset=...">` near the top. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
