import type { CookieOptions, Request, Response } from 'express';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Cookie settings: HttpOnly and SameSite=Lax always; in production Secure with the
 * `__Host-` prefix, which pins the cookie to this host and path `/`.
 */
export class CookieJar {
  constructor(private readonly secure: boolean) {}

  name(base: string): string {
    return this.secure ? `__Host-${base}` : base;
  }

  set(res: Response, base: string, value: string, maxAgeMs: number): void {
    res.cookie(this.name(base), value, this.options(maxAgeMs));
  }

  clear(res: Response, base: string): void {
    res.clearCookie(this.name(base), this.options());
  }

  read(req: Request, base: string): string | undefined {
    return readCookie(req, this.name(base));
  }

  private options(maxAgeMs?: number): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
  }
}
