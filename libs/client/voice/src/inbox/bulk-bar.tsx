import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, PersonRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { SETTABLE_TICKET_STATUSES, TicketStatus, VOICE_DECLINE_REASON_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { errorMessageKey, useLocale } from '@kakehashi/client-platform';
import { areaName } from '../common/format';
import type { ProductAreaOption, TicketSummary } from '../common/types';
import { BulkTriageTicketsMutation } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: tokens.shadow8,
    minWidth: 0,
  },
  count: { fontWeight: tokens.fontWeightSemibold, alignSelf: 'center' },
  group: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  select: { minWidth: '160px' },
  surface: { maxWidth: '520px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Changes every selected ticket at once (all or none): status, owner, product area. */
export function BulkBar({
  tickets,
  areas,
  myId,
  onDone,
  onFailed,
  onClear,
}: {
  tickets: readonly TicketSummary[];
  areas: readonly ProductAreaOption[];
  myId: string | null;
  onDone: (message: string) => void;
  onFailed: (message: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const labelId = useId();
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [areaId, setAreaId] = useState('');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [run, { loading }] = useMutation(BulkTriageTicketsMutation, {
    update(cache) {
      for (const fieldName of ['ticketStatusCounts', 'myTickets', 'voiceInsights']) cache.evict({ id: 'ROOT_QUERY', fieldName });
    },
  });

  const apply = async (changes: { status?: TicketStatus; declineReason?: string; ownerId?: string; productAreaId?: string }) => {
    try {
      const result = await run({ variables: { input: { ticketIds: tickets.map((ticket) => ticket.id), ...changes } } });
      setStatus('');
      setAreaId('');
      setDeclining(false);
      setReason('');
      onDone(t('bulk.done', { count: result.data?.bulkTriageTickets.length ?? tickets.length }));
    } catch (failure) {
      setDeclining(false);
      onFailed(common(errorMessageKey(failure)));
    }
  };

  const applyStatus = () => {
    if (!status) return;
    if (status === TicketStatus.DECLINED) {
      setReasonError(null);
      setDeclining(true);
      return;
    }
    void apply({ status });
  };

  const decline = () => {
    const text = reason.trim();
    if (!text) return setReasonError(t('decline.required'));
    if (Array.from(text).length > VOICE_DECLINE_REASON_MAX_LENGTH)
      return setReasonError(t('decline.tooLong', { max: VOICE_DECLINE_REASON_MAX_LENGTH }));
    void apply({ status: TicketStatus.DECLINED, declineReason: text });
  };

  return (
    <section className={styles.bar} aria-labelledby={labelId}>
      <Text id={labelId} className={styles.count} role="status">
        {t('bulk.selected', { count: tickets.length })}
      </Text>
      <div className={styles.group}>
        <Field label={t('bulk.status')}>
          <Select className={styles.select} value={status} onChange={(_, data) => setStatus(data.value as TicketStatus | '')}>
            <option value="">{t('bulk.choose')}</option>
            {SETTABLE_TICKET_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={!status || loading} onClick={applyStatus}>
          {t('bulk.applyStatus')}
        </Button>
      </div>
      <div className={styles.group}>
        <Field label={t('bulk.productArea')}>
          <Select className={styles.select} value={areaId} onChange={(_, data) => setAreaId(data.value)}>
            <option value="">{t('bulk.choose')}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {areaName(area, locale, '')}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={!areaId || loading} onClick={() => void apply({ productAreaId: areaId })}>
          {t('bulk.applyArea')}
        </Button>
      </div>
      {myId ? (
        <Button icon={<PersonRegular />} disabledFocusable={loading} onClick={() => void apply({ ownerId: myId })}>
          {t('bulk.assignToMe')}
        </Button>
      ) : null}
      <Button appearance="subtle" icon={<DismissRegular />} onClick={onClear} disabled={loading}>
        {t('bulk.clear')}
      </Button>
      {loading ? <Spinner size="tiny" label={t('bulk.busy')} /> : null}

      <Dialog open={declining} onOpenChange={(_, data) => setDeclining(data.open)}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{t('decline.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>{t('decline.leadMany', { count: tickets.length })}</Text>
              <Field
                label={t('decline.reason')}
                required
                validationState={reasonError ? 'error' : undefined}
                validationMessage={reasonError ?? undefined}
              >
                <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" rows={4} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabledFocusable={loading} onClick={decline}>
                {loading ? t('bulk.busy') : t('decline.confirm')}
              </Button>
              <Button onClick={() => setDeclining(false)}>{t('decline.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
