// Success stories (成功事例) for the demo seed of the success-story knowledge base. Plain data: written the way
// sales and customer-success staff write 導入事例 for their colleagues (challenge → solution → result, with numbers).
// The seeder turns each into a published story with authors, reviews and verification dates.

import { StoryCompanySize, StoryIndustry, StoryRegion } from '@kakehashi/shared-contracts';

export interface StoryOutcomeSeed {
  label: string;
  before: number | null;
  after: number | null;
  unit: string;
  period: string | null;
}

export interface StorySeedContent {
  /** Stable slug, unique, kebab-case (seeds look stories up by it). */
  key: string;
  /** Language the story is written in. */
  language: 'ja' | 'en';
  title: string;
  /** English title for Japanese stories; null for English stories. */
  titleEn: string | null;
  /** The customer (fictional). */
  accountName: string;
  industry: StoryIndustry;
  companySize: StoryCompanySize;
  region: StoryRegion;
  /** Department codes of the demo company involved. */
  departmentCodes: string[];
  /** The company's products used (fixed catalog). */
  products: string[];
  challengeHtml: string;
  solutionHtml: string;
  resultHtml: string;
  outcomes: StoryOutcomeSeed[];
  quote: { text: string; attribution: string } | null;
  tags: string[];
  /** How long ago it was published, in days. */
  publishedDaysAgo: number;
  /** Days since its last verification; null = never verified since publishing. */
  verifiedDaysAgo: number | null;
}

