/** SCIM 2.0 (RFC 7643 / 7644) names the endpoint at /scim/v2 uses. */
export const SCIM_BASE_PATH = 'scim/v2';
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const CORE_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
export const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';

/** A list page holds at most this many resources (ServiceProviderConfig filter.maxResults). */
export const SCIM_PAGE_SIZE_MAX = 100;

/** Bounds on what a provisioning client may write (the same as the hub's own forms, roughly). */
export const SCIM_LIMITS = {
  userName: 256,
  externalId: 256,
  displayName: 200,
  namePart: 200,
  email: 320,
  title: 200,
  department: 200,
  managerReference: 320,
  groupDisplayName: 256,
  /** Operations in one PATCH request; Entra sends a handful, group syncs batch members. */
  patchOperations: 1000,
  /** Member references in one group request. */
  groupMembers: 10_000,
  filterLength: 2000,
} as const;
