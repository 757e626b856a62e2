import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { NEWSLETTER_DESCRIPTION_MAX_LENGTH, NEWSLETTER_NAME_MAX_LENGTH } from '@kakehashi/shared-contracts';
import {
  departmentName,
  useDepartmentOptions,
  errorMessageKey,
  fieldErrors,
  type NewsletterCadence,
  useLocale,
} from '@kakehashi/client-platform';
import { newsletterPath } from '../common/paths';
import { CreateNewsletterMutation } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const CADENCES: readonly NewsletterCadence[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY', 'IRREGULAR'];

/** Adds a newsletter to a department (that department's editors, or admins; the server decides). */
export function CreateNewsletterDialog({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ nameJa: '', nameEn: '', descriptionJa: '', descriptionEn: '', departmentId: '' });
  const [cadence, setCadence] = useState<NewsletterCadence>('MONTHLY');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const options = useDepartmentOptions({ skip: !open });
  const [create, { loading }] = useMutation(CreateNewsletterMutation);
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!form.nameJa.trim()) missing['nameJa'] = t('form.required');
    if (!form.nameEn.trim()) missing['nameEn'] = t('form.required');
    if (!form.departmentId) missing['departmentId'] = t('form.required');
    setErrors(missing);
    setFailure(null);
    if (Object.keys(missing).length > 0) return;
    try {
      const result = await create({
        variables: {
          input: {
            nameJa: form.nameJa.trim(),
            nameEn: form.nameEn.trim(),
            descriptionJa: form.descriptionJa.trim(),
            descriptionEn: form.descriptionEn.trim(),
            cadence,
            departmentId: form.departmentId,
          },
        },
      });
      setOpen(false);
      onCreated();
      const id = result.data?.createNewsletter.id;
      if (id) void navigate(newsletterPath(id));
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(common(errorMessageKey(error)));
    }
  };

  const fieldState = (name: string) => (errors[name] ? { validationState: 'error' as const, validationMessage: errors[name] } : {});

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<AddRegular />}>{t('newsletter.create')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('newsletter.create')}</DialogTitle>
            <DialogContent className={styles.fields}>
              {failure ? (
                <MessageBar intent="error">
                  <MessageBarBody>{failure}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Field label={t('newsletter.nameJa')} required {...fieldState('nameJa')}>
                <Input value={form.nameJa} maxLength={NEWSLETTER_NAME_MAX_LENGTH} onChange={(_, data) => set('nameJa')(data.value)} />
              </Field>
              <Field label={t('newsletter.nameEn')} required {...fieldState('nameEn')}>
                <Input value={form.nameEn} maxLength={NEWSLETTER_NAME_MAX_LENGTH} onChange={(_, data) => set('nameEn')(data.value)} />
              </Field>
              <Field label={t('newsletter.department')} required {...fieldState('departmentId')}>
                <Select value={form.departmentId} onChange={(_, data) => set('departmentId')(data.value)}>
                  <option value="">{t('newsletter.chooseDepartment')}</option>
                  {options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {`${'\u3000'.repeat(option.depth)}${departmentName(option, locale)}`}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('newsletter.cadence')} {...fieldState('cadence')}>
                <Select value={cadence} onChange={(_, data) => setCadence(CADENCES.find((value) => value === data.value) ?? 'MONTHLY')}>
                  {CADENCES.map((cadence) => (
                    <option key={cadence} value={cadence}>
                      {t(`newsletter.cadences.${cadence}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('newsletter.descriptionJa')} {...fieldState('descriptionJa')}>
                <Textarea
                  value={form.descriptionJa}
                  maxLength={NEWSLETTER_DESCRIPTION_MAX_LENGTH}
                  onChange={(_, data) => set('descriptionJa')(data.value)}
                />
              </Field>
              <Field label={t('newsletter.descriptionEn')} {...fieldState('descriptionEn')}>
                <Textarea
                  value={form.descriptionEn}
                  maxLength={NEWSLETTER_DESCRIPTION_MAX_LENGTH}
                  onChange={(_, data) => set('descriptionEn')(data.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{t('workflow.cancel')}</Button>
              </DialogTrigger>
              <Button appearance="primary" type="submit" disabledFocusable={loading}>
                {loading ? t('workflow.saving') : t('newsletter.createSubmit')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
