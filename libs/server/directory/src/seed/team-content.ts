// The demo company's cross-functional teams (混成チーム): who from which department, in
// which role and at what allocation, and the shared goals each one owns or feeds.
import { TeamGoalRelation, TeamKind, TeamRole, TeamStatus } from '@kakehashi/shared-contracts';
import type { PersonaKey } from './demo-company';

export interface SeedTeamSlot {
  /** A department code, or a top-level unit code (SLS covers SLS-E, SLS-W-KS …). */
  unit: string;
  role: TeamRole;
  allocation: number;
  /** A fixed persona instead of someone picked from the unit. */
  persona?: PersonaKey;
  /** Joined this many months after the team started (a later arrival in the history). */
  joinedMonthsLater?: number;
}

export interface SeedTeam {
  name: string;
  nameEn: string;
  mission: string;
  kind: TeamKind;
  status: TeamStatus;
  /** Months before this month that it started (negative: it starts later). */
  startedMonthsAgo: number;
  /** Months it runs for; null while open-ended. */
  months: number | null;
  channel: boolean;
  slots: SeedTeamSlot[];
  goals: { code: string; relation: TeamGoalRelation }[];
}

const { LEAD, MEMBER, ADVISOR, SPONSOR } = TeamRole;
const { OWNS, CONTRIBUTES } = TeamGoalRelation;

