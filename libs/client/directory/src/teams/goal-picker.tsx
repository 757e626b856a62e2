import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Locale } from '@kakehashi/shared-contracts';
import { useLocale } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { TeamGoalOptionsQuery } from './documents';

/** Goals offered while choosing, at most (filtering narrows the rest). */
const SHOWN_MAX = 50;

export interface GoalChoice {
  id: string;
  code: string;
  label: string;
}

/**
 * Chooses a goal of this fiscal year's board by code or name (the board the voice links
 * dialog offers as well). Choosing calls `onChoose` and empties the box for the next one.
 */
export function GoalPicker({
  label,
  exclude = [],
  onChoose,
  chosen,
  disabled,
  validationMessage,
}: {
  label: string;
  exclude?: readonly string[];
  onChoose: (goal: GoalChoice | null) => void;
  /** In single-choice use (a dialog), the goal chosen so far. */
  chosen?: GoalChoice | null;
  disabled?: boolean;
  validationMessage?: string;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const { data, loading } = useQuery(TeamGoalOptionsQuery);
  const [text, setText] = useState(chosen?.label ?? '');

  const all = useMemo(() => {
    const found = new Map<string, GoalChoice>();
    for (const group of data?.goalBoard.groups ?? []) {
      for (const { goal } of group.rows) {
        if (goal.status === 'CANCELLED') continue;
        const title = locale === Locale.en && goal.titleEn ? goal.titleEn : goal.title;
        found.set(goal.id, { id: goal.id, code: goal.code, label: `${goal.code} ${title}` });
      }
    }
    return [...found.values()];
  }, [data, locale]);
  const needle = text.trim().toLowerCase();
  const choices = all
    .filter((goal) => !exclude.includes(goal.id))
    .filter((goal) => !needle || goal.id === chosen?.id || goal.label.toLowerCase().includes(needle))
    .slice(0, SHOWN_MAX);

  return (
    <Field
      label={label}
      hint={t('teams.goals.goalHint')}
      validationState={validationMessage ? 'error' : undefined}
      validationMessage={validationMessage}
    >
      <Combobox
        freeform
        value={text}
        disabled={disabled}
        placeholder={t('teams.goals.goalPlaceholder')}
        selectedOptions={chosen ? [chosen.id] : []}
        onChange={(event) => {
          setText(event.target.value);
          if (chosen) onChoose(null);
        }}
        onOptionSelect={(_, option) => {
          const goal = all.find((candidate) => candidate.id === option.optionValue) ?? null;
          onChoose(goal);
          setText(chosen !== undefined && goal ? goal.label : '');
        }}
      >
        {choices.length === 0 ? (
          <Option disabled value="" text="">
            {loading ? t('teams.goals.loadingGoals') : t('teams.goals.noGoalOptions')}
          </Option>
        ) : (
          choices.map((goal) => (
            <Option key={goal.id} value={goal.id} text={goal.label}>
              {goal.label}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
