/** The one error type handlers throw on purpose: a code from the contract and words for a person. Pure module. */
import type { ErrorCode } from './contract';

/** An error a handler throws on purpose, with a message meant for the student or teacher. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
