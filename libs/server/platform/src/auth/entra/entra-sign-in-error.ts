/** Why a sign-in callback was refused. */
export type EntraSignInFailure =
  /** No pending sign-in for this browser, or the callback's `state` is not the one we issued (CSRF, replay, second tab). */
  | 'state_mismatch'
  /** The pending sign-in is older than ten minutes. */
  | 'expired'
  /** The provider said no (`error=` on the callback), could not be reached, or answered something unusable. */
  | 'provider_error'
  /** The token endpoint refused the code: expired, already used, or not ours. */
  | 'invalid_code'
  /** The ID token is missing or does not belong to this sign-in (nonce, audience, issuer, lifetime, subject). */
  | 'invalid_token';

/**
 * A refused sign-in. `message` is fit for a log (never holds a code, token or secret); the
 * user should be shown a generic "sign-in failed, try again" keyed by `reason`.
 */
export class EntraSignInError extends Error {
  override readonly name = 'EntraSignInError';

  constructor(
    readonly reason: EntraSignInFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
