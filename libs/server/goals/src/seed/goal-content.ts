// Shared KPI goals (共通の KGI/KPI) of the demo company, as plain data: two KGIs for the fiscal year with
// the departments' KPIs rolling up into them, and the templates the scale data varies per department.
// The seeder turns each into one goal per period with owners, check-ins and comments.

import { GoalCadence, GoalConfidence, GoalDirection, GoalKind, GoalPeriodKind, GoalUnit } from '@kakehashi/shared-contracts';

/** How a goal's value moves: a running total from 0 (受注件数, 売上) or a level measured each time (率, 時間, スコア). */
export type GoalValueShape = 'cumulative' | 'level';

/** Who owns a goal: an executive of its first department, that department's head, or one of its members. */
export type GoalOwnerPick = 'executive' | 'head' | 'member';

/** A goal's numbers for one period. */
export interface GoalFigures {
  baseline: number;
  /** INCREASE and DECREASE. */
  target?: number;
  /** RANGE: the band and where the values go over the period, [first, last]. */
  range?: { low: number; high: number; from: number; to: number };
  /**
   * Where the values stand against pace: 1 on pace, 0.8 a fifth short of it. At the period's end
   * for a past period, at today's date for the current one.
   */
  performance: number;
}

/** What the current period's story is (only the demo goals have one). */
export interface GoalScript {
  /** The owner's call on the latest check-in. */
  confidence?: GoalConfidence;
  /** The latest check-in's note. */
  note?: string;
  /** The latest check-in's value, as reported. */
  lastValue?: number;
  /** Share of the period gone when the values started to fall behind (a shock: 失注, 問い合わせ急増). */
  slumpFrom?: number;
  /** No check-in in the latest slots: the check-in is overdue. */
  quietSlots?: number;
  /** On the latest check-in: a question from an executive and the owner's answer. */
  comments?: readonly { by: 'executive' | 'owner'; body: string }[];
  /** Where the asking executive sits (a department code); the company's head otherwise. */
  askerDepartment?: string;
}

export interface GoalNotePool {
  ON_TRACK?: readonly string[];
  AT_RISK?: readonly string[];
  OFF_TRACK?: readonly string[];
}

export interface GoalSeedContent {
  /** Stable key, unique; children name their parent by it. */
  key: string;
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string;
  description: string;
  parentKey: string | null;
  /** Share of the parent's roll-up among the siblings of the same period (normalized to 100 there). */
  weight: number;
  /** Contributing departments by code. */
  departmentCodes: readonly string[];
  owner: GoalOwnerPick;
  /** The owner's department, when not the first contributing one (a KGI owned by the company's head). */
  ownerDepartment?: string;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  periodKind: GoalPeriodKind;
  cadence: GoalCadence;
  shape: GoalValueShape;
  /** Values are reported in multiples of this (0.01 for 解約率, 1 for 件, 1,000,000 for 売上). */
  step: number;
  /** Monthly targets follow the Japanese B2B year: peaks at the half-year end (September) and the year end (March). */
  seasonal: boolean;
  /** Rolled into the next period at its end (the current period's goal; earlier ones were rolled). */
  recurring: boolean;
  /** Tracked from this fiscal year on, relative to the current one (0: new this year); null: every year seeded. */
  since: number | null;
  /** The current period. */
  current: GoalFigures & GoalScript;
  /** The period before, and (at scale) every earlier one. */
  previous: GoalFigures;
  /** Quarterly goals: the performance of the past quarters, the latest first (cycled). */
  pastPerformances?: readonly number[];
  notes?: GoalNotePool;
}

// ─────────────────────────────── the demo company's goals ───────────────────────────────

