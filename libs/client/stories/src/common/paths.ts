/** Addresses of the stories pages (the router mounts them under /stories). */
export const STORIES_PATH = '/stories';
export const NEW_STORY_PATH = '/stories/new';
export const storyPath = (id: string): string => `/stories/${id}`;
export const storyEditPath = (id: string): string => `/stories/${id}/edit`;
/** Profiles live in the directory's pages. */
export const personPath = (id: string): string => `/people/${id}`;
