import { useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Combobox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Tag,
  TagGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ImageAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  EDITION_BODY_MAX_BYTES,
  EDITION_SUMMARY_MAX_LENGTH,
  EDITION_TAG_MAX_LENGTH,
  EDITION_TAGS_MAX,
  EDITION_TITLE_MAX_LENGTH,
  UPLOAD_MAX_BYTES,
} from '@kakehashi/shared-contracts';
import {
  ACCEPTED_IMAGE_ACCEPT,
  COMMON_NAMESPACE,
  departmentName,
  DepartmentOptionItems,
  useDepartmentOptions,
  isAcceptedImage,
  LazyRichTextEditor,
  uploadImage,
  useLocale,
  useVisuallyHiddenStyles,
} from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

export interface EditionFormValues {
  title: string;
  summary: string;
  coverImageUrl: string | null;
  bodyHtml: string;
  tags: string[];
  audienceKind: 'COMPANY' | 'DEPARTMENTS';
  departmentIds: string[];
  mustRead: boolean;
  pinned: boolean;
  /** `datetime-local` in Japan time. */
  pinnedUntil: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  cover: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  coverImage: { maxWidth: '100%', width: '480px', aspectRatio: '16 / 9', objectFit: 'cover', borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The fields of an edition; errors come from the page (local checks and the server's BAD_USER_INPUT). */
export function EditionForm({
  values,
  onChange,
  errors,
  published,
  disabled,
}: {
  values: EditionFormValues;
  onChange: (values: EditionFormValues) => void;
  errors: Record<string, string>;
  /** Audience and must-read are fixed once published. */
  published: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [coverError, setCoverError] = useState<string | null>(null);
  const [tagText, setTagText] = useState('');
  const options = useDepartmentOptions();
  const set = <K extends keyof EditionFormValues>(key: K, value: EditionFormValues[K]) => onChange({ ...values, [key]: value });
  const state = (name: string) => {
    const message = errors[name];
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  const chooseCover = async (file: File | undefined) => {
    if (!file) return;
    setCoverError(null);
    if (!isAcceptedImage(file)) return setCoverError(t('richText.imageUpload.wrongType', { ns: COMMON_NAMESPACE }));
    if (file.size > UPLOAD_MAX_BYTES) return setCoverError(t('form.coverTooLarge'));
    setUploading(true);
    try {
      const { url } = await uploadImage(file);
      set('coverImageUrl', url);
    } catch {
      setCoverError(t('richText.imageUpload.failed', { ns: COMMON_NAMESPACE, name: file.name }));
    } finally {
      setUploading(false);
    }
  };

  const addTag = () => {
    const tag = tagText.trim().replace(/\s+/g, ' ');
    if (!tag) return;
    if (!values.tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()) && values.tags.length < EDITION_TAGS_MAX) {
      set('tags', [...values.tags, tag]);
    }
    setTagText('');
  };

  const selectedNames = options
    .filter((option) => values.departmentIds.includes(option.id))
    .map((option) => departmentName(option, locale));

  return (
    <div className={styles.form}>
      <Field label={t('form.title')} required {...state('title')}>
        <Input
          value={values.title}
          maxLength={EDITION_TITLE_MAX_LENGTH}
          placeholder={t('form.titlePlaceholder')}
          disabled={disabled}
          onChange={(_, data) => set('title', data.value)}
        />
      </Field>
      <Field label={t('form.summary')} hint={t('form.summaryHint')} {...state('summary')}>
        <Textarea
          value={values.summary}
          maxLength={EDITION_SUMMARY_MAX_LENGTH}
          disabled={disabled}
          onChange={(_, data) => set('summary', data.value)}
        />
      </Field>
      <div className={styles.cover} role="group" aria-labelledby="cover-label">
        <Text id="cover-label" weight="semibold">
          {t('form.coverImage')}
        </Text>
        {values.coverImageUrl ? <img className={styles.coverImage} src={values.coverImageUrl} alt={t('form.coverPreviewAlt')} /> : null}
        <div className={styles.row}>
          <Button icon={<ImageAddRegular />} disabledFocusable={disabled || uploading} onClick={() => fileInput.current?.click()}>
            {uploading ? t('form.uploadingCover') : t('form.chooseCoverImage')}
          </Button>
          {values.coverImageUrl ? (
            <Button appearance="subtle" disabled={disabled} onClick={() => set('coverImageUrl', null)}>
              {t('form.removeCoverImage')}
            </Button>
          ) : null}
        </div>
        {coverError || errors['coverImageUrl'] ? (
          <Text role="alert" className={styles.error}>
            {coverError ?? errors['coverImageUrl']}
          </Text>
        ) : null}
        <input
          ref={fileInput}
          className={hidden.root}
          type="file"
          accept={ACCEPTED_IMAGE_ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            void chooseCover(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {/* The editor names itself (aria-label); a Field label would point at nothing. */}
      <div className={styles.cover}>
        <Text weight="semibold" aria-hidden="true">
          {t('form.body')}
        </Text>
        <LazyRichTextEditor
          value={values.bodyHtml}
          onChange={(html) => set('bodyHtml', html)}
          label={t('form.body')}
          placeholder={t('form.bodyPlaceholder')}
          disabled={disabled}
          onUploadImage={uploadImage}
          maxImageBytes={UPLOAD_MAX_BYTES}
          maxBytes={EDITION_BODY_MAX_BYTES}
          invalid={Boolean(errors['bodyHtml'])}
        />
        {errors['bodyHtml'] ? (
          <Text role="alert" className={styles.error}>
            {errors['bodyHtml']}
          </Text>
        ) : null}
      </div>
      <Field label={t('form.tags')} hint={t('form.tagsHint')} {...state('tags')}>
        <Input
          value={tagText}
          maxLength={EDITION_TAG_MAX_LENGTH}
          disabled={disabled || values.tags.length >= EDITION_TAGS_MAX}
          onChange={(_, data) => setTagText(data.value)}
          onKeyDown={(event) => {
            // Enter adds the tag; an IME conversion's Enter only confirms the text.
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              addTag();
            }
          }}
          onBlur={addTag}
        />
      </Field>
      {values.tags.length > 0 ? (
        <TagGroup
          aria-label={t('form.tags')}
          onDismiss={(_, { value }) =>
            set(
              'tags',
              values.tags.filter((tag) => tag !== value),
            )
          }
        >
          {values.tags.map((tag) => (
            <Tag key={tag} value={tag} dismissible dismissIcon={{ 'aria-label': t('form.removeTag', { tag }) }}>
              {tag}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
      <div className={styles.group}>
        <Field label={t('form.audience')} hint={published ? t('form.fixedOncePublished') : undefined} {...state('audience')}>
          <RadioGroup
            value={values.audienceKind}
            disabled={disabled || published}
            onChange={(_, data) => set('audienceKind', data.value === 'DEPARTMENTS' ? 'DEPARTMENTS' : 'COMPANY')}
          >
            <Radio value="COMPANY" label={t('form.audienceAll')} />
            <Radio value="DEPARTMENTS" label={t('form.audienceDepartments')} />
          </RadioGroup>
        </Field>
        {values.audienceKind === 'DEPARTMENTS' ? (
          <Field label={t('form.audienceDepartmentsLabel')} hint={t('form.audienceDepartmentsHint')} required {...state('departmentIds')}>
            <Combobox
              multiselect
              disabled={disabled || published}
              placeholder={t('form.audienceDepartmentsPlaceholder')}
              value={selectedNames.join(t('card.listSeparator'))}
              selectedOptions={values.departmentIds}
              onOptionSelect={(_, data) => set('departmentIds', data.selectedOptions)}
            >
              <DepartmentOptionItems options={options} locale={locale} />
            </Combobox>
          </Field>
        ) : null}
        <Field hint={t('form.mustReadHint')} {...state('mustRead')}>
          <Checkbox
            checked={values.mustRead}
            disabled={disabled || published}
            label={t('form.mustRead')}
            onChange={(_, data) => set('mustRead', data.checked === true)}
          />
        </Field>
        <Checkbox
          checked={values.pinned}
          disabled={disabled}
          label={t('form.pin')}
          onChange={(_, data) => set('pinned', data.checked === true)}
        />
        {values.pinned ? (
          <Field label={t('form.pinUntil')} hint={t('form.japanTime')} required {...state('pinnedUntil')}>
            <Input
              type="datetime-local"
              value={values.pinnedUntil}
              disabled={disabled}
              onChange={(_, data) => set('pinnedUntil', data.value)}
            />
          </Field>
        ) : null}
      </div>
      {Object.keys(errors).length > 0 ? (
        <Text role="alert" className={styles.error}>
          {t('form.fixErrors')}
        </Text>
      ) : null}
    </div>
  );
}