export const GOAL_SEED_CONTENT: readonly GoalSeedContent[] = [
  {
    key: 'kgi-revenue',
    code: 'KGI-01',
    kind: GoalKind.KGI,
    title: '年間売上高',
    titleEn: 'Annual revenue',
    description:
      '全社の年間売上高（サブスクリプション・導入支援・保守の合計、税抜）です。9 月の中間期末と 3 月の期末に受注と検収が集中するため、月別の目標を季節性に合わせて設定しています。毎月、前月末時点の累計を経営会議で確認します。',
    parentKey: null,
    weight: 0,
    departmentCodes: ['SLS', 'SLS-E', 'SLS-W', 'CS', 'MKT'],
    owner: 'executive',
    unit: GoalUnit.YEN,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'cumulative',
    step: 1_000_000,
    seasonal: true,
    recurring: true,
    since: null,
    current: {
      baseline: 0,
      target: 3_600_000_000,
      performance: 0.94,
      slumpFrom: 0.4,
      confidence: GoalConfidence.AT_RISK,
      note: '累計は計画を約 5% 下回っています。西日本の大型案件の失注が響いています。下期は重点 30 案件の前倒しで挽回します。',
      comments: [
        { by: 'executive', body: '重点 30 案件のうち、年度内に検収まで見込めるものはいくつありますか。' },
        { by: 'owner', body: '現時点で 22 件です。残りの 8 件は、12 月の経営会議までに見通しをご報告します。' },
      ],
    },
    previous: { baseline: 0, target: 3_200_000_000, performance: 1.04 },
    notes: {
      ON_TRACK: ['月次の売上は計画どおりです。', '中間期末の検収が予定どおり完了しました。', '保守契約の更新が順調に進んでいます。'],
      AT_RISK: ['検収が翌月にずれ込んだ案件があり、計画をやや下回っています。', '大型案件の契約時期が後ろ倒しになりました。'],
    },
  },
  {
    key: 'kgi-nps',
    code: 'KGI-02',
    kind: GoalKind.KGI,
    title: '顧客推奨度（NPS）',
    titleEn: 'Net Promoter Score (NPS)',
    description:
      '契約中のお客様に毎月お願いしている推奨度調査のスコア（推奨者の割合 − 批判者の割合）です。製品・サポート・導入支援を含めた体験全体の結果として、全部門で改善に取り組みます。',
    parentKey: null,
    weight: 0,
    departmentCodes: ['CS', 'SUP', 'PRD', 'ENG'],
    owner: 'head',
    ownerDepartment: 'HQ',
    unit: GoalUnit.POINTS,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: -6,
      target: 10,
      performance: 1.0,
      note: '改善傾向が続いています。一方で、サポートの応答の遅れを指摘するコメントが増えており、来月は注視が必要です。',
    },
    previous: { baseline: -15, target: -5, performance: 0.88 },
    notes: {
      ON_TRACK: ['導入支援の満足度が上がり、推奨者が増えました。', '批判者のコメントは操作性に関するものが中心です。'],
      AT_RISK: ['障害の影響で批判者が増えました。個別にフォローしています。', '回答数が少なく、ぶれが大きくなっています。'],
    },
  },
  {
    key: 'kpi-sls-new-deals',
    code: 'KPI-SLS-01',
    kind: GoalKind.KPI,
    title: '新規受注件数',
    titleEn: 'New deals won',
    description:
      '新規のお客様との契約件数（期初からの累計）です。東日本営業部と西日本営業部の合計で、受注の季節性に合わせた月別の目標を置いています。',
    parentKey: 'kgi-revenue',
    weight: 35,
    departmentCodes: ['SLS', 'SLS-E', 'SLS-W'],
    owner: 'member',
    unit: GoalUnit.CASES,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'cumulative',
    step: 1,
    seasonal: true,
    recurring: true,
    since: null,
    current: { baseline: 0, target: 240, performance: 0.97 },
    previous: { baseline: 0, target: 210, performance: 1.06 },
  },
  {
    key: 'kpi-sls-east',
    code: 'KPI-SLS-E-01',
    kind: GoalKind.KPI,
    title: '東日本営業部 新規受注件数',
    titleEn: 'New deals won, East Japan Sales',
    description: '東日本営業部（東京本社・仙台営業所）の新規受注件数の累計です。公共・医療分野の案件は下期に集中する傾向があります。',
    parentKey: 'kpi-sls-new-deals',
    weight: 60,
    departmentCodes: ['SLS-E'],
    owner: 'head',
    unit: GoalUnit.CASES,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'cumulative',
    step: 1,
    seasonal: true,
    recurring: true,
    since: null,
    current: { baseline: 0, target: 140, performance: 1.05 },
    previous: { baseline: 0, target: 120, performance: 1.08 },
    notes: {
      ON_TRACK: ['自治体向けの案件が 2 件受注になりました。', '仙台営業所の医療機関向け案件が順調です。', '紹介経由の受注が増えています。'],
    },
  },
  {
    key: 'kpi-sls-west',
    code: 'KPI-SLS-W-01',
    kind: GoalKind.KPI,
    title: '西日本営業部 新規受注件数',
    titleEn: 'New deals won, West Japan Sales',
    description: '西日本営業部（大阪支社・名古屋営業所・福岡営業所）の新規受注件数の累計です。製造業と物流業のお客様が中心です。',
    parentKey: 'kpi-sls-new-deals',
    weight: 40,
    departmentCodes: ['SLS-W'],
    owner: 'head',
    unit: GoalUnit.CASES,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'cumulative',
    step: 1,
    seasonal: true,
    recurring: true,
    since: null,
    current: {
      baseline: 0,
      target: 100,
      performance: 0.84,
      slumpFrom: 0.35,
      confidence: GoalConfidence.AT_RISK,
      note: '大阪の製造業向け大型案件 3 件が競合に失注しました。名古屋・福岡の案件を前倒しして挽回を図ります。',
      askerDepartment: 'SLS',
      comments: [
        { by: 'executive', body: '失注 3 件の要因を次回の営業会議で共有してください。価格以外の要因はありましたか。' },
        {
          by: 'owner',
          body: '承知しました。2 件は導入時期が合わず、1 件は既存の生産管理システムとの連携要件で見送られました。連携要件はプロダクト部にも共有済みです。',
        },
      ],
    },
    previous: { baseline: 0, target: 90, performance: 0.96 },
    notes: {
      AT_RISK: ['失注が続いています。提案内容を見直しています。', '名古屋の案件が来月にずれ込みました。'],
      ON_TRACK: ['物流業向けの案件が 2 件受注になりました。', '福岡営業所の案件が順調に進んでいます。'],
    },
  },
  {
    key: 'kpi-cs-churn',
    code: 'KPI-CS-01',
    kind: GoalKind.KPI,
    title: '解約率（月次）',
    titleEn: 'Monthly churn rate',
    description:
      '月初時点の契約社数に対する、その月に解約された契約社数の割合です。更新の 90 日前から定着状況を確認し、解約の兆しを早めにつかむことを重視しています。',
    parentKey: 'kgi-revenue',
    weight: 20,
    departmentCodes: ['CS', 'SUP'],
    owner: 'head',
    unit: GoalUnit.PERCENT,
    unitLabel: null,
    direction: GoalDirection.DECREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'level',
    step: 0.01,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: 1.2,
      target: 0.8,
      performance: 0.82,
      confidence: GoalConfidence.AT_RISK,
      note: '小売業の中堅のお客様 2 社が、予算削減を理由に解約されました。更新 90 日前の定着度レビューを全顧客に広げています。',
    },
    previous: { baseline: 1.5, target: 1.1, performance: 0.75 },
    notes: {
      ON_TRACK: ['今月の解約は 1 社のみでした。', '定着度レビューで解約の兆しを 3 社早期に把握できました。'],
      AT_RISK: ['更新時期の重なりで解約が増えました。', '担当者の交代があったお客様で解約が出ています。'],
    },
  },
  {
    key: 'kpi-cs-upsell',
    code: 'KPI-CS-02',
    kind: GoalKind.KPI,
    title: 'アップセル・クロスセル受注額',
    titleEn: 'Upsell and cross-sell bookings',
    description:
      '既存のお客様からの追加ライセンス・オプション・上位プランへの移行による受注額（期初からの累計）です。カスタマーサクセスが定例会で把握したニーズを営業と共有し、提案につなげます。',
    parentKey: 'kgi-revenue',
    weight: 15,
    departmentCodes: ['CS', 'SLS'],
    owner: 'member',
    unit: GoalUnit.YEN,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'cumulative',
    step: 100_000,
    seasonal: false,
    recurring: true,
    since: null,
    current: { baseline: 0, target: 420_000_000, performance: 1.06 },
    previous: { baseline: 0, target: 360_000_000, performance: 1.05 },
    notes: { ON_TRACK: ['帳票オプションの追加が 3 社で決まりました。', '上位プランへの移行提案が好評です。'] },
  },
  {
    key: 'kpi-mkt-leads',
    code: 'KPI-MKT-01',
    kind: GoalKind.KPI,
    title: 'ウェブ経由リード数',
    titleEn: 'Inbound web leads',
    description:
      'ウェブサイトの資料請求・お問い合わせ・ウェビナー申込みから獲得したリードの件数（期初からの累計、重複を除く）です。営業本部に引き渡したリードの商談化率とあわせて見ています。',
    parentKey: 'kgi-revenue',
    weight: 20,
    departmentCodes: ['MKT', 'SLS'],
    owner: 'head',
    unit: GoalUnit.CASES,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'cumulative',
    step: 1,
    seasonal: false,
    recurring: true,
    since: null,
    current: { baseline: 0, target: 3600, performance: 1.02 },
    previous: { baseline: 0, target: 3000, performance: 1.06 },
    notes: { ON_TRACK: ['導入事例の記事からの資料請求が増えています。', '展示会後のフォローで問い合わせが伸びました。'] },
  },
  {
    key: 'kpi-fin-budget',
    code: 'KPI-FIN-01',
    kind: GoalKind.KPI,
    title: '予算執行率',
    titleEn: 'Budget execution rate',
    description:
      '全社予算に対する費用実績の割合です。使い切ることを目的にせず、計画どおりに投資できているかを確かめるため、95〜102% の範囲に収めることを目標にしています。',
    parentKey: 'kgi-revenue',
    weight: 10,
    departmentCodes: ['FIN', 'CPL'],
    owner: 'head',
    unit: GoalUnit.PERCENT,
    unitLabel: null,
    direction: GoalDirection.RANGE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: 103.4,
      range: { low: 95, high: 102, from: 100.6, to: 98.7 },
      performance: 1,
      quietSlots: 2,
      lastValue: 98.7,
      note: '中間決算では 98.7% でした。下期の採用計画の遅れで、人件費が予算を下回っています。',
    },
    previous: { baseline: 101, range: { low: 95, high: 102, from: 99.5, to: 103.4 }, performance: 1 },
    notes: {
      ON_TRACK: ['計画どおりの執行です。', '広告費の前倒しがありましたが、範囲内に収まっています。'],
      AT_RISK: ['外注費が計画を上回っています。各部門に発注予定を確認しています。', '採用の遅れで人件費が予算を下回っています。'],
      OFF_TRACK: ['期末の駆け込み発注で予算を超えました。来期は四半期ごとに執行計画を見直します。'],
    },
  },
  {
    key: 'kpi-sup-first-response',
    code: 'KPI-SUP-01',
    kind: GoalKind.KPI,
    title: '初回応答時間',
    titleEn: 'First response time',
    description:
      'お問い合わせを受け付けてから、担当者が最初に回答するまでの平均時間（営業時間内）です。メール・フォーム・電話の折り返しを含みます。',
    parentKey: 'kgi-nps',
    weight: 25,
    departmentCodes: ['SUP'],
    owner: 'head',
    unit: GoalUnit.FREE,
    unitLabel: '時間',
    direction: GoalDirection.DECREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: 6,
      target: 2,
      performance: 0.35,
      slumpFrom: 0.5,
      confidence: GoalConfidence.OFF_TRACK,
      note: 'バージョンアップ後に問い合わせが前月比 1.5 倍に急増し、応答が遅れています。今週から他チームの応援 3 名を受け入れました。',
      comments: [
        { by: 'executive', body: '応援体制で 3 時間台に戻るのは、いつ頃の見込みですか。開発部との連携状況も教えてください。' },
        {
          by: 'owner',
          body: '12 月第 2 週までに 3 時間台に戻す計画です。問い合わせ上位 5 件の原因は開発部と毎朝共有しており、2 件は修正版の提供日が決まりました。',
        },
      ],
    },
    previous: { baseline: 8, target: 5, performance: 0.87 },
    notes: {
      ON_TRACK: ['チャットの一次受付を始めて応答が早くなりました。', 'テンプレート回答の整備が進みました。'],
      AT_RISK: ['月末の問い合わせ集中で応答が遅れました。', '休暇の重なりで対応人数が不足しました。'],
      OFF_TRACK: ['問い合わせの急増が続いています。応援体制を延長します。', '同じ不具合に関する問い合わせが集中しています。'],
    },
  },
  {
    key: 'kpi-sup-first-contact-resolution',
    code: 'KPI-SUP-02',
    kind: GoalKind.KPI,
    title: '一次解決率',
    titleEn: 'First contact resolution rate',
    description: 'お問い合わせのうち、最初の対応でエスカレーションせずに解決できた割合です。',
    parentKey: 'kgi-nps',
    weight: 20,
    departmentCodes: ['SUP', 'PRD'],
    owner: 'member',
    unit: GoalUnit.PERCENT,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: 64,
      target: 75,
      performance: 0.86,
      slumpFrom: 0.5,
      confidence: GoalConfidence.AT_RISK,
      note: '問い合わせの急増で、一次対応では解決できない案件が増えています。FAQ の更新を前倒しします。',
    },
    previous: { baseline: 60, target: 66, performance: 1.08 },
    notes: { ON_TRACK: ['FAQ の更新で自己解決が増えました。', '新人の研修が終わり、対応品質が安定しています。'] },
  },
  {
    key: 'kpi-eng-incidents',
    code: 'KPI-ENG-01',
    kind: GoalKind.KPI,
    title: '本番障害件数（月間）',
    titleEn: 'Production incidents per month',
    description: 'お客様の業務に影響した本番環境の障害の件数（月間）です。重大度に関わらず、影響が 15 分以上続いたものを数えます。',
    parentKey: 'kgi-nps',
    weight: 20,
    departmentCodes: ['ENG', 'SUP'],
    owner: 'head',
    unit: GoalUnit.CASES,
    unitLabel: null,
    direction: GoalDirection.DECREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'level',
    step: 1,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: 6,
      target: 2,
      performance: 1.0,
      lastValue: 7,
      confidence: GoalConfidence.OFF_TRACK,
      note: 'データベース移行に伴う障害が 3 件、設定ミスによる障害が 4 件ありました。リリース前の負荷試験と設定レビューを必須にしました。',
    },
    previous: { baseline: 9, target: 5, performance: 1.1 },
    notes: {
      ON_TRACK: ['今月の障害は軽微なもの 1 件のみでした。', '監視の強化で早期に検知できています。'],
      AT_RISK: ['外部サービスの障害の影響を受けました。'],
    },
  },
  {
    key: 'kpi-prd-adoption',
    code: 'KPI-PRD-01',
    kind: GoalKind.KPI,
    title: '主要機能の月間利用率',
    titleEn: 'Monthly use of key features',
    description:
      '契約中のお客様のうち、承認ワークフローと帳票出力の両方を月に 1 回以上使っている企業の割合です。今年度から追い始めた指標です。',
    parentKey: 'kgi-nps',
    weight: 15,
    departmentCodes: ['PRD', 'CS'],
    owner: 'member',
    unit: GoalUnit.PERCENT,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.WEEKLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: false,
    since: 0,
    current: { baseline: 42, target: 60, performance: 1.0, quietSlots: 3 },
    previous: { baseline: 40, target: 50, performance: 1 },
    notes: { ON_TRACK: ['帳票出力の改善版を公開し、利用が増えました。', 'オンボーディング資料を更新しました。'] },
  },
  {
    key: 'kpi-hr-engagement',
    code: 'KPI-HR-01',
    kind: GoalKind.KPI,
    title: '従業員エンゲージメントスコア',
    titleEn: 'Employee engagement score',
    description:
      '毎月のパルスサーベイによるエンゲージメントスコア（100 点満点）です。満足度ではなく会社との双方向の関係を測る指標で、自分の仕事がお客様のどの課題の解決につながっているかを実感できているかを重視しています。',
    parentKey: 'kgi-nps',
    weight: 20,
    departmentCodes: ['HR'],
    owner: 'head',
    unit: GoalUnit.POINTS,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: null,
    current: { baseline: 62, target: 70, performance: 1.06 },
    previous: { baseline: 60, target: 64, performance: 0.8 },
    notes: {
      ON_TRACK: ['部門横断の事例共有会の評価が高く、スコアが上がりました。', '回答率は 86% でした。'],
      AT_RISK: ['繁忙期の部門でスコアが下がっています。', '評価制度に関するコメントが増えています。'],
    },
  },
  {
    key: 'kpi-hr-attrition',
    code: 'KPI-HR-02',
    kind: GoalKind.KPI,
    title: '離職率（年換算）',
    titleEn: 'Annualized attrition rate',
    description: '直近 12 か月の自己都合退職者数を、平均在籍人数で割った割合です。今年度からエンゲージメントとあわせて追っています。',
    parentKey: 'kpi-hr-engagement',
    weight: 100,
    departmentCodes: ['HR'],
    owner: 'member',
    unit: GoalUnit.PERCENT,
    unitLabel: null,
    direction: GoalDirection.DECREASE,
    periodKind: GoalPeriodKind.FISCAL_YEAR,
    cadence: GoalCadence.MONTHLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: 0,
    current: { baseline: 9.5, target: 7, performance: 1.0 },
    previous: { baseline: 11, target: 9, performance: 0.75 },
  },
  {
    key: 'kpi-sls-conversion',
    code: 'KPI-SLS-03',
    kind: GoalKind.KPI,
    title: '商談化率',
    titleEn: 'Lead-to-opportunity rate',
    description:
      '営業本部に引き渡したリードのうち、四半期内に商談（提案段階）に進んだ割合です。四半期ごとに振り返り、目標を見直して次の四半期に繰り越しています。',
    parentKey: 'kpi-sls-new-deals',
    weight: 100,
    departmentCodes: ['SLS', 'MKT'],
    owner: 'member',
    unit: GoalUnit.PERCENT,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.QUARTER,
    cadence: GoalCadence.WEEKLY,
    shape: 'level',
    step: 0.1,
    seasonal: false,
    recurring: true,
    since: null,
    current: {
      baseline: 20,
      target: 25,
      performance: 0.84,
      confidence: GoalConfidence.AT_RISK,
      note: 'ウェブ経由のリードは増えていますが、商談化までの日数が延びています。初回接触を 2 営業日以内にする運用を徹底します。',
    },
    previous: { baseline: 18, target: 23, performance: 1 },
    pastPerformances: [0.9, 1.08, 1.06, 0.92, 1.1, 0.95],
    notes: { ON_TRACK: ['インサイドセールスの架電で商談化が進みました。', '事例紹介のメールが好評です。'] },
  },
  {
    key: 'kpi-mkt-webinar',
    code: 'KPI-MKT-02',
    kind: GoalKind.KPI,
    title: 'ウェビナー参加者数',
    titleEn: 'Webinar attendees',
    description: '自社主催ウェビナーの参加者数（四半期の累計、同じ方の重複を除く）です。導入事例を題材にした回を毎月 2 回開催しています。',
    parentKey: 'kpi-mkt-leads',
    weight: 100,
    departmentCodes: ['MKT', 'CS'],
    owner: 'member',
    unit: GoalUnit.COUNT,
    unitLabel: null,
    direction: GoalDirection.INCREASE,
    periodKind: GoalPeriodKind.QUARTER,
    cadence: GoalCadence.WEEKLY,
    shape: 'cumulative',
    step: 1,
    seasonal: false,
    recurring: true,
    since: 0,
    current: { baseline: 0, target: 900, performance: 1.05 },
    previous: { baseline: 0, target: 800, performance: 1 },
    pastPerformances: [1.12, 1.04],
    notes: { ON_TRACK: ['物流業向けの回に 120 名の参加がありました。', '自治体向けの回の申込みが好調です。'] },
  },
];

