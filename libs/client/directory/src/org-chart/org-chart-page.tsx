import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Avatar,
  Badge,
  Button,
  Combobox,
  Field,
  Option,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, OrganizationRegular, SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ORG_CHART_SEARCH_MAX } from '@kakehashi/shared-contracts';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  departmentName,
  personInitials,
  personName,
  personTitle,
  useDebouncedValue,
  useLocale,
  usePageTitle,
  type OrgChartPersonFragment,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { OrgChartPathQuery, OrgChartReportsQuery, OrgChartRootsQuery, OrgChartSearchQuery } from './documents';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const PERSON_PARAM = 'person';

const useStyles = makeStyles({
  search: { maxWidth: '560px', marginBottom: tokens.spacingVerticalL },
  combobox: { minWidth: 0, width: '100%' },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingVerticalS,
    minWidth: 0,
  },
  tree: { listStyleType: 'none', margin: 0, padding: 0 },
  group: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    marginInlineStart: '15px',
    '@media (max-width: 479px)': { paddingInlineStart: tokens.spacingHorizontalS },
  },
  item: {
    outlineStyle: 'none',
    // Focus is drawn on the row, not around the whole branch.
    ':focus-visible > div': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '-2px',
    },
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '52px',
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'default',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  highlighted: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 4px 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  toggle: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  spacer: { width: '28px', flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    overflowWrap: 'anywhere',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForeground1 },
  },
  detail: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  count: { flexShrink: 0 },
  status: { paddingBlock: tokens.spacingVerticalXS, paddingInlineStart: '44px' },
});

// ---------------------------------------------------------------------------
// Tree state, shared by the nodes through context (each node reads only what it needs).

interface TreeState {
  expanded: ReadonlySet<string>;
  activeId: string | null;
  highlightId: string | null;
  /** The person to bring into view and focus once their row exists (after a search). */
  focusRequest: string | null;
  focusDone: () => void;
  toggle: (id: string) => void;
  setActive: (id: string) => void;
}

const TreeContext = createContext<TreeState | null>(null);

function useTree(): TreeState {
  const value = useContext(TreeContext);
  if (!value) throw new Error('useTree outside the org chart');
  return value;
}

/** Each treeitem's own element: items are found by the data attribute, in document order. */
const ITEM_SELECTOR = '[role="treeitem"]';

function itemsOf(tree: HTMLElement): HTMLElement[] {
  return [...tree.querySelectorAll<HTMLElement>(ITEM_SELECTOR)];
}

function parentItemOf(item: HTMLElement): HTMLElement | null {
  return item.parentElement?.closest<HTMLElement>(ITEM_SELECTOR) ?? null;
}

