// The shape of the demo company as data: which units exist, how people spread over them,
// and what job titles and offices each kind of unit has.

export type UnitKind = 'root' | 'division' | 'department' | 'section';

/** Units of one family share job titles, office spread and share of non-Japanese staff. */
export type UnitFamily =
  | 'executive'
  | 'sales'
  | 'sales-ops'
  | 'success'
  | 'support'
  | 'product'
  | 'design'
  | 'engineering'
  | 'qa'
  | 'marketing'
  | 'hr'
  | 'planning'
  | 'finance'
  | 'it'
  | 'pr'
  | 'legal'
  | 'general-affairs'
  | 'audit';

export type Bilingual = readonly [ja: string, en: string];

export interface UnitTemplate {
  readonly key: string;
  readonly code: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly parentKey: string | null;
  /** Fixed per unit so a unit keeps its place among siblings at every scale. */
  readonly sortOrder: number;
  readonly kind: UnitKind;
  readonly family: UnitFamily;
  /** Share of the headcount (root, divisions and departments); sections split their parent's. */
  readonly weight?: number;
  /** Offices of a regional unit (weighted, first = the head's), instead of the family's usual spread. */
  readonly locations?: ReadonlyArray<readonly [string, number]>;
  /** Head's title when the usual 部長 / 課長 does not fit (e.g. 室長). */
  readonly headTitle?: Bilingual;
}

/** The company at scale 1: 14 units, weights sum to the ~150 people of the demo seed. */
export const BASE_UNITS: readonly UnitTemplate[] = [
  { key: 'hq', code: 'HQ', nameJa: '本社', nameEn: 'Headquarters', parentKey: null, sortOrder: 0, kind: 'root', family: 'executive' },
  {
    key: 'sales-div',
    code: 'SLS',
    nameJa: '営業本部',
    nameEn: 'Sales Division',
    parentKey: 'hq',
    sortOrder: 10,
    kind: 'division',
    family: 'sales-ops',
    weight: 2,
  },
  {
    key: 'sales-east',
    code: 'SLS-E',
    nameJa: '東日本営業部',
    nameEn: 'East Japan Sales',
    parentKey: 'sales-div',
    sortOrder: 10,
    kind: 'department',
    family: 'sales',
    weight: 24,
    locations: [
      ['東京本社', 85],
      ['仙台営業所', 15],
    ],
  },
  {
    key: 'sales-west',
    code: 'SLS-W',
    nameJa: '西日本営業部',
    nameEn: 'West Japan Sales',
    parentKey: 'sales-div',
    sortOrder: 20,
    kind: 'department',
    family: 'sales',
    weight: 18,
    locations: [
      ['大阪支社', 60],
      ['名古屋営業所', 20],
      ['福岡営業所', 20],
    ],
  },
  {
    key: 'customer-success',
    code: 'CS',
    nameJa: 'カスタマーサクセス部',
    nameEn: 'Customer Success',
    parentKey: 'hq',
    sortOrder: 20,
    kind: 'department',
    family: 'success',
    weight: 14,
  },
  {
    key: 'customer-support',
    code: 'SUP',
    nameJa: 'カスタマーサポート部',
    nameEn: 'Customer Support',
    parentKey: 'hq',
    sortOrder: 30,
    kind: 'department',
    family: 'support',
    weight: 16,
  },
  {
    key: 'product',
    code: 'PRD',
    nameJa: 'プロダクト部',
    nameEn: 'Product',
    parentKey: 'hq',
    sortOrder: 40,
    kind: 'department',
    family: 'product',
    weight: 10,
  },
  {
    key: 'engineering',
    code: 'ENG',
    nameJa: '開発部',
    nameEn: 'Engineering',
    parentKey: 'hq',
    sortOrder: 50,
    kind: 'department',
    family: 'engineering',
    weight: 30,
  },
  {
    key: 'marketing',
    code: 'MKT',
    nameJa: 'マーケティング部',
    nameEn: 'Marketing',
    parentKey: 'hq',
    sortOrder: 60,
    kind: 'department',
    family: 'marketing',
    weight: 8,
  },
  {
    key: 'hr',
    code: 'HR',
    nameJa: '人事部',
    nameEn: 'Human Resources',
    parentKey: 'hq',
    sortOrder: 70,
    kind: 'department',
    family: 'hr',
    weight: 6,
  },
  {
    key: 'corporate-planning',
    code: 'CPL',
    nameJa: '経営企画部',
    nameEn: 'Corporate Planning',
    parentKey: 'hq',
    sortOrder: 80,
    kind: 'department',
    family: 'planning',
    weight: 4,
  },
  {
    key: 'finance',
    code: 'FIN',
    nameJa: '財務部',
    nameEn: 'Finance',
    parentKey: 'hq',
    sortOrder: 90,
    kind: 'department',
    family: 'finance',
    weight: 5,
  },
  {
    key: 'it',
    code: 'IT',
    nameJa: '情報システム部',
    nameEn: 'Information Systems',
    parentKey: 'hq',
    sortOrder: 100,
    kind: 'department',
    family: 'it',
    weight: 5,
  },
  {
    key: 'pr',
    code: 'PR',
    nameJa: '広報部',
    nameEn: 'Public Relations',
    parentKey: 'hq',
    sortOrder: 110,
    kind: 'department',
    family: 'pr',
    weight: 4,
  },
];

