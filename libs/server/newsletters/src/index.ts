export { NewslettersModule } from './newsletters.module';
export { NEWSLETTERS_ENTITIES } from './entities';
export { engagementRecountSql } from './analytics/edition-engagement';
export { seedNewsletters, type NewsletterSeedCounts } from './seed/seed-newsletters';
export type { NewsletterSeedDirectory, NewsletterSeedPerson, NewsletterSeedDepartment } from './seed/newsletter-seed-plan';
