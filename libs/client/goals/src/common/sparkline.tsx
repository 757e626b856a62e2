import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  svg: { display: 'block', flexShrink: 0, overflow: 'visible' },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: '1.5px', strokeLinejoin: 'round', strokeLinecap: 'round' },
  dot: { fill: tokens.colorBrandForeground1 },
  baseline: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1px' },
});

/** Points of a sparkline in a width × height box, the lowest value at the bottom. */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): [number, number][] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = values.length > 1 ? (width - pad * 2) / (values.length - 1) : 0;
  return values.map((value, index) => [
    values.length > 1 ? pad + index * step : width / 2,
    span === 0 ? height / 2 : pad + (1 - (value - min) / span) * (height - pad * 2),
  ]);
}

/**
 * The latest check-ins' values as a small line, drawn with plain SVG (no chart library on the
 * board). Hidden from screen readers: the row says the values in words.
 */
export function Sparkline({ values, width = 88, height = 28 }: { values: readonly number[]; width?: number; height?: number }) {
  const styles = useStyles();
  const points = sparklinePoints(values, width, height);
  const last = points[points.length - 1];
  return (
    <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <line className={styles.baseline} x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
      {points.length > 1 ? (
        <polyline className={styles.line} points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />
      ) : null}
      {last ? <circle className={styles.dot} cx={last[0]} cy={last[1]} r={2.5} /> : null}
    </svg>
  );
}