/**
 * Units that appear as the company grows, in the order they appear: first sections
 * (課) under the big departments, later the corporate departments a larger company has.
 */
export const GROWTH_UNITS: readonly UnitTemplate[] = [
  {
    key: 'eng-platform',
    code: 'ENG-PF',
    nameJa: 'プラットフォーム開発課',
    nameEn: 'Platform Engineering',
    parentKey: 'engineering',
    sortOrder: 10,
    kind: 'section',
    family: 'engineering',
  },
  {
    key: 'sales-east-1',
    code: 'SLS-E1',
    nameJa: '第一営業課',
    nameEn: 'Sales Section 1',
    parentKey: 'sales-east',
    sortOrder: 10,
    kind: 'section',
    family: 'sales',
    locations: [['東京本社', 1]],
  },
  {
    key: 'sales-west-kansai',
    code: 'SLS-W-KS',
    nameJa: '関西営業課',
    nameEn: 'Kansai Sales',
    parentKey: 'sales-west',
    sortOrder: 10,
    kind: 'section',
    family: 'sales',
    locations: [['大阪支社', 1]],
  },
  {
    key: 'eng-application',
    code: 'ENG-APP',
    nameJa: 'アプリケーション開発課',
    nameEn: 'Application Engineering',
    parentKey: 'engineering',
    sortOrder: 20,
    kind: 'section',
    family: 'engineering',
  },
  {
    key: 'support-technical',
    code: 'SUP-TEC',
    nameJa: 'テクニカルサポート課',
    nameEn: 'Technical Support',
    parentKey: 'customer-support',
    sortOrder: 10,
    kind: 'section',
    family: 'support',
  },
  {
    key: 'sales-east-2',
    code: 'SLS-E2',
    nameJa: '第二営業課',
    nameEn: 'Sales Section 2',
    parentKey: 'sales-east',
    sortOrder: 20,
    kind: 'section',
    family: 'sales',
    locations: [['東京本社', 1]],
  },
  {
    key: 'cs-enterprise',
    code: 'CS-ENT',
    nameJa: 'エンタープライズサクセス課',
    nameEn: 'Enterprise Success',
    parentKey: 'customer-success',
    sortOrder: 10,
    kind: 'section',
    family: 'success',
  },
  {
    key: 'it-infra',
    code: 'IT-INF',
    nameJa: 'インフラ課',
    nameEn: 'Infrastructure',
    parentKey: 'it',
    sortOrder: 10,
    kind: 'section',
    family: 'it',
  },
  {
    key: 'general-affairs',
    code: 'GA',
    nameJa: '総務部',
    nameEn: 'General Affairs',
    parentKey: 'hq',
    sortOrder: 120,
    kind: 'department',
    family: 'general-affairs',
    weight: 4,
  },
  {
    key: 'sales-west-chubu',
    code: 'SLS-W-CB',
    nameJa: '中部営業課',
    nameEn: 'Chubu Sales',
    parentKey: 'sales-west',
    sortOrder: 20,
    kind: 'section',
    family: 'sales',
    locations: [['名古屋営業所', 1]],
  },
  {
    key: 'support-contact',
    code: 'SUP-CC',
    nameJa: 'コンタクトセンター課',
    nameEn: 'Contact Center',
    parentKey: 'customer-support',
    sortOrder: 20,
    kind: 'section',
    family: 'support',
    locations: [['福岡サポートセンター', 1]],
  },
  {
    key: 'eng-qa',
    code: 'ENG-QA',
    nameJa: '品質保証課',
    nameEn: 'Quality Assurance',
    parentKey: 'engineering',
    sortOrder: 30,
    kind: 'section',
    family: 'qa',
  },
  {
    key: 'product-management',
    code: 'PRD-PM',
    nameJa: 'プロダクトマネジメント課',
    nameEn: 'Product Management',
    parentKey: 'product',
    sortOrder: 10,
    kind: 'section',
    family: 'product',
  },
  {
    key: 'mkt-digital',
    code: 'MKT-DM',
    nameJa: 'デジタルマーケティング課',
    nameEn: 'Digital Marketing',
    parentKey: 'marketing',
    sortOrder: 10,
    kind: 'section',
    family: 'marketing',
  },
  {
    key: 'hr-recruiting',
    code: 'HR-REC',
    nameJa: '採用課',
    nameEn: 'Recruiting',
    parentKey: 'hr',
    sortOrder: 10,
    kind: 'section',
    family: 'hr',
  },
  {
    key: 'sales-east-public',
    code: 'SLS-E-PUB',
    nameJa: '公共営業課',
    nameEn: 'Public Sector Sales',
    parentKey: 'sales-east',
    sortOrder: 30,
    kind: 'section',
    family: 'sales',
    locations: [['東京本社', 1]],
  },
  {
    key: 'fin-accounting',
    code: 'FIN-ACC',
    nameJa: '経理課',
    nameEn: 'Accounting',
    parentKey: 'finance',
    sortOrder: 10,
    kind: 'section',
    family: 'finance',
  },
  {
    key: 'cs-onboarding',
    code: 'CS-ONB',
    nameJa: 'オンボーディング課',
    nameEn: 'Onboarding',
    parentKey: 'customer-success',
    sortOrder: 20,
    kind: 'section',
    family: 'success',
  },
  {
    key: 'eng-sre',
    code: 'ENG-SRE',
    nameJa: 'SRE課',
    nameEn: 'Site Reliability Engineering',
    parentKey: 'engineering',
    sortOrder: 40,
    kind: 'section',
    family: 'engineering',
  },
  {
    key: 'legal',
    code: 'LGL',
    nameJa: '法務部',
    nameEn: 'Legal',
    parentKey: 'hq',
    sortOrder: 130,
    kind: 'department',
    family: 'legal',
    weight: 2,
  },
  {
    key: 'sales-west-kyushu',
    code: 'SLS-W-KY',
    nameJa: '九州営業課',
    nameEn: 'Kyushu Sales',
    parentKey: 'sales-west',
    sortOrder: 30,
    kind: 'section',
    family: 'sales',
    locations: [['福岡営業所', 1]],
  },
  {
    key: 'product-ux',
    code: 'PRD-UX',
    nameJa: 'UXデザイン課',
    nameEn: 'UX Design',
    parentKey: 'product',
    sortOrder: 20,
    kind: 'section',
    family: 'design',
  },
  {
    key: 'sales-partner',
    code: 'SLS-P',
    nameJa: 'パートナー営業部',
    nameEn: 'Partner Sales',
    parentKey: 'sales-div',
    sortOrder: 30,
    kind: 'department',
    family: 'sales',
    weight: 6,
    locations: [['東京本社', 1]],
  },
  {
    key: 'it-helpdesk',
    code: 'IT-HD',
    nameJa: 'ヘルプデスク課',
    nameEn: 'IT Help Desk',
    parentKey: 'it',
    sortOrder: 20,
    kind: 'section',
    family: 'it',
  },
  {
    key: 'hr-labor',
    code: 'HR-LR',
    nameJa: '労務課',
    nameEn: 'Labor Relations',
    parentKey: 'hr',
    sortOrder: 20,
    kind: 'section',
    family: 'hr',
  },
  {
    key: 'eng-mobile',
    code: 'ENG-MOB',
    nameJa: 'モバイル開発課',
    nameEn: 'Mobile Engineering',
    parentKey: 'engineering',
    sortOrder: 50,
    kind: 'section',
    family: 'engineering',
  },
  {
    key: 'mkt-field',
    code: 'MKT-FM',
    nameJa: 'フィールドマーケティング課',
    nameEn: 'Field Marketing',
    parentKey: 'marketing',
    sortOrder: 20,
    kind: 'section',
    family: 'marketing',
  },
  {
    key: 'sales-east-north',
    code: 'SLS-E-N',
    nameJa: '北日本営業課',
    nameEn: 'North Japan Sales',
    parentKey: 'sales-east',
    sortOrder: 40,
    kind: 'section',
    family: 'sales',
    locations: [['仙台営業所', 1]],
  },
  {
    key: 'support-knowledge',
    code: 'SUP-KM',
    nameJa: 'ナレッジ管理課',
    nameEn: 'Knowledge Management',
    parentKey: 'customer-support',
    sortOrder: 30,
    kind: 'section',
    family: 'support',
  },
  {
    key: 'eng-data',
    code: 'ENG-DATA',
    nameJa: 'データ基盤課',
    nameEn: 'Data Platform',
    parentKey: 'engineering',
    sortOrder: 60,
    kind: 'section',
    family: 'engineering',
  },
  {
    key: 'it-security',
    code: 'IT-SEC',
    nameJa: '情報セキュリティ課',
    nameEn: 'Information Security',
    parentKey: 'it',
    sortOrder: 30,
    kind: 'section',
    family: 'it',
  },
  {
    key: 'cpl-ir',
    code: 'CPL-IR',
    nameJa: 'IR課',
    nameEn: 'Investor Relations',
    parentKey: 'corporate-planning',
    sortOrder: 10,
    kind: 'section',
    family: 'planning',
  },
  {
    key: 'hr-development',
    code: 'HR-LD',
    nameJa: '人材開発課',
    nameEn: 'Learning and Development',
    parentKey: 'hr',
    sortOrder: 30,
    kind: 'section',
    family: 'hr',
  },
  {
    key: 'fin-treasury',
    code: 'FIN-TRS',
    nameJa: '財務課',
    nameEn: 'Treasury',
    parentKey: 'finance',
    sortOrder: 20,
    kind: 'section',
    family: 'finance',
  },
  {
    key: 'internal-audit',
    code: 'AUD',
    nameJa: '内部監査室',
    nameEn: 'Internal Audit',
    parentKey: 'hq',
    sortOrder: 140,
    kind: 'department',
    family: 'audit',
    weight: 1,
    headTitle: ['内部監査室 室長', 'Head of Internal Audit'],
  },
  {
    key: 'sales-planning',
    code: 'SLS-PLN',
    nameJa: '営業企画部',
    nameEn: 'Sales Planning',
    parentKey: 'sales-div',
    sortOrder: 40,
    kind: 'department',
    family: 'sales-ops',
    weight: 2,
    locations: [['東京本社', 1]],
  },
];

