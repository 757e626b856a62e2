import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { WebSocketSessionWatch } from './websocket-session-watch';
import { WebSocketSessions } from './websocket-sessions';

/** The open subscription sockets of this replica and what closes them when their session ends. */
@Module({
  imports: [AuthModule],
  providers: [WebSocketSessions, WebSocketSessionWatch],
  exports: [WebSocketSessions, WebSocketSessionWatch],
})
export class WebSocketSessionsModule {}
