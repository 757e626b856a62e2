// The demo company's customer voices as data: its product's areas, fictional customers, what
// they said (in their own words) and what product answered. Every company, city and hospital
// here is made up.
import { CustomerSegment, TicketCategory, TicketImpact } from '@kakehashi/shared-contracts';

export interface ProductAreaContent {
  key: string;
  nameJa: string;
  nameEn: string;
}

export interface VoiceAccountContent {
  name: string;
  segment: CustomerSegment;
  /** Yen per year; null when sales has not recorded it. */
  annualContractValue: number | null;
  industry: string;
}

export interface TicketScript {
  summaryJa: string;
  summaryEn?: string;
  category: TicketCategory;
  impact: TicketImpact;
  productAreaKey: string;
  /** A triager's grouping within the area. */
  theme: string;
  /** The customer's own words, as heard in a meeting, a support call or a survey. */
  verbatims: readonly string[];
  contactRoles: readonly string[];
  /** How often customers bring it up, relative to the others (1 unless said). */
  weight?: number;
}

export interface BilingualPool {
  ja: readonly string[];
  en: readonly string[];
}

/** The cloud business suite's parts, in display order. */
export const PRODUCT_AREAS: readonly ProductAreaContent[] = [
  { key: 'billing', nameJa: '請求・支払い', nameEn: 'Billing' },
  { key: 'reports', nameJa: 'レポート・分析', nameEn: 'Reports & analytics' },
  { key: 'workflow', nameJa: 'ワークフロー', nameEn: 'Workflow' },
  { key: 'mobile', nameJa: 'モバイルアプリ', nameEn: 'Mobile app' },
  { key: 'integrations', nameJa: '外部連携・API', nameEn: 'Integrations & API' },
  { key: 'admin', nameJa: '管理・権限', nameEn: 'Admin & permissions' },
  { key: 'search', nameJa: '検索', nameEn: 'Search' },
  { key: 'onboarding', nameJa: '導入・初期設定', nameEn: 'Onboarding' },
];

const { ENTERPRISE, MID_MARKET, SMB } = CustomerSegment;

/** Customers: enterprise ¥8M–60M a year, mid-market ¥1.5M–8M, SMB ¥200k–1.5M. */
export const ACCOUNTS: readonly VoiceAccountContent[] = [
  { name: '株式会社東雲精機', segment: ENTERPRISE, annualContractValue: 24_000_000, industry: '製造業' },
  { name: '北陸ロジスティクス株式会社', segment: ENTERPRISE, annualContractValue: 18_500_000, industry: '物流' },
  { name: '大和田電機工業株式会社', segment: ENTERPRISE, annualContractValue: 42_000_000, industry: '製造業' },
  { name: '株式会社みなと総合物流', segment: ENTERPRISE, annualContractValue: 31_200_000, industry: '物流' },
  { name: '医療法人社団 青葉会', segment: ENTERPRISE, annualContractValue: 9_600_000, industry: '医療' },
  { name: '社会福祉法人 恵泉会', segment: ENTERPRISE, annualContractValue: 8_400_000, industry: '医療' },
  { name: '株式会社ハルモニア・リテール', segment: ENTERPRISE, annualContractValue: 27_000_000, industry: '小売業' },
  { name: '丸高ホールディングス株式会社', segment: ENTERPRISE, annualContractValue: 58_000_000, industry: '小売業' },
  { name: '星ヶ丘市役所', segment: ENTERPRISE, annualContractValue: 12_000_000, industry: '自治体' },
  { name: '株式会社瀬戸内マテリアル', segment: ENTERPRISE, annualContractValue: 15_800_000, industry: '製造業' },
  { name: 'Nordvik Japan株式会社', segment: ENTERPRISE, annualContractValue: 36_000_000, industry: '製造業' },
  { name: 'Brightwater Logistics Japan合同会社', segment: ENTERPRISE, annualContractValue: 21_000_000, industry: '物流' },
  { name: '株式会社中京オートパーツ', segment: ENTERPRISE, annualContractValue: 33_500_000, industry: '製造業' },
  { name: '学校法人 白樺学園', segment: ENTERPRISE, annualContractValue: 8_900_000, industry: '教育' },
  { name: '株式会社ミドリ薬局ホールディングス', segment: ENTERPRISE, annualContractValue: null, industry: '小売業' },
  { name: '日本橋フードサービス株式会社', segment: ENTERPRISE, annualContractValue: 11_200_000, industry: '小売業' },

  { name: '株式会社信州テクノ精工', segment: MID_MARKET, annualContractValue: 4_800_000, industry: '製造業' },
  { name: '株式会社北斗運輸', segment: MID_MARKET, annualContractValue: 3_600_000, industry: '物流' },
  { name: '医療法人 緑風会 さくら台病院', segment: MID_MARKET, annualContractValue: 2_400_000, industry: '医療' },
  { name: '株式会社カネヨシ商店', segment: MID_MARKET, annualContractValue: 1_900_000, industry: '卸売業' },
  { name: '株式会社アオイ建設', segment: MID_MARKET, annualContractValue: 5_200_000, industry: '建設業' },
  { name: '東雲市役所', segment: MID_MARKET, annualContractValue: 6_000_000, industry: '自治体' },
  { name: '緑川市役所', segment: MID_MARKET, annualContractValue: 3_300_000, industry: '自治体' },
  { name: '株式会社ルミエール', segment: MID_MARKET, annualContractValue: 2_750_000, industry: '小売業' },
  { name: '株式会社九州フレッシュ物流', segment: MID_MARKET, annualContractValue: 4_100_000, industry: '物流' },
  { name: '株式会社三河ダイカスト', segment: MID_MARKET, annualContractValue: 6_800_000, industry: '製造業' },
  { name: '株式会社リンクス・ホームセンター', segment: MID_MARKET, annualContractValue: 7_400_000, industry: '小売業' },
  { name: '株式会社南海冷凍', segment: MID_MARKET, annualContractValue: 2_200_000, industry: '物流' },
  { name: '社会医療法人 若葉会', segment: MID_MARKET, annualContractValue: 5_600_000, industry: '医療' },
  { name: '株式会社トワ化成', segment: MID_MARKET, annualContractValue: 3_900_000, industry: '製造業' },
  { name: '株式会社ひだまり介護サービス', segment: MID_MARKET, annualContractValue: 1_700_000, industry: '医療' },
  { name: 'Pacifica Retail Japan株式会社', segment: MID_MARKET, annualContractValue: 6_300_000, industry: '小売業' },
  { name: '株式会社朝日ヶ丘食品', segment: MID_MARKET, annualContractValue: 2_900_000, industry: '製造業' },
  { name: '株式会社いろは不動産管理', segment: MID_MARKET, annualContractValue: 1_800_000, industry: '不動産' },
  { name: '株式会社ユニオン精密', segment: MID_MARKET, annualContractValue: null, industry: '製造業' },
  { name: '株式会社エムケイ物産', segment: MID_MARKET, annualContractValue: 3_100_000, industry: '卸売業' },
  { name: '株式会社ソレイユ薬品', segment: MID_MARKET, annualContractValue: 4_500_000, industry: '卸売業' },
  { name: '株式会社大洋パッケージ', segment: MID_MARKET, annualContractValue: 2_600_000, industry: '製造業' },
  { name: '株式会社関東ケミカル運輸', segment: MID_MARKET, annualContractValue: 5_900_000, industry: '物流' },

  { name: '有限会社丸山製作所', segment: SMB, annualContractValue: 480_000, industry: '製造業' },
  { name: '株式会社森田運送', segment: SMB, annualContractValue: 360_000, industry: '物流' },
  { name: 'すずらん内科クリニック', segment: SMB, annualContractValue: 240_000, industry: '医療' },
  { name: '若葉町役場', segment: SMB, annualContractValue: 1_200_000, industry: '自治体' },
  { name: '株式会社ことぶき商会', segment: SMB, annualContractValue: 600_000, industry: '卸売業' },
  { name: '有限会社ひまわり薬局', segment: SMB, annualContractValue: 300_000, industry: '小売業' },
  { name: '株式会社あおば工務店', segment: SMB, annualContractValue: 720_000, industry: '建設業' },
  { name: '株式会社フジミ印刷', segment: SMB, annualContractValue: 540_000, industry: '製造業' },
  { name: '株式会社はやて急便', segment: SMB, annualContractValue: 900_000, industry: '物流' },
  { name: '株式会社珈琲焙煎所 燈', segment: SMB, annualContractValue: 216_000, industry: '小売業' },
  { name: '合同会社ミナミデザイン', segment: SMB, annualContractValue: 264_000, industry: 'サービス業' },
  { name: '医療法人 たかはし歯科医院', segment: SMB, annualContractValue: 420_000, industry: '医療' },
  { name: '株式会社小松電設', segment: SMB, annualContractValue: 660_000, industry: '建設業' },
  { name: '有限会社山本鉄工所', segment: SMB, annualContractValue: null, industry: '製造業' },
  { name: '株式会社サクラ家具', segment: SMB, annualContractValue: 840_000, industry: '小売業' },
  { name: '株式会社東北グリーン農園', segment: SMB, annualContractValue: 312_000, industry: '食品' },
  { name: 'Kestrel Analytics合同会社', segment: SMB, annualContractValue: 1_080_000, industry: 'サービス業' },
  { name: '株式会社つばめ整骨院グループ', segment: SMB, annualContractValue: 504_000, industry: '医療' },
  { name: '株式会社ベイサイド倉庫', segment: SMB, annualContractValue: 1_350_000, industry: '物流' },
  { name: '株式会社しらゆき酒造', segment: SMB, annualContractValue: 288_000, industry: '製造業' },
  { name: '株式会社八雲技研', segment: SMB, annualContractValue: 960_000, industry: '製造業' },
  { name: '一般社団法人 みらい地域福祉会', segment: SMB, annualContractValue: null, industry: '医療' },
];

