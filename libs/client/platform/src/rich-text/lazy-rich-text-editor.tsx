import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../ui/states';
import { ChunkLoadFailure, LazyBoundary } from '../ui/lazy-boundary';
import type { RichTextEditorProps } from './types';

// Tiptap and ProseMirror load with the first editor on screen, never with a reading page.
// Marked pure so that this wrapper, too, stays out of the entry chunk that imports the index.
const RichTextEditor = /* @__PURE__ */ lazy(() => import('./rich-text-editor'));

/** The rich-text editor, loaded on demand, with a loading and a failure state. */
export function LazyRichTextEditor(props: RichTextEditorProps) {
  const { t } = useTranslation();
  return (
    <LazyBoundary
      fallback={<LoadingState label={t('richText.loading')} />}
      failure={<ChunkLoadFailure message={t('richText.loadFailed')} />}
    >
      <RichTextEditor {...props} />
    </LazyBoundary>
  );
}
