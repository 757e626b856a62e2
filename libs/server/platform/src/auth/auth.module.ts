import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { GraphQLAuthGuard } from './auth.guard';
import { EntraSignInService } from './entra-sign-in.service';
import { SessionService } from './sessions/session.service';

@Global()
@Module({
  providers: [SessionService, EntraSignInService, { provide: APP_GUARD, useClass: GraphQLAuthGuard }],
  controllers: [AuthController],
  exports: [SessionService],
})
export class AuthModule {}
