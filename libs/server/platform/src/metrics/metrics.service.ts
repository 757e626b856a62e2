import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of this process, served at /metrics. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'kakehashi_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'kakehashi_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly signIns = new Counter({
    name: 'kakehashi_sign_ins_total',
    help: 'Sign-ins by method and outcome',
    labelNames: ['method', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly responseCache = new Counter({
    name: 'kakehashi_graphql_response_cache_total',
    help: 'Queries the response cache could answer, by root field and outcome (hit, miss)',
    labelNames: ['field', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'kakehashi_' });
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  observeGraphQL(operation: string, outcome: 'ok' | 'error', seconds: number): void {
    // Operation names come from clients: cap their length so labels stay bounded.
    this.graphqlDuration.observe({ operation: operation.slice(0, 64), outcome }, seconds);
  }

  countResponseCache(field: string, outcome: 'hit' | 'miss'): void {
    this.responseCache.inc({ field, outcome });
  }

  countSignIn(method: 'entra' | 'dev', outcome: string): void {
    this.signIns.inc({ method, outcome });
  }
}