const { BUG, FEATURE_REQUEST, USABILITY, PRICING, OTHER } = TicketCategory;
const { BLOCKS_DEAL, CHURN_RISK, PAIN, NICE_TO_HAVE } = TicketImpact;

const IT_ROLES = ['情報システム部 課長', '情報システム部 担当', '情報システム部 部長'];
const FINANCE_ROLES = ['経理部 担当', '経理部 課長', '財務経理部 部長'];

/** What customers ask for, complain about and get stuck on; summaries share words on purpose (similar tickets). */
export const TICKET_SCRIPTS: readonly TicketScript[] = [
  // ── billing ──
  {
    summaryJa: 'インボイス制度: 取引先の登録番号を国税庁データで自動確認したい',
    summaryEn: 'Invoice system: check suppliers’ registration numbers against the NTA data automatically',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'billing',
    theme: 'インボイス制度',
    weight: 2,
    verbatims: [
      '取引先が300社以上あって、登録番号が有効かどうかを毎月手で国税庁のサイトで調べています。これをシステム側でやってくれないと正直きついです。',
      'インボイスの登録番号、取引先マスタに入れるだけじゃなくて、失効していないかまでチェックしてほしいんですよ。免税事業者に戻った取引先が先月ありました。',
      '競合さんの製品は国税庁の公表サイトと連携して自動で確認できると聞きました。御社もそこができれば今期中に切り替えを決めたいと思っています。',
      '経理の人数が少ないので、登録番号の確認作業がボトルネックになっています。月末の締めが2日遅れることもあります。',
    ],
    contactRoles: [...FINANCE_ROLES, '管理本部長'],
  },
  {
    summaryJa: 'インボイス制度: 消費税の端数処理を請求書単位・税率ごとにしたい',
    summaryEn: 'Invoice system: round consumption tax once per invoice and tax rate',
    category: FEATURE_REQUEST,
    impact: CHURN_RISK,
    productAreaKey: 'billing',
    theme: 'インボイス制度',
    verbatims: [
      '明細ごとに消費税を丸めているので、請求書の合計と税額が1円ずれます。インボイスの要件だと請求書単位で税率ごとに1回ですよね？',
      '取引先から「税額が合わない」と問い合わせが毎月何件も来ていて、そのたびに手で直した請求書を送り直しています。',
      '軽減税率の品目と10%の品目が混ざる請求書で端数がおかしくなります。食品を扱っているのでうちは致命的です。',
      'これが直らないなら、来年の更新はちょっと考えさせてください、と上からも言われています。',
    ],
    contactRoles: [...FINANCE_ROLES, '経営企画部 課長'],
  },
  {
    summaryJa: '電子帳簿保存法の検索要件（取引年月日・金額・取引先）で検索できるようにしたい',
    summaryEn: 'Search stored documents by date, amount and counterparty (Electronic Books Maintenance Act)',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'billing',
    theme: '電子帳簿保存法',
    weight: 2,
    verbatims: [
      '電帳法の対応で、取引年月日と金額の範囲、取引先名で検索できることが要件になっています。今の画面だとファイル名でしか探せないですよね。',
      '税理士さんから、今の保存の仕方だと検索要件を満たしていないと言われました。監査法人の指摘事項にも入っています。',
      'We need the search requirements of the Electronic Books Maintenance Act covered before our fiscal year closes. Our auditors flagged it.',
      '電子取引のデータをPDFで受け取って保存していますが、タイムスタンプか訂正削除の履歴が残る仕組みが必要です。そこも含めて対応予定はありますか。',
      'ここが対応できれば、今の紙の保管庫を解約できるので、経営層への説明がしやすくなります。',
    ],
    contactRoles: [...FINANCE_ROLES, 'Finance Director', '内部監査室 担当'],
  },
  {
    summaryJa: '請求書PDFの宛名に部署名と担当者名を入れたい',
    summaryEn: 'Put department and contact name in the invoice PDF address',
    category: USABILITY,
    impact: PAIN,
    productAreaKey: 'billing',
    theme: '請求書レイアウト',
    verbatims: [
      '請求書の宛名が会社名だけなので、大きい取引先だとどの部署の請求か分からず、差し戻されてしまいます。',
      '「○○部 ○○様」まで入れたいんです。いまはPDFを出したあとに、PDF編集ソフトで一枚ずつ追記しています。',
      '取引先ごとに宛名のパターンを登録できれば十分です。難しいことは求めていません。',
    ],
    contactRoles: ['経理部 担当', '営業事務 担当', '総務部 担当'],
  },
  {
    summaryJa: '請求一覧の合計金額が月をまたぐと二重計上される',
    summaryEn: 'Billing list totals count cross-month items twice',
    category: BUG,
    impact: CHURN_RISK,
    productAreaKey: 'billing',
    theme: '請求集計',
    verbatims: [
      '月末締めで翌月払いの案件だけ、請求一覧の合計に2回入っているように見えます。売上の数字が社長報告とずれて大変でした。',
      '先月の売上が実際より800万円多く出ていて、経理から問い合わせが来ました。CSVで出すと正しいので画面の集計だけおかしいのでは。',
      'The totals on the billing list double-count invoices that span two months. Our CFO caught it in the monthly review, which was embarrassing.',
      '数字が信用できないと、結局Excelで集計し直すことになって、システムを入れた意味がなくなってしまいます。',
    ],
    contactRoles: [...FINANCE_ROLES, 'CFO'],
  },
  {
    summaryJa: '利用料の支払いを口座振替にしたい（クレジットカード不可）',
    summaryEn: 'Pay the subscription by bank transfer / direct debit instead of credit card',
    category: OTHER,
    impact: BLOCKS_DEAL,
    productAreaKey: 'billing',
    theme: '支払方法',
    verbatims: [
      '市の規定で法人カードが使えません。請求書払いか口座振替でないと契約できないんです。',
      '病院なので、支払いは月末締め翌月末払いの請求書でお願いしたいです。カード決済だと稟議が通りません。',
      '口座振替に対応していれば、来月の予算で申請を出せます。対応時期だけでも教えてください。',
    ],
    contactRoles: ['総務課 係長', '事務長', '経理部 担当', '契約担当'],
  },

  // ── pricing ──
  {
    summaryJa: 'ユーザー単価が高い: 閲覧だけのユーザーも同じ料金になる',
    summaryEn: 'Per-user price too high: view-only users cost the same as full users',
    category: PRICING,
    impact: CHURN_RISK,
    productAreaKey: 'billing',
    theme: 'ユーザー単価',
    weight: 2,
    verbatims: [
      '現場のパートさんは見るだけなんです。それでも1人月1,200円かかるなら、全員には配れません。',
      '閲覧専用のライセンスがあれば、工場の200人にも展開できます。今は管理職の30人だけで止まっています。',
      'Your per-seat price makes sense for power users, but we have 400 warehouse staff who only check schedules. We cannot justify that cost.',
      '他社さんは閲覧ユーザー無料って言ってきていますよ。更新のタイミングで比較せざるを得ないです。',
      'ユーザー単価をもう少し下げるか、段階的な割引があると社内で説明しやすいです。',
    ],
    contactRoles: ['情報システム部 部長', '購買部 課長', 'CIO', 'Operations Director', '経営企画部 課長'],
  },
  {
    summaryJa: '最低契約ユーザー数（50名）が小規模な拠点に合わない',
    summaryEn: 'The 50-seat minimum does not fit small sites',
    category: PRICING,
    impact: BLOCKS_DEAL,
    productAreaKey: 'billing',
    theme: '最低利用人数',
    verbatims: [
      '社員が18人しかいないので、50ユーザー分払うのは無理です。機能はすごく気に入っているんですけどね。',
      '最低50名の縛りがなければ、今日にでも申し込みたいくらいです。',
      'グループ会社のうち小さい3社だけ別契約にしたいのですが、それぞれ50名からだと合計がとんでもない金額になります。',
      '10名プランのようなものはありませんか。クリニックなので人数は増えません。',
    ],
    contactRoles: ['代表取締役', '事務長', '総務部 担当', '院長'],
  },
  {
    summaryJa: '年間一括払いだけでなく月払いを選べるようにしたい',
    summaryEn: 'Offer monthly payment, not only annual upfront',
    category: PRICING,
    impact: PAIN,
    productAreaKey: 'billing',
    theme: '支払条件',
    verbatims: [
      '年払いだと一度に大きな金額になるので、予算の都合で月払いにしたいです。多少割高でも構いません。',
      '繁忙期に人を増やしたいので、月単位でユーザー数を増減できると助かります。',
      'Annual prepayment is hard for us as a new subsidiary. Monthly billing would let us start this quarter.',
    ],
    contactRoles: ['経理部 課長', '代表取締役', 'Country Manager', '総務部 担当'],
  },

  // ── reports ──
  {
    summaryJa: 'CSV出力したファイルをExcelで開くと日本語が文字化けする',
    summaryEn: 'Japanese text garbled when the CSV export is opened in Excel',
    category: BUG,
    impact: PAIN,
    productAreaKey: 'reports',
    theme: 'CSV出力',
    weight: 3,
    verbatims: [
      'CSVでダウンロードしてExcelでダブルクリックすると、日本語のところが全部文字化けします。毎回メモ帳で開いて保存し直しています。',
      '文字化けの件、現場から苦情が来ています。Shift_JISで出すか、BOM付きのUTF-8にしてもらえませんか。',
      'CSV出力の取引先名が「縺・」みたいな文字になって、そのまま基幹システムに取り込んでしまい、データを直すのに半日かかりました。',
      'When we open the CSV export in Excel, all Japanese text is garbled. Our staff in Japan complain about it every week.',
      '毎月の会議資料をCSVから作るので、文字化けは地味にストレスです。',
      '旧字体の「髙」や「﨑」が入っている取引先だけ「?」になります。Shift_JISにしたらこれが消えるので、そこも気を付けてほしいです。',
    ],
    contactRoles: ['経理部 担当', '営業事務 担当', '情報システム部 担当', 'Office Manager', '総務部 担当'],
  },
  {
    summaryJa: 'CSV出力の項目と並び順を選んで保存したい',
    summaryEn: 'Choose and save CSV export columns and their order',
    category: FEATURE_REQUEST,
    impact: NICE_TO_HAVE,
    productAreaKey: 'reports',
    theme: 'CSV出力',
    verbatims: [
      'CSV出力すると80列くらい出てきて、毎回いらない列を消しています。よく使う項目だけのパターンを保存できると嬉しいです。',
      '基幹システムへの取り込み用に列の順番が決まっているので、出力の順番を指定できると手作業がゼロになります。',
      'CSVの列名も変えられると最高です。今はマクロで変換しています。',
    ],
    contactRoles: ['経理部 担当', '情報システム部 担当', '営業企画部 担当'],
  },
  {
    summaryJa: '10万件を超えるレポートがタイムアウトして出力できない',
    summaryEn: 'Reports over 100,000 rows time out',
    category: BUG,
    impact: CHURN_RISK,
    productAreaKey: 'reports',
    theme: 'パフォーマンス',
    verbatims: [
      '年間の出荷実績を出そうとすると、5分くらい待ったあとにエラーになります。期間を区切って12回に分けて出しています。',
      '月末の集計レポートがタイムアウトして、経営会議に数字が間に合わなかったことがあります。',
      'Our yearly shipment report never finishes. It spins for minutes and then fails. We had to go back to our old BI tool for it.',
      'データ量が増えたら使えなくなるシステム、という印象を役員が持ち始めています。早めに改善をお願いします。',
    ],
    contactRoles: ['情報システム部 課長', '物流管理部 課長', 'IT Manager', '経営企画部 担当'],
  },
  {
    summaryJa: 'ダッシュボードを部門ごとにカスタマイズしたい',
    summaryEn: 'Customize dashboards per department',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'reports',
    theme: 'ダッシュボード',
    verbatims: [
      '営業と製造で見たい数字がまったく違うのに、ダッシュボードが全社共通しかないので、結局誰も見なくなりました。',
      '部門ごとにウィジェットを並べ替えられたら、朝会でそのまま画面を映せるんですけどね。',
      '店長には自店舗の数字だけ見せたいです。全店の数字が出ると比較されて嫌がる人もいるので。',
      'グラフの種類を選べるだけでもずいぶん違います。',
    ],
    contactRoles: ['営業部 部長', '店舗運営部 課長', '経営企画部 課長', '製造部 課長'],
  },
  {
    summaryJa: 'レポートを毎週決まった時間にメールで自動配信したい',
    summaryEn: 'Email reports automatically on a weekly schedule',
    category: FEATURE_REQUEST,
    impact: NICE_TO_HAVE,
    productAreaKey: 'reports',
    theme: '定期配信',
    verbatims: [
      '毎週月曜の朝8時に、先週の実績レポートを部長たちにメールで送っています。これを自動にできたら助かります。',
      'ログインしない役員が多いので、向こうから届く形のほうが見てもらえるんです。',
      'Could the weekly summary land in our inbox on Monday mornings? Half of my managers never log in.',
    ],
    contactRoles: ['経営企画部 担当', '営業企画部 課長', 'General Manager'],
  },
  {
    summaryJa: '4月始まりの会計年度で集計・比較できない',
    summaryEn: 'Cannot aggregate or compare by an April fiscal year',
    category: USABILITY,
    impact: PAIN,
    productAreaKey: 'reports',
    theme: '集計期間',
    verbatims: [
      'レポートの期間が1月〜12月固定なので、うちの4月始まりの年度と合いません。前年同期比が毎回手計算です。',
      '自治体なので会計年度は4月から3月です。年度で区切れないと議会資料に使えません。',
      '期首月を設定できるようにしてほしいです。9月決算の会社もグループにあるので、会社ごとに変えられると理想です。',
    ],
    contactRoles: ['財政課 主査', '経理部 課長', '経営企画部 担当'],
  },
  {
    summaryJa: '帳票を自社の既存フォーマットに合わせて出力したい',
    summaryEn: 'Print forms in our own existing layouts',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'reports',
    theme: '帳票',
    verbatims: [
      '納品書のレイアウトが取引先と決まっていて、勝手に変えられないんです。ロゴと印影の位置も含めて合わせたいです。',
      '今の帳票だとA4縦しか選べません。うちはずっとA4横の伝票でやってきたので、現場が混乱しています。',
      '帳票の項目を少し動かすだけで、オプション費用がかかるのは納得しにくいです。',
    ],
    contactRoles: ['業務部 課長', '営業事務 担当', '総務部 担当'],
  },

  // ── workflow ──
  {
    summaryJa: '承認ルートに代理承認を設定したい（不在・休暇時）',
    summaryEn: 'Delegate approvals in the approval route while away',
    category: FEATURE_REQUEST,
    impact: CHURN_RISK,
    productAreaKey: 'workflow',
    theme: '承認ルート',
    weight: 3,
    verbatims: [
      '部長が出張や休暇でいないと、承認が1週間止まります。代理承認者をあらかじめ決めておけるようにしてほしいです。',
      '今は部長のIDとパスワードを課長が預かって承認しています。監査的にはアウトなので、早く代理承認の仕組みがほしいです。',
      'Approvals stall whenever a manager is on leave. We need delegation with an end date, and the history should show who actually approved.',
      '代理承認は期間を指定できて、誰が代理で承認したか履歴に残ることが条件です。',
      '病院は当直や夜勤があるので、承認者不在の時間が長いんです。代理を立てられないと運用が回りません。',
    ],
    contactRoles: ['総務部 課長', '情報システム部 担当', 'HR Director', '事務長', '内部統制室 担当'],
  },
  {
    summaryJa: '承認ルートを金額に応じて自動で分岐させたい',
    summaryEn: 'Branch approval routes automatically by amount',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'workflow',
    theme: '承認ルート',
    verbatims: [
      '10万円未満は課長まで、100万円以上は役員まで、というように金額で承認ルートを分けたいです。今はルートを3つ作って申請者に選ばせています。',
      '申請者がルートを選び間違えると、役員承認が抜けたまま発注されてしまうことがあって怖いです。',
      '職務権限規程どおりに自動で分岐してくれれば、内部監査の指摘もなくなると思います。',
      '金額だけじゃなくて、勘定科目でも分岐できると完璧です。',
    ],
    contactRoles: ['経理部 課長', '内部監査室 担当', '総務部 担当', '購買部 課長'],
  },
  {
    summaryJa: '組織変更のあと承認ルートに旧部署の承認者が残る',
    summaryEn: 'Approval routes keep old approvers after a reorganization',
    category: BUG,
    impact: CHURN_RISK,
    productAreaKey: 'workflow',
    theme: '承認ルート',
    verbatims: [
      '4月の組織変更で部署を統合したのに、承認ルートに異動した元部長が残っていて、申請がそちらに飛んでいきます。',
      '人事異動のたびに承認ルートを100本以上手で直しています。組織マスタと連動してほしいです。',
      '異動した人のところに申請が溜まっていて、気づいたら支払いが遅れていました。取引先に謝りに行きました。',
    ],
    contactRoles: ['人事部 担当', '情報システム部 担当', '総務部 課長'],
  },
  {
    summaryJa: '承認待ちの通知メールが多すぎるので1日1回にまとめたい',
    summaryEn: 'Too many approval emails: send one digest a day',
    category: USABILITY,
    impact: PAIN,
    productAreaKey: 'workflow',
    theme: '通知',
    verbatims: [
      '承認のたびにメールが来るので、部長クラスは1日に80通くらい届いています。もう誰も読んでいません。',
      '朝と夕方の2回にまとめて通知してくれれば十分です。',
      'Our directors filter your emails straight to a folder because there are too many. A daily digest would actually get read.',
      'Teamsに通知が来るなら、メールは止めたいという声もあります。',
    ],
    contactRoles: ['情報システム部 担当', '営業部 部長', 'Office Manager'],
  },
  {
    summaryJa: '申請フォームで条件に応じて項目を出し分けたい',
    summaryEn: 'Show form fields conditionally',
    category: FEATURE_REQUEST,
    impact: NICE_TO_HAVE,
    productAreaKey: 'workflow',
    theme: 'フォーム',
    verbatims: [
      '出張申請で「海外」を選んだときだけ、パスポート番号や渡航先の欄を出したいです。今は全部並んでいて分かりにくいと言われます。',
      'フォームが長すぎて、現場の人が入力をあきらめて紙で出してくるんです。',
      '条件分岐ができればフォームを10個から3個に減らせます。',
    ],
    contactRoles: ['総務部 担当', '人事部 担当', '情報システム部 担当'],
  },
  {
    summaryJa: '差し戻しのときにコメントを必須にしたい',
    summaryEn: 'Require a comment when sending a request back',
    category: USABILITY,
    impact: NICE_TO_HAVE,
    productAreaKey: 'workflow',
    theme: '差し戻し',
    verbatims: [
      '理由なしで差し戻されて、何を直せばいいのか分からないという声が多いです。',
      '差し戻しのときだけコメント必須、という設定があれば十分です。',
      '差し戻し理由を後から集計できると、申請の質を上げる研修にも使えると思っています。',
    ],
    contactRoles: ['総務部 担当', '経理部 担当', '人事部 課長'],
  },

  // ── mobile ──
  {
    summaryJa: 'Android 14 でモバイルアプリが起動直後にクラッシュする',
    summaryEn: 'Mobile app crashes on launch on Android 14',
    category: BUG,
    impact: CHURN_RISK,
    productAreaKey: 'mobile',
    theme: 'Android',
    weight: 3,
    verbatims: [
      '会社支給のスマホをAndroid 14に上げたら、アプリを開いた瞬間に落ちるようになりました。現場の80台全部です。',
      'アプリがクラッシュするので、ドライバーが配送完了の報告をできず、事務所に電話してきています。',
      'The app crashes right after launch on our Android 14 handsets. Our drivers are back to paper delivery slips.',
      'アップデートのお知らせが来たので入れたら、余計に落ちるようになった気がします。機種は業務用の堅牢スマホです。',
      '現場がアプリを使わなくなると、せっかく定着してきたのが振り出しに戻ってしまいます。いつ直るかだけでも教えてください。',
    ],
    contactRoles: ['情報システム部 担当', '物流管理部 課長', 'IT Manager', '配送センター長'],
  },
  {
    summaryJa: 'Android 14 でカメラから写真を添付するとアプリが落ちる',
    summaryEn: 'App crashes when attaching a photo from the camera on Android 14',
    category: BUG,
    impact: PAIN,
    productAreaKey: 'mobile',
    theme: 'Android',
    verbatims: [
      '現場の写真を撮って添付しようとすると、撮影した直後にアプリが落ちます。ギャラリーから選ぶと大丈夫です。',
      '点検報告に写真が必須なので、アプリが落ちると報告が上がってきません。Android 14の端末だけです。',
      '撮り直すたびに入力した内容が消えるので、現場の人が本当に怒っています。',
    ],
    contactRoles: ['設備管理部 担当', '情報システム部 担当', '工場長'],
  },
  {
    summaryJa: '電波の届かない倉庫や工場でもオフラインで入力したい',
    summaryEn: 'Enter data offline where there is no signal',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'mobile',
    theme: 'オフライン',
    weight: 2,
    verbatims: [
      '冷凍倉庫の中は電波がほとんど入りません。外に出てから入力しているので二度手間です。',
      'オフラインで入力しておいて、電波が戻ったら自動で送信してくれれば十分です。',
      '山間部の現場が多いので、オフライン対応は必須条件です。これがないと建設の現場では使えません。',
      'Our plant floor is a dead zone. Offline capture with sync later would make the app usable there.',
    ],
    contactRoles: ['倉庫管理課 課長', '工事部 担当', 'Plant Manager', '情報システム部 担当'],
  },
  {
    summaryJa: 'iPadの横向き画面に対応してほしい',
    summaryEn: 'Support iPad landscape orientation',
    category: USABILITY,
    impact: NICE_TO_HAVE,
    productAreaKey: 'mobile',
    theme: 'タブレット',
    verbatims: [
      '店舗ではiPadを横置きのスタンドで使っているので、縦画面しか出ないのは不便です。',
      '病棟の回診でiPadを使っていますが、横にすると画面が崩れます。',
      '横向きにすると文字が大きくなりすぎて、一覧が3行しか見えません。',
    ],
    contactRoles: ['店舗運営部 担当', '看護部 主任', '情報システム部 担当'],
  },
  {
    summaryJa: 'モバイルアプリに指紋・顔認証でログインしたい',
    summaryEn: 'Log in to the mobile app with fingerprint or face',
    category: FEATURE_REQUEST,
    impact: NICE_TO_HAVE,
    productAreaKey: 'mobile',
    theme: '認証',
    verbatims: [
      '毎回パスワードを入れるのが面倒で、手袋をしたままだと入力できません。生体認証があると助かります。',
      'ログインが面倒だから使わない、という人が結構いるんです。',
      'セッションが切れるのが早すぎるので、せめて1日はログインしたままにしたいです。',
    ],
    contactRoles: ['製造部 班長', '情報システム部 担当', '営業部 担当'],
  },

  // ── integrations ──
  {
    summaryJa: 'APIのレート制限（毎分60回）が厳しく夜間バッチが終わらない',
    summaryEn: 'API rate limit (60/min) too tight for our nightly batch',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'integrations',
    theme: 'APIレート制限',
    weight: 2,
    verbatims: [
      '基幹システムから毎晩5万件の受注を連携していますが、毎分60回の制限にかかって朝になっても終わりません。',
      'APIのレート制限を上げてもらえないと、本番導入の判断ができません。PoCはここで止まっています。',
      'We hit the API rate limit within minutes during our nightly sync. We need at least 600 requests a minute, or a bulk endpoint.',
      '一括登録用のAPIがあれば、レート制限はそこまで気にしません。',
      '429エラーが返ってきたときに、いつ再試行すればいいのかヘッダーで教えてほしいです。',
    ],
    contactRoles: ['情報システム部 課長', 'システム開発部 担当', 'Integration Architect', 'CTO'],
  },
  {
    summaryJa: 'APIのレート制限を契約プランに応じて引き上げたい',
    summaryEn: 'Raise API rate limits by plan',
    category: PRICING,
    impact: PAIN,
    productAreaKey: 'integrations',
    theme: 'APIレート制限',
    verbatims: [
      'エンタープライズ契約なのに、APIのレート制限が他のプランと同じなのは納得できません。',
      '追加料金を払ってでもレート制限を上げたいです。オプションとして用意してもらえませんか。',
      'Rate limits should scale with the plan. We pay for enterprise and get the same API limits as a ten-seat customer.',
    ],
    contactRoles: ['情報システム部 部長', 'CIO', 'IT Manager'],
  },
  {
    summaryJa: '承認完了などのイベントをWebhookで通知してほしい',
    summaryEn: 'Webhooks for events such as approval completed',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'integrations',
    theme: 'Webhook',
    verbatims: [
      '承認が終わったかどうかを5分ごとにAPIで見に行っています。Webhookで通知してくれればポーリングをやめられます。',
      'ポーリングしているせいで、さっきのレート制限にもかかるんです。',
      'Webhooks with a signature we can verify, and retries when our endpoint is down. That is all we need.',
    ],
    contactRoles: ['システム開発部 担当', '情報システム部 担当', 'Integration Architect'],
  },
  {
    summaryJa: '会計ソフトに仕訳データを自動連携したい',
    summaryEn: 'Send journal entries to our accounting software automatically',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'integrations',
    theme: '会計連携',
    verbatims: [
      '経費精算のデータを毎月CSVで出して、会計ソフトに取り込み直しています。勘定科目の変換表もExcelで管理していて、担当者しか分かりません。',
      '会計ソフトとの仕訳連携ができることが、今回の選定の必須要件になっています。',
      '連携のときに部門コードと補助科目も渡せないと意味がないです。',
      '月次決算を3営業日早めるのが今期の目標なので、ここは本当にお願いしたいです。',
    ],
    contactRoles: [...FINANCE_ROLES, 'CFO'],
  },
  {
    summaryJa: 'Microsoft Teams に承認依頼や通知を送りたい',
    summaryEn: 'Send approval requests and notifications to Microsoft Teams',
    category: FEATURE_REQUEST,
    impact: NICE_TO_HAVE,
    productAreaKey: 'integrations',
    theme: 'Teams連携',
    weight: 2,
    verbatims: [
      '社内のやり取りはほとんどTeamsなので、承認依頼もTeamsに来てほしいです。メールはほとんど見ていません。',
      'Teamsの中で承認ボタンまで押せたら最高です。',
      'We live in Teams. If approvals showed up there, response times would drop from days to hours.',
      'チャネルに通知を出せるだけでも、チームでの見落としが減ると思います。',
    ],
    contactRoles: ['情報システム部 担当', '経営企画部 担当', 'IT Manager', '総務部 課長'],
  },
  {
    summaryJa: 'SFA連携で取引先が二重登録される',
    summaryEn: 'CRM sync creates duplicate accounts',
    category: BUG,
    impact: PAIN,
    productAreaKey: 'integrations',
    theme: 'SFA連携',
    verbatims: [
      'SFAと連携するたびに同じ取引先がもう1件作られます。「株式会社」の有無や全角・半角の違いで別の会社と判定されているようです。',
      '取引先が二重登録されているせいで、売上の集計が取引先単位で合いません。',
      '毎週、重複した取引先を手でマージしています。もう200件以上になりました。',
    ],
    contactRoles: ['営業企画部 担当', '情報システム部 担当', '営業推進部 課長'],
  },

  // ── admin ──
  {
    summaryJa: 'Microsoft Entra ID（旧 Azure AD）でシングルサインオン（SSO）したい',
    summaryEn: 'Single sign-on (SSO) with Microsoft Entra ID',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'admin',
    theme: 'SSO',
    weight: 3,
    verbatims: [
      '全社でEntra IDに統一しているので、SSOに対応していないサービスは情報システム部の審査を通りません。',
      'パスワードをもう一つ覚えさせるのは無理です。社員から問い合わせが殺到します。',
      'SSO with Entra ID is a hard requirement from our global security team. Without it we cannot sign the contract.',
      '退職者のアカウントをEntra IDで止めたら、こちらも自動で使えなくなる、というのが一番大事なところです。',
      'SSOさえ対応してもらえれば、グループ会社の5社にも展開する計画です。',
    ],
    contactRoles: [...IT_ROLES, 'CISO', 'Head of IT'],
  },
  {
    summaryJa: 'SAMLによるSSOを必須にしてパスワードログインを禁止したい',
    summaryEn: 'Enforce SAML SSO and disable password login',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'admin',
    theme: 'SSO',
    verbatims: [
      '情報セキュリティ規程で、社外サービスはSAMLのSSOのみ許可になっています。パスワードでもログインできてしまうと規程違反です。',
      'SSOを入れても、パスワードのログインが残っているなら意味がないと監査で言われました。',
      'We need to force SSO for everyone except two break-glass admin accounts.',
    ],
    contactRoles: [...IT_ROLES, 'CISO'],
  },
  {
    summaryJa: '退職者や異動者のアカウントを自動で無効化したい（SCIM）',
    summaryEn: 'Deactivate leavers automatically (SCIM provisioning)',
    category: FEATURE_REQUEST,
    impact: CHURN_RISK,
    productAreaKey: 'admin',
    theme: 'ユーザー管理',
    verbatims: [
      '毎月20〜30人の入退社があって、ユーザーの追加と削除を手作業でやっています。漏れが怖いです。',
      '退職した人のアカウントが半年残っていたのが監査で見つかりました。自動で無効化できないと困ります。',
      'SCIM provisioning from Entra ID would save my team a day every month.',
      '人事システムのデータを取り込んで、部署と役職も自動で更新してほしいです。',
    ],
    contactRoles: [...IT_ROLES, '人事部 担当'],
  },
  {
    summaryJa: '操作ログ（監査ログ）を1年以上保管してダウンロードしたい',
    summaryEn: 'Keep audit logs for a year or more and download them',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'admin',
    theme: '監査ログ',
    verbatims: [
      '操作ログが90日しか残らないのは短すぎます。J-SOXの対応で最低1年、できれば7年は保管したいです。',
      '誰がいつ権限を変えたのか、監査法人に聞かれて答えられませんでした。',
      'Audit logs need to be exportable to our SIEM. Ninety days of retention is not enough for a listed company.',
      'ログのダウンロードがCSVでできれば、あとはこちらで保管します。',
    ],
    contactRoles: ['内部監査室 担当', '情報システム部 課長', 'CISO', 'Compliance Manager'],
  },
  {
    summaryJa: '部署ごとに閲覧のみ・編集可などの権限を細かく設定したい',
    summaryEn: 'Finer permissions per department (view only, edit, …)',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'admin',
    theme: '権限',
    verbatims: [
      '権限が「管理者」と「一般」しかないので、他部署のデータまで全部見えてしまいます。人事のデータだけは見せたくないです。',
      '部署ごとに閲覧のみ、編集可、を分けられないと全社展開はできません。',
      'グループ会社同士でデータが見えてしまうのは問題になります。会社単位でも区切りたいです。',
    ],
    contactRoles: ['情報システム部 担当', '人事部 課長', '経営企画部 担当'],
  },
  {
    summaryJa: 'IPアドレス制限で庁内・社内ネットワークからだけ使えるようにしたい',
    summaryEn: 'Restrict access by IP address to our network',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'admin',
    theme: 'セキュリティ',
    verbatims: [
      '自治体のセキュリティポリシーで、庁内ネットワーク以外からのアクセスは禁止です。IPアドレス制限は必須です。',
      '私物のスマホからログインできてしまうのが一番の懸念です。',
      'IP制限と、あと端末の証明書による制限もできると理想的です。',
    ],
    contactRoles: ['情報政策課 主任', '情報システム部 課長', 'CISO'],
  },
  {
    summaryJa: 'LGWAN環境から利用できるようにしてほしい',
    summaryEn: 'Make the service usable from the LGWAN network',
    category: FEATURE_REQUEST,
    impact: BLOCKS_DEAL,
    productAreaKey: 'admin',
    theme: 'LGWAN',
    verbatims: [
      '職員の端末はLGWAN側にあるので、LGWAN-ASPとして提供されていないと使えません。',
      '近隣の市町村でも同じ悩みを持っているので、対応してもらえれば広域で導入を検討できます。',
      '来年度予算の要求に間に合わせたいので、秋までに方針だけでも教えてください。',
    ],
    contactRoles: ['情報政策課 主任', '総務課 係長', 'DX推進室 室長'],
  },
  {
    summaryJa: '画面を英語・ベトナム語で表示したい（外国籍スタッフ向け）',
    summaryEn: 'Show the UI in English and Vietnamese for foreign staff',
    category: FEATURE_REQUEST,
    impact: PAIN,
    productAreaKey: 'admin',
    theme: '多言語',
    verbatims: [
      '工場の技能実習生がベトナムから来ているので、画面が日本語だけだと入力をお願いできません。',
      '英語表示はあるけど、一部の画面が日本語のままなので、結局日本人スタッフが代わりに入力しています。',
      'Half of our team in Japan does not read Japanese. A full English UI, including the emails, is essential.',
      'ユーザーごとに表示言語を選べればそれで十分です。',
    ],
    contactRoles: ['人事部 担当', '製造部 課長', 'Country Manager', '総務部 担当'],
  },

  // ── search ──
  {
    summaryJa: '全角・半角やカタカナ・ひらがなの違いで検索結果が変わる',
    summaryEn: 'Search results differ between full-width/half-width and kana',
    category: USABILITY,
    impact: PAIN,
    productAreaKey: 'search',
    theme: '全文検索',
    verbatims: [
      '「ｶﾌﾞｼｷｶﾞｲｼｬ」で登録されている古いデータが、全角で検索すると出てきません。',
      '取引先を「サクラ」で探しても「さくら」で登録されていると見つからないんです。',
      '検索で見つからないので、同じ取引先をもう1件登録してしまう人がいます。',
      '全角と半角を区別しない設定があれば、それで解決すると思います。',
    ],
    contactRoles: ['営業事務 担当', '総務部 担当', '情報システム部 担当'],
  },
  {
    summaryJa: '添付ファイル（PDF・Excel）の中身も検索したい',
    summaryEn: 'Search inside attachments (PDF, Excel)',
    category: FEATURE_REQUEST,
    impact: NICE_TO_HAVE,
    productAreaKey: 'search',
    theme: '全文検索',
    verbatims: [
      '見積書のPDFの中にある品番で検索したいです。ファイル名だけだと探せません。',
      '過去の契約書から条項を探すのに、1件ずつ開いています。',
      'Full-text search across attachments would save our buyers hours every week.',
    ],
    contactRoles: ['購買部 担当', '法務部 担当', 'Procurement Manager'],
  },
  {
    summaryJa: '検索結果が表示されるまで5秒以上かかる',
    summaryEn: 'Search takes more than five seconds',
    category: BUG,
    impact: PAIN,
    productAreaKey: 'search',
    theme: 'パフォーマンス',
    verbatims: [
      '取引先名で検索するだけで5秒以上待たされます。電話口のお客様をお待たせしてしまいます。',
      '朝9時台は特に遅いです。みんなが一斉に使う時間なので。',
      '検索が遅いので、結局Excelの一覧を別に持っている人がいます。',
    ],
    contactRoles: ['コールセンター 主任', '営業事務 担当', '情報システム部 担当'],
  },

  // ── onboarding ──
  {
    summaryJa: 'Excelからの一括インポートでどの行がエラーなのか分からない',
    summaryEn: 'Bulk import from Excel does not say which rows failed',
    category: USABILITY,
    impact: PAIN,
    productAreaKey: 'onboarding',
    theme: 'データ移行',
    weight: 2,
    verbatims: [
      '5,000件の取引先をインポートしたら「エラーがあります」とだけ出て、どの行が悪いのか分かりません。',
      'エラーの行だけCSVでダウンロードできれば、直して再取り込みできます。',
      '一括インポートで1件エラーがあると全部取り込まれないのは厳しいです。正しい行だけでも入れてほしいです。',
      'The import just says “invalid data”. We spent two days bisecting a 10,000-row file.',
      '移行のスケジュールがこれで1週間遅れました。',
    ],
    contactRoles: ['情報システム部 担当', '導入プロジェクト リーダー', 'Project Manager', '総務部 担当'],
  },
  {
    summaryJa: '初期設定を代行してくれる導入支援メニューがほしい',
    summaryEn: 'An onboarding service that does the initial setup for us',
    category: OTHER,
    impact: BLOCKS_DEAL,
    productAreaKey: 'onboarding',
    theme: '導入支援',
    verbatims: [
      '情報システム部が2人しかいないので、初期設定を自分たちでやる余裕がありません。有償でも代行してほしいです。',
      '導入支援がセットになっていれば、今期中に契約できます。',
      '承認ルートやマスタの設計から相談に乗ってもらえると安心です。',
    ],
    contactRoles: ['総務部 部長', '情報システム部 担当', '事務長'],
  },
  {
    summaryJa: '操作マニュアルや動画が古く、今の画面と違う',
    summaryEn: 'Manuals and videos are out of date',
    category: OTHER,
    impact: NICE_TO_HAVE,
    productAreaKey: 'onboarding',
    theme: 'マニュアル',
    verbatims: [
      'マニュアルの画面と実際の画面が違うので、新人教育のときに説明が止まってしまいます。',
      '動画マニュアルが2年前のままで、メニューの場所が変わっています。',
      'マニュアルをPDFでダウンロードして社内向けに編集したいです。',
    ],
    contactRoles: ['人事部 担当', '総務部 担当', '店舗運営部 担当'],
  },
  {
    summaryJa: 'トライアル期間を30日から60日に延ばしたい（稟議が間に合わない）',
    summaryEn: 'Extend the trial from 30 to 60 days',
    category: PRICING,
    impact: BLOCKS_DEAL,
    productAreaKey: 'onboarding',
    theme: 'トライアル',
    verbatims: [
      '稟議に3週間かかるので、30日のトライアルでは評価が終わる前に期限が来てしまいます。',
      '自治体は議会の承認もあるので、せめて60日はほしいです。',
      'トライアルで入れたデータを本契約後も引き継げるなら、期間は30日でも構いません。',
    ],
    contactRoles: ['総務課 係長', '情報システム部 担当', 'DX推進室 室長'],
  },
];

