/** Limits both sides agree on. The server enforces them; the client uses them for forms. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export const SEARCH_TEXT_MAX_LENGTH = 200;

export const PROFILE_BIO_MAX_LENGTH = 1000;
export const PROFILE_LOCATION_MAX_LENGTH = 100;

/** Largest HTTP request body the api accepts (GraphQL and auth). */
export const REQUEST_BODY_MAX_BYTES = 1024 * 1024;
