import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { LoaderRegistry } from './loader-registry';

export interface GraphQLContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: LoaderRegistry;
}