// ─────────────────────────────── notes and comments for everyone ───────────────────────────────

export const GENERIC_NOTES: Required<GoalNotePool> = {
  ON_TRACK: [
    '計画どおり進んでいます。',
    '前週から改善しました。このペースを維持します。',
    '重点施策の効果が出ています。',
    '想定どおりの推移です。',
    '目標の達成に向けて順調です。',
    '他部門の協力もあり、予定より少し早く進んでいます。',
  ],
  AT_RISK: [
    'ペースがやや遅れています。来週までに挽回策をまとめます。',
    '一部の施策の開始が遅れました。',
    '担当者の異動があり、立ち上がりが遅れています。',
    '季節要因で伸びが鈍っています。対策を検討中です。',
    '想定より時間がかかっています。優先順位を見直します。',
  ],
  OFF_TRACK: [
    '計画から大きく遅れています。施策の見直しが必要です。',
    '前提としていた施策が延期になりました。目標の見直しを相談させてください。',
    '想定外の要因で悪化しました。原因を分析しています。',
  ],
};

/** Questions from the board on check-ins that trail, and the owners' answers (paired by index). */
export const GENERIC_COMMENT_PAIRS: readonly (readonly [question: string, answer: string])[] = [
  ['遅れの主な要因と、挽回の見込みを教えてください。', '主な要因は人員の不足です。来月から 1 名増員し、挽回できる見込みです。'],
  ['他部門の支援が必要であれば、遠慮なく相談してください。', 'ありがとうございます。関係する部門と連携して進めます。'],
  ['次回の経営会議で対策案を共有してください。', '承知しました。対策案をまとめて共有します。'],
  ['この数字は一時的なものですか。', '月末の集中によるもので、来週には戻る見込みです。引き続き確認します。'],
];

