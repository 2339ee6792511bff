// Why a surprise write was refused, as a code the screens translate. No zod here: the screens that only
// show and give surprises load this without the validators.
import { ValidationError } from '../validation';

export const refusals = [
  'order-missing',
  'order-cancelled',
  'customer-missing',
  'opted-out',
  'surprise-missing',
  'inactive',
  'out-of-stock',
  'already-given',
  'order-has-gift',
  'gift-missing',
  'below-zero',
  'has-gifts',
  'duplicate-name',
  'duplicate-code',
] as const;
export type Refusal = (typeof refusals)[number];

export interface RefusalDetails {
  /** The field the refusal is about (`stock`, `name`, `code`); empty for the whole write. */
  path?: string;
  /** `already-given`: when the customer got it. */
  givenDate?: string;
  /** `has-gifts`: how many times it was given. `below-zero`: the stock there is. */
  count?: number;
}

/** A surprise write that breaks a rule (not a malformed field): nothing was written. */
export class SurpriseRefused extends ValidationError {
  readonly path: string;
  readonly givenDate?: string;
  readonly count?: number;

  constructor(
    readonly reason: Refusal,
    message: string,
    details: RefusalDetails = {},
  ) {
    super([{ path: details.path ?? '', message }], 'surprise');
    this.name = 'SurpriseRefused';
    this.path = details.path ?? '';
    if (details.givenDate !== undefined) this.givenDate = details.givenDate;
    if (details.count !== undefined) this.count = details.count;
  }
}
