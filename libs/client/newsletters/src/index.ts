// Nothing exported here loads Tiptap or the chart library: those come with the lazy components.
export { NEWSLETTERS_NAMESPACE, newslettersResources } from './i18n';

export { LazyRichTextEditor } from './editor/lazy-rich-text-editor';
export type { RichTextEditorProps, UploadImage } from './editor/types';
export { RenderedHtml, type RenderedHtmlProps } from './editor/rendered-html';
export { sanitizeHtml } from './editor/sanitize-html';
export { ACCEPTED_IMAGE_ACCEPT, ACCEPTED_IMAGE_TYPES } from './editor/image-files';

export { LazyDepartmentBreakdownChart, LazyRateTrendChart } from './analytics/lazy-charts';
export { RateMeter, type RateMeterProps } from './analytics/rate-meter';
export type {
  ChartHeadingLevel,
  DepartmentBreakdownChartProps,
  DepartmentBreakdownRow,
  RateTrendChartProps,
  RateTrendPoint,
} from './analytics/types';

export { ReactionBar, type ReactionBarProps } from './reactions/reaction-bar';
export { REACTION_EMOJI, REACTION_KINDS, isReactionKind, type ReactionKind } from './reactions/reaction-kinds';

export { READ_DWELL_SECONDS, useReadTracking, type ReadTracking, type ReadTrackingOptions } from './reads/use-read-tracking';

export { clampRate, formatRate, utf8ByteLength } from './shared/format';

// The pages (each its own chunk) and what the app shell needs to mount them.
export { EditEditionPage, EditionPage, FeedPage, NewEditionPage, NewsletterAnalyticsPage, NewsletterPage, NewslettersPage } from './pages';
