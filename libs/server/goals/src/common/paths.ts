/** Where a goal's page is in the web app (notification links). */
export const goalLink = (id: string): string => `/goals/${id}`;
