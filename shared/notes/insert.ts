// Inserting text into what the seller is writing: a placeholder at the cursor, the personal line where it
// reads naturally.

export interface Inserted {
  text: string;
  /** Where the cursor goes: just after the inserted text. */
  caret: number;
}

/** Puts `piece` at `caret` (clamped), as typed there. */
export function insertAt(text: string, piece: string, caret: number): Inserted {
  const at = Math.max(0, Math.min(caret, text.length));
  return { text: text.slice(0, at) + piece + text.slice(at), caret: at + piece.length };
}

/**
 * Adds the personal line: at the cursor when the seller placed one (with a space where words would touch),
 * else at the end of the paragraph before the sign-off (the last blank line), else at the end.
 */
export function insertPersonalLine(text: string, line: string, caret?: number): Inserted {
  if (caret !== undefined) {
    const at = Math.max(0, Math.min(caret, text.length));
    const before = text.slice(0, at);
    const after = text.slice(at);
    const lead = before !== '' && !/\s$/.test(before) ? ' ' : '';
    const trail = after !== '' && !/^\s/.test(after) ? ' ' : '';
    return insertAt(text, lead + line + trail, at);
  }
  const signOff = text.trimEnd().lastIndexOf('\n\n');
  if (signOff > 0) return insertAt(text, `\n${line}`, signOff);
  const body = text.trimEnd();
  const piece = body === '' ? line : `\n${line}`;
  return { text: body + piece, caret: body.length + piece.length };
}
