import { Global, Module } from '@nestjs/common';
import { ChangeStamps } from '../cache/change-stamps';
import { MetricsModule } from '../metrics/metrics.module';
import { ResponseCache } from './response-cache';

/** The response cache, for the GraphQL server's plugin and for domains to register their fields. */
@Global()
@Module({
  imports: [MetricsModule],
  providers: [ChangeStamps, ResponseCache],
  exports: [ChangeStamps, ResponseCache],
})
export class ResponseCacheModule {}
