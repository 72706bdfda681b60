import {
  exportAuditCsv,
  readAudit,
  readAuditFacets,
  verifyAudit,
} from '../../services/audit/audit-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerAuditHandlers(router: ApiRouter, { env, audit }: HandlerDeps): void {
  router.handle('audit.list', (input, ctx) => readAudit(env, ctx.tenant, input));
  router.handle('audit.verify', (_input, ctx) => verifyAudit(env, ctx.tenant, audit));
  router.handle('audit.exportCsv', (input, ctx) => exportAuditCsv(env, ctx.tenant, input));
  router.handle('audit.facets', (_input, ctx) => readAuditFacets(env, ctx.tenant));
}
