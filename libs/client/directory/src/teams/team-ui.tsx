import type { ReactElement, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { Badge, Button, makeStyles, mergeClasses, tokens, type ButtonProps } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ClockRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, type Locale } from '@kakehashi/shared-contracts';
import {
  departmentName,
  formatDate,
  personName,
  useVisuallyHiddenStyles,
  type TeamKind,
  type TeamRole,
  type TeamStatus,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';

/** A confirmation on the team page: a message key and its values (people are named in the language shown). */
export interface TeamNotice {
  key: string;
  values?: Record<string, string | { displayName: string; displayNameEn: string }>;
}

export function noticeValues(notice: TeamNotice, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(notice.values ?? {}).map(([name, value]) => [name, typeof value === 'string' ? value : personName(value, locale)]),
  );
}

export const TEAMS_PATH = '/teams';
export const teamPath = (id: string): string => `${TEAMS_PATH}/${id}`;
export const teamEditPath = (id: string): string => `${TEAMS_PATH}/${id}/edit`;
export const ORG_CHART_PATH = '/org';

export const TEAM_KINDS: readonly TeamKind[] = ['CROSS_FUNCTIONAL', 'PROJECT', 'COMMITTEE', 'GUILD'];
export const TEAM_STATUSES: readonly TeamStatus[] = ['FORMING', 'ACTIVE', 'CLOSED'];
export const TEAM_ROLES: readonly TeamRole[] = ['LEAD', 'MEMBER', 'ADVISOR', 'SPONSOR'];

/** Today in the company's time zone, as the api's dates are written (YYYY-MM-DD). */
export function todayInTokyo(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar day (YYYY-MM-DD) as 2026年11月21日 / 21 Nov 2026. */
export function formatDay(day: string, locale: Locale): string {
  // Midnight UTC is 09:00 in Tokyo: the same calendar day.
  return formatDate(`${day}T00:00:00Z`, locale);
}

/** A link inside the app that looks like a button (a page's main action, e.g. チームを作成). */
export function LinkButton({
  to,
  children,
  appearance = 'primary',
  icon,
}: {
  to: string;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  icon?: ReactElement;
}) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button
      as="a"
      href={href}
      appearance={appearance}
      icon={icon}
      onClick={(event) => navigate(event as React.MouseEvent<HTMLAnchorElement>)}
    >
      {children}
    </Button>
  );
}

const useBadgeStyles = makeStyles({
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

const STATUS_COLOR: Record<TeamStatus, 'brand' | 'success' | 'informative'> = {
  FORMING: 'brand',
  ACTIVE: 'success',
  CLOSED: 'informative',
};

export function TeamStatusBadge({ status, size = 'medium' }: { status: TeamStatus; size?: 'small' | 'medium' }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} size={size} appearance={status === 'CLOSED' ? 'outline' : 'tint'} color={STATUS_COLOR[status]}>
      {t(`teams.statuses.${status}`)}
    </Badge>
  );
}

export function TeamKindBadge({ kind, size = 'medium' }: { kind: TeamKind; size?: 'small' | 'medium' }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} size={size} appearance={kind === 'CROSS_FUNCTIONAL' ? 'filled' : 'outline'} color="brand">
      {t(`teams.kinds.${kind}`)}
    </Badge>
  );
}

export function TeamRoleBadge({ role, size = 'medium' }: { role: TeamRole; size?: 'small' | 'medium' }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useBadgeStyles();
  return (
    <Badge
      className={styles.badge}
      size={size}
      appearance={role === 'LEAD' ? 'filled' : 'tint'}
      color={role === 'LEAD' ? 'brand' : 'informative'}
    >
      {t(`teams.roles.${role}`)}
    </Badge>
  );
}

/** 予定: on the roster, not started yet. */
export function PlannedBadge({ size = 'small' }: { size?: 'small' | 'medium' }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} size={size} appearance="tint" color="warning" icon={<ClockRegular />}>
      {t('teams.planned')}
    </Badge>
  );
}

const GOAL_STATUS_COLOR: Record<string, 'informative' | 'brand' | 'success' | 'danger'> = {
  DRAFT: 'informative',
  ACTIVE: 'brand',
  ACHIEVED: 'success',
  MISSED: 'danger',
  CANCELLED: 'informative',
};

