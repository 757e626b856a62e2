import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { UploadsController } from './uploads.controller';

/** File storage for every module (inject FileStorage) and the /uploads endpoints. */
@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalFileStorage(config.uploadsDir) }],
  controllers: [UploadsController],
  exports: [FileStorage],
})
export class StorageModule {}
