import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import { LoaderRegistry } from './loader-registry';

export interface GraphQLContext {
  /** How the operation came: HTTP POST (queries, mutations) or the WebSocket (subscriptions). */
  transport: 'http' | 'websocket';
  /** The HTTP request; absent over the WebSocket, where there is no request per operation. */
  req?: Request;
  /** The HTTP response (cookies, headers); absent over the WebSocket. */
  res?: Response;
  /** The signed-in person. Reading it marks an HTTP answer as this person's own (see `viewerWasRead`). */
  viewer: Viewer | null;
  loaders: LoaderRegistry;
}

const VIEWER = Symbol('viewer');
const READS = Symbol('viewer reads');

/**
 * An HTTP operation's context, whose `viewer` notes every read. Apollo hands resolvers a
 * shallow copy (same prototype, own properties copied), so the getter lives on the prototype
 * and the note in an object both copies share.
 */
class HttpContext implements GraphQLContext {
  readonly transport = 'http' as const;
  readonly loaders = new LoaderRegistry();
  readonly [READS] = { read: false };
  readonly [VIEWER]: Viewer | null;

  constructor(
    readonly req: Request,
    readonly res: Response,
    viewer: Viewer | null,
  ) {
    this[VIEWER] = viewer;
  }

  get viewer(): Viewer | null {
    this[READS].read = true;
    return this[VIEWER];
  }
}

/**
 * An HTTP operation's context. Reading its `viewer` is noted, so that the response cache
 * knows whether the answer depends on who asked: a field that reads the viewer (may I edit,
 * my reaction) makes the whole answer that person's, without the field having to say so.
 */
export function httpContext(req: Request, res: Response, viewer: Viewer | null): GraphQLContext {
  return new HttpContext(req, res, viewer);
}

/** Whether someone is signed in, without making the answer theirs (the sign-in check, the response cache). */
export function signedInViewer(context: GraphQLContext): Viewer | null {
  return context instanceof HttpContext ? context[VIEWER] : context.viewer;
}

/** True once anything read `context.viewer` (a context not made by `httpContext` always counts as read). */
export function viewerWasRead(context: GraphQLContext): boolean {
  return !(context instanceof HttpContext) || context[READS].read;
}
