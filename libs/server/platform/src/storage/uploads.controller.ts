import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ErrorCode,
  isUploadContentType,
  UPLOAD_CONTENT_TYPES,
  UPLOAD_CSRF_HEADER,
  UPLOAD_MAX_BYTES,
  type UploadedFile,
} from '@kakehashi/shared-contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { CookieJar } from '../auth/cookies';
import { SESSION_COOKIE, SessionService } from '../auth/sessions/session.service';
import { FileStorage } from './file-storage';
import { sniffImageType } from './image-type';
import { STORAGE_KEY } from './local-file-storage';

/** The header Apollo's CSRF prevention accepts too: the web client may send either. */
const PREFLIGHT_HEADER = 'apollo-require-preflight';
const MAX_MEGABYTES = UPLOAD_MAX_BYTES / (1024 * 1024);
/** A refused upload is read off (so the client gets the answer) up to this much. */
const DRAIN_MAX_BYTES = 2 * UPLOAD_MAX_BYTES;

class Refusal {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/**
 * POST /uploads: a signed-in person's image, the raw file as the body. GET /uploads/:key serves
 * it. Keys are unguessable (128 random bits) and the files immutable: served to whoever has the
 * URL (a mail client shows them too), cached for a year, never as anything but an image.
 */
@Controller('uploads')
export class UploadsController {
  private readonly cookies: CookieJar;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionService,
    private readonly storage: FileStorage,
  ) {
    this.cookies = new CookieJar(config.isProduction);
  }

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      // A cross-site form or image tag cannot set a custom header without a preflight, which the api never grants.
      if (!req.get(UPLOAD_CSRF_HEADER) && !req.get(PREFLIGHT_HEADER)) {
        throw new Refusal(
          400,
          ErrorCode.BadUserInput,
          `Send the header ${UPLOAD_CSRF_HEADER} (or ${PREFLIGHT_HEADER}) with an upload: it shows the request comes from the hub, not another site.`,
        );
      }
      const viewer = await this.sessions.resolve(this.cookies.read(req, SESSION_COOKIE));
      if (!viewer) throw new Refusal(401, ErrorCode.Unauthenticated, 'Sign in to upload files.');
      const declared = (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!isUploadContentType(declared)) {
        throw new Refusal(
          415,
          ErrorCode.BadUserInput,
          `Content-Type must be one of ${UPLOAD_CONTENT_TYPES.join(', ')} (got "${declared || 'none'}"); send the file itself as the body.`,
        );
      }
      if (req.get('content-encoding') && req.get('content-encoding') !== 'identity') {
        throw new Refusal(415, ErrorCode.BadUserInput, 'Send the file without Content-Encoding: images are compressed already.');
      }
      const data = await readBody(req);
      if (data.length === 0) throw new Refusal(400, ErrorCode.BadUserInput, 'The body is empty: send the file as the request body.');
      const actual = sniffImageType(data);
      if (actual !== declared) {
        throw new Refusal(
          415,
          ErrorCode.BadUserInput,
          actual
            ? `The file is ${actual}, not ${declared} as its Content-Type says.`
            : `The file is not ${declared}: its content is not a PNG, JPEG, GIF or WebP image.`,
        );
      }
      const stored = await this.storage.put(data, actual, viewer.personId);
      const answer: UploadedFile = { key: stored.key, url: stored.url, contentType: actual, size: stored.size };
      res.status(201).json(answer);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      await refuse(req, res, error);
    }
  }

  @Get(':key')
  async download(@Param('key') key: string, @Res() res: Response): Promise<void> {
    const file = STORAGE_KEY.test(key) ? await this.storage.get(key) : null;
    if (!file) {
      res.status(404).json({ error: { code: ErrorCode.NotFound, message: `No uploaded file has the key "${key.slice(0, 100)}".` } });
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.data.length));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Immutable: a key never names another file.
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    // Even opened directly, the file runs nothing and loads nothing.
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.setHeader('Content-Disposition', 'inline');
    res.status(200).end(file.data);
  }
}

/** The body up to the limit; one byte more is refused before it is all held in memory. */
function readBody(req: Request): Promise<Buffer> {
  const declaredLength = Number(req.get('content-length') ?? NaN);
  if (declaredLength > UPLOAD_MAX_BYTES) return Promise.reject(tooLarge());
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= UPLOAD_MAX_BYTES) {
        chunks.push(chunk);
        return;
      }
      stop();
      req.pause();
      reject(tooLarge());
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onAbort = () => {
      stop();
      reject(new Refusal(400, ErrorCode.BadUserInput, 'The upload was interrupted.'));
    };
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onAbort);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onAbort);
  });
}

function tooLarge(): Refusal {
  return new Refusal(413, ErrorCode.BadUserInput, `The file is larger than ${MAX_MEGABYTES} MB (${UPLOAD_MAX_BYTES} bytes).`);
}

/**
 * Answers once the rest of the body was read off, as Express's body parsers do: a client still
 * sending gets the answer rather than a reset connection. Far more than an upload's worth is not
 * read: the answer goes out and the connection closes.
 */
async function refuse(req: Request, res: Response, refusal: Refusal): Promise<void> {
  const drained = await drain(req, DRAIN_MAX_BYTES);
  if (res.headersSent) return;
  if (!drained) {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
  }
  res.status(refusal.status).json({ error: { code: refusal.code, message: refusal.message } });
}

/** Reads the request off to its end (true), or gives up after `max` bytes (false). */
function drain(req: Request, max: number): Promise<boolean> {
  if (req.readableEnded || req.destroyed) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return;
      stop();
      req.pause();
      resolve(false);
    };
    const onEnd = () => {
      stop();
      resolve(true);
    };
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onEnd);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onEnd);
    // Paused where reading stopped at the limit: a new listener alone would not resume it.
    req.resume();
  });
}