export const STORY_SEED_CONTENT: readonly StorySeedContent[] = [
  // ───────────────────────────── Japanese ─────────────────────────────
  {
    key: 'hokuriku-seimitsu-formflow-adoption',
    language: 'ja',
    title: '定着支援で帳票作成時間を月 40 時間から 5 時間へ：北陸精密様の現場リーダー制度',
    titleEn: 'From 40 to 5 hours a month on forms: Hokuriku Seimitsu’s shop-floor champions',
    accountName: '株式会社北陸精密',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.CHUBU,
    departmentCodes: ['CS', 'SLS-W'],
    products: ['FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>北陸精密様は富山県に 3 工場を持つ精密部品メーカーです。FormFlow 帳票クラウドを導入して半年が経っても、ログイン率は 40% にとどまっていました。</p><p>検査成績書や出荷帳票は結局 Excel で作られ、品質保証課の担当者 2 名が毎月 40 時間近くを転記に使っていました。更新時期を控え、解約の可能性も営業から共有されていました。</p>',
    solutionHtml:
      '<p>カスタマーサクセスが月次の定例を設け、工場ごとの利用状況をお客様と一緒に確認するところから始めました。</p><ul><li>各工場に「現場リーダー」を 1 名ずつ任命し、初回は CS が現地でハンズオンを実施</li><li>よく使う検査成績書 12 種類をテンプレート化し、Excel からの取り込み手順を 1 枚にまとめた</li><li>西日本営業部と連携し、更新面談の前に定着状況のレポートを工場長へ提出</li></ul>',
    resultHtml:
      '<p>3 か月でログイン率は 85% まで上がり、帳票作成にかかる工数は月 40 時間から 5 時間に減りました。更新は 3 年契約で決まり、翌期には第 3 工場への追加導入もいただいています。</p><p><strong>横展開のポイント：</strong>製造業では「本社の情報システム部」より「工場の現場リーダー」を先に巻き込むと定着が早いです。</p>',
    outcomes: [
      { label: '帳票作成時間', before: 40, after: 5, unit: 'h', period: '月あたり' },
      { label: 'ログイン率', before: 40, after: 85, unit: '%', period: '定着支援開始後 3 か月' },
    ],
    quote: {
      text: '最初は「また新しいシステムか」という空気でした。現場リーダーが使い方を教え合うようになってから、紙と Excel に戻ろうという声は出なくなりました。',
      attribution: '品質保証部 部長 様',
    },
    tags: ['定着支援', '製造', '解約防止', '現場リーダー'],
    publishedDaysAgo: 45,
    verifiedDaysAgo: 20,
  },
  {
    key: 'fujinomiya-city-application-paperless',
    language: 'ja',
    title: '紙の申請書を年間 2 万枚削減：富士宮市様の窓口申請オンライン化',
    titleEn: 'Fujinomiya City cuts 20,000 paper application forms a year',
    accountName: '静岡県 富士宮市',
    industry: StoryIndustry.PUBLIC_SECTOR,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.CHUBU,
    departmentCodes: ['SLS-E', 'CS'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>富士宮市様では、住民向けの各種申請（約 180 種類）の多くが紙の申請書でした。窓口での記入待ちが長く、繁忙期の 3 月・4 月には平均待ち時間が 35 分に達していました。</p><p>受け付けた申請書は職員が基幹システムへ手入力しており、転記ミスの確認にも工数がかかっていました。国の自治体 DX 推進計画への対応も求められていました。</p>',
    solutionHtml:
      '<p>申請件数の多い上位 30 種類から段階的にオンライン化する計画を、東日本営業部と CS で提案しました。</p><ol><li>FormFlow 帳票クラウドで申請フォームを作成し、既存の紙の様式と同じレイアウトで出力できるようにした</li><li>事業者向けの契約・協定書は SignPort 電子契約で締結</li><li>窓口にはタブレットを置き、職員が住民の入力を横でサポートする「書かない窓口」を試行</li></ol>',
    resultHtml:
      '<p>初年度で紙の申請書は約 2 万枚減り、窓口の平均待ち時間は 12 分になりました。職員による転記作業がなくなったことで、市民課だけで月 60 時間の工数が浮いています。</p><p>近隣の自治体からの視察も増えており、自治体向け提案の標準資料に本事例を組み込んでいます。</p>',
    outcomes: [
      { label: '紙の申請書', before: 24000, after: 4000, unit: '枚', period: '年間' },
      { label: '窓口の平均待ち時間', before: 35, after: 12, unit: '分', period: '繁忙期（3〜4 月）' },
      { label: '転記作業の工数', before: 60, after: 0, unit: 'h', period: '市民課・月あたり' },
    ],
    quote: {
      text: '「書かない窓口」は職員の意識も変えました。紙を前提にしない業務の組み立て方を、ほかの課にも広げていきたいと考えています。',
      attribution: '企画部 DX 推進課 課長 様',
    },
    tags: ['自治体', 'ペーパーレス', 'DX', '書かない窓口'],
    publishedDaysAgo: 120,
    verifiedDaysAgo: 30,
  },
  {
    key: 'aoba-kai-caredesk-first-response',
    language: 'ja',
    title: '患者さんからの問い合わせ、初回応答 48 時間から 6 時間へ：青葉会様の CareDesk 活用',
    titleEn: 'Aoba-kai hospital group cuts first response to patient inquiries from 48 to 6 hours',
    accountName: '医療法人社団 青葉会',
    industry: StoryIndustry.HEALTHCARE,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KANTO,
    departmentCodes: ['CS', 'SUP'],
    products: ['CareDesk 問い合わせ管理'],
    challengeHtml:
      '<p>青葉会様は病院 1 か所とクリニック 4 か所を運営しています。患者さん・ご家族からの問い合わせ（予約変更、診断書の発行、費用など）は電話、メール、問い合わせフォームに分散し、誰が対応中なのか分からない状態でした。</p><p>メールの初回応答には平均 48 時間かかり、「返事がない」という苦情が月に数件寄せられていました。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理で窓口を一本化し、医事課・地域連携室・各クリニックの受付が同じ画面で対応状況を見られるようにしました。</p><ul><li>問い合わせ種別ごとに担当部署へ自動で振り分け</li><li>よくある質問 40 件を回答テンプレートとして登録</li><li>24 時間以内に未応答のものは医事課長にアラート</li></ul><p>カスタマーサポートが週次で設定を見直し、立ち上げの 2 か月間は伴走しました。</p>',
    resultHtml:
      '<p>初回応答時間は 48 時間から 6 時間に短縮し、電話の取りこぼしは月 60 件から 8 件に減りました。「返事がない」という苦情はこの半年で 0 件です。</p>',
    outcomes: [
      { label: '初回応答時間', before: 48, after: 6, unit: 'h', period: '導入後 6 か月' },
      { label: '電話の取りこぼし', before: 60, after: 8, unit: '件', period: '月あたり' },
    ],
    quote: {
      text: '問い合わせが「見える」ようになっただけで、職員同士の声かけが変わりました。患者さんをお待たせしないことが、病院の信頼につながると実感しています。',
      attribution: '事務部 医事課 課長 様',
    },
    tags: ['医療', '問い合わせ管理', '初回応答時間'],
    publishedDaysAgo: 210,
    verifiedDaysAgo: 60,
  },
  {
    key: 'supermarket-izumi-orderbridge-edi',
    language: 'ja',
    title: 'FAX 発注を EDI に置き換え、受注処理のミスを月 12 件から 1 件に：スーパーいずみ様',
    titleEn: 'Supermarket Izumi replaces fax orders with EDI and cuts order errors from 12 to 1 a month',
    accountName: '株式会社スーパーいずみ',
    industry: StoryIndustry.RETAIL,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.KINKI,
    departmentCodes: ['SLS-W', 'CS', 'PRD'],
    products: ['OrderBridge 受発注', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>スーパーいずみ様は関西で 48 店舗を展開する食品スーパーです。取引先約 220 社のうち 6 割とは FAX で発注をやり取りしており、本部の商品部で毎朝 3 時間を発注の確認と入力に使っていました。</p><p>手入力による数量の誤りや品番の取り違えが月 12 件ほど発生し、欠品や過剰在庫の原因になっていました。</p>',
    solutionHtml:
      '<p>OrderBridge 受発注を取引先との共通窓口にし、DataHub 連携基盤で既存の基幹システム（販売管理）とつなぎました。</p><ul><li>EDI に対応していない小規模な取引先には、ブラウザから受注を確認できる画面を無償で提供</li><li>取引先説明会を西日本営業部と CS で 3 回開催し、参加率は 92%</li><li>プロダクト部門には「ケース単位とバラ単位の混在」という要望を顧客の声として起票し、次のリリースで対応</li></ul>',
    resultHtml:
      '<p>導入 4 か月で取引先の 85% が OrderBridge 経由の発注に移行しました。受注処理のミスは月 12 件から 1 件に、毎朝の発注作業は 3 時間から 40 分になっています。</p><p>本事例の取引先説明会の資料一式は、小売業向けの導入テンプレートとして共有フォルダに置いています。</p>',
    outcomes: [
      { label: '受注処理のミス', before: 12, after: 1, unit: '件', period: '月あたり' },
      { label: '毎朝の発注作業時間', before: 180, after: 40, unit: '分', period: '導入後 4 か月' },
      { label: 'EDI 移行率', before: 40, after: 85, unit: '%', period: '導入後 4 か月' },
    ],
    quote: {
      text: '取引先に負担をかけずに移行できるかが一番の心配でした。説明会まで一緒に回っていただけたのが決め手です。',
      attribution: '商品部 部長 様',
    },
    tags: ['小売', 'EDI', 'FAX 削減', '受発注'],
    publishedDaysAgo: 90,
    verifiedDaysAgo: 40,
  },
  {
    key: 'michinoku-logistics-stocksense-turnover',
    language: 'ja',
    title: '在庫回転日数を 45 日から 28 日へ：みちのく物流様の需要予測と欠品削減',
    titleEn: 'Michinoku Logistics shortens inventory turnover from 45 to 28 days',
    accountName: 'みちのく物流株式会社',
    industry: StoryIndustry.LOGISTICS,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.HOKKAIDO_TOHOKU,
    departmentCodes: ['SLS-E', 'CS'],
    products: ['StockSense 在庫分析', 'OrderBridge 受発注'],
    challengeHtml:
      '<p>みちのく物流様は東北 6 県に 11 の倉庫を持ち、荷主企業の在庫管理を請け負っています。倉庫ごとに在庫の量の考え方が違い、ある倉庫では欠品、別の倉庫では滞留在庫という状態が続いていました。</p><p>荷主からは在庫の可視化と欠品の削減を強く求められ、契約更新の条件にもなっていました。</p>',
    solutionHtml:
      '<p>StockSense 在庫分析で全倉庫の在庫を一つのダッシュボードにまとめ、品目ごとの需要予測に基づく適正在庫の値を設定しました。</p><ul><li>倉庫間の在庫移動の提案を毎朝自動で作成</li><li>荷主ごとの在庫レポートを OrderBridge 受発注の画面から共有</li><li>冬季の需要変動（除雪用品・灯油関連）は季節係数を別に設定</li></ul>',
    resultHtml:
      '<p>在庫回転日数は 45 日から 28 日に、荷主への欠品報告は月 30 件から 6 件に減りました。主要荷主 3 社との契約はいずれも更新されています。</p>',
    outcomes: [
      { label: '在庫回転日数', before: 45, after: 28, unit: '日', period: '導入後 1 年' },
      { label: '欠品報告', before: 30, after: 6, unit: '件', period: '月あたり' },
    ],
    quote: {
      text: '倉庫長の勘に頼っていた在庫の判断を、数字で荷主に説明できるようになりました。',
      attribution: '物流統括部 部長 様',
    },
    tags: ['物流', '在庫最適化', '需要予測'],
    publishedDaysAgo: 300,
    verifiedDaysAgo: 250,
  },
  {
    key: 'owada-kensetsu-signport-contracts',
    language: 'ja',
    title: '契約締結までの日数を 14 日から 2 日へ、印紙代ゼロに：大和田建設様の電子契約',
    titleEn: 'Owada Construction signs contracts in 2 days instead of 14, with no stamp duty',
    accountName: '株式会社大和田建設',
    industry: StoryIndustry.CONSTRUCTION,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KINKI,
    departmentCodes: ['SLS-W', 'CS'],
    products: ['SignPort 電子契約'],
    challengeHtml:
      '<p>大和田建設様は大阪府を中心に中規模の商業施設・集合住宅を手がけるゼネコンです。協力会社との工事請負契約は年間約 900 件あり、すべて紙に押印して郵送していました。</p><p>契約書の往復に平均 14 日かかり、着工日に契約が間に合わないこともありました。収入印紙の費用も年間 180 万円に上っていました。</p>',
    solutionHtml:
      '<p>SignPort 電子契約を導入し、協力会社にはアカウント不要のメール認証で署名してもらう運用にしました。</p><ul><li>契約書のひな形 8 種類を登録し、工事ごとの金額・工期だけを入力すればよい形に</li><li>協力会社向けの説明資料と問い合わせ窓口を CS が用意</li><li>建設業法上の要件（相手方の承諾）を満たすよう、承諾書の取得も電子化</li></ul>',
    resultHtml:
      '<p>契約締結までの日数は平均 14 日から 2 日になり、電子契約に移行した分の印紙代は不要になりました。協力会社の電子契約利用率は 1 年で 88% です。</p><p><strong>営業向けメモ：</strong>建設業では「印紙代の削減額」を最初に示すと、経営層の関心を引きやすいです。</p>',
    outcomes: [
      { label: '契約締結までの日数', before: 14, after: 2, unit: '日', period: '平均' },
      { label: '収入印紙代', before: 1800000, after: 216000, unit: '円', period: '年間' },
    ],
    quote: {
      text: '現場所長から「契約待ちで着工が遅れる」という声がなくなりました。協力会社さんにも喜ばれています。',
      attribution: '管理本部 総務部 部長 様',
    },
    tags: ['建設', '電子契約', '印紙代削減'],
    publishedDaysAgo: 150,
    verifiedDaysAgo: 100,
  },
  {
    key: 'setouchi-shinkin-loan-application-forms',
    language: 'ja',
    title: '融資申込の書類不備率を 15% から 2% に：瀬戸内みなと信用金庫様の帳票電子化',
    titleEn: 'Setouchi Shinkin cuts incomplete loan applications from 15% to 2%',
    accountName: '瀬戸内みなと信用金庫',
    industry: StoryIndustry.FINANCE,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.CHUGOKU_SHIKOKU,
    departmentCodes: ['SLS-W', 'CS', 'ENG'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>瀬戸内みなと信用金庫様では、事業者向け融資の申込書類が 1 件あたり 10 種類以上あり、記入漏れや添付書類の不足による差し戻しが 15% に上っていました。</p><p>差し戻しのたびに営業店の担当者が顧客を再訪問する必要があり、融資実行までの日数が長いことが競合に負ける理由の一つになっていました。</p>',
    solutionHtml:
      '<p>FormFlow 帳票クラウドで申込書類を入力フォーム化し、必須項目や添付書類のチェックを入力時に行うようにしました。</p><ul><li>金融機関向けのセキュリティ要件（IP 制限、監査ログ）は開発部が個別に確認</li><li>金銭消費貸借契約は SignPort 電子契約で締結</li><li>本部の審査部門とは CSV で連携し、既存の稟議システムへの取り込みを自動化</li></ul>',
    resultHtml:
      '<p>書類不備による差し戻しは 15% から 2% に、申込から融資実行までの日数は平均 10 日から 4 日になりました。営業店の渉外担当からは、顧客訪問の回数が減った分を新規開拓に回せているという声が出ています。</p>',
    outcomes: [
      { label: '書類不備率', before: 15, after: 2, unit: '%', period: '導入後 6 か月' },
      { label: '融資実行までの日数', before: 10, after: 4, unit: '日', period: '平均' },
    ],
    quote: null,
    tags: ['金融', '帳票電子化', 'コンプライアンス'],
    publishedDaysAgo: 400,
    verifiedDaysAgo: null,
  },
  {
    key: 'nextlink-salesforce-caredesk-integration',
    language: 'ja',
    title: 'Salesforce 連携で問い合わせ履歴を営業と共有：ネクストリンク様',
    titleEn: 'NextLink shares support history with sales through a Salesforce integration',
    accountName: '株式会社ネクストリンク',
    industry: StoryIndustry.IT_SERVICES,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.KANTO,
    departmentCodes: ['SUP', 'ENG'],
    products: ['CareDesk 問い合わせ管理', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>ネクストリンク様は社員 60 名の SaaS ベンダーです。サポートチームは CareDesk、営業チームは Salesforce を使っており、顧客ごとの問い合わせ状況を営業が把握できていませんでした。</p><p>「障害の問い合わせが続いている顧客に、営業がアップセルの提案をしてしまう」ということが実際に起きていました。</p>',
    solutionHtml:
      '<p>DataHub 連携基盤の Salesforce コネクタを使い、CareDesk の問い合わせを取引先・商談に自動でひも付けました。</p><ul><li>未解決の問い合わせ件数と直近の満足度を Salesforce の取引先画面に表示</li><li>重大度「高」の問い合わせが起票されたら担当営業に Slack で通知</li><li>開発部が API の呼び出し上限について事前にレビュー</li></ul>',
    resultHtml:
      '<p>営業とサポートで月 30 時間かかっていた二重入力はなくなりました。導入から 1 か月のため、解約率とアップセル率への影響は次回の定例で確認する予定です。</p>',
    outcomes: [{ label: '二重入力の工数', before: 30, after: 0, unit: 'h', period: '月あたり' }],
    quote: {
      text: '営業が顧客の「今の温度」を知ったうえで会いに行けるようになりました。',
      attribution: 'カスタマーサポート部 マネージャー 様',
    },
    tags: ['Salesforce 連携', 'API', 'SaaS'],
    publishedDaysAgo: 30,
    verifiedDaysAgo: null,
  },
  {
    key: 'midori-drug-stocksense-waste-loss',
    language: 'ja',
    title: '廃棄ロス率を 2.4% から 1.1% へ：みどり薬局ホールディングス様の店舗在庫最適化',
    titleEn: 'Midori Pharmacy Holdings halves waste loss with store-level inventory analytics',
    accountName: '株式会社みどり薬局ホールディングス',
    industry: StoryIndustry.RETAIL,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.KYUSHU_OKINAWA,
    departmentCodes: ['CS', 'SLS-W', 'PRD'],
    products: ['StockSense 在庫分析'],
    challengeHtml:
      '<p>みどり薬局ホールディングス様は九州・沖縄で 130 店舗のドラッグストアを展開しています。食品と日用品の取り扱いが増え、期限切れによる廃棄ロスが売上の 2.4% に達していました。</p><p>発注は店長の経験に頼っており、店舗によって欠品率に大きな差がありました。</p>',
    solutionHtml:
      '<p>StockSense 在庫分析で POS データと在庫データを取り込み、店舗・品目ごとの推奨発注量を毎日算出するようにしました。</p><ul><li>賞味期限の近い商品を一覧にし、値下げのタイミングを提案</li><li>エリアマネージャー向けに、店舗間の欠品率を比較するレポートを作成</li><li>台風接近時の需要（飲料・電池など）を反映する機能をプロダクト部門と共同で検証</li></ul>',
    resultHtml:
      '<p>導入 1 年で廃棄ロス率は 2.4% から 1.1% に、欠品率は 6% から 2% に下がりました。削減できた廃棄額は年間約 1.6 億円と試算されています。</p><p>台風対応の需要補正は、その後 StockSense の標準機能としてリリースされました。</p>',
    outcomes: [
      { label: '廃棄ロス率', before: 2.4, after: 1.1, unit: '%', period: '導入後 1 年' },
      { label: '欠品率', before: 6, after: 2, unit: '%', period: '導入後 1 年' },
    ],
    quote: {
      text: '店長の勘は大事にしつつ、根拠のある数字で発注を話し合えるようになったことが一番の変化です。',
      attribution: '商品本部 本部長 様',
    },
    tags: ['小売', 'ドラッグストア', '在庫最適化', '廃棄ロス'],
    publishedDaysAgo: 60,
    verifiedDaysAgo: 15,
  },
  {
    key: 'kagawa-pref-invoice-processing',
    language: 'ja',
    title: '請求書の処理工数を月 320 時間から 120 時間に：香川県庁様の会計事務 DX',
    titleEn: 'Kagawa Prefectural Government cuts invoice processing from 320 to 120 hours a month',
    accountName: '香川県 会計局',
    industry: StoryIndustry.PUBLIC_SECTOR,
    companySize: StoryCompanySize.ENTERPRISE,
    region: StoryRegion.CHUGOKU_SHIKOKU,
    departmentCodes: ['SLS-W', 'CS'],
    products: ['FormFlow 帳票クラウド', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>県庁では事業者からの請求書を年間約 15 万件受け付けており、会計局と各課の担当者が紙の請求書を財務会計システムへ手入力していました。</p><p>入力と確認にかかる工数は全庁で月 320 時間と見積もられ、記載不備による差し戻しも月 400 件を超えていました。</p>',
    solutionHtml:
      '<p>FormFlow 帳票クラウドで事業者向けの電子請求書フォームを用意し、DataHub 連携基盤で財務会計システムへ自動で取り込む仕組みを構築しました。</p><ol><li>登録番号（インボイス制度）や振込先の形式チェックを入力時に実施</li><li>紙で届く請求書は AI-OCR で読み取り、同じフォームに取り込む</li><li>事業者向け説明会を県内 4 会場で実施</li></ol>',
    resultHtml:
      '<p>電子請求書の利用率は 1 年で 58% になり、処理工数は月 320 時間から 120 時間に減りました。差し戻しは月 400 件から 90 件です。</p>',
    outcomes: [
      { label: '請求書の処理工数', before: 320, after: 120, unit: 'h', period: '月あたり' },
      { label: '差し戻し件数', before: 400, after: 90, unit: '件', period: '月あたり' },
      { label: '電子請求書の利用率', before: 0, after: 58, unit: '%', period: '導入後 1 年' },
    ],
    quote: {
      text: '支払いの遅れがなくなったことで、事業者の皆さんからも評価をいただいています。',
      attribution: '会計局 会計課 課長 様',
    },
    tags: ['県庁', '請求書', 'インボイス制度', 'DX'],
    publishedDaysAgo: 500,
    verifiedDaysAgo: 320,
  },
  {
    key: 'kitakami-seiki-sap-order-integration',
    language: 'ja',
    title: 'SAP と EDI をつなぎ受注入力の工数を 85% 削減：北上精機様',
    titleEn: 'Kitakami Seiki connects SAP and EDI and cuts order entry work by 85%',
    accountName: '北上精機株式会社',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.HOKKAIDO_TOHOKU,
    departmentCodes: ['SLS-E', 'ENG', 'CS'],
    products: ['DataHub 連携基盤', 'OrderBridge 受発注'],
    challengeHtml:
      '<p>北上精機様は自動車・産業機械向けの部品メーカーです。取引先ごとに異なる EDI（業界 VAN、Web-EDI、メール添付の CSV）で届く注文を、営業事務の 8 名が SAP へ手入力していました。</p><p>受注入力に月 200 時間がかかり、納期回答までに 2 日を要することが顧客満足度調査でも指摘されていました。</p>',
    solutionHtml:
      '<p>OrderBridge 受発注で各社の EDI を受け、DataHub 連携基盤で SAP の受注伝票に自動変換する構成を提案しました。</p><ul><li>取引先ごとの品番変換表を DataHub 側で管理</li><li>在庫引当の結果を OrderBridge から取引先へ自動で返信し、納期回答を即日化</li><li>開発部が SAP 側の IDoc 設計をお客様の情報システム部と共同でレビュー</li></ul>',
    resultHtml:
      '<p>受注入力の工数は月 200 時間から 30 時間に減り、納期回答は 48 時間から 4 時間になりました。営業事務の 3 名は、顧客対応と需要予測の業務に配置転換されています。</p><table><thead><tr><th>指標</th><th>導入前</th><th>導入後</th></tr></thead><tbody><tr><td>受注入力工数（月）</td><td>200 時間</td><td>30 時間</td></tr><tr><td>納期回答</td><td>48 時間</td><td>4 時間</td></tr><tr><td>入力ミス（月）</td><td>18 件</td><td>2 件</td></tr></tbody></table>',
    outcomes: [
      { label: '受注入力の工数', before: 200, after: 30, unit: 'h', period: '月あたり' },
      { label: '納期回答までの時間', before: 48, after: 4, unit: 'h', period: '導入後 6 か月' },
      { label: '入力ミス', before: 18, after: 2, unit: '件', period: '月あたり' },
    ],
    quote: {
      text: 'SAP を触らずに済む形で連携できたのが大きかった。情報システム部の負担もほとんど増えていません。',
      attribution: '情報システム部 部長 様',
    },
    tags: ['SAP', 'EDI', '製造', '受注自動化'],
    publishedDaysAgo: 180,
    verifiedDaysAgo: 90,
  },
  {
    key: 'hamanako-foods-haccp-quality-records',
    language: 'ja',
    title: 'HACCP の品質記録を電子化し、監査準備を 5 日から 1 日に：浜名湖フーズ様',
    titleEn: 'Hamanako Foods digitizes HACCP quality records and prepares audits in 1 day instead of 5',
    accountName: '株式会社浜名湖フーズ',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.CHUBU,
    departmentCodes: ['CS', 'SUP'],
    products: ['FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>浜名湖フーズ様は惣菜・冷凍食品の製造工場を 2 か所持つ食品メーカーです。HACCP に基づく温度記録や清掃点検表はすべて紙で、年間 3 万枚以上の記録用紙がファイルに綴じられていました。</p><p>取引先（大手コンビニチェーン）の品質監査の前には、品質管理課が 5 日がかりで記録を探し、欠けている記録の確認に追われていました。</p>',
    solutionHtml:
      '<p>FormFlow 帳票クラウドで点検表をタブレット入力に切り替えました。</p><ul><li>温度の値が基準外のときは、その場で是正措置の入力を求める</li><li>記録漏れがあれば翌朝に班長へ通知</li><li>監査用の帳票は期間と品目を指定して一括で PDF 出力</li></ul><p>手袋をしたままでも入力しやすいよう、ボタンを大きくしたテンプレートをサポートが作成しました。</p>',
    resultHtml:
      '<p>記録用紙は年間 3 万枚削減され、監査の準備は 5 日から 1 日になりました。記録漏れは月 25 件から 2 件に減り、直近の取引先監査では指摘事項がゼロでした。</p>',
    outcomes: [
      { label: '監査準備の日数', before: 5, after: 1, unit: '日', period: '監査 1 回あたり' },
      { label: '記録漏れ', before: 25, after: 2, unit: '件', period: '月あたり' },
      { label: '記録用紙', before: 30000, after: 0, unit: '枚', period: '年間' },
    ],
    quote: {
      text: '紙を探す時間がなくなり、本来の品質改善に時間を使えるようになりました。',
      attribution: '品質管理課 課長 様',
    },
    tags: ['食品', 'HACCP', '品質管理', 'ペーパーレス'],
    publishedDaysAgo: 240,
    verifiedDaysAgo: 150,
  },
  {
    key: 'sakura-home-site-daily-reports',
    language: 'ja',
    title: '現場の日報作成を 1 日 30 分から 10 分に：さくらホーム様のスマホ帳票',
    titleEn: 'Sakura Home cuts daily site reports from 30 to 10 minutes with mobile forms',
    accountName: '株式会社さくらホーム',
    industry: StoryIndustry.CONSTRUCTION,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.KANTO,
    departmentCodes: ['CS'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>さくらホーム様は社員 35 名の住宅リフォーム会社です。現場監督は作業後に事務所へ戻り、手書きの日報と写真の整理に毎日 30 分ほどかけていました。</p><p>施主との工事請負契約も紙で、契約書の控えがどこにあるか分からないことがありました。</p>',
    solutionHtml:
      '<ul><li>FormFlow 帳票クラウドの日報テンプレートをスマートフォンから入力し、写真もその場で添付</li><li>施主との契約と追加工事の合意は SignPort 電子契約で締結</li><li>小規模のお客様向けに、CS がオンラインで 2 回の設定支援を実施</li></ul>',
    resultHtml:
      '<p>日報の作成時間は 1 日 30 分から 10 分になり、現場監督は事務所に戻らず直帰できる日が増えました。追加工事の合意を電子で残せるようになり、施主との行き違いもなくなったそうです。</p>',
    outcomes: [{ label: '日報の作成時間', before: 30, after: 10, unit: '分', period: '1 日あたり' }],
    quote: null,
    tags: ['建設', 'リフォーム', '日報', '小規模'],
    publishedDaysAgo: 75,
    verifiedDaysAgo: null,
  },
  {
    key: 'kawagiri-city-caredesk-citizen-inquiries',
    language: 'ja',
    title: '市民からの電話を 3 割削減：川霧市様の問い合わせ一元化と FAQ 公開',
    titleEn: 'Kawagiri City cuts citizen phone calls by 30% with a shared inquiry desk and FAQ',
    accountName: '埼玉県 川霧市',
    industry: StoryIndustry.PUBLIC_SECTOR,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KANTO,
    departmentCodes: ['SUP', 'CS', 'SLS-E'],
    products: ['CareDesk 問い合わせ管理'],
    challengeHtml:
      '<p>川霧市様には、ごみの分別、各種手当、税金などについて月 4,200 件の電話問い合わせがありました。担当課への転送が多く、同じ内容の問い合わせに各課が個別に回答していました。</p><p>回答内容が課によって異なることもあり、議会でも市民サービスの質が取り上げられていました。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理を全庁で導入し、問い合わせと回答を一か所に集約しました。</p><ul><li>よくある問い合わせ 320 件を FAQ として市のサイトに公開</li><li>回答に 3 日以上かかっている案件は担当課長に自動通知</li><li>カスタマーサポートのノウハウを生かし、回答テンプレートの書き方研修を職員向けに実施</li></ul>',
    resultHtml:
      '<p>電話での問い合わせは月 4,200 件から 2,900 件に減りました。メール・フォームの問い合わせへの回答日数は平均 5 日から 1 日になっています。</p>',
    outcomes: [
      { label: '電話問い合わせ', before: 4200, after: 2900, unit: '件', period: '月あたり' },
      { label: '回答までの日数', before: 5, after: 1, unit: '日', period: '平均' },
    ],
    quote: {
      text: '「たらい回しにされない」という市民の声が一番うれしかったです。',
      attribution: '市民生活部 広聴課 課長 様',
    },
    tags: ['自治体', '市民サービス', 'FAQ', '問い合わせ管理'],
    publishedDaysAgo: 330,
    verifiedDaysAgo: 200,
  },
  {
    key: 'kyushu-mirai-unyu-orderbridge-dispatch',
    language: 'ja',
    title: '電話・FAX の受注を 70% から 15% に：九州みらい運輸様の配送受付 Web 化',
    titleEn: 'Kyushu Mirai Unyu moves delivery orders off phone and fax, from 70% to 15%',
    accountName: '九州みらい運輸株式会社',
    industry: StoryIndustry.LOGISTICS,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KYUSHU_OKINAWA,
    departmentCodes: ['SLS-W', 'CS'],
    products: ['OrderBridge 受発注', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>九州みらい運輸様は福岡を拠点とする運送会社です。荷主からの配送依頼の 70% が電話と FAX で、配車係が 1 件 8 分かけて配車システムに入力していました。</p><p>ドライバーの時間外労働の上限規制（いわゆる 2024 年問題）を前に、配車業務の効率化が急務でした。</p>',
    solutionHtml:
      '<p>OrderBridge 受発注を荷主向けの Web 受付窓口として導入し、DataHub 連携基盤で既存の配車システムへ自動で連携しました。</p><ul><li>大口荷主 5 社とは EDI で直接接続</li><li>中小の荷主には Web 画面での依頼を案内し、営業担当が訪問して使い方を説明</li><li>締め時間を過ぎた依頼は翌日扱いになることを画面上で明示</li></ul>',
    resultHtml:
      '<p>電話・FAX での受注は 70% から 15% に、1 件あたりの受注処理は 8 分から 2 分になりました。配車係の残業は月 25 時間減っています。</p>',
    outcomes: [
      { label: '電話・FAX 受注の比率', before: 70, after: 15, unit: '%', period: '導入後 5 か月' },
      { label: '受注処理時間', before: 8, after: 2, unit: '分', period: '1 件あたり' },
    ],
    quote: {
      text: '配車係が電話に追われず、ドライバーの運行計画に集中できるようになりました。',
      attribution: '運行管理部 部長 様',
    },
    tags: ['物流', '2024 年問題', 'EDI', '受付 Web 化'],
    publishedDaysAgo: 20,
    verifiedDaysAgo: 5,
  },
  {
    key: 'tokai-chuo-kai-consent-forms',
    language: 'ja',
    title: '同意書の紛失をゼロに：東海中央会様の説明・同意書類の電子化',
    titleEn: 'Tokai Chuo-kai eliminates lost consent forms by going digital',
    accountName: '社会医療法人 東海中央会',
    industry: StoryIndustry.HEALTHCARE,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.CHUBU,
    departmentCodes: ['CS', 'IT'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>東海中央会様は 600 床の急性期病院を中心に、介護施設も運営しています。手術や検査の説明・同意書は年間約 5 万枚で、紙のまま病棟で保管されていました。</p><p>同意書の所在が分からなくなる事案が年間 14 件あり、医療安全委員会で繰り返し議題に上がっていました。</p>',
    solutionHtml:
      '<p>FormFlow 帳票クラウドで同意書のテンプレートを整え、患者さんにはタブレットで署名いただく運用にしました。署名済みの書類は SignPort 電子契約のタイムスタンプ付きで保管しています。</p><ul><li>電子カルテとは患者 ID で連携し、カルテ画面から同意書を参照</li><li>医療情報の安全管理ガイドラインへの対応状況を、当社の情報システム部がチェックリストで回答</li><li>紙での署名を希望する患者さんには、スキャンして同じ場所に保管</li></ul>',
    resultHtml:
      '<p>導入後、同意書の紛失は 0 件です。紙の使用量は年間約 5 万枚減り、病棟クラークの書類整理の工数も月 80 時間減りました。</p>',
    outcomes: [
      { label: '同意書の紛失', before: 14, after: 0, unit: '件', period: '年間' },
      { label: '書類整理の工数', before: 120, after: 40, unit: 'h', period: '月あたり' },
    ],
    quote: {
      text: 'セキュリティの質問票に一つひとつ丁寧に答えていただき、院内の合意形成がスムーズでした。',
      attribution: '医療情報部 部長 様',
    },
    tags: ['医療', '同意書', '電子署名', 'セキュリティ'],
    publishedDaysAgo: 420,
    verifiedDaysAgo: 160,
  },
  {
    key: 'kita-no-daidokoro-kintone-migration',
    language: 'ja',
    title: 'kintone からの移行で発注と在庫を一元化：北の台所様',
    titleEn: 'Kita no Daidokoro migrates from kintone to unify ordering and inventory',
    accountName: '株式会社北の台所',
    industry: StoryIndustry.RETAIL,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.HOKKAIDO_TOHOKU,
    departmentCodes: ['SLS-E', 'CS', 'ENG'],
    products: ['OrderBridge 受発注', 'StockSense 在庫分析'],
    challengeHtml:
      '<p>北の台所様は札幌市内を中心に 22 店舗を展開する食品スーパーです。発注と店舗間の在庫移動を kintone のアプリで管理していましたが、アプリが 40 個以上に増え、作った担当者の退職後は誰も全体を把握できなくなっていました。</p><p>店舗間の在庫移動の依頼は月 600 件あり、そのうち 1 割で数量の行き違いが起きていました。</p>',
    solutionHtml:
      '<p>kintone のデータを移行し、発注は OrderBridge 受発注、在庫の見える化は StockSense 在庫分析に集約しました。</p><ol><li>kintone の各アプリの項目を棚卸しし、残すべきデータを CS とお客様で整理</li><li>移行ツールは開発部が作成し、過去 2 年分の発注履歴を取り込み</li><li>並行稼働を 1 か月設け、店長会で毎週課題を確認</li></ol>',
    resultHtml: '<p>店舗間の在庫移動の行き違いは月 60 件から 8 件に減り、本部の発注担当の工数は月 90 時間削減されました。</p>',
    outcomes: [
      { label: '在庫移動の行き違い', before: 60, after: 8, unit: '件', period: '月あたり' },
      { label: '発注業務の工数', before: 150, after: 60, unit: 'h', period: '月あたり' },
    ],
    quote: {
      text: '属人化していた仕組みを、誰でも分かる形に戻せたことが一番の成果です。',
      attribution: '管理部 システム担当 課長 様',
    },
    tags: ['kintone からの移行', '小売', '在庫', '属人化解消'],
    publishedDaysAgo: 260,
    verifiedDaysAgo: null,
  },
  {
    key: 'naniwa-lease-signport-compliance',
    language: 'ja',
    title: 'リース契約の回収日数を 21 日から 3 日に：なにわリース様の電子契約とコンプライアンス対応',
    titleEn: 'Naniwa Lease collects signed lease contracts in 3 days instead of 21',
    accountName: 'なにわリース株式会社',
    industry: StoryIndustry.FINANCE,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.KINKI,
    departmentCodes: ['SLS-W', 'CS', 'CPL'],
    products: ['SignPort 電子契約', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>なにわリース様は産業機械や医療機器のリースを手がけています。年間 1 万 2,000 件の契約書を郵送でやり取りしており、署名済み契約書の回収に平均 21 日かかっていました。</p><p>契約書の保管コストに加え、改正された法令への対応として契約プロセスの記録を残すことが監査法人から求められていました。</p>',
    solutionHtml:
      '<p>SignPort 電子契約を導入し、DataHub 連携基盤で基幹のリース管理システムと契約ステータスを連携しました。</p><ul><li>反社会的勢力チェックの結果を契約前に自動で確認し、記録を残す</li><li>販売店経由の契約は、販売店担当者が代理で送信できる権限を設定</li><li>経営企画部がお客様の監査法人向け説明資料づくりを支援</li></ul>',
    resultHtml:
      '<p>契約書の回収日数は平均 21 日から 3 日になり、書類の保管・郵送にかかる費用は年間 900 万円削減されました。監査法人からの指摘事項もなくなっています。</p>',
    outcomes: [
      { label: '契約書の回収日数', before: 21, after: 3, unit: '日', period: '平均' },
      { label: '保管・郵送費', before: 11000000, after: 2000000, unit: '円', period: '年間' },
    ],
    quote: null,
    tags: ['金融', 'リース', '電子契約', 'コンプライアンス'],
    publishedDaysAgo: 140,
    verifiedDaysAgo: 70,
  },
  {
    key: 'boso-hoken-caredesk-nps',
    language: 'ja',
    title: '顧客対応の履歴共有で NPS +18pt：房総保険サービス様',
    titleEn: 'Boso Hoken Service raises NPS by 18 points by sharing customer history',
    accountName: '房総保険サービス株式会社',
    industry: StoryIndustry.FINANCE,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.KANTO,
    departmentCodes: ['CS', 'SUP'],
    products: ['CareDesk 問い合わせ管理'],
    challengeHtml:
      '<p>房総保険サービス様は千葉県の保険代理店です。契約者からの問い合わせや事故連絡の履歴が担当者の手帳とメールに分散しており、担当者が不在だと「前回の話」が誰にも分かりませんでした。</p><p>その結果、更改時の解約が年 9% あり、NPS もマイナスでした。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理に契約者ごとの対応履歴を集約し、事務所全員が同じ情報を見られるようにしました。</p><ul><li>事故連絡は受付から保険会社への報告までのステップを定型化</li><li>更改の 60 日前に、直近の問い合わせ内容を担当者に通知</li></ul>',
    resultHtml:
      '<p>NPS は -5 から +13 に改善し、更改時の解約率は 9% から 5% に下がりました。小規模な代理店でも効果が出ることを示す事例として、金融業界向けセミナーで紹介しています。</p>',
    outcomes: [
      { label: 'NPS', before: -5, after: 13, unit: 'pt', period: '導入後 1 年' },
      { label: '更改時の解約率', before: 9, after: 5, unit: '%', period: '年間' },
    ],
    quote: {
      text: 'お客様から「話が早い」と言われることが増えました。担当が休みでも安心です。',
      attribution: '代表取締役 様',
    },
    tags: ['保険代理店', 'NPS', '解約防止', '顧客対応'],
    publishedDaysAgo: 550,
    verifiedDaysAgo: 400,
  },
  {
    key: 'cloudbase-lab-datahub-partner',
    language: 'ja',
    title: 'SIer パートナーとして DataHub の API を活用：クラウドベース研究所様',
    titleEn: 'Cloudbase Lab builds customer integrations on the DataHub API as an SI partner',
    accountName: '株式会社クラウドベース研究所',
    industry: StoryIndustry.IT_SERVICES,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KINKI,
    departmentCodes: ['ENG', 'PRD', 'SLS-W'],
    products: ['DataHub 連携基盤'],
    challengeHtml:
      '<p>クラウドベース研究所様は関西の中堅企業向けに基幹システムの構築を手がける SIer です。案件ごとにスクラッチで連携プログラムを開発しており、保守の負担が大きくなっていました。</p><p>当社製品を導入するお客様からも「SIer と製品ベンダーの責任分界が分かりにくい」という声がありました。</p>',
    solutionHtml:
      '<p>パートナー契約を結び、DataHub 連携基盤の API とコネクタを標準の連携手段として採用いただきました。</p><ul><li>開発部が API の技術トレーニングを 2 日間実施</li><li>プロダクト部門とパートナーで、よく使われる連携パターンを 6 種類のテンプレートに整理</li><li>責任分界表を共同で作成し、提案書に添付</li></ul>',
    resultHtml:
      '<p>パートナー経由の案件はこの 1 年で 9 件になりました。連携部分の見積もりが標準化され、お客様への提案が早くなったと評価いただいています。定量的な効果は次回の検証時に追記します。</p>',
    outcomes: [],
    quote: {
      text: '連携を作り込むのではなく、組み合わせる発想に変わりました。',
      attribution: 'ソリューション事業部 部長 様',
    },
    tags: ['パートナー', 'API', 'SIer', '連携'],
    publishedDaysAgo: 100,
    verifiedDaysAgo: 50,
  },
  {
    key: 'toho-heavy-industries-procurement-edi',
    language: 'ja',
    title: 'サプライヤー 300 社との発注を一本化し、発注ミスを月 25 件から 2 件に：東邦重機工業様',
    titleEn: 'Toho Heavy Industries unifies ordering with 300 suppliers and cuts errors from 25 to 2 a month',
    accountName: '東邦重機工業株式会社',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.ENTERPRISE,
    region: StoryRegion.KANTO,
    departmentCodes: ['SLS-E', 'CS', 'PRD'],
    products: ['OrderBridge 受発注', 'DataHub 連携基盤', 'StockSense 在庫分析'],
    challengeHtml:
      '<p>東邦重機工業様は建設機械を製造する従業員 8,000 名の大手メーカーです。部品サプライヤー約 300 社への発注は、事業所ごとに異なる方法（EDI、メール、FAX）で行われていました。</p><p>発注ミスが月 25 件ほど発生し、部品の欠品でラインが止まることもありました。調達部門からは部品在庫の全社的な把握も求められていました。</p>',
    solutionHtml:
      '<p>全社の調達プロセスを OrderBridge 受発注に統一し、DataHub 連携基盤で 3 つの事業所の生産管理システムとつなぎました。部品在庫は StockSense 在庫分析で事業所横断で見える化しました。</p><ul><li>サプライヤーの 9 割が参加する説明会を 5 回開催</li><li>プロダクト部門がエンタープライズ向けの承認ワークフロー機能を先行提供</li><li>東日本営業部・CS・プロダクトの混成チームで 9 か月の導入プロジェクトを推進</li></ul>',
    resultHtml:
      '<p>発注ミスは月 25 件から 2 件に減り、部品欠品によるライン停止は導入後 0 回です。部品在庫は全社で 12% 圧縮されました。</p><blockquote>混成チームでの導入は、その後のエンタープライズ案件の標準体制になりました。</blockquote>',
    outcomes: [
      { label: '発注ミス', before: 25, after: 2, unit: '件', period: '月あたり' },
      { label: '部品欠品によるライン停止', before: 4, after: 0, unit: '回', period: '半期あたり' },
      { label: '部品在庫金額', before: 100, after: 88, unit: '%', period: '導入前比' },
    ],
    quote: {
      text: '事業所ごとのやり方を一つにそろえるのは社内調整が大変でしたが、ベンダーではなくチームの一員として動いてもらえました。',
      attribution: '調達本部 本部長 様',
    },
    tags: ['製造', '調達', 'EDI', 'エンタープライズ', '混成チーム'],
    publishedDaysAgo: 380,
    verifiedDaysAgo: 120,
  },
  {
    key: 'seseragi-clinic-phone-reservations',
    language: 'ja',
    title: '予約電話の対応時間を 1 日 5 時間から 2 時間に：せせらぎクリニック様',
    titleEn: 'Seseragi Clinic cuts time on reservation calls from 5 to 2 hours a day',
    accountName: '医療法人 清流会 せせらぎクリニック',
    industry: StoryIndustry.HEALTHCARE,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.CHUGOKU_SHIKOKU,
    departmentCodes: ['SUP'],
    products: ['CareDesk 問い合わせ管理'],
    challengeHtml:
      '<p>せせらぎクリニック様は内科・小児科の診療所です。受付スタッフ 3 名が、予約・予約変更の電話に 1 日 5 時間ほど対応しており、来院した患者さんの受付が後回しになっていました。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理の Web 受付フォームを予約変更とよくある質問に使い、電話は急ぎの相談に絞りました。</p><ul><li>予約変更フォームの回答を受付スタッフが一覧で確認</li><li>インフルエンザ予防接種など季節の問い合わせは、FAQ をトップに表示</li></ul>',
    resultHtml:
      '<p>電話の対応時間は 1 日 5 時間から 2 時間になり、受付での待ち時間も短くなりました。小規模な医療機関向けの導入パッケージのモデルケースにしています。</p>',
    outcomes: [{ label: '電話の対応時間', before: 5, after: 2, unit: 'h', period: '1 日あたり' }],
    quote: {
      text: '受付が落ち着いて、来院された患者さんとしっかり話せるようになりました。',
      attribution: '事務長 様',
    },
    tags: ['医療', 'クリニック', '予約', '小規模'],
    publishedDaysAgo: 15,
    verifiedDaysAgo: null,
  },
  {
    key: 'kansai-loginet-inventory-accuracy',
    language: 'ja',
    title: '在庫精度 99.8%、棚卸時間を 16 時間から 6 時間に：関西ロジネット様',
    titleEn: 'Kansai Loginet reaches 99.8% inventory accuracy and cuts stocktaking from 16 to 6 hours',
    accountName: '関西ロジネット株式会社',
    industry: StoryIndustry.LOGISTICS,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.KINKI,
    departmentCodes: ['SLS-W', 'CS', 'ENG'],
    products: ['StockSense 在庫分析', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>関西ロジネット様は EC 事業者向けの物流代行（3PL）を行っています。取扱 SKU は約 8 万で、WMS 上の在庫と実在庫のずれ（在庫精度 98.2%）が荷主からのクレームの原因でした。</p><p>月末の棚卸には倉庫を止めて 16 時間かかっており、繁忙期には大きな負担になっていました。</p>',
    solutionHtml:
      '<p>DataHub 連携基盤で WMS と荷主の EC カートの在庫データを 15 分ごとに突き合わせ、StockSense 在庫分析で差異の大きい SKU を毎日抽出する仕組みにしました。</p><ul><li>差異の多いロケーションだけを毎日少しずつ数える循環棚卸に切り替え</li><li>差異の原因（入荷検品漏れ、ピッキングミスなど）を分類して現場にフィードバック</li></ul>',
    resultHtml:
      '<p>在庫精度は 98.2% から 99.8% に上がり、月末の一斉棚卸は 16 時間から 6 時間になりました。荷主からの在庫差異のクレームは 7 割減っています。</p>',
    outcomes: [
      { label: '在庫精度', before: 98.2, after: 99.8, unit: '%', period: '導入後 6 か月' },
      { label: '棚卸時間', before: 16, after: 6, unit: 'h', period: '月末 1 回あたり' },
    ],
    quote: {
      text: '「どこでずれているか」が毎日分かるので、現場の改善が回り始めました。',
      attribution: 'センター長 様',
    },
    tags: ['物流', '3PL', '在庫精度', '棚卸'],
    publishedDaysAgo: 200,
    verifiedDaysAgo: 170,
  },
  {
    key: 'michinoku-kensetsu-subcontractor-orders',
    language: 'ja',
    title: '協力会社 2,000 社との注文書・請書を電子化し、郵送費を年間 550 万円削減：みちのく建設様',
    titleEn: 'Michinoku Construction digitizes purchase orders with 2,000 subcontractors and saves 5.5M yen a year',
    accountName: '株式会社みちのく建設',
    industry: StoryIndustry.CONSTRUCTION,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.HOKKAIDO_TOHOKU,
    departmentCodes: ['SLS-E', 'FIN'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>みちのく建設様は宮城県に本社を置く総合建設会社です。協力会社約 2,000 社との注文書・請書、請求書を紙で郵送しており、郵送費と印紙代、書類の保管が大きな負担でした。</p><p>電子帳簿保存法の改正を受け、電子化の方式を検討していました。</p>',
    solutionHtml:
      '<p>注文書は FormFlow 帳票クラウドで作成し、SignPort 電子契約で請書を受領する流れにしました。</p><ul><li>当社の財務部が、電子帳簿保存法の要件（検索性・真実性）への対応を自社での運用経験をもとに説明</li><li>IT に不慣れな協力会社向けに、FAX で問い合わせできる窓口を 3 か月間設置</li></ul>',
    resultHtml: '<p>1 年で協力会社の 76% が電子での受発注に移行し、郵送費と印紙代は年間 600 万円から 50 万円に減りました。</p>',
    outcomes: [{ label: '郵送費・印紙代', before: 6000000, after: 500000, unit: '円', period: '年間' }],
    quote: {
      text: '財務部の方が自社の経験を話してくださったので、経理部門の不安がすぐに解けました。',
      attribution: '管理本部 経理部 部長 様',
    },
    tags: ['建設', '電子帳簿保存法', '注文書', '請求'],
    publishedDaysAgo: 590,
    verifiedDaysAgo: null,
  },
  {
    key: 'maruei-kanagata-quotation-forms',
    language: 'ja',
    title: '見積書の作成を 2 時間から 20 分に：丸栄金型様の帳票テンプレート活用',
    titleEn: 'Maruei Kanagata cuts quotation prep from 2 hours to 20 minutes with form templates',
    accountName: '有限会社丸栄金型',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.KINKI,
    departmentCodes: ['SLS-W'],
    products: ['FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>丸栄金型様は東大阪の従業員 25 名の金型メーカーです。見積書は社長と営業担当 1 名が Excel で作っており、過去の類似案件の単価を探すのに時間がかかっていました。1 件の見積もりに平均 2 時間、回答まで 3 日かかることもありました。</p>',
    solutionHtml:
      '<p>FormFlow 帳票クラウドに過去 5 年分の見積書を取り込み、金型の種類・材質・サイズで検索できるようにしました。見積書テンプレートには加工時間から単価を計算する式を組み込みました。</p>',
    resultHtml:
      '<p>見積書の作成時間は 2 時間から 20 分になり、見積もりの回答は原則当日になりました。回答の早さが評価され、新規の顧客から 4 件の受注につながっています。</p>',
    outcomes: [
      { label: '見積書の作成時間', before: 120, after: 20, unit: '分', period: '1 件あたり' },
      { label: '新規受注', before: null, after: 4, unit: '件', period: '導入後 6 か月' },
    ],
    quote: {
      text: '見積もりが早いというだけで、お客様の反応がまったく違います。',
      attribution: '代表取締役社長 様',
    },
    tags: ['製造', '中小企業', '見積書', '営業効率化'],
    publishedDaysAgo: 50,
    verifiedDaysAgo: 10,
  },
  {
    key: 'shirakaba-town-contract-paperless',
    language: 'ja',
    title: '職員 80 名の町役場で契約事務をオンライン化：白樺町様',
    titleEn: 'Shirakaba Town, with 80 staff, moves contract administration online',
    accountName: '北海道 白樺町',
    industry: StoryIndustry.PUBLIC_SECTOR,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.HOKKAIDO_TOHOKU,
    departmentCodes: ['SLS-E', 'CS'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>白樺町様は人口 6,000 人の町で、職員は約 80 名です。契約担当は総務課の 1 名だけで、町内事業者との契約書の作成・押印・郵送を一人で担っていました。</p><p>冬季は郵便の遅れもあり、契約の締結が年度末に集中することが課題でした。</p>',
    solutionHtml:
      '<p>小規模自治体でも無理なく運用できるよう、機能を絞った構成を提案しました。</p><ul><li>契約書の様式は FormFlow 帳票クラウドで 5 種類に統一</li><li>町内事業者との契約は SignPort 電子契約で締結（紙を希望する事業者には従来どおり対応）</li><li>CS がオンラインで月 1 回の相談会を 6 か月間実施</li></ul>',
    resultHtml:
      '<p>初年度は町内事業者 42 社のうち 30 社が電子契約に対応しました。数値の効果測定は来年度に実施予定ですが、年度末の契約業務が分散し、担当者の残業が目に見えて減ったと伺っています。</p>',
    outcomes: [],
    quote: {
      text: '小さな町でも DX はできる、ということを近隣の町村に伝えていきたいです。',
      attribution: '総務課 課長 様',
    },
    tags: ['自治体', '町村', '電子契約', '小規模'],
    publishedDaysAgo: 160,
    verifiedDaysAgo: 80,
  },
  {
    key: 'miyazaki-pref-subsidy-inquiries',
    language: 'ja',
    title: '補助金の問い合わせ対応を一元化し、回答日数を 7 日から 2 日に：宮崎県庁様',
    titleEn: 'Miyazaki Prefectural Government answers subsidy inquiries in 2 days instead of 7',
    accountName: '宮崎県 商工観光労働部',
    industry: StoryIndustry.PUBLIC_SECTOR,
    companySize: StoryCompanySize.ENTERPRISE,
    region: StoryRegion.KYUSHU_OKINAWA,
    departmentCodes: ['SUP', 'CS', 'SLS-W'],
    products: ['CareDesk 問い合わせ管理', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>県の中小企業向け補助金には、公募期間中に月 1,500 件を超える問い合わせが寄せられます。問い合わせは部内の複数の課と委託先のコールセンターに分散し、回答に平均 7 日かかっていました。</p><p>同じ質問への回答が担当者によって異なり、事業者から苦情が出ることもありました。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理を県と委託先コールセンターの共通窓口として導入し、DataHub 連携基盤で申請受付システムの審査状況を参照できるようにしました。</p><ul><li>「審査状況はどうなっていますか」という問い合わせには、申請番号から状況を自動回答</li><li>公募要領の改定時は、回答テンプレートを一括で更新</li></ul>',
    resultHtml:
      '<p>回答までの日数は平均 7 日から 2 日になり、審査状況の問い合わせの 6 割は自動回答で完結しています。次年度は農政部の補助金にも展開予定です。</p>',
    outcomes: [
      { label: '回答までの日数', before: 7, after: 2, unit: '日', period: '平均' },
      { label: '自動回答率', before: 0, after: 60, unit: '%', period: '審査状況の問い合わせ' },
    ],
    quote: {
      text: '県と委託先が同じ画面を見ていることで、事業者への説明が統一されました。',
      attribution: '商工政策課 課長補佐 様',
    },
    tags: ['県庁', '補助金', '問い合わせ管理', '自治体'],
    publishedDaysAgo: 270,
    verifiedDaysAgo: 130,
  },
  {
    key: 'lumiere-style-omnichannel-inventory',
    language: 'ja',
    title: 'EC と店舗の在庫を一元化し、値引き販売の比率を 35% から 22% に：ルミエール・スタイル様',
    titleEn: 'Lumiere Style unifies e-commerce and store inventory and cuts markdown sales from 35% to 22%',
    accountName: '株式会社ルミエール・スタイル',
    industry: StoryIndustry.RETAIL,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KANTO,
    departmentCodes: ['CS', 'MKT', 'PRD'],
    products: ['StockSense 在庫分析', 'OrderBridge 受発注'],
    challengeHtml:
      '<p>ルミエール・スタイル様は首都圏に 30 店舗と EC サイトを持つアパレルブランドです。EC と店舗の在庫が別々に管理され、EC で欠品している商品が店舗には余っている、という状態が続いていました。</p><p>シーズン末の値引き販売の比率は 35% に達し、粗利を圧迫していました。</p>',
    solutionHtml:
      '<p>StockSense 在庫分析で EC と全店舗の在庫を一元的に見える化し、売れ行きに応じて店舗在庫を EC に引き当てる仕組みを作りました。工場への追加発注は OrderBridge 受発注で行っています。</p><ul><li>マーケティング部が、アパレル業界向けウェビナーでお客様と共同登壇</li><li>サイズ別の売れ行き分析はプロダクト部門と共同で設計</li></ul>',
    resultHtml: '<p>シーズン末の値引き販売の比率は 35% から 22% に、EC の欠品による機会損失は 4 割減りました。</p>',
    outcomes: [
      { label: '値引き販売の比率', before: 35, after: 22, unit: '%', period: 'シーズン末' },
      { label: 'EC の機会損失', before: 100, after: 60, unit: '%', period: '導入前比' },
    ],
    quote: {
      text: '店舗と EC の「在庫の取り合い」がなくなり、チームの会話が前向きになりました。',
      attribution: 'MD 部 部長 様',
    },
    tags: ['アパレル', 'オムニチャネル', '在庫', '値引き削減'],
    publishedDaysAgo: 110,
    verifiedDaysAgo: 55,
  },
  {
    key: 'asuka-systems-helpdesk-first-contact',
    language: 'ja',
    title: 'ヘルプデスクの一次解決率を 62% から 81% に：アスカシステムズ様',
    titleEn: 'Asuka Systems raises help-desk first-contact resolution from 62% to 81%',
    accountName: '株式会社アスカシステムズ',
    industry: StoryIndustry.IT_SERVICES,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.KANTO,
    departmentCodes: ['SUP', 'CS'],
    products: ['CareDesk 問い合わせ管理'],
    challengeHtml:
      '<p>アスカシステムズ様は、企業の社内ヘルプデスクを受託運営する IT サービス会社です。顧客 40 社分の問い合わせを 120 名のオペレーターが対応していますが、ナレッジが顧客ごとのファイルに散らばり、一次解決率は 62% にとどまっていました。</p><p>契約更新の際に、委託元から品質の改善を求められていました。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理のナレッジ機能に、顧客ごとの手順書を集約しました。</p><ul><li>問い合わせの分類に応じて、関連するナレッジを自動で表示</li><li>エスカレーションされた問い合わせは、解決後にナレッジ化するまでを完了条件にした</li><li>当社カスタマーサポートの運用ルールをお客様と共有し、ナレッジの書き方を統一</li></ul>',
    resultHtml:
      '<p>一次解決率は 62% から 81% に上がり、オペレーターの平均処理時間も 2 割短縮されました。委託元との契約更新率は 100% を維持しています。</p>',
    outcomes: [
      { label: '一次解決率', before: 62, after: 81, unit: '%', period: '導入後 9 か月' },
      { label: '平均処理時間', before: 15, after: 12, unit: '分', period: '1 件あたり' },
    ],
    quote: null,
    tags: ['ヘルプデスク', 'ナレッジ', '品質向上'],
    publishedDaysAgo: 230,
    verifiedDaysAgo: 100,
  },
  {
    key: 'seiran-gakuen-enrollment-paperless',
    language: 'ja',
    title: '入学手続きの書類をオンライン化：学校法人 青嵐学園様',
    titleEn: 'Seiran Gakuen moves enrollment paperwork online',
    accountName: '学校法人 青嵐学園',
    industry: StoryIndustry.OTHER,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.CHUBU,
    departmentCodes: ['CS', 'SLS-W'],
    products: ['FormFlow 帳票クラウド', 'SignPort 電子契約'],
    challengeHtml:
      '<p>青嵐学園様は中学・高校と専門学校を運営しています。入学手続きでは 1 人あたり 12 枚の書類を保護者に記入・郵送いただいており、3 月は事務室が書類の確認と督促に追われていました。</p>',
    solutionHtml:
      '<p>FormFlow 帳票クラウドで入学手続きの書類をオンラインフォームにまとめ、学費の納付に関する誓約書は SignPort 電子契約で受け付けるようにしました。</p><ul><li>スマートフォンから入力できる画面を保護者アンケートをもとに改善</li><li>未提出の家庭には自動でリマインドを送信</li></ul>',
    resultHtml:
      '<p>今春が初年度のため、数値の検証は次の入試シーズン後に行う予定です。事務室からは「督促の電話がほとんど不要になった」という声をいただいています。教育機関への横展開の参考にしてください。</p>',
    outcomes: [],
    quote: null,
    tags: ['教育', '学校法人', 'ペーパーレス', '入学手続き'],
    publishedDaysAgo: 35,
    verifiedDaysAgo: null,
  },
  {
    key: 'shinshu-denshi-quality-claims',
    language: 'ja',
    title: '品質クレームの受付から是正までを一本化：信州電子部品様（導入直後）',
    titleEn: 'Shinshu Denshi Buhin brings quality claims, from intake to corrective action, into one flow',
    accountName: '株式会社信州電子部品',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.CHUBU,
    departmentCodes: ['CS', 'SUP', 'PRD'],
    products: ['CareDesk 問い合わせ管理', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>信州電子部品様は車載向けの電子部品メーカーです。顧客からの品質クレームは営業がメールで受け、品質保証部へ転送していましたが、是正報告（8D レポート）の進捗を誰も一覧で把握できていませんでした。</p><p>顧客の監査で、クレーム対応の記録の不備を指摘されたことが導入のきっかけです。</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理をクレームの受付窓口とし、是正処置の各ステップを期限付きで管理するようにしました。DataHub 連携基盤で生産管理システムのロット情報を取り込み、該当ロットをすぐに特定できます。</p><ul><li>プロダクト部門に「8D レポートの様式出力」を顧客の声として起票済み</li><li>営業と品質保証部が同じチケットを見て顧客へ回答</li></ul>',
    resultHtml:
      '<p>本番稼働から 2 週間のため、効果はまだ測定していません。3 か月後の定例で、是正完了までの日数（現状は平均 30 日）を確認する予定です。同じ課題を持つ製造業のお客様への提案時に参考にしてください。</p>',
    outcomes: [],
    quote: null,
    tags: ['製造', '品質クレーム', '8D', '顧客の声'],
    publishedDaysAgo: 8,
    verifiedDaysAgo: null,
  },
  {
    key: 'wangan-cold-chain-invoice-cycle',
    language: 'ja',
    title: '請求書の発行を月末 7 営業日後から 2 営業日後に短縮：湾岸コールドチェーン様',
    titleEn: 'Wangan Cold Chain issues invoices 2 business days after month-end instead of 7',
    accountName: '株式会社湾岸コールドチェーン',
    industry: StoryIndustry.LOGISTICS,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KANTO,
    departmentCodes: ['SLS-E', 'CS', 'FIN'],
    products: ['OrderBridge 受発注', 'FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>湾岸コールドチェーン様は冷凍・冷蔵食品の保管と配送を手がけています。保管料や配送料の請求は、受注データと温度記録、納品書を突き合わせて Excel で作っており、月末から請求書の発行まで 7 営業日かかっていました。</p><p>請求金額の誤りが月 10 件ほどあり、荷主からの問い合わせ対応にも工数を取られていました。</p>',
    solutionHtml:
      '<p>OrderBridge 受発注の受注・出荷実績から、FormFlow 帳票クラウドで請求書と温度記録の帳票を自動生成するようにしました。</p><ul><li>荷主ごとの料金体系（保管料の期制、配送の距離帯）を料金マスタとして登録</li><li>当社財務部の請求業務の運用を参考に、締め処理のチェックリストを作成</li></ul>',
    resultHtml:
      '<p>請求書の発行は月末から 2 営業日後になり、請求ミスは月 10 件から 1 件に減りました。入金までの期間も短くなり、資金繰りの改善にもつながっています。</p>',
    outcomes: [
      { label: '請求書発行までの日数', before: 7, after: 2, unit: '日', period: '月末締め後（営業日）' },
      { label: '請求ミス', before: 10, after: 1, unit: '件', period: '月あたり' },
    ],
    quote: {
      text: '温度記録まで一緒に出せるので、荷主さんへの説明が格段に楽になりました。',
      attribution: '業務部 経理課 課長 様',
    },
    tags: ['物流', '請求', '冷凍冷蔵', '帳票自動化'],
    publishedDaysAgo: 420,
    verifiedDaysAgo: 170,
  },

  // ───────────────────────────── English ─────────────────────────────
  {
    key: 'pacific-rim-logistics-inventory-visibility',
    language: 'en',
    title: 'Pacific Rim Logistics: one inventory view across 6 warehouses, stockouts down 70%',
    titleEn: null,
    accountName: 'Pacific Rim Logistics Pte. Ltd.',
    industry: StoryIndustry.LOGISTICS,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.OVERSEAS,
    departmentCodes: ['SLS-E', 'CS', 'ENG'],
    products: ['StockSense 在庫分析', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>Pacific Rim Logistics runs six warehouses in Singapore, Malaysia and Thailand for consumer-electronics brands. Each site used a different WMS, so nobody had a single view of inventory across the region.</p><p>Clients complained about stockouts while other sites held months of excess stock, and two key accounts put their renewals on hold.</p>',
    solutionHtml:
      '<p>We connected the three WMS platforms through DataHub 連携基盤 and used StockSense 在庫分析 to build a regional inventory view with daily rebalancing suggestions.</p><ul><li>Engineering built a connector for the legacy WMS in Malaysia in four weeks</li><li>Customer Success ran weekly reviews with site managers during the first quarter</li><li>Client-facing inventory reports are now generated automatically every Monday</li></ul>',
    resultHtml:
      '<p>Stockouts reported by clients fell from 40 to 12 a month, and inventory accuracy rose from 97.5% to 99.6%. Both key accounts renewed for three years.</p>',
    outcomes: [
      { label: 'Stockouts reported by clients', before: 40, after: 12, unit: 'cases', period: 'per month' },
      { label: 'Inventory accuracy', before: 97.5, after: 99.6, unit: '%', period: '6 months after go-live' },
    ],
    quote: {
      text: 'For the first time our clients see the same inventory numbers we do. That changed the conversation at renewal time.',
      attribution: 'Regional Head of Operations',
    },
    tags: ['logistics', 'inventory', 'APAC', 'renewal'],
    publishedDaysAgo: 130,
    verifiedDaysAgo: 45,
  },
  {
    key: 'siam-precision-edi-invoice',
    language: 'en',
    title: 'Siam Precision Components: EDI with the Japanese parent cuts order errors from 20 to 2 a month',
    titleEn: null,
    accountName: 'Siam Precision Components Co., Ltd.',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.OVERSEAS,
    departmentCodes: ['SLS-W', 'CS'],
    products: ['OrderBridge 受発注', 'FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>Siam Precision Components is the Thai subsidiary of a Japanese machinery maker. Orders from the parent company arrived as Excel files by email, and the order desk re-keyed them into the local ERP, with about 20 errors a month.</p><p>Invoices and packing lists had to be produced in both English and Japanese, which took the finance team three days at every month-end.</p>',
    solutionHtml:
      '<ul><li>The parent company and the subsidiary now exchange orders through OrderBridge 受発注 using the same EDI format as the parent’s domestic suppliers</li><li>Bilingual invoice and packing-list templates in FormFlow 帳票クラウド are filled from the order data automatically</li><li>Our West Japan sales team coordinated the rollout with the parent company in Nagoya</li></ul>',
    resultHtml:
      '<p>Order errors dropped from 20 to 2 a month, and month-end invoicing now takes half a day instead of three days. The parent company is rolling the same setup out to its Vietnam plant.</p>',
    outcomes: [
      { label: 'Order errors', before: 20, after: 2, unit: 'cases', period: 'per month' },
      { label: 'Month-end invoicing', before: 3, after: 0.5, unit: 'days', period: 'per month-end' },
    ],
    quote: {
      text: 'We stopped retyping orders and started talking about forecasts with our parent company instead.',
      attribution: 'Managing Director',
    },
    tags: ['manufacturing', 'EDI', 'invoice', 'Thailand'],
    publishedDaysAgo: 280,
    verifiedDaysAgo: 90,
  },
  {
    key: 'harbor-pine-caredesk-churn',
    language: 'en',
    title: 'Harbor & Pine Home Goods: faster support replies cut subscription churn from 7% to 4%',
    titleEn: null,
    accountName: 'Harbor & Pine Home Goods LLC',
    industry: StoryIndustry.RETAIL,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.OVERSEAS,
    departmentCodes: ['CS', 'SUP'],
    products: ['CareDesk 問い合わせ管理'],
    challengeHtml:
      '<p>Harbor &amp; Pine is a Seattle-based online retailer selling home goods on a monthly subscription. Support requests came in through email, chat and social media, and the five-person team answered them from three different inboxes.</p><p>First response took 30 hours on average, and exit surveys showed slow support as the top reason for cancelling.</p>',
    solutionHtml:
      '<p>CareDesk 問い合わせ管理 brought all channels into one queue, with macros for the 25 most common questions (delivery dates, skipping a month, returns).</p><ul><li>Requests from subscribers who had contacted support twice in 30 days were flagged as churn risks</li><li>A weekly review of flagged subscribers between support and the retention team</li></ul>',
    resultHtml:
      '<p>First response time fell from 30 hours to 4 hours, and monthly subscription churn went from 7% to 4% within two quarters.</p>',
    outcomes: [
      { label: 'First response time', before: 30, after: 4, unit: 'h', period: '2 quarters after go-live' },
      { label: 'Monthly churn', before: 7, after: 4, unit: '%', period: '2 quarters after go-live' },
    ],
    quote: {
      text: 'We did not need more people. We needed to see every customer in one place.',
      attribution: 'Head of Customer Experience',
    },
    tags: ['churn', 'support', 'subscription', 'e-commerce'],
    publishedDaysAgo: 470,
    verifiedDaysAgo: 300,
  },
  {
    key: 'nordlicht-medical-japan-bilingual-contracts',
    language: 'en',
    title: 'Nordlicht Medical Japan: bilingual contracts with hospitals signed in 3 days instead of 12',
    titleEn: null,
    accountName: 'Nordlicht Medical Japan K.K.',
    industry: StoryIndustry.HEALTHCARE,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.KANTO,
    departmentCodes: ['SLS-E', 'CS'],
    products: ['SignPort 電子契約', 'FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>Nordlicht Medical Japan is the Tokyo subsidiary of a European medical-device maker. Service and leasing contracts with Japanese hospitals needed both a Japanese version and an English version for headquarters, plus a hanko on paper.</p><p>Contracts took 12 days to come back on average, and the compliance team at headquarters asked for a complete audit trail of every approval.</p>',
    solutionHtml:
      '<ul><li>Bilingual contract templates in FormFlow 帳票クラウド, generated from one data entry</li><li>Hospitals sign through SignPort 電子契約; those that still require a seal receive a printed copy, and the scan is stored in the same place</li><li>An approval log exported monthly for the headquarters compliance team</li></ul>',
    resultHtml:
      '<p>Contracts now come back in 3 days on average. The last internal audit from headquarters closed with no findings on contract handling.</p>',
    outcomes: [{ label: 'Contract turnaround', before: 12, after: 3, unit: 'days', period: 'average' }],
    quote: {
      text: 'Our headquarters finally trusts the Japanese contract process because they can see every step.',
      attribution: 'Director, Legal & Compliance',
    },
    tags: ['healthcare', 'compliance', 'e-signature', 'bilingual'],
    publishedDaysAgo: 70,
    verifiedDaysAgo: 25,
  },
  {
    key: 'brightwater-capital-compliance-audit-trail',
    language: 'en',
    title: 'Brightwater Capital Partners Japan: a complete audit trail for client agreements',
    titleEn: null,
    accountName: 'Brightwater Capital Partners Japan G.K.',
    industry: StoryIndustry.FINANCE,
    companySize: StoryCompanySize.SMALL,
    region: StoryRegion.KANTO,
    departmentCodes: ['SLS-E', 'CS'],
    products: ['SignPort 電子契約'],
    challengeHtml:
      '<p>Brightwater Capital Partners Japan is the Tokyo office of a US asset manager, with 40 employees. Client agreements and KYC documents were signed on paper and kept in binders, and the compliance team spent days collecting evidence for each regulatory inspection.</p>',
    solutionHtml:
      '<p>Client agreements and KYC forms are now signed through SignPort 電子契約, with access limited by role and every view and signature logged.</p><ul><li>Retention periods set to match the firm’s record-keeping policy</li><li>Customer Success helped map the firm’s compliance checklist to SignPort settings</li></ul>',
    resultHtml:
      '<p>The firm went live three months before its next inspection, so we have no before-and-after numbers yet. The compliance team reports that evidence requests can now be answered the same day, and we will add figures at the next verification.</p>',
    outcomes: [],
    quote: null,
    tags: ['finance', 'compliance', 'KYC', 'audit trail'],
    publishedDaysAgo: 190,
    verifiedDaysAgo: 40,
  },
  {
    key: 'mekong-garment-quality-inspection',
    language: 'en',
    title: 'Mekong Garment Manufacturing: digital quality inspection forms in four factories',
    titleEn: null,
    accountName: 'Mekong Garment Manufacturing JSC',
    industry: StoryIndustry.MANUFACTURING,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.OVERSEAS,
    departmentCodes: ['CS', 'ENG'],
    products: ['FormFlow 帳票クラウド', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>Mekong Garment Manufacturing makes apparel for Japanese and European brands in four factories near Ho Chi Minh City. Quality inspections were recorded on paper and typed into spreadsheets a week later, so defects were found after the goods had shipped.</p>',
    solutionHtml:
      '<ul><li>Inspectors record results on tablets with FormFlow 帳票クラウド forms in Vietnamese, with photos of each defect</li><li>DataHub 連携基盤 sends daily defect summaries to the brands’ quality portals</li><li>Engineering added offline entry for the two factories with unstable Wi-Fi</li></ul>',
    resultHtml:
      '<p>The rollout finished last month. Early data shows defects are now visible the same day; we will measure the effect on the defect rate and on customer returns at the 90-day review.</p>',
    outcomes: [{ label: 'Time to see inspection results', before: 7, after: 0, unit: 'days', period: 'first month' }],
    quote: {
      text: 'Our line leaders can now fix a problem on the same shift instead of next week.',
      attribution: 'Quality Director',
    },
    tags: ['manufacturing', 'quality', 'Vietnam', 'onboarding'],
    publishedDaysAgo: 12,
    verifiedDaysAgo: null,
  },
  {
    key: 'lumina-cloud-onboarding-churn',
    language: 'en',
    title: 'Lumina Cloud Services: guided onboarding cuts churn from 11% to 4%',
    titleEn: null,
    accountName: 'Lumina Cloud Services Ltd.',
    industry: StoryIndustry.IT_SERVICES,
    companySize: StoryCompanySize.MEDIUM,
    region: StoryRegion.OVERSEAS,
    departmentCodes: ['CS', 'PRD'],
    products: ['CareDesk 問い合わせ管理', 'DataHub 連携基盤'],
    challengeHtml:
      '<p>Lumina Cloud Services is a Hong Kong managed-hosting provider serving 900 small and mid-size businesses. Most cancellations happened in the first 90 days: new customers got stuck during setup and gave up.</p><p>Annual churn was 11%, and onboarding tickets took a week on average to close.</p>',
    solutionHtml:
      '<p>Together with our Product team, Lumina redesigned onboarding around CareDesk 問い合わせ管理.</p><ol><li>Every new customer gets an onboarding ticket with a checklist and a named specialist</li><li>DataHub 連携基盤 pulls setup progress from Lumina’s control panel, so stalled accounts are flagged after five days</li><li>A 30-day health check call replaces the old welcome email</li></ol>',
    resultHtml:
      '<p>Annual churn fell from 11% to 4%, and onboarding tickets now close in 2 days on average. Lumina’s feedback on stalled-account alerts became a feature in the standard CareDesk release.</p>',
    outcomes: [
      { label: 'Annual churn', before: 11, after: 4, unit: '%', period: '12 months after launch' },
      { label: 'Onboarding ticket time to close', before: 7, after: 2, unit: 'days', period: 'average' },
    ],
    quote: {
      text: 'Churn was never a pricing problem for us. It was an onboarding problem.',
      attribution: 'Chief Customer Officer',
    },
    tags: ['churn', 'onboarding', 'SaaS', 'Hong Kong'],
    publishedDaysAgo: 340,
    verifiedDaysAgo: 160,
  },
  {
    key: 'redgum-build-subcontractor-invoices',
    language: 'en',
    title: 'Redgum Build Group: subcontractor invoice approval from 18 days to 5',
    titleEn: null,
    accountName: 'Redgum Build Group Pty Ltd',
    industry: StoryIndustry.CONSTRUCTION,
    companySize: StoryCompanySize.LARGE,
    region: StoryRegion.OVERSEAS,
    departmentCodes: ['SLS-E', 'CS', 'FIN'],
    products: ['SignPort 電子契約', 'FormFlow 帳票クラウド'],
    challengeHtml:
      '<p>Redgum Build Group is a commercial builder in Melbourne working with about 450 subcontractors. Subcontracts were signed on paper at site offices, and progress-claim invoices went through four approvers by email.</p><p>Approval took 18 days on average, and late payments were hurting relationships with smaller subcontractors.</p>',
    solutionHtml:
      '<ul><li>Subcontracts and variations are signed through SignPort 電子契約</li><li>Progress claims are submitted on a FormFlow 帳票クラウド form that checks the claim against the contract value</li><li>Our Finance team shared how we run our own invoice approval, which shaped Redgum’s new approval rules</li></ul>',
    resultHtml:
      '<p>Invoice approval now takes 5 days on average, and payment disputes with subcontractors fell by two-thirds in the first year.</p>',
    outcomes: [
      { label: 'Invoice approval time', before: 18, after: 5, unit: 'days', period: 'average' },
      { label: 'Payment disputes', before: 30, after: 10, unit: 'cases', period: 'per year' },
    ],
    quote: {
      text: 'Paying subcontractors on time is how we keep the good ones. This made it possible.',
      attribution: 'Chief Financial Officer',
    },
    tags: ['construction', 'invoice', 'subcontractors', 'Australia'],
    publishedDaysAgo: 560,
    verifiedDaysAgo: 150,
  },
];
