/** Errors cross process boundaries as values, never as thrown strings. */
export const ErrorCode = [
  'invalid_input',
  'untrusted_sender',
  'unknown_channel',
  'not_found',
  'busy',
  'cancelled',
  'database',
  'internal',
] as const;
export type ErrorCode = (typeof ErrorCode)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown inside the core to end a request with a specific, user-facing error. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
