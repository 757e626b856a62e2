import { useMemo } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useRichTextStyles } from './rich-text-styles';
import { sanitizeHtml } from './sanitize-html';

export interface RenderedHtmlProps {
  /** HTML as stored by the server (sanitized there with the same allowlist). */
  html: string;
  className?: string;
  /** An id, so that a heading or region can point at the body. */
  id?: string;
}

/** Authored content (an edition body, a story) as readers see it. */
export function RenderedHtml({ html, className, id }: RenderedHtmlProps) {
  const styles = useRichTextStyles();
  const safeHtml = useMemo(() => sanitizeHtml(html), [html]);
  return <div id={id} className={mergeClasses(styles.root, className)} dangerouslySetInnerHTML={{ __html: safeHtml }} />;
}
