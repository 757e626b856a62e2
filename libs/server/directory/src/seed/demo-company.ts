// Deterministic generator for the demo company: departments and people as plain data.
// It never touches the database; the seeder and the load tests turn its output into rows.
// The same scale always gives the same company (seeded PRNG, no Math.random, no clock).

import { ALL_ROLES, Role } from '@kakehashi/shared-contracts';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, FOREIGN_NAME_GROUPS, MALE_GIVEN_NAMES, type NameEntry, toHiragana } from './names';
import {
  BASE_UNITS,
  type Bilingual,
  FAMILY_PROFILES,
  type FamilyProfile,
  GROWTH_UNITS,
  OWN_SHARE_WITH_SECTIONS,
  ROOT_OFFICER_TITLES,
  type UnitTemplate,
} from './org';
import { chance, pick, type Rng, rngFor, WeightedTable } from './prng';

export type PersonaKey = 'employee' | 'editor' | 'sales' | 'support' | 'product' | 'executive' | 'admin';

export const PERSONA_KEYS: readonly PersonaKey[] = ['employee', 'editor', 'sales', 'support', 'product', 'executive', 'admin'];

export interface SeedDepartment {
  key: string;
  code: string;
  nameJa: string;
  nameEn: string;
  parentKey: string | null;
  sortOrder: number;
}

export interface SeedPerson {
  key: string;
  displayName: string;
  displayNameKana: string;
  displayNameEn: string;
  email: string;
  title: string | null;
  titleEn: string | null;
  departmentKey: string;
  managerKey: string | null;
  roles: Role[];
  preferredLocale: 'ja' | 'en';
  location: string | null;
  persona: PersonaKey | null;
}

export interface DemoCompany {
  departments: SeedDepartment[];
  people: SeedPerson[];
}

export const DEMO_EMAIL_DOMAIN = 'kakehashi-demo.example';

/** Headcount at scale 1, matching the "about 150 people" of the demo seed. */
const PEOPLE_PER_SCALE = 150;

// ---------------------------------------------------------------------------
// Fixed people: the CEO and one person per persona, identical at every scale so the
// dev sign-in and the tests can rely on them.

interface FixedPerson {
  readonly key: string;
  readonly persona: PersonaKey | null;
  readonly unitKey: string;
  /** Heads their unit (the CEO heads the root, the executive heads 営業本部). */
  readonly isHead: boolean;
  readonly family: NameEntry;
  readonly given: NameEntry;
  readonly title: Bilingual;
  readonly location: string;
  /** Roles not implied by title or unit. */
  readonly grantedRoles: readonly Role[];
}

const CEO_KEY = 'ceo';

