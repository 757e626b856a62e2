export { NewslettersModule } from './newsletters.module';
export { NEWSLETTERS_ENTITIES } from './entities';
