import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode, Locale, PROFILE_BIO_MAX_LENGTH, PROFILE_LOCATION_MAX_LENGTH, SUPPORTED_LOCALES } from '@kakehashi/shared-contracts';
import { errorCode, errorMessageKey, fieldErrors, type UpdateMyProfileInput } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { UpdateMyProfileMutation } from '../shared/documents';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});

export interface ProfileFields {
  bio: string | null;
  location: string | null;
  preferredLocale: Locale;
  /** The version shown: the server refuses the edit (CONFLICT) if the profile changed since. */
  version: number;
}

type FieldName = 'bio' | 'location' | 'preferredLocale';

/** Characters as people count them (a surrogate pair is one). */
function characterCount(value: string): number {
  return Array.from(value).length;
}

function withoutField(errors: Partial<Record<FieldName, string>>, field: FieldName): Partial<Record<FieldName, string>> {
  const next = { ...errors };
  delete next[field];
  return next;
}

/** The signed-in person's own fields: bio, location and preferred language. */
export function ProfileEditForm({ initial, onDone }: { initial: ProfileFields; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const [bio, setBio] = useState(initial.bio ?? '');
  const [location, setLocation] = useState(initial.location ?? '');
  const [preferredLocale, setPreferredLocale] = useState<Locale>(initial.preferredLocale);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateMyProfileMutation);
  const bioRef = useRef<HTMLTextAreaElement>(null);
  const locationRef = useRef<HTMLInputElement>(null);
  // The edit button that opened the form is gone: start in the first field.
  useEffect(() => bioRef.current?.focus(), []);

  const bioLength = characterCount(bio);
  const locationLength = characterCount(location.trim());
  const clientErrors: Partial<Record<FieldName, string>> = {};
  if (bioLength > PROFILE_BIO_MAX_LENGTH) clientErrors.bio = t('profile.tooLong', { max: PROFILE_BIO_MAX_LENGTH });
  if (locationLength > PROFILE_LOCATION_MAX_LENGTH) {
    clientErrors.location = t('profile.tooLong', { max: PROFILE_LOCATION_MAX_LENGTH });
  }
  const errors = { ...serverErrors, ...clientErrors };

  const focusFirstError = (fields: Partial<Record<FieldName, string>>) => {
    if (fields.bio) bioRef.current?.focus();
    else if (fields.location) locationRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (Object.keys(clientErrors).length > 0) {
      focusFirstError(clientErrors);
      return;
    }
    // Send only what changed; an emptied field is sent as "" to clear it.
    const input: UpdateMyProfileInput = {};
    const trimmedBio = bio.trim();
    const trimmedLocation = location.trim();
    if (trimmedBio !== (initial.bio ?? '')) input.bio = trimmedBio;
    if (trimmedLocation !== (initial.location ?? '')) input.location = trimmedLocation;
    if (preferredLocale !== initial.preferredLocale) input.preferredLocale = preferredLocale;
    if (Object.keys(input).length === 0) {
      onDone(false);
      return;
    }
    try {
      await update({ variables: { input: { ...input, version: initial.version } } });
      setServerErrors({});
      onDone(true);
    } catch (error) {
      if (errorCode(error) === ErrorCode.BadUserInput) {
        const byField = fieldErrors(error);
        const known: Partial<Record<FieldName, string>> = {};
        for (const name of ['bio', 'location', 'preferredLocale'] as const) {
          const message = byField[name];
          if (message) known[name] = t('profile.serverFieldError', { message });
        }
        setServerErrors(known);
        if (Object.keys(known).length > 0) {
          focusFirstError(known);
          return;
        }
      }
      setFormError(tCommon(errorMessageKey(error)));
    }
  };

  return (
    <form className={styles.form} aria-labelledby={headingId} noValidate onSubmit={(event) => void submit(event)}>
      <h2 id={headingId} className={styles.heading}>
        {t('profile.editHeading')}
      </h2>
      {formError ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{formError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field
        label={t('profile.bio')}
        validationMessage={errors.bio}
        validationState={errors.bio ? 'error' : 'none'}
        hint={t('profile.characterCount', { count: bioLength, max: PROFILE_BIO_MAX_LENGTH })}
      >
        <Textarea
          ref={bioRef}
          value={bio}
          resize="vertical"
          rows={6}
          placeholder={t('profile.bioPlaceholder')}
          onChange={(_, data) => {
            setBio(data.value);
            setServerErrors((current) => withoutField(current, 'bio'));
          }}
        />
      </Field>
      <Field
        label={t('profile.location')}
        validationMessage={errors.location}
        validationState={errors.location ? 'error' : 'none'}
        hint={t('profile.characterCount', { count: locationLength, max: PROFILE_LOCATION_MAX_LENGTH })}
      >
        <Input
          ref={locationRef}
          value={location}
          placeholder={t('profile.locationPlaceholder')}
          onChange={(_, data) => {
            setLocation(data.value);
            setServerErrors((current) => withoutField(current, 'location'));
          }}
        />
      </Field>
      <Field
        label={t('profile.preferredLanguage')}
        validationMessage={errors.preferredLocale}
        validationState={errors.preferredLocale ? 'error' : 'none'}
      >
        <RadioGroup
          value={preferredLocale}
          layout="horizontal"
          onChange={(_, data) => setPreferredLocale(data.value === Locale.en ? Locale.en : Locale.ja)}
        >
          {SUPPORTED_LOCALES.map((locale) => (
            <Radio key={locale} value={locale} label={<span lang={locale}>{tCommon(`language.${locale}`)}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined}>
          {loading ? t('profile.saving') : t('profile.save')}
        </Button>
        <Button type="button" disabled={loading} onClick={() => onDone(false)}>
          {t('profile.cancel')}
        </Button>
      </div>
    </form>
  );
}
