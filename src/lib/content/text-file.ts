/**
 * Reading a content file's text. Content is UTF-8: a file saved in another encoding (Windows-1252 or Latin-1, as
 * some editors on Windows save) would otherwise be read with its accented letters replaced by `�` and published so,
 * without a word. It is reported instead, at the line of the first byte UTF-8 does not use.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

/** The offset of the first byte of a buffer that is not part of a valid UTF-8 sequence; the buffer is not UTF-8. */
function firstInvalidByte(bytes: Buffer): number {
  // A prefix decodes, as the start of a stream, exactly when no byte before its end is invalid; so search for the
  // longest such prefix.
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodes(bytes.subarray(0, middle), true)) valid = middle;
    else invalid = middle;
  }
  // The longest prefix may end inside a sequence that the next byte breaks: the sequence's first byte is then at fault.
  if (decodes(bytes.subarray(0, valid))) return valid;
  let lead = valid - 1;
  while (lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  return lead;
}

function decodes(bytes: Buffer, stream = false): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of a content file, or undefined with a problem pushed when it is not UTF-8. A byte-order mark is kept, as
 * the front matter's reader expects it.
 */
export function readTextFile(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = firstInvalidByte(bytes);
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  problems.push({
    file,
    line,
    field: '',
    message:
      `The file is not UTF-8 text: this line holds the byte 0x${byte}, which UTF-8 does not use. The file was ` +
      'probably saved in another encoding, such as Windows-1252 or Latin-1: save it as UTF-8 in your editor.',
  });
  return undefined;
}
