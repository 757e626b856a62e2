/** How the hub signs people in with Microsoft Entra ID (or, for tests, any OpenID Connect issuer). */
export interface EntraSettings {
  /** Directory (tenant) id of the company's Entra tenant. */
  tenantId: string;
  /** Application (client) id of the hub's app registration. */
  clientId: string;
  /** Client secret of the app registration: set this or `clientCertificate`, not both. */
  clientSecret?: string;
  /** Certificate credential of the app registration: set this or `clientSecret`, not both. */
  clientCertificate?: {
    /** Hex SHA-256 thumbprint of the certificate uploaded to the app registration. */
    thumbprintSha256: string;
    /** PEM private key (`-----BEGIN PRIVATE KEY-----`). */
    privateKeyPem: string;
    /** PEM certificate chain, sent as `x5c` (needed for subject-name/issuer authentication). */
    x5c?: string;
  };
  /** Where the provider sends the browser back, e.g. https://hub.example.com/auth/callback. */
  redirectUri: string;
  /** Where the provider sends the browser after sign-out, e.g. https://hub.example.com/sign-in. */
  postLogoutRedirectUri: string;
  /**
   * Defaults to `https://login.microsoftonline.com/${tenantId}`. May be the https URL of any
   * OpenID Connect issuer (its discovery document is read from `${authority}/.well-known/openid-configuration`).
   */
  authority?: string;
  /**
   * Extra CA certificate(s), PEM, trusted for the authority's TLS in addition to the public
   * CAs (e.g. a corporate TLS-inspecting proxy's CA). Never turns TLS verification off.
   */
  extraCaPem?: string;
}
