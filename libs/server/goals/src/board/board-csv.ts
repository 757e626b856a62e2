import { type GoalConfidence, type GoalDirection, type GoalStatus, GoalUnit, Locale } from '@kakehashi/shared-contracts';
import type { GoalBoardLine } from './board.model';

const HEADERS: Record<Locale, string[]> = {
  [Locale.ja]: [
    'コード',
    '種別',
    '階層',
    '目標',
    '期間',
    'ステータス',
    'オーナー',
    '部門',
    '単位',
    '方向',
    '基準値',
    '目標値',
    '下限',
    '上限',
    '実績',
    '進捗率(%)',
    'ペース(%)',
    '見込み',
    '推奨見込み',
    '最終チェックイン',
  ],
  [Locale.en]: [
    'Code',
    'Kind',
    'Level',
    'Goal',
    'Period',
    'Status',
    'Owner',
    'Departments',
    'Unit',
    'Direction',
    'Baseline',
    'Target',
    'Low',
    'High',
    'Actual',
    'Progress (%)',
    'Pace (%)',
    'Confidence',
    'Suggested',
    'Last check-in',
  ],
};

const UNITS: Record<Locale, Record<GoalUnit, string>> = {
  [Locale.ja]: { PERCENT: '%', CASES: '件', YEN: '円', POINTS: 'pt', COUNT: '数', FREE: '' },
  [Locale.en]: { PERCENT: '%', CASES: 'cases', YEN: 'JPY', POINTS: 'pt', COUNT: 'count', FREE: '' },
};

const DIRECTIONS: Record<Locale, Record<GoalDirection, string>> = {
  [Locale.ja]: { INCREASE: '増加', DECREASE: '減少', RANGE: '範囲内' },
  [Locale.en]: { INCREASE: 'Increase', DECREASE: 'Decrease', RANGE: 'Within range' },
};

const STATUSES: Record<Locale, Record<GoalStatus, string>> = {
  [Locale.ja]: { DRAFT: '下書き', ACTIVE: '進行中', ACHIEVED: '達成', MISSED: '未達', CANCELLED: '中止' },
  [Locale.en]: { DRAFT: 'Draft', ACTIVE: 'Active', ACHIEVED: 'Achieved', MISSED: 'Missed', CANCELLED: 'Cancelled' },
};

const CONFIDENCES: Record<Locale, Record<GoalConfidence, string>> = {
  [Locale.ja]: { ON_TRACK: '順調', AT_RISK: '要注意', OFF_TRACK: '未達見込み' },
  [Locale.en]: { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track' },
};

/** One CSV field: quoted when it holds a quote, comma or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const percent = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 10);

/** The board's lines as CSV: a BOM (Excel opens UTF-8 Japanese only with one), CRLF line ends, in the reader's language. */
export function boardCsv(lines: readonly GoalBoardLine[], locale: Locale): string {
  const rows = lines.map((line) => [
    line.code,
    line.kind,
    line.depth,
    locale === Locale.en ? (line.titleEn ?? line.title) : line.title,
    line.periodKey,
    STATUSES[locale][line.status],
    line.ownerName,
    line.departments.join(' / '),
    line.unit === GoalUnit.FREE ? (line.unitLabel ?? '') : UNITS[locale][line.unit],
    DIRECTIONS[locale][line.direction],
    line.baseline,
    line.target,
    line.rangeLow,
    line.rangeHigh,
    line.currentValue,
    percent(line.progress),
    percent(line.pace),
    line.confidence ? CONFIDENCES[locale][line.confidence] : null,
    line.suggestedConfidence ? CONFIDENCES[locale][line.suggestedConfidence] : null,
    line.lastCheckInAt ? line.lastCheckInAt.toISOString() : null,
  ]);
  return `\uFEFF${[HEADERS[locale], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
