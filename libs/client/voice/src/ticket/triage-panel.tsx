import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MergeRegular, PersonRegular, SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  ErrorCode,
  SETTABLE_TICKET_STATUSES,
  TicketStatus,
  VOICE_DECLINE_REASON_MAX_LENGTH,
  VOICE_THEME_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import { errorCode, errorMessageKey, fieldErrors, PeoplePicker, useAuth, useLocale } from '@kakehashi/client-platform';
import { areaName } from '../common/format';
import type { TicketDetails } from '../common/types';
import { useProductAreas } from '../common/use-product-areas';
import { TriageTicketMutation } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { MergeDialog } from './merge-dialog';
import { triageChanges, type TriageValues } from './triage-values';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderTop: `3px solid ${tokens.colorBrandStroke1}`,
    minWidth: 0,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  merge: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Product's controls: status (declining needs a reason), owner, product area, theme, and merging a duplicate. */
export function TriagePanel({
  ticket,
  onDirtyChange,
  onSaved,
  onReload,
  beforeLeave,
}: {
  ticket: TicketDetails;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (message: string) => void;
  onReload: () => void;
  /** Called before the page moves to another ticket (after a merge): nothing is left unsaved. */
  beforeLeave: () => void;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const { me } = useAuth();
  const { areas } = useProductAreas();
  const initial: TriageValues = {
    status: ticket.status,
    declineReason: ticket.declineReason ?? '',
    owner: ticket.owner ? { id: ticket.owner.id, displayName: ticket.owner.displayName, displayNameEn: ticket.owner.displayNameEn } : null,
    productAreaId: ticket.productArea?.id ?? '',
    theme: ticket.theme ?? '',
  };
  const [values, setValues] = useState<TriageValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof TriageValues, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [nothing, setNothing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [merging, setMerging] = useState(false);
  const [triage, { loading }] = useMutation(TriageTicketMutation, {
    update(cache) {
      for (const fieldName of ['tickets', 'ticketStatusCounts', 'myTickets', 'voiceInsights']) cache.evict({ id: 'ROOT_QUERY', fieldName });
    },
  });

  const change = (next: Partial<TriageValues>) => {
    const updated = { ...values, ...next };
    setValues(updated);
    setErrors({});
    setNothing(false);
    onDirtyChange(Object.keys(triageChanges(initial, updated)).length > 0);
  };

  // The current status stays choosable (NEW only as it is); the others are what a triager sets.
  const statuses = [...new Set<TicketStatus>([ticket.status as TicketStatus, ...SETTABLE_TICKET_STATUSES])];
  const areaChoices =
    ticket.productArea && !areas.some((area) => area.id === ticket.productArea?.id) ? [ticket.productArea, ...areas] : areas;

  const save = async () => {
    if (loading) return;
    setFailure(null);
    setNothing(false);
    const changes = triageChanges(initial, values);
    const found: Partial<Record<keyof TriageValues, string>> = {};
    if (changes.status === TicketStatus.DECLINED && !values.declineReason.trim()) found.declineReason = t('decline.required');
    if (Array.from(values.declineReason.trim()).length > VOICE_DECLINE_REASON_MAX_LENGTH) {
      found.declineReason = t('decline.tooLong', { max: VOICE_DECLINE_REASON_MAX_LENGTH });
    }
    if (Array.from(values.theme.trim()).length > VOICE_THEME_MAX_LENGTH)
      found.theme = t('triage.themeTooLong', { max: VOICE_THEME_MAX_LENGTH });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(changes).length === 0) {
      setNothing(true);
      return;
    }
    try {
      await triage({ variables: { input: { ticketId: ticket.id, version: ticket.version, ...changes } } });
      onDirtyChange(false);
      onSaved(t('triage.saved'));
    } catch (error) {
      if (errorCode(error) === ErrorCode.Conflict) {
        setConflict(true);
        return;
      }
      const fields = fieldErrors(error);
      if (fields['declineReason']) setErrors({ declineReason: t('decline.required') });
      setFailure(common(errorMessageKey(error)));
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('triage.title')}
      </h2>
      {conflict ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('triage.conflictTitle')}</MessageBarTitle>
            {t('triage.conflict')}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                onDirtyChange(false);
                onReload();
              }}
            >
              {t('triage.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {failure ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {nothing ? (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t('triage.nothing')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t('triage.status')}>
          <Select value={values.status} onChange={(_, data) => change({ status: data.value as TicketStatus })} disabled={loading}>
            {statuses.map((status) => (
              <option key={status} value={status} disabled={status === TicketStatus.NEW || status === TicketStatus.MERGED}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        {values.status === TicketStatus.DECLINED ? (
          <Field
            label={t('decline.reason')}
            hint={t('decline.lead')}
            required
            validationState={errors.declineReason ? 'error' : undefined}
            validationMessage={errors.declineReason}
          >
            <Textarea
              value={values.declineReason}
              onChange={(_, data) => change({ declineReason: data.value })}
              resize="vertical"
              rows={3}
              disabled={loading}
            />
          </Field>
        ) : null}
        <PeoplePicker
          label={t('triage.owner')}
          max={1}
          people={values.owner ? [values.owner] : []}
          onChange={(people) => change({ owner: people[0] ?? null })}
          disabled={loading}
        />
        {me && values.owner?.id !== me.id ? (
          <div className={styles.row}>
            <Button
              size="small"
              icon={<PersonRegular />}
              onClick={() => change({ owner: { id: me.id, displayName: me.displayName, displayNameEn: me.displayNameEn } })}
              disabled={loading}
            >
              {t('triage.assignToMe')}
            </Button>
          </div>
        ) : null}
        <Field label={t('triage.productArea')}>
          <Select value={values.productAreaId} onChange={(_, data) => change({ productAreaId: data.value })} disabled={loading}>
            {values.productAreaId === '' ? <option value="">{t('common.noArea')}</option> : null}
            {areaChoices.map((area) => (
              <option key={area.id} value={area.id}>
                {areaName(area, locale, '')}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('triage.theme')}
          hint={t('triage.themeHint')}
          validationState={errors.theme ? 'error' : undefined}
          validationMessage={errors.theme}
        >
          <Input value={values.theme} onChange={(_, data) => change({ theme: data.value })} disabled={loading} />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" icon={loading ? <Spinner size="tiny" /> : <SaveRegular />} disabledFocusable={loading}>
            {loading ? t('triage.saving') : t('triage.save')}
          </Button>
        </div>
      </form>
      <div className={styles.merge}>
        <Text size={200} className={styles.muted}>
          {t('triage.mergeHint')}
        </Text>
        <div className={styles.row}>
          <Button icon={<MergeRegular />} onClick={() => setMerging(true)}>
            {t('triage.merge')}
          </Button>
        </div>
      </div>
      <MergeDialog ticket={ticket} open={merging} onOpenChange={setMerging} beforeLeave={beforeLeave} />
    </section>
  );
}
