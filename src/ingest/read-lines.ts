/** One line of a stream, or the number of a line that was too long to keep. */
export type StreamLine =
  { lineNumber: number; bytes: Buffer; tooLong: false } | { lineNumber: number; tooLong: true };

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than
 * `maxLineBytes` of one line: a longer line is skipped and reported as `tooLong`.
 * Line numbers start at 1. The last line needs no final newline.
 */
export async function* readLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNumber = 1;
  const finish = (): StreamLine => {
    const line: StreamLine = tooLong
      ? { lineNumber, tooLong: true }
      : { lineNumber, bytes: stripCr(Buffer.concat(parts)), tooLong: false };
    parts = [];
    size = 0;
    tooLong = false;
    lineNumber += 1;
    return line;
  };
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let newline = buffer.indexOf(0x0a); ; newline = buffer.indexOf(0x0a)) {
      const piece = newline === -1 ? buffer : buffer.subarray(0, newline);
      if (!tooLong) {
        size += piece.length;
        if (size > maxLineBytes) {
          tooLong = true;
          parts = [];
        } else parts.push(piece);
      }
      if (newline === -1) break;
      yield finish();
      buffer = buffer.subarray(newline + 1);
    }
  }
  if (size > 0 || tooLong) yield finish();
}

function stripCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}
