import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Combobox, Field, Option, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { COMMON_NAMESPACE, useLocale } from '../i18n/i18n';
import { departmentName, personName } from '../i18n/names';
import { useDebouncedValue } from './hooks';

/** People for the pickers of every domain: the directory's search. */
export const PeopleCandidatesQuery = graphql(`
  query PeopleCandidates($search: String!) {
    people(search: $search, first: 8) {
      edges {
        node {
          id
          displayName
          displayNameEn
          department {
            id
            nameJa
            nameEn
          }
        }
      }
    }
  }
`);

/** A person chosen in a picker: enough to show the name. */
export interface PickedPerson {
  id: string;
  displayName: string;
  displayNameEn: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  combobox: { minWidth: 0, maxWidth: '100%' },
  tags: { flexWrap: 'wrap' },
});

/**
 * Chooses people by name (the directory's search: kanji, kana or Latin letters). Up to `max`
 * people; with `max` 1 choosing another replaces the first.
 */
export function PeoplePicker({
  label,
  hint,
  people,
  onChange,
  max,
  exclude = [],
  disabled,
  required,
  validationMessage,
}: {
  label: string;
  hint?: string;
  people: readonly PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  max: number;
  /** Ids not to offer (the authors, as reviewer). */
  exclude?: readonly string[];
  disabled?: boolean;
  required?: boolean;
  validationMessage?: string;
}) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useQuery(PeopleCandidatesQuery, { variables: { search }, skip: search.length === 0 });
  const candidates = (data?.people.edges ?? [])
    .map((edge) => edge.node)
    .filter((person) => !people.some((chosen) => chosen.id === person.id) && !exclude.includes(person.id));
  const single = max === 1;
  const full = !single && people.length >= max;

  return (
    <div className={styles.root}>
      <Field
        label={label}
        hint={hint}
        required={required}
        validationState={validationMessage ? 'error' : undefined}
        validationMessage={validationMessage}
      >
        <Combobox
          className={styles.combobox}
          placeholder={t('peoplePicker.searchPlaceholder')}
          value={text}
          disabled={disabled || full}
          freeform
          open={open && text.trim().length > 0}
          onOpenChange={(_, state) => setOpen(state.open)}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, option) => {
            const person = candidates.find((candidate) => candidate.id === option.optionValue);
            if (person) {
              const picked = { id: person.id, displayName: person.displayName, displayNameEn: person.displayNameEn };
              onChange(single ? [picked] : [...people, picked]);
            }
            setText('');
            setOpen(false);
          }}
        >
          {search.length === 0 ? null : candidates.length === 0 ? (
            <Option disabled value="" text="">
              {loading ? t('peoplePicker.searching') : t('peoplePicker.none')}
            </Option>
          ) : (
            candidates.map((person) => (
              <Option key={person.id} value={person.id} text={personName(person, locale)}>
                {person.department
                  ? t('peoplePicker.option', { name: personName(person, locale), department: departmentName(person.department, locale) })
                  : personName(person, locale)}
              </Option>
            ))
          )}
        </Combobox>
      </Field>
      {people.length > 0 ? (
        <TagGroup
          className={styles.tags}
          aria-label={t('peoplePicker.chosen', { label })}
          onDismiss={(_, { value }) => onChange(people.filter((person) => person.id !== value))}
          disabled={disabled}
        >
          {people.map((person) => {
            const name = personName(person, locale);
            return (
              <Tag key={person.id} value={person.id} dismissible dismissIcon={{ 'aria-label': t('peoplePicker.remove', { name }) }}>
                {name}
              </Tag>
            );
          })}
        </TagGroup>
      ) : null}
    </div>
  );
}
