// The session endpoints outside GraphQL (see the api contract in DESIGN.md).

export class AuthRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'AuthRequestError';
  }
}

async function readError(response: Response): Promise<AuthRequestError> {
  let code: string | null = null;
  let message = response.statusText;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON: keep the status text.
  }
  return new AuthRequestError(response.status, code, message);
}

/** Dev sign-in as a seeded person: sets the session cookie. */
export async function devSignIn(personId: string): Promise<void> {
  const response = await fetch('/auth/dev/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw await readError(response);
}

/** Ends the session; returns where the browser should go next (Entra's sign-out or the sign-in page). */
export async function signOutRequest(): Promise<string> {
  const response = await fetch('/auth/sign-out', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw await readError(response);
  const body = (await response.json()) as { redirectUrl?: unknown };
  return typeof body.redirectUrl === 'string' ? body.redirectUrl : '/sign-in';
}

/** Only same-site paths are allowed as `returnTo`, never another origin. */
export function safeReturnTo(value: string | null | undefined, fallback = '/people'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/sign-in') || value.startsWith('/auth/')) return fallback;
  return value;
}

export function entraSignInUrl(returnTo: string): string {
  return `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

export function signInPath(returnTo: string): string {
  return returnTo === '/people' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}
