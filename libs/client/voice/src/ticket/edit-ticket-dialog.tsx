import { useState } from 'react';
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
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode, TicketCategory, TicketImpact, VOICE_SUMMARY_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { errorCode, errorMessageKey, fieldErrors, useLocale } from '@kakehashi/client-platform';
import { areaName } from '../common/format';
import type { TicketDetails } from '../common/types';
import { useProductAreas } from '../common/use-product-areas';
import { UpdateTicketMutation } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  surface: { maxWidth: '560px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The filer corrects their ticket while product has not triaged it yet. */
export function EditTicketDialog({
  ticket,
  open,
  onOpenChange,
  onSaved,
  onReload,
}: {
  ticket: TicketDetails;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        {open ? <EditForm ticket={ticket} onCancel={() => onOpenChange(false)} onSaved={onSaved} onReload={onReload} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function EditForm({
  ticket,
  onCancel,
  onSaved,
  onReload,
}: {
  ticket: TicketDetails;
  onCancel: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const { areas } = useProductAreas();
  const [summary, setSummary] = useState(ticket.summary);
  const [category, setCategory] = useState<TicketCategory>(ticket.category as TicketCategory);
  const [impact, setImpact] = useState<TicketImpact>(ticket.impact as TicketImpact);
  const [productAreaId, setProductAreaId] = useState(ticket.productArea?.id ?? '');
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [update, { loading }] = useMutation(UpdateTicketMutation, {
    update(cache) {
      for (const fieldName of ['tickets', 'myTickets', 'similarTickets']) cache.evict({ id: 'ROOT_QUERY', fieldName });
    },
  });

  const save = async () => {
    if (loading) return;
    const text = summary.trim();
    if (!text) return setSummaryError(t('file.errors.required'));
    if (Array.from(text).length > VOICE_SUMMARY_MAX_LENGTH)
      return setSummaryError(t('file.errors.tooLong', { max: VOICE_SUMMARY_MAX_LENGTH }));
    setSummaryError(null);
    setFailure(null);
    try {
      await update({
        variables: {
          input: {
            ticketId: ticket.id,
            version: ticket.version,
            summary: text,
            category,
            impact,
            ...(productAreaId ? { productAreaId } : {}),
          },
        },
      });
      onSaved();
    } catch (error) {
      if (errorCode(error) === ErrorCode.Conflict) return setConflict(true);
      const fields = fieldErrors(error);
      if (fields['summary']) setSummaryError(t('file.errors.invalid'));
      setFailure(fields['productAreaId'] ? t('file.errors.unknownArea') : common(errorMessageKey(error)));
    }
  };

  const areaChoices =
    ticket.productArea && !areas.some((area) => area.id === ticket.productArea?.id) ? [ticket.productArea, ...areas] : areas;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <DialogBody>
        <DialogTitle>{t('edit.title', { code: ticket.code })}</DialogTitle>
        <DialogContent className={styles.content}>
          {conflict ? (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{t('triage.conflict')}</MessageBarBody>
              <MessageBarActions>
                <Button
                  onClick={() => {
                    onCancel();
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
          <Field
            label={t('file.summary')}
            required
            validationState={summaryError ? 'error' : undefined}
            validationMessage={summaryError ?? undefined}
          >
            <Input value={summary} onChange={(_, data) => setSummary(data.value)} />
          </Field>
          <Field label={t('file.category')} required>
            <Select value={category} onChange={(_, data) => setCategory(data.value as TicketCategory)}>
              {Object.values(TicketCategory).map((value) => (
                <option key={value} value={value}>
                  {t(`category.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('file.impact')} required>
            <Select value={impact} onChange={(_, data) => setImpact(data.value as TicketImpact)}>
              {Object.values(TicketImpact).map((value) => (
                <option key={value} value={value}>
                  {t(`impact.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('file.productArea')} required>
            <Select value={productAreaId} onChange={(_, data) => setProductAreaId(data.value)}>
              {productAreaId === '' ? <option value="">{t('file.select')}</option> : null}
              {areaChoices.map((area) => (
                <option key={area.id} value={area.id}>
                  {areaName(area, locale, '')}
                </option>
              ))}
            </Select>
          </Field>
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined}>
            {loading ? t('edit.saving') : t('edit.save')}
          </Button>
          <Button onClick={onCancel}>{t('edit.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
