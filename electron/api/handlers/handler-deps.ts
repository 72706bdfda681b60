import type { AppInfo } from '../../../shared/api/contract/auth';
import type { TenantContext } from '../../../db/tenant';
import type { ExamArea } from '../../services/delivery/exam-area';
import type { ServiceEnv } from '../../services/service-env';

/** What handler modules are given by the composition root. */
export interface HandlerDeps {
  env: ServiceEnv;
  /** Why this tenant may only read right now, or null. */
  readOnlyReason: (tenant: TenantContext) => Promise<string | null>;
  appInfo: () => AppInfo;
  /** Exam clocks, delivery and the proctor console. */
  exam: ExamArea;
}
