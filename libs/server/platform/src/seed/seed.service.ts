import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { withAdvisoryLock } from '../database/migrate';
import { DEMO_SEED_KEY, type DemoSeeder, type DemoSeedOptions } from './demo-seed';
import { SeedRunEntity } from './seed-run.entity';

const SEED_LOCK = 7_104_552_312;

@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  /** Runs every demo seed part not run before; returns the names it ran. */
  async seedOnce(): Promise<string[]> {
    const parts = this.parts();
    return withAdvisoryLock(this.dataSource, SEED_LOCK, async () => {
      const done = new Set((await this.dataSource.getRepository(SeedRunEntity).find()).map((run) => run.name));
      const ran: string[] = [];
      for (const { options, seeder } of parts) {
        if (done.has(options.name)) continue;
        const started = Date.now();
        await this.dataSource.transaction(async (manager) => {
          await seeder.seed(manager);
          await manager.getRepository(SeedRunEntity).insert({ name: options.name });
        });
        this.logger.log(`seeded ${options.name} in ${Date.now() - started} ms`);
        ran.push(options.name);
      }
      return ran;
    });
  }

  private parts(): { options: DemoSeedOptions; seeder: DemoSeeder }[] {
    const found: { options: DemoSeedOptions; seeder: DemoSeeder }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance) continue;
      const options = this.reflector.get<DemoSeedOptions | undefined>(DEMO_SEED_KEY, metatype as object as new () => unknown);
      if (options) found.push({ options, seeder: instance as DemoSeeder });
    }
    return found.sort((a, b) => a.options.order - b.options.order);
  }
}
