import { makeStyles, tokens } from '@fluentui/react-components';
import { normalizeSegments, type TextSegment } from './format';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: 'inherit',
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: '1px',
  },
});

/** Text with the words in common in <mark> (read as part of the text, as it is). */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  const styles = useStyles();
  return (
    <>
      {normalizeSegments(segments).map((segment, index) =>
        segment.match ? (
          <mark key={index} className={styles.mark}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
