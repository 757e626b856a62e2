import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Avatar,
  Badge,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Switch,
  Text,
  makeStyles,
  shorthands,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, EditRegular, MoreHorizontalRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  departmentName,
  personInitials,
  personName,
  personTitle,
  useLocale,
  type TeamDetailsFragment,
  type TeamMemberFieldsFragment,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { TeamPastMembersQuery } from './documents';
import { AddMemberDialog, ChangeMemberDialog, RemoveMemberDialog } from './member-dialogs';
import { PlannedBadge, TeamRoleBadge, formatDay, mixSegments, todayInTokyo, type TeamNotice } from './team-ui';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  groupHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', flexShrink: 0, outline: `1px solid ${tokens.colorTransparentStroke}` },
  count: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  member: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalS,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  past: { backgroundColor: tokens.colorNeutralBackground3 },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  nameLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  secondary: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  allocation: {
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  side: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface Group {
  key: string;
  name: string;
  color: string;
  members: TeamMemberFieldsFragment[];
}

/** The roster grouped by department, departments in the order of the mix (largest first). */
function groupByDepartment(members: readonly TeamMemberFieldsFragment[], team: TeamDetailsFragment, locale: Locale, noDepartment: string) {
  const segments = mixSegments(team.departmentMix, locale, noDepartment);
  const groups = new Map<string, Group>();
  for (const segment of segments) groups.set(segment.key, { key: segment.key, name: segment.name, color: segment.color, members: [] });
  for (const member of members) {
    const department = member.person.department;
    const key = department?.id ?? 'none';
    let group = groups.get(key);
    if (!group) {
      // Past members' departments may not be in today's mix.
      group = { key, name: department ? departmentName(department, locale) : noDepartment, color: 'transparent', members: [] };
      groups.set(key, group);
    }
    group.members.push(member);
  }
  return [...groups.values()].filter((group) => group.members.length > 0);
}

/** The members, grouped by department; leads and admins add, change and remove them. */
export function TeamMembers({ team, onNotice }: { team: TeamDetailsFragment; onNotice: (notice: TeamNotice) => void }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const [showPast, setShowPast] = useState(false);
  const past = useQuery(TeamPastMembersQuery, { variables: { id: team.id }, skip: !showPast, fetchPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<TeamMemberFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<TeamMemberFieldsFragment | null>(null);
  const members = showPast && past.data?.team ? past.data.team.members : team.members;
  const groups = groupByDepartment(members, team, locale, t('teams.noDepartment'));
  const today = todayInTokyo();

  return (
    <>
      <div className={styles.toolbar}>
        <Switch checked={showPast} onChange={(_, data) => setShowPast(data.checked)} label={t('teams.page.showPast')} />
        {team.viewerCanEdit ? (
          <Button icon={<PersonAddRegular />} onClick={() => setAdding(true)}>
            {t('teams.member.add')}
          </Button>
        ) : null}
      </div>
      {showPast && past.loading && !past.data ? <Spinner size="tiny" label={t('teams.page.loadingPast')} /> : null}
      {showPast && past.error ? <ErrorState error={past.error} onRetry={() => void past.refetch()} /> : null}
      {groups.length === 0 ? (
        <EmptyState title={t('teams.page.noMembers')} hint={team.viewerCanEdit ? t('teams.page.noMembersHint') : undefined} />
      ) : (
        <div className={styles.groups}>
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`team-group-${group.key}`}>
              <h3 id={`team-group-${group.key}`} className={styles.groupHeading}>
                <span className={styles.swatch} style={{ backgroundColor: group.color }} aria-hidden="true" />
                {group.name}
                <span className={styles.count}>{t('teams.members', { count: group.members.length })}</span>
              </h3>
              <ul className={styles.list}>
                {group.members.map((member) => (
                  <MemberRow
                    key={member.id}
                    member={member}
                    today={today}
                    canEdit={team.viewerCanEdit}
                    onChange={() => setChanging(member)}
                    onRemove={() => setRemoving(member)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {team.viewerCanEdit ? (
        <>
          <AddMemberDialog
            teamId={team.id}
            open={adding}
            onOpenChange={setAdding}
            exclude={team.members.map((member) => member.person.id)}
            onAdded={(person) => {
              setAdding(false);
              onNotice({ key: 'teams.member.added', values: { name: person } });
              if (showPast) void past.refetch();
            }}
          />
          <ChangeMemberDialog
            member={changing}
            onClose={() => setChanging(null)}
            onChanged={(person) => {
              setChanging(null);
              onNotice({ key: 'teams.member.changed', values: { name: person } });
              if (showPast) void past.refetch();
            }}
          />
          <RemoveMemberDialog
            member={removing}
            onClose={() => setRemoving(null)}
            onRemoved={(person) => {
              setRemoving(null);
              onNotice({ key: 'teams.member.removed', values: { name: person } });
              if (showPast) void past.refetch();
            }}
          />
        </>
      ) : null}
    </>
  );
}

function MemberRow({
  member,
  today,
  canEdit,
  onChange,
  onRemove,
}: {
  member: TeamMemberFieldsFragment;
  today: string;
  canEdit: boolean;
  onChange: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const name = personName(member.person, locale);
  const title = personTitle(member.person, locale);
  const planned = !member.current && member.startsOn > today;
  const left = !member.current && !planned;
  const dates = member.endsOn
    ? t('teams.page.memberDateRange', { start: formatDay(member.startsOn, locale), end: formatDay(member.endsOn, locale) })
    : t('teams.page.memberDates', { start: formatDay(member.startsOn, locale) });
  return (
    <li className={mergeClasses(styles.member, left && styles.past)}>
      <Avatar
        size={36}
        color="colorful"
        idForColor={member.person.id}
        name={name}
        initials={personInitials(member.person, locale)}
        aria-hidden="true"
      />
      <div className={styles.who}>
        <div className={styles.nameLine}>
          <span className={styles.name}>
            <AppLink to={`/people/${member.person.id}`}>{name}</AppLink>
          </span>
          <TeamRoleBadge role={member.role} size="small" />
          {planned ? <PlannedBadge /> : null}
          {left ? (
            <Badge size="small" appearance="outline" color="informative">
              {t('teams.memberEnded')}
            </Badge>
          ) : null}
        </div>
        {title ? <Text className={styles.secondary}>{title}</Text> : null}
        <Text className={styles.secondary}>{dates}</Text>
      </div>
      <div className={styles.side}>
        <span className={styles.allocation}>
          <span className={styles.secondary}>{t('teams.member.allocation')} </span>
          {t('teams.percent', { value: member.allocation })}
        </span>
        {canEdit ? (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={t('teams.page.memberActions', { name })} />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem icon={<EditRegular />} onClick={onChange}>
                  {t('teams.member.change')}
                </MenuItem>
                <MenuItem icon={<DeleteRegular />} onClick={onRemove}>
                  {t('teams.member.remove')}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        ) : null}
      </div>
    </li>
  );
}