/** A goal's status as the goals pages show it. */
export function GoalStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="outline" color={GOAL_STATUS_COLOR[status] ?? 'informative'}>
      {t(`teams.goalStatuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}

const CONFIDENCE_LOOK: Record<string, { color: 'success' | 'warning' | 'danger'; icon: ReactElement }> = {
  ON_TRACK: { color: 'success', icon: <CheckmarkCircleRegular /> },
  AT_RISK: { color: 'warning', icon: <WarningRegular /> },
  OFF_TRACK: { color: 'danger', icon: <ErrorCircleRegular /> },
};

/** The goal owner's confidence (順調・要注意・未達見込み), icon and colour as on the goal board. */
export function ConfidenceBadge({ confidence }: { confidence: string | null | undefined }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useBadgeStyles();
  const look = confidence ? CONFIDENCE_LOOK[confidence] : undefined;
  if (!confidence || !look) {
    return (
      <Badge className={styles.badge} appearance="outline" color="informative" icon={<CircleRegular />}>
        {t('teams.confidence.none')}
      </Badge>
    );
  }
  return (
    <Badge className={styles.badge} appearance="tint" color={look.color} icon={look.icon}>
      {t(`teams.confidence.${confidence}`)}
    </Badge>
  );
}

// ---------------------------------------------------------------------------
// The department mix: a stacked bar with a legend.

/** Strong palette colours (each ≥ 3:1 on white); segments are kept apart by a gap, not by hue. */
const MIX_COLORS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPalettePumpkinForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteGrapeForeground2,
  tokens.colorPaletteForestForeground2,
  tokens.colorPaletteCranberryForeground2,
  tokens.colorPaletteBrownForeground2,
  tokens.colorPaletteMagentaForeground2,
  tokens.colorPaletteGoldForeground2,
  tokens.colorPaletteSteelForeground2,
];
const NO_DEPARTMENT_COLOR = tokens.colorNeutralForeground3;

function hashOf(id: string): number {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash;
}

export interface MixShare {
  memberCount: number;
  department?: { id: string; nameJa: string; nameEn: string } | null;
}

export interface MixSegment {
  key: string;
  name: string;
  count: number;
  color: string;
}

/**
 * The mix's segments, largest first. A department keeps its colour from page to page (chosen
 * from its id); two departments of one team never share one.
 */
export function mixSegments(mix: readonly MixShare[], locale: Locale, noDepartment: string): MixSegment[] {
  const taken = new Set<number>();
  return mix
    .filter((share) => share.memberCount > 0)
    .map((share) => {
      if (!share.department) return { key: 'none', name: noDepartment, count: share.memberCount, color: NO_DEPARTMENT_COLOR };
      let index = hashOf(share.department.id) % MIX_COLORS.length;
      for (let tries = 0; taken.has(index) && tries < MIX_COLORS.length; tries += 1) index = (index + 1) % MIX_COLORS.length;
      taken.add(index);
      return {
        key: share.department.id,
        name: departmentName(share.department, locale),
        count: share.memberCount,
        color: MIX_COLORS[index] ?? NO_DEPARTMENT_COLOR,
      };
    });
}

const useMixStyles = makeStyles({
  bar: {
    display: 'flex',
    gap: '2px',
    width: '100%',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground5,
  },
  barLarge: { height: '16px', borderRadius: tokens.borderRadiusMedium },
  segment: {
    minWidth: '4px',
    // Forced colours draw each segment with its own outline.
    outline: `1px solid ${tokens.colorTransparentStroke}`,
  },
  legend: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  legendColumn: {
    flexDirection: 'column',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', flexShrink: 0, outline: `1px solid ${tokens.colorTransparentStroke}` },
  name: { overflowWrap: 'anywhere' },
  count: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
});

/**
 * The department mix at a glance: a stacked bar (decoration) and a legend of departments with
 * their head counts (the text everyone reads). `compact` shows the largest few and "+n more",
 * with the full list for screen readers.
 */
export function DepartmentMix({
  mix,
  locale,
  compact = false,
  shown = 3,
}: {
  mix: readonly MixShare[];
  locale: Locale;
  compact?: boolean;
  shown?: number;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useMixStyles();
  const hidden = useVisuallyHiddenStyles();
  const segments = mixSegments(mix, locale, t('teams.noDepartment'));
  if (segments.length === 0) return null;
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  const listed = compact ? segments.slice(0, shown) : segments;
  const rest = segments.length - listed.length;
  const everything = segments
    .map((segment) => t('teams.mixItem', { department: segment.name, count: segment.count }))
    .join(t('teams.listSeparator'));
  return (
    <div>
      <div className={mergeClasses(styles.bar, !compact && styles.barLarge)} aria-hidden="true">
        {segments.map((segment) => (
          <span
            key={segment.key}
            className={styles.segment}
            style={{ flexGrow: segment.count, flexBasis: 0, backgroundColor: segment.color }}
            title={`${segment.name} ${segment.count}/${total}`}
          />
        ))}
      </div>
      {compact ? <span className={hidden.root}>{t('teams.mixText', { items: everything })}</span> : null}
      <ul
        className={mergeClasses(styles.legend, !compact && styles.legendColumn)}
        aria-label={compact ? undefined : t('teams.mixLabel')}
        aria-hidden={compact ? true : undefined}
        style={{ marginTop: tokens.spacingVerticalXS }}
      >
        {listed.map((segment) => (
          <li key={segment.key} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: segment.color }} />
            <span className={styles.name}>{segment.name}</span>
            <span className={styles.count}>{compact ? segment.count : t('teams.members', { count: segment.count })}</span>
          </li>
        ))}
        {rest > 0 ? <li className={styles.item}>{t('teams.mixMore', { count: rest })}</li> : null}
      </ul>
    </div>
  );
}
