import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { storiesEn } from './en';
import { storiesJa } from './ja';

export const STORIES_NAMESPACE = 'stories';

export const storiesResources: NamespaceResources = {
  [Locale.ja]: storiesJa,
  [Locale.en]: storiesEn,
};
