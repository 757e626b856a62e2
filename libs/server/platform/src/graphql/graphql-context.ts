import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { LoaderRegistry } from './loader-registry';

export interface GraphQLContext {
  /** How the operation came: HTTP POST (queries, mutations) or the WebSocket (subscriptions). */
  transport: 'http' | 'websocket';
  /** The HTTP request; absent over the WebSocket, where there is no request per operation. */
  req?: Request;
  /** The HTTP response (cookies, headers); absent over the WebSocket. */
  res?: Response;
  viewer: Viewer | null;
  loaders: LoaderRegistry;
}
