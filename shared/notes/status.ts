// Where an order's thank-you note stands, for badges and checklists.
import type { Note } from '../domain/other';

/**
 * - none: no note saved for the order (a draft may still be shown from the template)
 * - draft: saved, not yet written by hand nor printed
 * - written: handwritten and ticked as written
 * - printed: went out printed (has printedAt)
 */
export const noteStatuses = ['none', 'draft', 'written', 'printed'] as const;
export type NoteStatus = (typeof noteStatuses)[number];

export function noteStatus(
  note: Pick<Note, 'mode' | 'written' | 'printedAt'> | undefined | null,
): NoteStatus {
  if (!note) return 'none';
  if (note.printedAt !== undefined) return 'printed';
  if (note.mode === 'handwritten' && note.written) return 'written';
  return 'draft';
}

/** Whether nothing is left to do for the note before the parcel goes out. */
export function noteDone(status: NoteStatus): boolean {
  return status === 'written' || status === 'printed';
}
