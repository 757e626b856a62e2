import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { InProcessPubSub } from './in-process-pub-sub';
import { PubSub } from './pub-sub';
import { RedisPubSub } from './redis-pub-sub';

/** Redis when REDIS_URL is set (any number of replicas), in-process otherwise (one replica). */
export function createPubSub(config: AppConfig): PubSub {
  if (!config.redisUrl) return new InProcessPubSub();
  return new RedisPubSub({ url: config.redisUrl, prefix: config.pubsubPrefix });
}

/** The PubSub for every domain (live reactions, the notification bell). */
@Global()
@Module({
  providers: [{ provide: PubSub, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createPubSub(config) }],
  exports: [PubSub],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PubSub) private readonly pubSub: PubSub) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
    else if (this.pubSub instanceof InProcessPubSub) this.pubSub.close();
  }
}
