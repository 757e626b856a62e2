import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { directoryNavEn, directoryNavJa } from './nav';

export const DIRECTORY_NAMESPACE = 'directory';

/**
 * What the app shell registers at start: the navigation labels only. The shell imports this
 * statically, so the full messages (some 50 kB) would otherwise sit in the entry chunk; each
 * directory page adds them when it first renders (useDirectoryMessages).
 */
export const directoryResources: NamespaceResources = {
  [Locale.ja]: directoryNavJa,
  [Locale.en]: directoryNavEn,
};