const FIXED_PEOPLE: readonly FixedPerson[] = [
  {
    key: CEO_KEY,
    persona: null,
    unitKey: 'hq',
    isHead: true,
    family: ['高橋', 'たかはし', 'Takahashi'],
    given: ['誠一郎', 'せいいちろう', 'Seiichiro'],
    title: ['代表取締役社長', 'President and CEO'],
    location: '東京本社',
    grantedRoles: [],
  },
  {
    key: 'persona-executive',
    persona: 'executive',
    unitKey: 'sales-div',
    isHead: true,
    family: ['山本', 'やまもと', 'Yamamoto'],
    given: ['浩二', 'こうじ', 'Koji'],
    title: ['執行役員 営業本部長', 'Executive Officer, Head of Sales Division'],
    location: '東京本社',
    grantedRoles: [],
  },
  {
    key: 'persona-sales',
    persona: 'sales',
    unitKey: 'sales-east',
    isHead: false,
    family: ['田中', 'たなか', 'Tanaka'],
    given: ['健太', 'けんた', 'Kenta'],
    title: ['営業担当', 'Account Executive'],
    location: '東京本社',
    grantedRoles: [],
  },
  {
    key: 'persona-support',
    persona: 'support',
    unitKey: 'customer-support',
    isHead: false,
    family: ['小林', 'こばやし', 'Kobayashi'],
    given: ['彩', 'あや', 'Aya'],
    title: ['サポート担当', 'Support Agent'],
    location: '東京本社',
    grantedRoles: [],
  },
  {
    key: 'persona-product',
    persona: 'product',
    unitKey: 'product',
    isHead: false,
    family: ['伊藤', 'いとう', 'Ito'],
    given: ['直樹', 'なおき', 'Naoki'],
    title: ['プロダクトマネージャー', 'Product Manager'],
    location: '東京本社',
    grantedRoles: [],
  },
  {
    key: 'persona-employee',
    persona: 'employee',
    unitKey: 'engineering',
    isHead: false,
    family: ['佐藤', 'さとう', 'Sato'],
    given: ['翔太', 'しょうた', 'Shota'],
    title: ['エンジニア', 'Software Engineer'],
    location: '東京本社',
    grantedRoles: [],
  },
  {
    key: 'persona-admin',
    persona: 'admin',
    unitKey: 'it',
    isHead: false,
    family: ['加藤', 'かとう', 'Kato'],
    given: ['誠', 'まこと', 'Makoto'],
    title: ['社内SE', 'IT Engineer'],
    location: '東京本社',
    grantedRoles: [Role.HUB_ADMIN],
  },
  {
    key: 'persona-editor',
    persona: 'editor',
    unitKey: 'pr',
    isHead: false,
    family: ['中村', 'なかむら', 'Nakamura'],
    given: ['美咲', 'みさき', 'Misaki'],
    title: ['広報担当', 'PR Specialist'],
    location: '東京本社',
    grantedRoles: [Role.HUB_EDITOR],
  },
];

// ---------------------------------------------------------------------------
// Name picking.

interface PersonName {
  readonly familyJa: string;
  readonly givenJa: string;
  readonly familyKana: string;
  readonly givenKana: string;
  readonly familyEn: string;
  readonly givenEn: string;
  readonly foreign: boolean;
}

// Common family names come up more often, as in a real directory (Sato is about six
// times as common as the last names on the list).
const FAMILY_TABLE = new WeightedTable(FAMILY_NAMES.map((entry, rank) => [entry, 1 / (rank + 20)] as const));

function entryName(family: NameEntry, given: NameEntry): PersonName {
  return {
    familyJa: family[0],
    givenJa: given[0],
    familyKana: family[1],
    givenKana: given[1],
    familyEn: family[2],
    givenEn: given[2],
    foreign: false,
  };
}

