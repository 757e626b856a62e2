import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Role } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  departmentName,
  useAuth,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { flattenTree, treeRoots, type DepartmentTreeNode } from '../shared/departments';
import { DepartmentTreeQuery } from '../shared/documents';
import { PageHeader } from '../shared/page-header';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
    flexWrap: 'wrap',
  },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  nested: {
    paddingInlineStart: tokens.spacingHorizontalXXL,
    '@media (max-width: 479px)': { paddingInlineStart: tokens.spacingHorizontalL },
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '44px',
    paddingInlineEnd: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  toggle: { width: '32px', minWidth: '32px', flexShrink: 0 },
  toggleSpacer: { width: '32px', flexShrink: 0 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  count: { flexShrink: 0 },
});

function DepartmentBranch({
  nodes,
  open,
  onToggle,
  nested,
  label,
}: {
  label?: string;
  nodes: DepartmentTreeNode[];
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
  nested?: boolean;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  return (
    <ul className={mergeClasses(styles.list, nested && styles.nested)} aria-label={label}>
      {nodes.map((node) => {
        const children = node.children ?? [];
        const isOpen = open.has(node.id);
        const name = departmentName(node, locale);
        const groupId = `department-children-${node.id}`;
        return (
          <li key={node.id}>
            <div className={styles.row}>
              {children.length > 0 ? (
                <Button
                  className={styles.toggle}
                  appearance="subtle"
                  size="small"
                  icon={isOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
                  aria-expanded={isOpen}
                  aria-controls={isOpen ? groupId : undefined}
                  aria-label={t('departments.toggle', { name })}
                  onClick={() => onToggle(node.id)}
                />
              ) : (
                <span className={styles.toggleSpacer} />
              )}
              <span className={styles.name}>
                <AppLink to={`/departments/${node.id}`}>{name}</AppLink>
              </span>
              <Badge className={styles.count} appearance="tint" color="informative">
                {t('departments.members', { count: node.memberCount })}
              </Badge>
            </div>
            {children.length > 0 && isOpen ? (
              <div id={groupId}>
                <DepartmentBranch nodes={children} open={open} onToggle={onToggle} nested />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export default function DepartmentsPage() {
  useDirectoryMessages();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  usePageTitle(t('departments.title'));
  const isAdmin = Boolean(useAuth().me?.roles.includes(Role.HUB_ADMIN));
  const { data, loading, error, refetch } = useQuery(DepartmentTreeQuery);
  const roots = treeRoots(data);
  const branchIds = useMemo(
    () =>
      flattenTree(roots)
        .filter(({ node }) => (node.children ?? []).length > 0)
        .map(({ node }) => node.id),
    [roots],
  );
  // Top-level departments start open, so the second level is visible at once.
  const [openIds, setOpenIds] = useState<ReadonlySet<string> | null>(null);
  const open = openIds ?? new Set(roots.map((root) => root.id));

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpenIds(next);
  };

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (roots.length === 0) body = <EmptyState title={t('departments.emptyTitle')} hint={t('departments.emptyHint')} />;
  else {
    body = (
      <>
        <div className={styles.toolbar}>
          <Button size="small" onClick={() => setOpenIds(new Set(branchIds))}>
            {t('departments.expandAll')}
          </Button>
          <Button size="small" onClick={() => setOpenIds(new Set())}>
            {t('departments.collapseAll')}
          </Button>
        </div>
        <div className={styles.panel}>
          <DepartmentBranch nodes={roots} open={open} onToggle={toggle} label={t('departments.treeLabel')} />
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('departments.title')} lead={t('departments.lead')}>
        {isAdmin ? (
          <div>
            <AppLink to="/admin/directory-import">{t('directoryImport.adminLink')}</AppLink>
          </div>
        ) : null}
      </PageHeader>
      {body}
    </>
  );
}
