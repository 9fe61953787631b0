import { IngestError } from './ingest-error.js';
import { MAX_INPUT_BYTES } from './max-input-bytes.js';

/** How much of a text is looked at to decide whether it is binary or mis-decoded. */
const SAMPLE_CHARS = 65_536;
/** Share of control characters (or of U+FFFD) above which text is not readable text. */
const MAX_BAD_CHAR_SHARE = 0.05;

/**
 * Rejects text that cannot be an article before any parsing: nothing but whitespace
 * (EMPTY_INPUT), more than MAX_INPUT_BYTES of UTF-8 (TOO_LARGE), NUL bytes or many control
 * characters (BINARY_INPUT), many replacement characters from a wrong decoding (BAD_ENCODING).
 */
export function checkTextContent(text: string, file: string): void {
  // A UTF-8 byte count is at most 3 per UTF-16 unit: skip counting when it cannot matter.
  if (text.length * 3 > MAX_INPUT_BYTES && Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    throw new IngestError('TOO_LARGE', file, `input is larger than ${MAX_INPUT_BYTES} bytes`);
  }
  if (text.trim().length === 0) throw new IngestError('EMPTY_INPUT', file, 'input is empty');
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.includes('\u0000'))
    throw new IngestError('BINARY_INPUT', file, 'input contains NUL bytes: it is binary, not text');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > sample.length * MAX_BAD_CHAR_SHARE) {
    throw new IngestError(
      'BINARY_INPUT',
      file,
      'input is mostly control characters: it is binary, not text',
    );
  }
  const replacements = sample.match(/\uFFFD/g)?.length ?? 0;
  if (replacements > sample.length * MAX_BAD_CHAR_SHARE) {
    throw new IngestError(
      'BAD_ENCODING',
      file,
      'input is full of U+FFFD replacement characters: it was decoded with the wrong encoding',
    );
  }
}