function randomName(rng: Rng, foreignShare: number): PersonName {
  if (foreignShare > 0 && chance(rng, foreignShare)) {
    const group = pick(rng, FOREIGN_NAME_GROUPS);
    const [familyJa, familyEn] = pick(rng, group.families);
    const [givenJa, givenEn] = pick(rng, group.givens);
    return { familyJa, givenJa, familyKana: toHiragana(familyJa), givenKana: toHiragana(givenJa), familyEn, givenEn, foreign: true };
  }
  const given = pick(rng, chance(rng, 0.5) ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  return entryName(FAMILY_TABLE.pick(rng), given);
}

/** Hands out unique addresses: given.family@domain, then given.family2@domain, … */
class EmailBook {
  private readonly used = new Map<string, number>();

  take(name: PersonName): string {
    const base = `${name.givenEn}.${name.familyEn}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    // Bases never end in a digit, so "taro.yamada2" can never clash with another base.
    return `${count === 1 ? base : `${base}${count}`}@${DEMO_EMAIL_DOMAIN}`;
  }
}

// ---------------------------------------------------------------------------
// Which units exist at a scale, and how many people each gets.

/** Units grow slowly: none added at scale 1, about 26 at scale 100, capped by the templates. */
function growthUnitCount(scale: number): number {
  const count = Math.floor(13 * Math.log10(Math.max(1, scale)) + 1e-9);
  return Math.min(GROWTH_UNITS.length, count);
}

/** The root keeps a small fixed office: the CEO, the officers and a few assistants. */
function rootSize(scale: number): number {
  return 2 + ROOT_OFFICER_TITLES.length + Math.floor(2 * Math.log10(Math.max(1, scale)) + 1e-9);
}

/** Parents before children, siblings by sortOrder: the order departments are listed and seeded in. */
function orderUnits(units: readonly UnitTemplate[]): UnitTemplate[] {
  const children = new Map<string | null, UnitTemplate[]>();
  for (const unit of units) {
    const siblings = children.get(unit.parentKey) ?? [];
    siblings.push(unit);
    children.set(unit.parentKey, siblings);
  }
  const ordered: UnitTemplate[] = [];
  const visit = (parentKey: string | null): void => {
    const siblings = [...(children.get(parentKey) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    for (const unit of siblings) {
      ordered.push(unit);
      visit(unit.key);
    }
  };
  visit(null);
  return ordered;
}

/** Relative headcount of each non-root unit; a department with sections keeps a small share itself. */
function unitWeights(units: readonly UnitTemplate[]): Map<string, number> {
  const byKey = new Map(units.map((unit) => [unit.key, unit]));
  const sectionCount = new Map<string, number>();
  for (const unit of units) {
    if (unit.kind === 'section' && unit.parentKey) sectionCount.set(unit.parentKey, (sectionCount.get(unit.parentKey) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const unit of units) {
    if (unit.kind === 'root') continue;
    if (unit.kind === 'section') {
      const parent = unit.parentKey ? byKey.get(unit.parentKey) : undefined;
      const sections = sectionCount.get(unit.parentKey ?? '') ?? 1;
      weights.set(unit.key, ((parent?.weight ?? 1) * (1 - OWN_SHARE_WITH_SECTIONS)) / sections);
    } else {
      const own = sectionCount.has(unit.key) ? OWN_SHARE_WITH_SECTIONS : 1;
      weights.set(unit.key, (unit.weight ?? 1) * own);
    }
  }
  return weights;
}

/** Smallest headcount a unit can have: its head, the fixed people placed in it, and one more who can edit its newsletter. */
function minimumSize(unit: UnitTemplate): number {
  const fixed = FIXED_PEOPLE.filter((person) => person.unitKey === unit.key);
  return (fixed.some((person) => person.isHead) ? 0 : 1) + fixed.length + 1;
}

/** Largest-remainder split of the headcount, then topped up to each unit's minimum. */
function planSizes(units: readonly UnitTemplate[], scale: number): Map<string, number> {
  const sizes = new Map<string, number>();
  const root = units.find((unit) => unit.kind === 'root');
  if (!root) throw new Error('demo company has no root unit');
  sizes.set(root.key, rootSize(scale));

  const weights = unitWeights(units);
  const minimums = units.filter((unit) => unit.kind !== 'root').map((unit) => minimumSize(unit));
  const floor = minimums.reduce((sum, n) => sum + n, 0);
  const available = Math.max(Math.round(PEOPLE_PER_SCALE * scale) - rootSize(scale), floor);

  const totalWeight = [...weights.values()].reduce((sum, w) => sum + w, 0);
  const quotas = [...weights.entries()].map(([key, weight], index) => {
    const exact = (available * weight) / totalWeight;
    return { key, index, size: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = available - quotas.reduce((sum, q) => sum + q.size, 0);
  for (const quota of [...quotas].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left <= 0) break;
    quota.size += 1;
    left -= 1;
  }
  // Tiny scales can starve a unit; take the shortfall from the largest units.
  quotas.forEach((quota, index) => {
    while (quota.size < minimums[index]) {
      const donor = quotas.reduce((best, q, i) => (q.size - minimums[i] > best.size - minimums[best.index] ? q : best), quotas[0]);
      if (donor.size - minimums[donor.index] <= 0) break;
      donor.size -= 1;
      quota.size += 1;
    }
  });
  for (const quota of quotas) sizes.set(quota.key, quota.size);
  return sizes;
}

// ---------------------------------------------------------------------------
// Titles and roles.

function headTitle(unit: UnitTemplate): Bilingual {
  if (unit.headTitle) return unit.headTitle;
  switch (unit.kind) {
    case 'division':
      return [`${unit.nameJa}長`, `Head of ${unit.nameEn}`];
    case 'section':
      return [`${unit.nameJa} 課長`, `Section Manager, ${unit.nameEn}`];
    default:
      return [`${unit.nameJa} 部長`, `General Manager, ${unit.nameEn}`];
  }
}

// Board members, executive officers and division heads (本部長) see the board dashboard.
const EXECUTIVE_TITLE = /^(代表取締役|取締役|執行役員)|本部長$/;

/** Roles that follow from where someone sits and what their title is. */
function impliedRoles(unit: UnitTemplate, titleJa: string, isHead: boolean): Role[] {
  const roles: Role[] = [];
  if (EXECUTIVE_TITLE.test(titleJa)) roles.push(Role.EXEC_VIEWER);
  // Product managers (and whoever leads a product unit) triage customer voices.
  if (unit.family === 'product' && (isHead || titleJa.includes('プロダクトマネージャー'))) roles.push(Role.PRODUCT_TRIAGE);
  // The head of 情報システム administers the hub alongside the admin persona.
  if (unit.key === 'it' && isHead) roles.push(Role.HUB_ADMIN);
  return roles;
}

function sortRoles(roles: Iterable<Role>): Role[] {
  const set = new Set(roles);
  return ALL_ROLES.filter((role) => set.has(role));
}

// ---------------------------------------------------------------------------
// Building people unit by unit.

interface UnitRoster {
  readonly unit: UnitTemplate;
  readonly head: SeedPerson;
  /** Everyone but the head, fixed people first. */
  readonly members: readonly SeedPerson[];
  /** Generated (not fixed) members: the pool editors are drawn from. */
  readonly generatedMembers: readonly SeedPerson[];
}

interface PersonDraft {
  key: string;
  name: PersonName;
  title: Bilingual;
  location: string;
  persona: PersonaKey | null;
  grantedRoles: readonly Role[];
}

function buildPerson(draft: PersonDraft, email: string, unit: UnitTemplate, managerKey: string | null, isHead: boolean): SeedPerson {
  const { name } = draft;
  return {
    key: draft.key,
    displayName: `${name.familyJa} ${name.givenJa}`,
    displayNameKana: `${name.familyKana} ${name.givenKana}`,
    displayNameEn: `${name.givenEn} ${name.familyEn}`,
    email,
    title: draft.title[0],
    titleEn: draft.title[1],
    departmentKey: unit.key,
    managerKey,
    roles: sortRoles([...impliedRoles(unit, draft.title[0], isHead), ...draft.grantedRoles]),
    preferredLocale: name.foreign ? 'en' : 'ja',
    location: draft.location,
    persona: draft.persona,
  };
}

function fixedDraft(person: FixedPerson): PersonDraft {
  return {
    key: person.key,
    name: entryName(person.family, person.given),
    title: person.title,
    location: person.location,
    persona: person.persona,
    grantedRoles: person.grantedRoles,
  };
}

function staffUnit(
  unit: UnitTemplate,
  size: number,
  managerOfHead: string | null,
  emails: EmailBook,
  fixedEmails: ReadonlyMap<string, string>,
): UnitRoster {
  const rng = rngFor(`unit:${unit.key}`);
  const profile: FamilyProfile = FAMILY_PROFILES[unit.family];
  const offices = unit.locations ?? profile.locations;
  const officeTable = new WeightedTable(offices);
  const titleTable = new WeightedTable(profile.titles);
  const fixed = FIXED_PEOPLE.filter((person) => person.unitKey === unit.key);

  const fixedHead = fixed.find((person) => person.isHead);
  const headDraft: PersonDraft = fixedHead
    ? fixedDraft(fixedHead)
    : {
        key: `${unit.key}-head`,
        name: randomName(rng, profile.foreignShare),
        title: headTitle(unit),
        location: offices[0][0],
        persona: null,
        grantedRoles: [],
      };
  const emailOf = (draft: PersonDraft): string => fixedEmails.get(draft.key) ?? emails.take(draft.name);
  const head = buildPerson(headDraft, emailOf(headDraft), unit, managerOfHead, true);

  const members: SeedPerson[] = [];
  const generatedMembers: SeedPerson[] = [];
  for (const person of fixed) {
    if (!person.isHead) members.push(buildPerson(fixedDraft(person), emailOf(fixedDraft(person)), unit, head.key, false));
  }
  // The root's first seats go to the officers; everyone else gets a title from the unit's family.
  const officerTitles = unit.kind === 'root' ? [...ROOT_OFFICER_TITLES] : [];
  for (let seq = 1; members.length + 1 < size; seq++) {
    const draft: PersonDraft = {
      key: `${unit.key}-${String(seq).padStart(4, '0')}`,
      name: randomName(rng, profile.foreignShare),
      title: officerTitles.shift() ?? titleTable.pick(rng),
      location: officeTable.pick(rng),
      persona: null,
      grantedRoles: [],
    };
    const person = buildPerson(draft, emailOf(draft), unit, head.key, false);
    members.push(person);
    generatedMembers.push(person);
  }
  return { unit, head, members, generatedMembers };
}

/**
 * One or two editors per department (two in big ones), the root included (its newsletter
 * carries the CEO's messages). 広報's editor persona counts toward 広報's editors.
 */
function appointEditors(rosters: readonly UnitRoster[]): void {
  for (const roster of rosters) {
    const everyone = [roster.head, ...roster.members];
    let wanted = (everyone.length >= 30 ? 2 : 1) - everyone.filter((p) => p.roles.includes(Role.HUB_EDITOR)).length;
    const rng = rngFor(`editors:${roster.unit.key}`);
    const pool = roster.generatedMembers.filter((p) => p.roles.length === 0);
    while (wanted > 0 && pool.length > 0) {
      const [chosen] = pool.splice(Math.floor(rng() * pool.length), 1);
      chosen.roles = sortRoles([...chosen.roles, Role.HUB_EDITOR]);
      wanted -= 1;
    }
    // A unit of one still needs someone to publish its newsletter: its head.
    if (wanted > 0 && !roster.head.roles.includes(Role.HUB_EDITOR)) {
      roster.head.roles = sortRoles([...roster.head.roles, Role.HUB_EDITOR]);
    }
  }
}

// ---------------------------------------------------------------------------

/**
 * The demo company at a scale: scale 1 is ~150 people in 14 departments, scale 100 is
 * ~15,000 people in ~40 departments. Deterministic for a given scale.
 */
export function generateDemoCompany(options: { scale?: number } = {}): DemoCompany {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a positive number, got ${scale}`);

  const units = orderUnits([...BASE_UNITS, ...GROWTH_UNITS.slice(0, growthUnitCount(scale))]);
  const sizes = planSizes(units, scale);

  // Reserve the fixed people's addresses first so they keep the plain given.family form.
  const emails = new EmailBook();
  const fixedEmails = new Map(FIXED_PEOPLE.map((person) => [person.key, emails.take(entryName(person.family, person.given))]));

  const headKeys = new Map<string, string>();
  const rosters: UnitRoster[] = [];
  for (const unit of units) {
    const managerOfHead = unit.parentKey ? (headKeys.get(unit.parentKey) ?? null) : null;
    const roster = staffUnit(unit, sizes.get(unit.key) ?? 1, managerOfHead, emails, fixedEmails);
    headKeys.set(unit.key, roster.head.key);
    rosters.push(roster);
  }
  appointEditors(rosters);

  return {
    departments: units.map((unit) => ({
      key: unit.key,
      code: unit.code,
      nameJa: unit.nameJa,
      nameEn: unit.nameEn,
      parentKey: unit.parentKey,
      sortOrder: unit.sortOrder,
    })),
    people: rosters.flatMap((roster) => [roster.head, ...roster.members]),
  };
}
