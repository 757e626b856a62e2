import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Typography of authored content, shared by the editor and the reader's view so that what
 * an editor writes looks the same once published. Japanese reads best with generous leading.
 * Marked pure (makeStyles inserts nothing until the hook runs), so that the entry chunk,
 * which imports the platform's index, does not carry it; the border is written out in
 * longhands for the same reason (a spread call would count as a side effect).
 */
export const useRichTextStyles = /* @__PURE__ */ makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: '1.8',
    color: tokens.colorNeutralForeground1,
    // Long URLs and unbroken Latin strings must not push a phone layout sideways.
    overflowWrap: 'anywhere',
    '& > :first-child': { marginTop: 0 },
    '& > :last-child': { marginBottom: 0 },
    '& p': { marginTop: 0, marginBottom: '1em' },
    '& h2': {
      fontSize: tokens.fontSizeBase600,
      lineHeight: '1.5',
      fontWeight: tokens.fontWeightSemibold,
      marginTop: '1.8em',
      marginBottom: '0.6em',
    },
    '& h3': {
      fontSize: tokens.fontSizeBase500,
      lineHeight: '1.5',
      fontWeight: tokens.fontWeightSemibold,
      marginTop: '1.6em',
      marginBottom: '0.5em',
    },
    '& h4': {
      fontSize: tokens.fontSizeBase400,
      lineHeight: '1.6',
      fontWeight: tokens.fontWeightSemibold,
      marginTop: '1.4em',
      marginBottom: '0.4em',
    },
    '& ul': { paddingInlineStart: '1.6em', marginTop: 0, marginBottom: '1em' },
    '& ol': { paddingInlineStart: '1.6em', marginTop: 0, marginBottom: '1em' },
    '& li > p': { marginBottom: '0.25em' },
    '& a': { color: tokens.colorBrandForegroundLink, textDecorationLine: 'underline' },
    '& a:hover': { color: tokens.colorBrandForegroundLinkHover },
    '& blockquote': {
      marginTop: 0,
      marginBottom: '1em',
      marginInline: 0,
      paddingBlock: tokens.spacingVerticalXS,
      paddingInlineStart: tokens.spacingHorizontalL,
      borderLeftWidth: '4px',
      borderLeftStyle: 'solid',
      borderLeftColor: tokens.colorBrandStroke2,
      backgroundColor: tokens.colorNeutralBackground2,
      color: tokens.colorNeutralForeground2,
    },
    '& img': {
      display: 'block',
      maxWidth: '100%',
      height: 'auto',
      marginTop: 0,
      marginBottom: '1em',
      borderRadius: tokens.borderRadiusMedium,
    },
    // Tables fit the column (cells wrap) instead of scrolling: nothing to reach by keyboard.
    '& table': {
      width: '100%',
      borderCollapse: 'collapse',
      marginTop: 0,
      marginBottom: '1em',
      fontSize: tokens.fontSizeBase300,
      lineHeight: '1.7',
    },
    '& th': {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      verticalAlign: 'top',
      textAlign: 'start',
      fontWeight: tokens.fontWeightSemibold,
      backgroundColor: tokens.colorNeutralBackground3,
    },
    '& td': {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      verticalAlign: 'top',
    },
    '& th > p': { marginBottom: 0 },
    '& td > p': { marginBottom: 0 },
    '& code': {
      fontFamily: tokens.fontFamilyMonospace,
      fontSize: '0.9em',
      paddingInline: '0.25em',
      borderRadius: tokens.borderRadiusSmall,
      backgroundColor: tokens.colorNeutralBackground3,
    },
    '& pre': {
      marginTop: 0,
      marginBottom: '1em',
      padding: tokens.spacingHorizontalM,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground3,
      // Code keeps its lines; it wraps rather than scrolls, so nothing needs a keyboard to reach.
      whiteSpace: 'pre-wrap',
      lineHeight: '1.6',
    },
    '& pre code': { padding: 0, backgroundColor: 'transparent' },
    '& hr': {
      border: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
      marginTop: '2em',
      marginBottom: '2em',
    },
  },
});
