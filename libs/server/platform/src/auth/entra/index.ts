export type { EntraSettings } from './entra-settings';
export { EntraClient, PENDING_SIGN_IN_MAX_AGE_MS, rolesFromAppRoles } from './entra-client';
export type { EntraCallbackQuery, EntraIdentity, PendingSignIn } from './entra-client';
export { EntraSignInError } from './entra-sign-in-error';
export type { EntraSignInFailure } from './entra-sign-in-error';
export { HttpsNetworkClient } from './https-network-client';
export type { HttpsNetworkClientOptions } from './https-network-client';
