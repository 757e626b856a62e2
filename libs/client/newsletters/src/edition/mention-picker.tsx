import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Combobox, Option, Tag, TagGroup, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { departmentName, personName, useDebouncedValue, useLocale } from '@kakehashi/client-platform';
import { COMMENT_MENTIONS_MAX } from '@kakehashi/shared-contracts';
import { MentionCandidatesQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

export interface MentionedPerson {
  id: string;
  displayName: string;
  displayNameEn: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  combobox: { minWidth: '220px', maxWidth: '100%' },
});

/**
 * Picks people to @mention by name (the directory's search). A chosen person is added to the
 * list sent with the comment and "@name" is added to the text by the caller.
 */
export function MentionPicker({
  mentions,
  onAdd,
  onRemove,
  disabled,
}: {
  mentions: readonly MentionedPerson[];
  onAdd: (person: MentionedPerson) => void;
  onRemove: (id: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const labelId = useId('mention-label');
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useQuery(MentionCandidatesQuery, { variables: { search }, skip: search.length === 0 });
  const candidates = (data?.people.edges ?? []).map((edge) => edge.node).filter((person) => !mentions.some((m) => m.id === person.id));
  const full = mentions.length >= COMMENT_MENTIONS_MAX;

  return (
    <div className={styles.root}>
      <span id={labelId} className={styles.label}>
        {t('comments.mentionLabel')}
      </span>
      <Combobox
        className={styles.combobox}
        aria-labelledby={labelId}
        placeholder={t('comments.mentionPlaceholder')}
        value={text}
        disabled={disabled || full}
        freeform
        size="small"
        open={open && text.trim().length > 0}
        onOpenChange={(_, data) => setOpen(data.open)}
        onChange={(event) => {
          setText(event.target.value);
          // Typing a name opens the suggestions.
          setOpen(true);
        }}
        onOptionSelect={(_, option) => {
          const person = candidates.find((candidate) => candidate.id === option.optionValue);
          if (person) onAdd({ id: person.id, displayName: person.displayName, displayNameEn: person.displayNameEn });
          setText('');
          setOpen(false);
        }}
      >
        {search.length === 0 ? null : candidates.length === 0 ? (
          <Option disabled value="" text="">
            {loading ? t('comments.mentionSearching') : t('comments.mentionNone')}
          </Option>
        ) : (
          candidates.map((person) => (
            <Option key={person.id} value={person.id} text={personName(person, locale)}>
              {person.department
                ? t('comments.mentionOption', { name: personName(person, locale), department: departmentName(person.department, locale) })
                : personName(person, locale)}
            </Option>
          ))
        )}
      </Combobox>
      {mentions.length > 0 ? (
        <TagGroup aria-label={t('comments.mentioned')} size="small" onDismiss={(_, { value }) => onRemove(value)} disabled={disabled}>
          {mentions.map((person) => (
            <Tag
              key={person.id}
              value={person.id}
              dismissible
              dismissIcon={{ 'aria-label': t('comments.removeMention', { name: personName(person, locale) }) }}
            >
              {`@${personName(person, locale)}`}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
    </div>
  );
}
