import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: 'inherit',
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: '1px',
  },
});

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Search-result text with the matched pieces in <mark> (read as part of the text, as it is). */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  const styles = useStyles();
  return (
    <>
      {segments.map((segment, index) =>
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
