import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { newslettersEn } from './en';
import { newslettersJa } from './ja';

export const NEWSLETTERS_NAMESPACE = 'newsletters';

export const newslettersResources: NamespaceResources = {
  [Locale.ja]: newslettersJa,
  [Locale.en]: newslettersEn,
};
