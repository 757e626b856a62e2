import { useId, useState, type ReactNode } from 'react';
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { departmentName, type StoriesSearchQuery, useDepartmentOptions, useLocale } from '@kakehashi/client-platform';
import { STORIES_NAMESPACE } from '../i18n';
import { PARAM, activeFilterCount, type FacetParam, type StorySearchState } from './search-state';

type Facets = StoriesSearchQuery['stories']['facets'];

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  groupHeading: {
    margin: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  option: { overflowWrap: 'anywhere' },
  none: { color: tokens.colorNeutralForeground2, paddingInlineStart: tokens.spacingHorizontalS },
  more: { alignSelf: 'flex-start' },
});

interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/**
 * The facets with their counts, as checkboxes. A chosen value stays listed (count 0) even when
 * the other filters leave no story with it, so that it can be turned off again.
 */
export function FacetPanel({
  facets,
  state,
  onToggle,
  onWithOutcomes,
  onClear,
  headingLevel = 2,
}: {
  facets: Facets | undefined;
  state: StorySearchState;
  onToggle: (name: FacetParam, value: string, on: boolean) => void;
  onWithOutcomes: (on: boolean) => void;
  onClear: () => void;
  /** 2 beside the results; the phone's drawer has its own title. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const GroupHeading = headingLevel === 2 ? 'h3' : 'h4';
  const headingId = useId();

  // Names of chosen departments the facet no longer lists (rare): only then is the tree asked for.
  const missingDepartments = state.departmentIds.filter((id) => !facets?.departments.some((row) => row.department.id === id));
  const known = useDepartmentOptions({ skip: missingDepartments.length === 0 });

  const withChosen = (rows: FacetValue[], chosen: readonly string[], labelOf: (value: string) => string): FacetValue[] => [
    ...rows,
    ...chosen.filter((value) => !rows.some((row) => row.value === value)).map((value) => ({ value, label: labelOf(value), count: 0 })),
  ];

  const groups: { name: FacetParam; title: string; chosen: readonly string[]; values: FacetValue[] }[] = [
    {
      name: PARAM.industry,
      title: t('facets.industry'),
      chosen: state.industries,
      values: withChosen(
        (facets?.industries ?? []).map((row) => ({ value: row.value, label: t(`industries.${row.value}`), count: row.count })),
        state.industries,
        (value) => t(`industries.${value}`),
      ),
    },
    {
      name: PARAM.department,
      title: t('facets.department'),
      chosen: state.departmentIds,
      values: withChosen(
        (facets?.departments ?? []).map((row) => ({
          value: row.department.id,
          label: departmentName(row.department, locale),
          count: row.count,
        })),
        state.departmentIds,
        (id) => {
          const department = known.find((option) => option.id === id);
          return department ? departmentName(department, locale) : '…';
        },
      ),
    },
    {
      name: PARAM.product,
      title: t('facets.product'),
      chosen: state.products,
      values: withChosen(
        (facets?.products ?? []).map((row) => ({ value: row.value, label: row.value, count: row.count })),
        state.products,
        (value) => value,
      ),
    },
    {
      name: PARAM.tag,
      title: t('facets.tag'),
      chosen: state.tags,
      values: withChosen(
        (facets?.tags ?? []).map((row) => ({ value: row.value, label: row.value, count: row.count })),
        state.tags,
        (value) => value,
      ),
    },
    {
      name: PARAM.verification,
      title: t('facets.verification'),
      chosen: state.verification,
      values: withChosen(
        (facets?.verification ?? []).map((row) => ({ value: row.value, label: t(`verification.${row.value}`), count: row.count })),
        state.verification,
        (value) => t(`verification.${value}`),
      ),
    },
  ];

  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <Heading id={headingId} className={styles.heading}>
          {t('facets.title')}
        </Heading>
        {activeFilterCount(state) > 0 ? (
          <Button appearance="transparent" size="small" onClick={onClear}>
            {t('facets.clear')}
          </Button>
        ) : null}
      </div>
      <FacetGroup title={t('facets.outcomes')} headingAs={GroupHeading}>
        <Checkbox
          className={styles.option}
          checked={state.withOutcomes}
          label={t('facets.option', { label: t('facets.withOutcomes'), count: facets?.withOutcomes ?? 0 })}
          onChange={(_, data) => onWithOutcomes(data.checked === true)}
        />
      </FacetGroup>
      {groups.map((group) => (
        <FacetGroup key={group.name} title={group.title} headingAs={GroupHeading}>
          {group.values.length === 0 ? (
            <Text size={200} className={styles.none}>
              {t('facets.none')}
            </Text>
          ) : (
            <FacetValues values={group.values} chosen={group.chosen} onToggle={(value, on) => onToggle(group.name, value, on)} />
          )}
        </FacetGroup>
      ))}
    </div>
  );
}

function FacetGroup({ title, headingAs: GroupHeading, children }: { title: string; headingAs: 'h3' | 'h4'; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <GroupHeading id={id} className={styles.groupHeading}>
        {title}
      </GroupHeading>
      {children}
    </div>
  );
}

/** Values the list shows before "すべて表示": the most frequent ones (the server sorts them), and any chosen. */
const FACET_VALUES_SHOWN = 6;

function FacetValues({
  values,
  chosen,
  onToggle,
}: {
  values: readonly FacetValue[];
  chosen: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? values : values.filter((row, index) => index < FACET_VALUES_SHOWN || chosen.includes(row.value));
  return (
    <>
      {shown.map((row) => (
        <Checkbox
          key={row.value}
          className={styles.option}
          checked={chosen.includes(row.value)}
          label={t('facets.option', { label: row.label, count: row.count })}
          onChange={(_, data) => onToggle(row.value, data.checked === true)}
        />
      ))}
      {values.length > shown.length || all ? (
        <Button className={styles.more} appearance="transparent" size="small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('facets.showFewer') : t('facets.showAll', { count: values.length })}
        </Button>
      ) : null}
    </>
  );
}
