import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { departmentName, useLocale, usePageTitle } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { DepartmentTreeQuery } from '../shared/documents';
import { flattenTree, treeRoots } from '../shared/departments';
import { PageHeader } from '../shared/page-header';
import { PeopleResults } from '../shared/people-results';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalL,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const SEARCH_PARAM = 'q';
const DEPARTMENT_PARAM = 'department';
const SEARCH_DEBOUNCE_MS = 300;

export default function PeoplePage() {
  useDirectoryMessages();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  usePageTitle(t('people.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get(SEARCH_PARAM) ?? '';
  const departmentId = params.get(DEPARTMENT_PARAM) ?? '';

  // The box updates at once; the query (and the address) once typing pauses.
  const [text, setText] = useState(search);
  const typingTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);
  const applySearch = (value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(SEARCH_PARAM, value);
        else next.delete(SEARCH_PARAM);
        return next;
      },
      { replace: true },
    );
  };
  const onSearchChange = (value: string) => {
    setText(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => applySearch(value.trim()), SEARCH_DEBOUNCE_MS);
  };

  const departments = useQuery(DepartmentTreeQuery);
  const options = flattenTree(treeRoots(departments.data));

  const setDepartment = (value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(DEPARTMENT_PARAM, value);
        else next.delete(DEPARTMENT_PARAM);
        return next;
      },
      { replace: true },
    );
  };

  const clearFilters = () => {
    window.clearTimeout(typingTimer.current);
    setText('');
    setParams(new URLSearchParams(), { replace: true });
  };

  return (
    <>
      <PageHeader title={t('people.title')} lead={t('people.lead')} />
      <div role="search">
        <div className={styles.filters}>
          <Field label={t('people.searchLabel')} hint={t('people.searchHint')}>
            <Input
              type="search"
              value={text}
              maxLength={SEARCH_TEXT_MAX_LENGTH}
              placeholder={t('people.searchPlaceholder')}
              contentBefore={<SearchRegular />}
              autoComplete="off"
              onChange={(_, data) => onSearchChange(data.value)}
            />
          </Field>
          <Field label={t('people.departmentLabel')}>
            <Select value={departmentId} onChange={(_, data) => setDepartment(data.value)}>
              <option value="">{t('people.allDepartments')}</option>
              {/* Keep a filter from the address selectable even before the tree has loaded. */}
              {departmentId && !options.some(({ node }) => node.id === departmentId) ? (
                <option value={departmentId}>{departmentId}</option>
              ) : null}
              {options.map(({ node, depth }) => (
                <option key={node.id} value={node.id}>
                  {`${'\u3000'.repeat(depth)}${departmentName(node, locale)}`}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </div>
      <section aria-labelledby="people-results-heading">
        <h2 id="people-results-heading" className={styles.visuallyHidden}>
          {t('people.results')}
        </h2>
        <PeopleResults
          search={search}
          departmentId={departmentId}
          emptyTitle={t('people.emptyTitle')}
          emptyHint={t('people.emptyHint')}
          emptyAction={
            search || departmentId ? (
              <Button appearance="secondary" onClick={clearFilters}>
                {t('people.clearFilters')}
              </Button>
            ) : undefined
          }
        />
      </section>
    </>
  );
}
