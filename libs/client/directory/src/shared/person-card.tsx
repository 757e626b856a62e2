import { Link as RouterLink } from 'react-router';
import { Avatar, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  departmentName,
  personInitials,
  personName,
  personNameHint,
  personTitle,
  useLocale,
  type PersonCardFragment,
} from '@kakehashi/client-platform';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    height: '100%',
    flexDirection: 'row',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    ':hover': { boxShadow: tokens.shadow8 },
    ':focus-within': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  link: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForeground1 },
    ':focus-visible': { outlineStyle: 'none' },
    // The whole card is the link's hit area.
    '::after': { content: '""', position: 'absolute', inset: 0 },
  },
  hint: { color: tokens.colorNeutralForeground3 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

/** A person in a list: avatar, name (with reading in Japanese), title and department. */
export function PersonCard({ person, headingLevel = 3 }: { person: PersonCardFragment; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  const name = personName(person, locale);
  const hint = personNameHint(person, locale);
  const title = personTitle(person, locale);
  const Heading = `h${headingLevel}` as const;
  return (
    <Card className={styles.card}>
      <Avatar size={48} color="colorful" idForColor={person.id} name={name} initials={personInitials(person, locale)} aria-hidden="true" />
      <div className={styles.text}>
        <Heading className={styles.name}>
          <RouterLink className={styles.link} to={`/people/${person.id}`}>
            {name}
          </RouterLink>
        </Heading>
        {hint ? (
          <Text size={200} className={styles.hint}>
            {hint}
          </Text>
        ) : null}
        {title ? <Text size={300}>{title}</Text> : null}
        <Text size={300} className={styles.secondary}>
          {person.department ? departmentName(person.department, locale) : t('people.noDepartment')}
        </Text>
      </div>
    </Card>
  );
}