/** Part of a department's people who stay in the department itself once it has sections. */
export const OWN_SHARE_WITH_SECTIONS = 0.15;

/** Officers who sit at the root next to the CEO, at every scale. */
export const ROOT_OFFICER_TITLES: readonly Bilingual[] = [
  ['取締役 CTO', 'Director and CTO'],
  ['取締役 CFO', 'Director and CFO'],
];

export interface FamilyProfile {
  /** Member titles with relative weights. */
  readonly titles: ReadonlyArray<readonly [Bilingual, number]>;
  /** Offices with relative weights, used when the unit names no office of its own. */
  readonly locations: ReadonlyArray<readonly [string, number]>;
  /** Chance that a member is a non-Japanese hire (who prefers English). */
  readonly foreignShare: number;
}

const MOSTLY_TOKYO: ReadonlyArray<readonly [string, number]> = [
  ['東京本社', 90],
  ['リモート', 10],
];

export const FAMILY_PROFILES: Readonly<Record<UnitFamily, FamilyProfile>> = {
  executive: {
    titles: [
      [['秘書', 'Executive Assistant'], 2],
      [['社長室 担当', 'Office of the President Staff'], 1],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  sales: {
    titles: [
      [['営業担当', 'Account Executive'], 50],
      [['主任', 'Senior Account Executive'], 15],
      [['インサイドセールス', 'Inside Sales Representative'], 15],
      [['営業アシスタント', 'Sales Assistant'], 10],
      [['アカウントマネージャー', 'Account Manager'], 10],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  'sales-ops': {
    titles: [
      [['営業企画担当', 'Sales Operations Specialist'], 60],
      [['セールスイネーブルメント担当', 'Sales Enablement Specialist'], 25],
      [['主任', 'Senior Sales Operations Specialist'], 15],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  success: {
    titles: [
      [['カスタマーサクセスマネージャー', 'Customer Success Manager'], 55],
      [['オンボーディング担当', 'Onboarding Specialist'], 20],
      [['主任', 'Senior Customer Success Manager'], 15],
      [['カスタマーサクセスアナリスト', 'Customer Success Analyst'], 10],
    ],
    locations: [
      ['東京本社', 75],
      ['大阪支社', 15],
      ['リモート', 10],
    ],
    foreignShare: 0.02,
  },
  support: {
    titles: [
      [['サポート担当', 'Support Agent'], 55],
      [['テクニカルサポートエンジニア', 'Technical Support Engineer'], 25],
      [['主任', 'Support Lead'], 12],
      [['サポートアシスタント', 'Support Assistant'], 8],
    ],
    locations: [
      ['東京本社', 50],
      ['福岡サポートセンター', 35],
      ['リモート', 15],
    ],
    foreignShare: 0,
  },
  product: {
    titles: [
      [['プロダクトマネージャー', 'Product Manager'], 35],
      [['シニアプロダクトマネージャー', 'Senior Product Manager'], 10],
      [['UXデザイナー', 'UX Designer'], 25],
      [['プロダクトアナリスト', 'Product Analyst'], 18],
      [['テクニカルライター', 'Technical Writer'], 12],
    ],
    locations: [
      ['東京本社', 80],
      ['リモート', 20],
    ],
    foreignShare: 0.08,
  },
  design: {
    titles: [
      [['UXデザイナー', 'UX Designer'], 60],
      [['UIデザイナー', 'UI Designer'], 25],
      [['UXリサーチャー', 'UX Researcher'], 15],
    ],
    locations: [
      ['東京本社', 80],
      ['リモート', 20],
    ],
    foreignShare: 0.08,
  },
  engineering: {
    titles: [
      [['エンジニア', 'Software Engineer'], 50],
      [['シニアエンジニア', 'Senior Software Engineer'], 20],
      [['主任エンジニア', 'Lead Engineer'], 10],
      [['エンジニアリングマネージャー', 'Engineering Manager'], 5],
      [['SREエンジニア', 'Site Reliability Engineer'], 8],
      [['データエンジニア', 'Data Engineer'], 7],
    ],
    locations: [
      ['東京本社', 55],
      ['リモート', 30],
      ['大阪支社', 15],
    ],
    foreignShare: 0.15,
  },
  qa: {
    titles: [
      [['QAエンジニア', 'QA Engineer'], 70],
      [['テスト自動化エンジニア', 'Test Automation Engineer'], 20],
      [['主任', 'QA Lead'], 10],
    ],
    locations: [
      ['東京本社', 60],
      ['リモート', 40],
    ],
    foreignShare: 0.1,
  },
  marketing: {
    titles: [
      [['マーケティング担当', 'Marketing Specialist'], 45],
      [['コンテンツマーケター', 'Content Marketer'], 20],
      [['プロダクトマーケティングマネージャー', 'Product Marketing Manager'], 15],
      [['主任', 'Senior Marketing Specialist'], 10],
      [['イベント担当', 'Events Specialist'], 10],
    ],
    locations: MOSTLY_TOKYO,
    foreignShare: 0.03,
  },
  hr: {
    titles: [
      [['人事担当', 'HR Specialist'], 45],
      [['採用担当', 'Recruiter'], 30],
      [['労務担当', 'Payroll and Benefits Specialist'], 15],
      [['主任', 'Senior HR Specialist'], 10],
    ],
    locations: MOSTLY_TOKYO,
    foreignShare: 0,
  },
  planning: {
    titles: [
      [['経営企画担当', 'Corporate Planning Specialist'], 60],
      [['ビジネスアナリスト', 'Business Analyst'], 30],
      [['IR担当', 'Investor Relations Specialist'], 10],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  finance: {
    titles: [
      [['経理担当', 'Accountant'], 50],
      [['財務担当', 'Finance Specialist'], 30],
      [['主任', 'Senior Accountant'], 20],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  it: {
    titles: [
      [['社内SE', 'IT Engineer'], 45],
      [['ヘルプデスク担当', 'IT Help Desk Specialist'], 30],
      [['情報セキュリティ担当', 'Security Specialist'], 15],
      [['主任', 'Senior IT Engineer'], 10],
    ],
    locations: MOSTLY_TOKYO,
    foreignShare: 0.03,
  },
  pr: {
    titles: [
      [['広報担当', 'PR Specialist'], 60],
      [['社内広報担当', 'Internal Communications Specialist'], 40],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  legal: {
    titles: [
      [['法務担当', 'Legal Specialist'], 70],
      [['企業内弁護士', 'Corporate Counsel'], 30],
    ],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
  'general-affairs': {
    titles: [
      [['総務担当', 'General Affairs Specialist'], 80],
      [['主任', 'Senior General Affairs Specialist'], 20],
    ],
    locations: [
      ['東京本社', 85],
      ['大阪支社', 15],
    ],
    foreignShare: 0,
  },
  audit: {
    titles: [[['内部監査担当', 'Internal Auditor'], 1]],
    locations: [['東京本社', 1]],
    foreignShare: 0,
  },
};
