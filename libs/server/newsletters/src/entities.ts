export const NEWSLETTERS_ENTITIES = [];