/** What product answers the filers when a ticket moves, by the status it moves to. */
export const REPLY_POOLS: Readonly<Record<'TRIAGED' | 'PLANNED' | 'IN_PROGRESS' | 'SHIPPED' | 'DECLINED' | 'MERGED', BilingualPool>> = {
  TRIAGED: {
    ja: [
      'ご報告ありがとうございます。内容を確認し、担当チームで検討を始めました。進捗はこのチケットでお知らせします。',
      'お客様の声をありがとうございます。同様のご要望が他にもあるか確認のうえ、優先度を判断します。',
      '共有ありがとうございます。再現手順を確認しています。追加で分かったことがあればこのチケットに追記してください。',
      '詳しく書いていただき助かります。次回のプロダクト会議で取り上げます。',
    ],
    en: [
      'Thanks for raising this. We have started looking into it and will post updates here.',
      'Thank you for the detailed write-up. We are checking how many other customers are affected before we prioritise it.',
    ],
  },
  PLANNED: {
    ja: [
      'ご意見ありがとうございます。来期のロードマップで対応を予定しています。時期が決まり次第お知らせします。',
      '多くのお客様から同じご要望をいただいており、次の四半期の開発計画に入れました。お客様には「対応予定」とお伝えいただいて大丈夫です。',
      'ロードマップに追加しました。具体的な仕様が固まった段階で、ヒアリングのお願いをするかもしれません。',
    ],
    en: [
      'Thank you. This is now on the roadmap for next quarter; we will share a date once it is firm.',
      'Planned. You can tell the customer it is on our roadmap; we may ask them for a short interview on the details.',
    ],
  },
  IN_PROGRESS: {
    ja: [
      '開発に着手しました。リリースは来月を目標にしています。',
      '修正に取りかかっています。お客様の環境で再現できたので、原因の特定は済んでいます。',
      '現在開発中です。ベータ版をお試しいただけるお客様がいれば、このチケットでお知らせください。',
    ],
    en: ['Work has started; we are aiming for next month’s release.', 'We reproduced it and found the cause. A fix is in progress.'],
  },
  SHIPPED: {
    ja: [
      '本日のリリースで対応しました。お客様へのご案内をお願いします。詳しくはリリースノートをご覧ください。',
      '修正版をリリースしました。アプリのアップデート後に解消するはずです。まだ起きる場合はこのチケットに返信してください。',
      'ご要望いただいた機能を公開しました。設定方法はヘルプセンターに掲載しています。お客様にもぜひお伝えください。',
      'リリースしました。声をあげてくださったお客様に、改めてお礼をお伝えいただけると嬉しいです。',
    ],
    en: [
      'Shipped in today’s release. Please let the customer know; the release notes have the details.',
      'The fix is live. If the customer still sees the problem after updating, reply here.',
    ],
  },
  DECLINED: {
    ja: [
      '検討の結果、今回は見送りとさせていただきます。理由はチケットに記載しました。代替案もあわせてお客様にお伝えください。',
      '申し訳ありませんが、現時点では対応の予定がありません。状況が変わった場合は改めてご連絡します。',
      '社内で検討しましたが、製品の方針と合わないため見送ります。お客様へのご説明で困った点があればご相談ください。',
    ],
    en: [
      'After review we have decided not to pursue this for now. The reason is on the ticket, with a workaround to offer the customer.',
      'Sorry, this is not something we plan to build. Let us know if you need help explaining it to the customer.',
    ],
  },
  MERGED: {
    ja: ['同じ内容のチケットに統合しました。今後の状況は統合先のチケットでお知らせします。'],
    en: ['Merged into an existing ticket with the same request; updates will be posted there.'],
  },
};

