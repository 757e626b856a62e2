import {
  BuildingMultipleRegular,
  LightbulbRegular,
  NewsRegular,
  OrganizationRegular,
  PeopleRegular,
  PeopleTeamRegular,
  PersonFeedbackRegular,
  TargetArrowRegular,
} from '@fluentui/react-icons';
import type { NavItem } from '@kakehashi/client-platform';

/** The areas that exist today; new domains add theirs here. */
export const navItems: NavItem[] = [
  { to: '/news', labelKey: 'newsletters:nav.news', icon: <NewsRegular aria-hidden="true" /> },
  { to: '/stories', labelKey: 'stories:nav.stories', icon: <LightbulbRegular aria-hidden="true" /> },
  { to: '/goals', labelKey: 'goals:nav.goals', icon: <TargetArrowRegular aria-hidden="true" /> },
  { to: '/voice', labelKey: 'voice:nav.voice', icon: <PersonFeedbackRegular aria-hidden="true" /> },
  { to: '/people', labelKey: 'nav.people', icon: <PeopleRegular aria-hidden="true" /> },
  { to: '/teams', labelKey: 'directory:teams.nav', icon: <PeopleTeamRegular aria-hidden="true" /> },
  { to: '/org', labelKey: 'directory:orgChart.nav', icon: <OrganizationRegular aria-hidden="true" /> },
  { to: '/departments', labelKey: 'nav.departments', icon: <BuildingMultipleRegular aria-hidden="true" /> },
];