/** `/org`: the org chart from the manager chain, opened lazily node by node. */
export default function OrgChartPage() {
  useDirectoryMessages();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const navigate = useNavigate();
  const client = useApolloClient();
  usePageTitle(t('orgChart.title'));
  const [params, setParams] = useSearchParams();
  const target = params.get(PERSON_PARAM);
  const roots = useQuery(OrgChartRootsQuery);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pathFailure, setPathFailure] = useState<unknown>(null);
  const [opening, setOpening] = useState(false);
  const treeRef = useRef<HTMLUListElement>(null);
  const locale = useLocale();

  const rootPeople = useMemo(() => roots.data?.orgChartRoots ?? [], [roots.data]);
  // The tops start open when there are few of them (usually the CEO alone).
  useEffect(() => {
    if (rootPeople.length > 0 && rootPeople.length <= 3 && expanded.size === 0 && !target) {
      setExpanded(new Set(rootPeople.filter((person) => person.directReportCount > 0).map((person) => person.id)));
    }
    // Only when the tops arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rootPeople]);

  const toggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  /** Opens the chart down to the person: the chain, each manager's reports fetched at once, then focus on them. */
  const openAt = useCallback(
    async (personId: string) => {
      setOpening(true);
      setPathFailure(null);
      try {
        const { data } = await client.query({ query: OrgChartPathQuery, variables: { personId } });
        const chain = data?.orgChartPath ?? [];
        const person = chain.at(-1);
        if (!person) throw new Error('no path');
        const managers = chain.slice(0, -1);
        // The managers' reports load side by side rather than one level after another.
        await Promise.all(managers.map((manager) => client.query({ query: OrgChartReportsQuery, variables: { id: manager.id } })));
        setExpanded((current) => new Set([...current, ...managers.map((manager) => manager.id)]));
        setHighlightId(person.id);
        setActiveId(person.id);
        setPendingFocus(person.id);
        setAnnouncement(t('orgChart.found', { name: personName(person, locale) }));
      } catch (error) {
        setPathFailure(error);
      } finally {
        setOpening(false);
      }
    },
    [client, locale, t],
  );

  // A person in the address (a shared link, the profile's 「組織図で見る」) opens the chart at them.
  const openedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!target || openedFor.current === target) return;
    openedFor.current = target;
    void openAt(target);
  }, [target, openAt]);

  const choose = (personId: string) => {
    openedFor.current = personId;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(PERSON_PARAM, personId);
        return next;
      },
      { replace: true },
    );
    void openAt(personId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const tree = treeRef.current;
    const current = (event.target as HTMLElement).closest<HTMLElement>(ITEM_SELECTOR);
    if (!tree || !current) return;
    const items = itemsOf(tree);
    const index = items.indexOf(current);
    const id = current.dataset['personId'] ?? '';
    const expandable = current.getAttribute('aria-expanded') !== null;
    const isOpen = current.getAttribute('aria-expanded') === 'true';
    const focus = (element: HTMLElement | null | undefined) => {
      if (!element) return;
      setActiveId(element.dataset['personId'] ?? null);
      element.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        focus(items[index + 1]);
        break;
      case 'ArrowUp':
        focus(items[index - 1]);
        break;
      case 'Home':
        focus(items[0]);
        break;
      case 'End':
        focus(items.at(-1));
        break;
      case 'ArrowRight':
        if (expandable && !isOpen) toggle(id);
        else if (isOpen) focus(current.querySelector<HTMLElement>(`[role="group"] > ${ITEM_SELECTOR}`));
        break;
      case 'ArrowLeft':
        if (isOpen) toggle(id);
        else focus(parentItemOf(current));
        break;
      case 'Enter':
        if (event.nativeEvent.isComposing) return;
        void navigate(`/people/${id}`);
        break;
      case '*': {
        // Opens every sibling at this level (WAI-ARIA tree pattern).
        const siblings = [...(current.parentElement?.children ?? [])].filter(
          (element): element is HTMLElement => element instanceof HTMLElement && element.getAttribute('aria-expanded') === 'false',
        );
        setExpanded((open) => new Set([...open, ...siblings.map((element) => element.dataset['personId'] ?? '')]));
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const state = useMemo<TreeState>(
    () => ({
      expanded,
      activeId: activeId ?? rootPeople[0]?.id ?? null,
      highlightId,
      focusRequest: pendingFocus,
      focusDone: () => setPendingFocus(null),
      toggle,
      setActive: setActiveId,
    }),
    [expanded, activeId, highlightId, pendingFocus, toggle, rootPeople],
  );

  let body;
  if (!roots.data) {
    body = roots.error ? <ErrorState error={roots.error} onRetry={() => void roots.refetch()} /> : <LoadingState />;
  } else if (rootPeople.length === 0) {
    body = <EmptyState icon={<OrganizationRegular />} title={t('orgChart.emptyTitle')} hint={t('orgChart.emptyHint')} />;
  } else {
    body = (
      <>
        <div className={styles.toolbar}>
          <Text id="org-chart-keys" size={200} className={styles.hint}>
            {t('orgChart.keyboardHint')}
          </Text>
          <Button size="small" onClick={() => setExpanded(new Set())}>
            {t('orgChart.collapseAll')}
          </Button>
        </div>
        <div className={styles.panel}>
          <TreeContext.Provider value={state}>
            <ul
              ref={treeRef}
              role="tree"
              aria-label={t('orgChart.treeLabel')}
              aria-describedby="org-chart-keys"
              className={styles.tree}
              onKeyDown={onKeyDown}
            >
              {rootPeople.map((person, index) => (
                <OrgNode key={person.id} person={person} level={1} position={index + 1} size={rootPeople.length} />
              ))}
            </ul>
          </TreeContext.Provider>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('orgChart.title')} lead={t('orgChart.lead')} />
      <div className={styles.search} role="search">
        <PersonSearch onChoose={choose} busy={opening} />
      </div>
      <div role="status" aria-live="polite" className={styles.hint}>
        {opening ? <Spinner size="tiny" label={t('orgChart.searching')} /> : announcement ? <Text size={200}>{announcement}</Text> : null}
      </div>
      {pathFailure ? (
        <ErrorState error={pathFailure} message={t('orgChart.pathFailed')} onRetry={target ? () => void openAt(target) : undefined} />
      ) : null}
      {body}
    </>
  );
}

/** People search as you type (the directory's search), debounced; choosing opens the chart at them. */
function PersonSearch({ onChoose, busy }: { onChoose: (personId: string) => void; busy: boolean }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useQuery(OrgChartSearchQuery, {
    variables: { search, first: ORG_CHART_SEARCH_MAX },
    skip: search.length === 0,
  });
  const people = (data?.people.edges ?? []).map((edge) => edge.node);
  return (
    <Field label={t('orgChart.searchLabel')} hint={t('orgChart.searchHint')}>
      <Combobox
        className={styles.combobox}
        freeform
        value={text}
        disabled={busy}
        placeholder={t('orgChart.searchPlaceholder')}
        expandIcon={<SearchRegular />}
        open={open && search.length > 0}
        onOpenChange={(_, state) => setOpen(state.open)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_, option) => {
          const person = people.find((candidate) => candidate.id === option.optionValue);
          if (!person) return;
          setText(personName(person, locale));
          setOpen(false);
          onChoose(person.id);
        }}
      >
        {people.length === 0 ? (
          <Option disabled value="" text="">
            {loading || search !== text.trim() ? t('orgChart.searching') : t('orgChart.noMatches')}
          </Option>
        ) : (
          people.map((person) => {
            const detail = [personTitle(person, locale), person.department ? departmentName(person.department, locale) : null]
              .filter(Boolean)
              .join(t('teams.separator'));
            const name = personName(person, locale);
            return (
              <Option key={person.id} value={person.id} text={name}>
                {detail ? t('orgChart.option', { name, detail }) : name}
              </Option>
            );
          })
        )}
      </Combobox>
    </Field>
  );
}

/** One person in the chart; their reports load the first time they are opened. */
const OrgNode = memo(function OrgNode({
  person,
  level,
  position,
  size,
}: {
  person: OrgChartPersonFragment;
  level: number;
  position: number;
  size: number;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  const navigate = useNavigate();
  const { expanded, activeId, highlightId, focusRequest, focusDone, toggle, setActive } = useTree();
  const itemRef = useRef<HTMLLIElement>(null);
  // Found by a search: brought into view and focused as soon as the row exists.
  useEffect(() => {
    if (focusRequest !== person.id || !itemRef.current) return;
    itemRef.current.scrollIntoView({ block: 'center' });
    itemRef.current.focus({ preventScroll: true });
    focusDone();
  }, [focusRequest, focusDone, person.id]);
  const expandable = person.directReportCount > 0;
  const isOpen = expandable && expanded.has(person.id);
  const reports = useQuery(OrgChartReportsQuery, { variables: { id: person.id }, skip: !isOpen });
  const name = personName(person, locale);
  const title = personTitle(person, locale);
  const detail = [title, person.department ? departmentName(person.department, locale) : t('orgChart.noDepartment')]
    .filter(Boolean)
    .join(t('teams.separator'));
  const labelId = `org-node-${person.id}`;
  const children = reports.data?.person?.directReports ?? [];
  const highlighted = highlightId === person.id;

  return (
    <li
      ref={itemRef}
      role="treeitem"
      className={styles.item}
      data-person-id={person.id}
      aria-level={level}
      aria-posinset={position}
      aria-setsize={size}
      aria-expanded={expandable ? isOpen : undefined}
      aria-selected={highlighted ? true : undefined}
      aria-labelledby={expandable ? `${labelId} ${labelId}-count` : labelId}
      aria-busy={isOpen && reports.loading ? true : undefined}
      tabIndex={activeId === person.id ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) setActive(person.id);
      }}
    >
      <div
        className={mergeClasses(styles.row, highlighted && styles.highlighted)}
        onClick={(event) => {
          // A click on the row (not the name's link) focuses the person; the chevron opens them.
          if ((event.target as HTMLElement).closest('a')) return;
          (event.currentTarget.parentElement as HTMLElement | null)?.focus();
        }}
      >
        {expandable ? (
          <span className={styles.toggle} aria-hidden="true" onClick={() => toggle(person.id)}>
            {isOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
          </span>
        ) : (
          <span className={styles.spacer} />
        )}
        <Avatar
          size={32}
          color="colorful"
          idForColor={person.id}
          name={name}
          initials={personInitials(person, locale)}
          aria-hidden="true"
        />
        <span className={styles.text} id={labelId}>
          <a
            className={styles.name}
            href={`/people/${person.id}`}
            tabIndex={-1}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              void navigate(`/people/${person.id}`);
            }}
          >
            {name}
          </a>
          <span className={styles.detail}>{detail}</span>
        </span>
        {expandable ? (
          <Badge id={`${labelId}-count`} className={styles.count} appearance="tint" color="informative">
            {t('orgChart.reports', { count: person.directReportCount })}
          </Badge>
        ) : null}
      </div>
      {isOpen ? (
        reports.error ? (
          <div className={styles.status}>
            <Text size={200}>{t('orgChart.reportsFailed')}</Text>{' '}
            <Button size="small" onClick={() => void reports.refetch()}>
              {t('orgChart.retry')}
            </Button>
          </div>
        ) : children.length === 0 ? (
          <div className={styles.status}>
            <Spinner size="extra-tiny" label={t('orgChart.loadingReports')} />
          </div>
        ) : (
          <ul role="group" className={styles.group}>
            {children.map((report, index) => (
              <OrgNode key={report.id} person={report} level={level + 1} position={index + 1} size={children.length} />
            ))}
          </ul>
        )
      ) : null}
    </li>
  );
});
