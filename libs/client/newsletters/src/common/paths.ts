/** Addresses of the newsletters pages (the router mounts them under /news). */
export const FEED_PATH = '/news';
export const NEWSLETTERS_PATH = '/news/newsletters';
export const editionPath = (id: string): string => `/news/editions/${id}`;
export const editionEditPath = (id: string): string => `/news/editions/${id}/edit`;
export const newsletterPath = (id: string): string => `/news/newsletters/${id}`;
export const newEditionPath = (newsletterId: string): string => `/news/newsletters/${newsletterId}/new`;
export const newsletterAnalyticsPath = (id: string): string => `/news/newsletters/${id}/analytics`;
