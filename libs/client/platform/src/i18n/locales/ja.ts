/** The platform's `common` namespace in Japanese (the default language). */
export const commonJa = {
  app: {
    name: '架け橋',
    nameLatin: 'Kakehashi',
    fullName: '架け橋 Kakehashi',
  },
  separator: '・',
  skipLink: 'メインコンテンツへスキップ',
  nav: {
    label: 'メイン',
    people: '社員名簿',
    departments: '部門',
    openMenu: 'メニューを開く',
    closeMenu: 'メニューを閉じる',
    menuTitle: 'メニュー',
  },
  language: {
    ja: '日本語',
    en: 'English',
    switchLabel: '表示言語',
    saveFailed: '表示言語の設定を保存できませんでした。次回のサインイン時には元の言語で表示されます。',
  },
  user: {
    menu: 'アカウントメニュー（{{name}}）',
    myProfile: 'マイプロフィール',
    signOut: 'サインアウト',
    signOutFailed: 'サインアウトできませんでした。もう一度お試しください。',
  },
  states: {
    loading: '読み込み中…',
    retry: '再試行',
    errorTitle: 'エラー',
    dismiss: '閉じる',
  },
  errors: {
    UNAUTHENTICATED: 'サインインが必要です。',
    FORBIDDEN: 'この操作を行う権限がありません。',
    NOT_FOUND: 'お探しの情報が見つかりませんでした。',
    BAD_USER_INPUT: '入力内容を確認してください。',
    CONFLICT: 'ほかの人が先に更新しました。再読み込みしてからもう一度お試しください。',
    RATE_LIMITED: 'リクエストが集中しています。しばらくしてからもう一度お試しください。',
    INTERNAL_SERVER_ERROR: 'サーバーでエラーが発生しました。しばらくしてからもう一度お試しください。',
    network: 'サーバーに接続できませんでした。ネットワーク接続を確認してください。',
    unknown: '問題が発生しました。もう一度お試しください。',
  },
  roles: {
    EMPLOYEE: '社員',
    HUB_ADMIN: '管理者',
    HUB_EDITOR: '部門編集者',
    PRODUCT_TRIAGE: 'トリアージ担当',
    EXEC_VIEWER: '経営層',
  },
  signIn: {
    title: 'サインイン',
    heading: '架け橋にサインイン',
    lead: '部門の垣根を超えて、社内の人と情報をつなぎます。',
    microsoft: 'Microsoft でサインイン',
    or: 'または',
    devHeading: '開発用サインイン',
    devHint: 'デモ用の人物を選ぶと、その人としてサインインします。',
    personasHeading: 'ペルソナから選ぶ',
    searchHeading: 'ほかの社員を選ぶ',
    searchLabel: '名前で検索',
    searchPlaceholder: '例：佐藤、さとう、Sato',
    searchHint: '漢字・かな・ローマ字の一部を入力してください。',
    noCandidates: '該当する社員が見つかりません。',
    signingIn: 'サインインしています…',
    noMethods: 'サインイン方法が設定されていません。システム管理者にお問い合わせください。',
    failed: 'サインインできませんでした。',
    noDepartment: '部門なし',
    personas: {
      employee: '一般社員',
      editor: '部門編集者',
      sales: '営業担当',
      support: 'サポート担当',
      product: 'プロダクトマネージャー',
      executive: '経営層',
      admin: '管理者',
    },
  },
  notFound: {
    title: 'ページが見つかりません',
    message: 'お探しのページは、移動または削除された可能性があります。',
    back: '社員名簿へ戻る',
  },
};

/** The shape every language of the `common` namespace must have. */
export type CommonMessages = DeepStrings<typeof commonJa>;

/** Same keys, any string values: lets `en` be checked against `ja`. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
