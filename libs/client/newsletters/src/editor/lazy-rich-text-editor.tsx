import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { ChunkLoadFailure, LazyBoundary } from '../shared/lazy-boundary';
import type { RichTextEditorProps } from './types';

// Tiptap and ProseMirror load with the first editor on screen, never with a reading page.
const RichTextEditor = lazy(() => import('./rich-text-editor'));

/** The rich-text editor, loaded on demand, with a loading and a failure state. */
export function LazyRichTextEditor(props: RichTextEditorProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  return (
    <LazyBoundary fallback={<LoadingState label={t('editor.loading')} />} failure={<ChunkLoadFailure message={t('editor.loadFailed')} />}>
      <RichTextEditor {...props} />
    </LazyBoundary>
  );
}
