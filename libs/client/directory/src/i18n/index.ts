import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { directoryEn } from './en';
import { directoryJa } from './ja';

export const DIRECTORY_NAMESPACE = 'directory';

export const directoryResources: NamespaceResources = {
  [Locale.ja]: directoryJa,
  [Locale.en]: directoryEn,
};
