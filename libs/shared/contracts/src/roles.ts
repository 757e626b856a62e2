/** Roles a person can hold besides being an employee. Keys and values are the GraphQL enum names. */
export enum Role {
  HUB_ADMIN = 'HUB_ADMIN',
  HUB_EDITOR = 'HUB_EDITOR',
  PRODUCT_TRIAGE = 'PRODUCT_TRIAGE',
  EXEC_VIEWER = 'EXEC_VIEWER',
}

/** Entra ID app role values (the `roles` claim) and the role each one grants. */
export const ENTRA_APP_ROLES: Readonly<Record<string, Role>> = {
  'Hub.Admin': Role.HUB_ADMIN,
  'Hub.Editor': Role.HUB_EDITOR,
  'Product.Triage': Role.PRODUCT_TRIAGE,
  'Exec.Viewer': Role.EXEC_VIEWER,
};

export const ALL_ROLES: readonly Role[] = Object.values(Role);
