/**
 * Keeps only a path on this site; anything else (absolute or protocol-relative URL,
 * backslashes, control characters) becomes `/`: an open redirect after sign-in would be a
 * phishing aid.
 */
export function safeReturnTo(returnTo: unknown): string {
  if (
    typeof returnTo !== 'string' ||
    returnTo.length > 2000 ||
    !returnTo.startsWith('/') ||
    returnTo.startsWith('//') ||
    returnTo.includes('\\')
  ) {
    return '/';
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return /[\u0000-\u001f\u007f]/.test(returnTo) ? '/' : returnTo;
}
