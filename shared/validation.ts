import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `items.0.quantity`; empty for the whole record. */
  path: string;
  message: string;
}

/** Raised when a write is refused: nothing was written. */
export class ValidationError extends Error {
  constructor(
    readonly issues: FieldIssue[],
    readonly what = 'record',
  ) {
    super(
      `Invalid ${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
    this.name = 'ValidationError';
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new ValidationError(
      r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      what,
    );
  }
  return r.data;
}