export const SEED_TEAMS: readonly SeedTeam[] = [
  {
    name: '解約防止タスクフォース',
    nameEn: 'Churn Prevention Task Force',
    mission:
      '利用率の低下や問い合わせの急増といった解約の予兆を、カスタマーサクセス・サポート・営業・プロダクトで毎週共有し、先手を打ちます。月次解約率 1.0% 未満の定着が目標です。',
    kind: TeamKind.CROSS_FUNCTIONAL,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 8,
    months: null,
    channel: true,
    slots: [
      { unit: 'CS', role: LEAD, allocation: 40 },
      { unit: 'SUP', role: MEMBER, allocation: 20, persona: 'support' },
      { unit: 'SLS', role: MEMBER, allocation: 20, persona: 'sales' },
      { unit: 'PRD', role: MEMBER, allocation: 20, persona: 'product' },
      { unit: 'CS', role: MEMBER, allocation: 30 },
      { unit: 'ENG', role: ADVISOR, allocation: 10, joinedMonthsLater: 3 },
      { unit: 'SLS', role: SPONSOR, allocation: 5, persona: 'executive' },
    ],
    goals: [
      { code: 'KPI-CS-01', relation: OWNS },
      { code: 'KGI-02', relation: CONTRIBUTES },
    ],
  },
  {
    name: '新料金プラン策定プロジェクト',
    nameEn: 'New Pricing Plan Project',
    mission:
      '中堅・中小のお客様が導入しやすい料金体系を設計し、来期の新プランとして発表します。営業・財務・マーケティングの知見を持ち寄り、価格の根拠をお客様に説明できる形にまとめます。',
    kind: TeamKind.PROJECT,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 3,
    months: 7,
    channel: true,
    slots: [
      { unit: 'PRD', role: LEAD, allocation: 40, persona: 'product' },
      { unit: 'SLS', role: MEMBER, allocation: 20 },
      { unit: 'FIN', role: MEMBER, allocation: 20 },
      { unit: 'MKT', role: MEMBER, allocation: 20 },
      { unit: 'CS', role: MEMBER, allocation: 10 },
      { unit: 'CPL', role: SPONSOR, allocation: 5 },
    ],
    goals: [{ code: 'KGI-01', relation: CONTRIBUTES }],
  },
  {
    name: '大手製造業アカウントチーム',
    nameEn: 'Enterprise Manufacturing Account Team',
    mission:
      '大手製造業のお客様 5 社を営業・CS・サポートの一体体制で担当し、導入拡大と更新を確実にします。技術的な相談には開発が助言します。',
    kind: TeamKind.CROSS_FUNCTIONAL,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 14,
    months: null,
    channel: true,
    slots: [
      { unit: 'SLS-E', role: LEAD, allocation: 30, persona: 'sales' },
      { unit: 'CS-ENT', role: MEMBER, allocation: 30 },
      { unit: 'SUP-TEC', role: MEMBER, allocation: 15 },
      { unit: 'ENG', role: ADVISOR, allocation: 10 },
      { unit: 'SLS-E', role: MEMBER, allocation: 40 },
    ],
    goals: [
      { code: 'KPI-CS-02', relation: CONTRIBUTES },
      { code: 'KPI-SLS-E-01', relation: CONTRIBUTES },
    ],
  },
  {
    name: '自治体DX推進チーム',
    nameEn: 'Local Government DX Team',
    mission: '自治体のお客様向けに、調達要件や個人情報保護への対応をまとめた提案パッケージを整え、公共分野の受注を伸ばします。',
    kind: TeamKind.CROSS_FUNCTIONAL,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 6,
    months: null,
    channel: false,
    slots: [
      { unit: 'SLS-E-PUB', role: LEAD, allocation: 50 },
      { unit: 'PRD', role: MEMBER, allocation: 30, persona: 'product' },
      { unit: 'ENG', role: MEMBER, allocation: 20 },
      { unit: 'LGL', role: ADVISOR, allocation: 10 },
      { unit: 'CS', role: MEMBER, allocation: 15 },
    ],
    goals: [{ code: 'KPI-SLS-01', relation: CONTRIBUTES }],
  },
  {
    name: 'ヘルプセンター刷新プロジェクト',
    nameEn: 'Help Center Renewal Project',
    mission:
      'お客様が自分で解決できるヘルプセンターに作り替え、一次解決率を上げて問い合わせの待ち時間を短くします。よくある質問はサポートの実データから選びます。',
    kind: TeamKind.PROJECT,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 4,
    months: 6,
    channel: true,
    slots: [
      { unit: 'SUP', role: LEAD, allocation: 40 },
      { unit: 'SUP', role: MEMBER, allocation: 30, persona: 'support' },
      { unit: 'PRD-UX', role: MEMBER, allocation: 30 },
      { unit: 'MKT', role: MEMBER, allocation: 15 },
      { unit: 'ENG', role: MEMBER, allocation: 20 },
    ],
    goals: [
      { code: 'KPI-SUP-02', relation: OWNS },
      { code: 'KPI-SUP-01', relation: CONTRIBUTES },
    ],
  },
  {
    name: '品質改善委員会',
    nameEn: 'Quality Improvement Committee',
    mission: '本番障害とお客様からの不具合報告を毎月振り返り、再発防止策の実施状況を確認します。部門をまたいで品質の優先度を決める場です。',
    kind: TeamKind.COMMITTEE,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 20,
    months: null,
    channel: true,
    slots: [
      { unit: 'ENG-QA', role: LEAD, allocation: 20 },
      { unit: 'SUP', role: MEMBER, allocation: 10 },
      { unit: 'PRD', role: MEMBER, allocation: 20, persona: 'product' },
      { unit: 'CS', role: MEMBER, allocation: 10 },
      { unit: 'ENG-SRE', role: MEMBER, allocation: 10 },
    ],
    goals: [{ code: 'KPI-ENG-01', relation: OWNS }],
  },
  {
    name: '社内報編集委員会',
    nameEn: 'Internal Newsletter Editorial Committee',
    mission: '各部門のニュースを集めて社内報の企画を立て、読まれる記事の作り方を部門の編集担当と共有します。',
    kind: TeamKind.COMMITTEE,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 18,
    months: null,
    channel: false,
    slots: [
      { unit: 'PR', role: LEAD, allocation: 20, persona: 'editor' },
      { unit: 'HR', role: MEMBER, allocation: 5 },
      { unit: 'SLS', role: MEMBER, allocation: 5 },
      { unit: 'ENG', role: MEMBER, allocation: 5, persona: 'employee' },
      { unit: 'CS', role: MEMBER, allocation: 5 },
      { unit: 'MKT', role: MEMBER, allocation: 5 },
    ],
    goals: [{ code: 'KPI-HR-01', relation: CONTRIBUTES }],
  },
  {
    name: 'データ活用ギルド',
    nameEn: 'Data Guild',
    mission:
      'SQL やダッシュボードの作り方を部門の垣根を越えて教え合い、数字に基づいて判断できる人を増やします。月 1 回の勉強会と相談チャンネルを運営します。',
    kind: TeamKind.GUILD,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 11,
    months: null,
    channel: true,
    slots: [
      { unit: 'ENG', role: LEAD, allocation: 10 },
      { unit: 'MKT-DM', role: MEMBER, allocation: 5 },
      { unit: 'FIN', role: MEMBER, allocation: 5 },
      { unit: 'CS', role: MEMBER, allocation: 5 },
      { unit: 'SLS', role: MEMBER, allocation: 5 },
      { unit: 'PRD', role: MEMBER, allocation: 5 },
      { unit: 'CPL', role: MEMBER, allocation: 5, joinedMonthsLater: 2 },
    ],
    goals: [{ code: 'KPI-PRD-01', relation: CONTRIBUTES }],
  },
  {
    name: 'フロントエンドギルド',
    nameEn: 'Frontend Guild',
    mission: '画面の作り方とアクセシビリティの基準をそろえ、どの機能でも同じ使い心地になるようにします。',
    kind: TeamKind.GUILD,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 9,
    months: null,
    channel: true,
    slots: [
      { unit: 'ENG-APP', role: LEAD, allocation: 10 },
      { unit: 'PRD-UX', role: MEMBER, allocation: 10 },
      { unit: 'ENG', role: MEMBER, allocation: 10, persona: 'employee' },
      { unit: 'ENG-QA', role: MEMBER, allocation: 5 },
      { unit: 'MKT-DM', role: MEMBER, allocation: 5 },
    ],
    goals: [],
  },
  {
    name: '新卒オンボーディング改善プロジェクト',
    nameEn: 'Graduate Onboarding Project',
    mission: '配属前研修に営業同行やサポート体験を組み込み、入社 3 か月で自社製品とお客様の課題を語れる状態をつくります。',
    kind: TeamKind.PROJECT,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 2,
    months: 6,
    channel: false,
    slots: [
      { unit: 'HR-REC', role: LEAD, allocation: 30 },
      { unit: 'ENG', role: MEMBER, allocation: 10 },
      { unit: 'SLS', role: MEMBER, allocation: 10 },
      { unit: 'CS', role: MEMBER, allocation: 10 },
      { unit: 'HR', role: SPONSOR, allocation: 5 },
    ],
    goals: [
      { code: 'KPI-HR-01', relation: CONTRIBUTES },
      { code: 'KPI-HR-02', relation: CONTRIBUTES },
    ],
  },
  {
    name: '展示会出展プロジェクト',
    nameEn: 'Trade Show Project',
    mission: '来春の業界展示会に出展し、製造業・物流のお客様との商談機会をつくります。デモ、配布資料、当日の体制を部門横断で準備します。',
    kind: TeamKind.PROJECT,
    status: TeamStatus.FORMING,
    startedMonthsAgo: -1,
    months: 5,
    channel: false,
    slots: [
      { unit: 'MKT', role: LEAD, allocation: 40 },
      { unit: 'SLS', role: MEMBER, allocation: 15 },
      { unit: 'PRD', role: MEMBER, allocation: 10 },
      { unit: 'PR', role: MEMBER, allocation: 10 },
    ],
    goals: [{ code: 'KPI-MKT-01', relation: CONTRIBUTES }],
  },
  {
    name: '情報セキュリティ委員会',
    nameEn: 'Information Security Committee',
    mission: 'お客様のセキュリティチェックシートへの回答を一元化し、社内の規程と運用を四半期ごとに見直します。',
    kind: TeamKind.COMMITTEE,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 24,
    months: null,
    channel: true,
    slots: [
      { unit: 'IT', role: LEAD, allocation: 20, persona: 'admin' },
      { unit: 'LGL', role: MEMBER, allocation: 10 },
      { unit: 'ENG-SRE', role: MEMBER, allocation: 10 },
      { unit: 'CPL', role: MEMBER, allocation: 5 },
      { unit: 'FIN', role: ADVISOR, allocation: 5 },
    ],
    goals: [],
  },
  {
    name: '西日本パートナー開拓チーム',
    nameEn: 'West Japan Partner Team',
    mission: '関西・中部・九州の販売パートナーと共同提案の型をつくり、西日本の新規受注を伸ばします。',
    kind: TeamKind.CROSS_FUNCTIONAL,
    status: TeamStatus.ACTIVE,
    startedMonthsAgo: 5,
    months: null,
    channel: true,
    slots: [
      { unit: 'SLS-W', role: LEAD, allocation: 40 },
      { unit: 'SLS-P', role: MEMBER, allocation: 30 },
      { unit: 'MKT', role: MEMBER, allocation: 10 },
      { unit: 'CS', role: MEMBER, allocation: 10 },
      { unit: 'SLS-W', role: MEMBER, allocation: 30 },
    ],
    goals: [{ code: 'KPI-SLS-W-01', relation: OWNS }],
  },
  {
    name: '問い合わせ削減プロジェクト2025',
    nameEn: 'Inquiry Reduction Project 2025',
    mission: '問い合わせの多い上位 20 件の原因を製品側で解消し、問い合わせ件数を 3 割減らしました。',
    kind: TeamKind.PROJECT,
    status: TeamStatus.CLOSED,
    startedMonthsAgo: 14,
    months: 10,
    channel: false,
    slots: [
      { unit: 'SUP', role: LEAD, allocation: 40 },
      { unit: 'PRD', role: MEMBER, allocation: 20 },
      { unit: 'ENG', role: MEMBER, allocation: 30 },
      { unit: 'CS', role: MEMBER, allocation: 10 },
    ],
    goals: [],
  },
  {
    name: '経費精算システム移行プロジェクト',
    nameEn: 'Expense System Migration',
    mission: '紙とメールの経費精算をクラウドサービスへ移行し、締め日の作業を 3 日短縮しました。',
    kind: TeamKind.PROJECT,
    status: TeamStatus.CLOSED,
    startedMonthsAgo: 16,
    months: 6,
    channel: false,
    slots: [
      { unit: 'FIN-ACC', role: LEAD, allocation: 40 },
      { unit: 'IT', role: MEMBER, allocation: 30 },
      { unit: 'HR', role: MEMBER, allocation: 10 },
      { unit: 'GA', role: MEMBER, allocation: 10 },
    ],
    goals: [],
  },
];
