import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Combobox, Field, Option, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { departmentName, personName, useDebouncedValue, useLocale } from '@kakehashi/client-platform';
import { VoicePeopleCandidatesQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';

// A copy of the goals' single-person owner picker (feature libraries do not share code; a
// shared picker belongs in the platform, which has none yet).

export interface PickedPerson {
  id: string;
  displayName: string;
  displayNameEn: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  combobox: { minWidth: 0, maxWidth: '100%' },
});

/** Chooses one person by name (the directory's search: kanji, kana or Latin letters). */
export function OwnerPicker({
  label,
  hint,
  person,
  onChange,
  disabled,
}: {
  label: string;
  hint?: string;
  person: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useQuery(VoicePeopleCandidatesQuery, { variables: { search }, skip: search.length === 0 });
  const candidates = (data?.people.edges ?? []).map((edge) => edge.node).filter((candidate) => candidate.id !== person?.id);

  return (
    <div className={styles.root}>
      <Field label={label} hint={hint}>
        <Combobox
          className={styles.combobox}
          placeholder={t('people.searchPlaceholder')}
          value={text}
          disabled={disabled}
          freeform
          open={open && text.trim().length > 0}
          onOpenChange={(_, state) => setOpen(state.open)}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, option) => {
            const chosen = candidates.find((candidate) => candidate.id === option.optionValue);
            if (chosen) onChange({ id: chosen.id, displayName: chosen.displayName, displayNameEn: chosen.displayNameEn });
            setText('');
            setOpen(false);
          }}
        >
          {search.length === 0 ? null : candidates.length === 0 ? (
            <Option disabled value="" text="">
              {loading ? t('people.searching') : t('people.none')}
            </Option>
          ) : (
            candidates.map((candidate) => (
              <Option key={candidate.id} value={candidate.id} text={personName(candidate, locale)}>
                {candidate.department
                  ? t('people.option', { name: personName(candidate, locale), department: departmentName(candidate.department, locale) })
                  : personName(candidate, locale)}
              </Option>
            ))
          )}
        </Combobox>
      </Field>
      {person ? (
        <TagGroup aria-label={t('people.chosen', { label })} onDismiss={() => onChange(null)} disabled={disabled}>
          <Tag value={person.id} dismissible dismissIcon={{ 'aria-label': t('people.remove', { name: personName(person, locale) }) }}>
            {personName(person, locale)}
          </Tag>
        </TagGroup>
      ) : null}
    </div>
  );
}