// ─────────────────────────────── the scale data's per-department KPIs ───────────────────────────────

/** A department's own KPI the scale data adds under one of the demo KPIs (weekly, over a fiscal year). */
export interface GoalVariationTemplate {
  /** Title after the department's name: 「第一営業課 新規受注件数」. */
  title: string;
  titleEn: string;
  description: string;
  parentKey: string;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection.INCREASE | GoalDirection.DECREASE;
  shape: GoalValueShape;
  step: number;
  /** Drawn once per department KPI: the baseline's and the target's ranges. */
  baseline: readonly [number, number];
  target: readonly [number, number];
}

const deals = (target: readonly [number, number]): GoalVariationTemplate => ({
  title: '新規受注件数',
  titleEn: 'New deals won',
  description: '担当エリアの新規受注件数（期初からの累計）です。',
  parentKey: 'kpi-sls-new-deals',
  unit: GoalUnit.CASES,
  unitLabel: null,
  direction: GoalDirection.INCREASE,
  shape: 'cumulative',
  step: 1,
  baseline: [0, 0],
  target,
});

/** By the first part of a department's code (SLS-E1 → SLS); OTHER for the rest. */
export const GOAL_VARIATION_TEMPLATES: Readonly<Record<string, readonly GoalVariationTemplate[]>> = {
  SLS: [
    deals([20, 60]),
    {
      title: '商談件数',
      titleEn: 'Opportunities opened',
      description: '提案段階に進んだ商談の件数（期初からの累計）です。',
      parentKey: 'kpi-sls-new-deals',
      unit: GoalUnit.CASES,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'cumulative',
      step: 1,
      baseline: [0, 0],
      target: [80, 220],
    },
    {
      title: '受注単価',
      titleEn: 'Average deal size',
      description: '新規受注 1 件あたりの初年度契約額の平均です。',
      parentKey: 'kpi-sls-new-deals',
      unit: GoalUnit.YEN,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 10_000,
      baseline: [2_400_000, 3_200_000],
      target: [3_300_000, 4_000_000],
    },
  ],
  CS: [
    {
      title: 'ヘルススコア平均',
      titleEn: 'Average customer health score',
      description: '担当のお客様のヘルススコア（利用状況・問い合わせ・定例の実施状況から算出）の平均です。',
      parentKey: 'kpi-cs-churn',
      unit: GoalUnit.POINTS,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 0.1,
      baseline: [58, 66],
      target: [70, 78],
    },
    {
      title: 'オンボーディング完了率',
      titleEn: 'Onboarding completion rate',
      description: '契約から 90 日以内に定着支援のプログラムを完了したお客様の割合です。',
      parentKey: 'kpi-cs-upsell',
      unit: GoalUnit.PERCENT,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 0.1,
      baseline: [60, 72],
      target: [82, 90],
    },
  ],
  SUP: [
    {
      title: '初回応答時間',
      titleEn: 'First response time',
      description: '担当窓口のお問い合わせへの初回応答までの平均時間（営業時間内）です。',
      parentKey: 'kpi-sup-first-response',
      unit: GoalUnit.FREE,
      unitLabel: '時間',
      direction: GoalDirection.DECREASE,
      shape: 'level',
      step: 0.1,
      baseline: [4, 8],
      target: [1.5, 3],
    },
    {
      title: 'FAQ 記事の公開件数',
      titleEn: 'FAQ articles published',
      description: 'よくあるお問い合わせをもとに公開した FAQ 記事の件数（期初からの累計）です。',
      parentKey: 'kpi-sup-first-contact-resolution',
      unit: GoalUnit.CASES,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'cumulative',
      step: 1,
      baseline: [0, 0],
      target: [40, 120],
    },
  ],
  PRD: [
    {
      title: 'お客様インタビュー実施件数',
      titleEn: 'Customer interviews held',
      description: '製品改善のために実施したお客様インタビューの件数（期初からの累計）です。',
      parentKey: 'kpi-cs-churn',
      unit: GoalUnit.CASES,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'cumulative',
      step: 1,
      baseline: [0, 0],
      target: [24, 60],
    },
  ],
  ENG: [
    {
      title: '自動テストのカバレッジ',
      titleEn: 'Automated test coverage',
      description: '担当サービスの自動テストで実行されるコードの割合です。',
      parentKey: 'kpi-eng-incidents',
      unit: GoalUnit.PERCENT,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 0.1,
      baseline: [48, 65],
      target: [70, 85],
    },
    {
      title: '障害の平均復旧時間',
      titleEn: 'Mean time to recover',
      description: '本番障害の検知から復旧までの平均時間です。',
      parentKey: 'kpi-eng-incidents',
      unit: GoalUnit.FREE,
      unitLabel: '時間',
      direction: GoalDirection.DECREASE,
      shape: 'level',
      step: 0.1,
      baseline: [2.5, 5],
      target: [0.8, 1.5],
    },
  ],
  MKT: [
    {
      title: 'ウェブ経由リード数',
      titleEn: 'Inbound web leads',
      description: '担当施策から獲得したリードの件数（期初からの累計）です。',
      parentKey: 'kpi-mkt-leads',
      unit: GoalUnit.CASES,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'cumulative',
      step: 1,
      baseline: [0, 0],
      target: [400, 1200],
    },
    {
      title: 'セミナー集客数',
      titleEn: 'Seminar attendees',
      description: '主催セミナー・展示会の来場者数（期初からの累計）です。',
      parentKey: 'kpi-mkt-leads',
      unit: GoalUnit.COUNT,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'cumulative',
      step: 1,
      baseline: [0, 0],
      target: [600, 2000],
    },
  ],
  HR: [
    {
      title: '研修受講率',
      titleEn: 'Training completion rate',
      description: '必須研修を期限内に受講した社員の割合です。',
      parentKey: 'kpi-hr-engagement',
      unit: GoalUnit.PERCENT,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 0.1,
      baseline: [70, 82],
      target: [92, 98],
    },
    {
      title: '採用充足率',
      titleEn: 'Hiring plan fill rate',
      description: '採用計画の人数に対する入社決定者の割合です。',
      parentKey: 'kpi-hr-engagement',
      unit: GoalUnit.PERCENT,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 0.1,
      baseline: [55, 70],
      target: [90, 100],
    },
  ],
  FIN: [
    {
      title: '月次決算の締め日数',
      titleEn: 'Days to close the books',
      description: '月末から月次決算が確定するまでの営業日数です。',
      parentKey: 'kpi-fin-budget',
      unit: GoalUnit.FREE,
      unitLabel: '営業日',
      direction: GoalDirection.DECREASE,
      shape: 'level',
      step: 0.1,
      baseline: [7, 9],
      target: [4, 5],
    },
    {
      title: '経費精算の差戻し率',
      titleEn: 'Expense claims sent back',
      description: '経費精算の申請のうち、不備で差し戻した割合です。',
      parentKey: 'kpi-fin-budget',
      unit: GoalUnit.PERCENT,
      unitLabel: null,
      direction: GoalDirection.DECREASE,
      shape: 'level',
      step: 0.1,
      baseline: [8, 14],
      target: [3, 5],
    },
  ],
  IT: [
    {
      title: '社内ヘルプデスクの解決時間',
      titleEn: 'IT help desk resolution time',
      description: '社内からの問い合わせを受けてから解決するまでの平均時間です。',
      parentKey: 'kpi-hr-engagement',
      unit: GoalUnit.FREE,
      unitLabel: '時間',
      direction: GoalDirection.DECREASE,
      shape: 'level',
      step: 0.1,
      baseline: [10, 20],
      target: [4, 8],
    },
  ],
  OTHER: [
    {
      title: '社内報の既読率',
      titleEn: 'Newsletter read rate',
      description: '部門ニュースレターの配信対象者のうち、公開から 1 週間以内に読んだ人の割合です。',
      parentKey: 'kpi-hr-engagement',
      unit: GoalUnit.PERCENT,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'level',
      step: 0.1,
      baseline: [45, 60],
      target: [70, 80],
    },
    {
      title: '業務改善提案の件数',
      titleEn: 'Improvement proposals',
      description: '部門から出た業務改善の提案の件数（期初からの累計）です。',
      parentKey: 'kpi-hr-engagement',
      unit: GoalUnit.CASES,
      unitLabel: null,
      direction: GoalDirection.INCREASE,
      shape: 'cumulative',
      step: 1,
      baseline: [0, 0],
      target: [20, 60],
    },
  ],
};