/** Notes product keeps for itself. */
export const INTERNAL_NOTES: BilingualPool = {
  ja: [
    '同様の要望がエンタープライズ顧客から複数件。次回のプロダクト会議で優先度を上げる提案をする。',
    '開発チームに工数感を確認中。概算で2スプリント。',
    '競合製品はこの機能を昨年リリース済み。失注理由に挙がり始めているので要注意。',
    '再現条件を確認済み。特定の端末とOSバージョンの組み合わせでのみ発生。',
    'CSチームに影響顧客のリストアップを依頼した。',
    '仕様の叩き台を社内Wikiに作成。来週UXチームとレビュー予定。',
    '営業から今期中の案件に影響するとの連絡あり。金額は大きいが一社向けの作り込みにならないよう注意。',
    'セキュリティ審査が必要なため、情報システム部門とスケジュール調整中。',
    '類似チケットが他に2件あるので、様子を見て統合する。',
    '売上影響の大きい顧客が含まれているため、来月のロードマップレビューで再評価する。',
  ],
  en: [
    'Several enterprise accounts asked for the same thing. Proposing a higher priority at the next product review.',
    'Engineering estimate: roughly two sprints.',
    'Competitor shipped this last year; it is starting to show up in loss reasons.',
    'Reproduced only on a specific device and OS version combination.',
  ],
};

/** Why product says no (decline_reason). */
export const DECLINE_REASONS: BilingualPool = {
  ja: [
    '特定のお客様向けの作り込みになり、他のお客様への価値が限られるため。代替として既存のCSV出力とマクロでの変換をご案内ください。',
    'セキュリティ上のリスクが大きく、現時点では安全に提供できないため。',
    '来年予定している基盤刷新で仕組みごと変わるため、現行版への対応は見送ります。',
    '料金体系の全体見直しを検討中のため、個別の価格変更は見送ります。見直しの結果は改めて共有します。',
    '既存の機能（通知設定・フィルター）で実現できることを確認したため。設定方法をお客様にご案内ください。',
    'パートナー製品で対応できる領域のため、連携パートナーをご紹介ください。',
    '要望件数が少なく、他の優先度の高い開発を優先するため。件数が増えれば再検討します。',
  ],
  en: [
    'It would be custom work for a single customer; the existing CSV export with a macro covers the need.',
    'The security risk is too high to offer this safely today.',
    'Existing notification settings and filters already cover this; please show the customer how.',
  ],
};
