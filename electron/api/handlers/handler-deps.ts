import type { AppInfo } from '@shared/api/contract/app';
import type { TenantContext } from '@db/tenant';
import type { BackupService } from '../../services/backup/backup-service';
import type { FileDialogs } from '../../services/backup/file-dialogs';
import type { ExamArea } from '../../services/exams/exam-area';
import type { ServiceEnv } from '../../services/service-env';
import type { SetupService } from '../../services/setup/setup-service';
import type { SyncService } from '../../services/sync/sync-service';

/** What handler modules are given by the composition root. */
export interface HandlerDeps {
  env: ServiceEnv;
  /** Why this tenant may only read right now, or null. */
  readOnlyReason: (tenant: TenantContext) => Promise<string | null>;
  appInfo: () => AppInfo;
  /** The sync service (built after the handlers are bound, hence a getter). */
  sync: () => SyncService;
  /** Exam clocks, delivery and the proctor console. */
  exam: ExamArea;
  /** Local snapshots and restores (built after the handlers are bound, hence a getter). */
  backup: () => BackupService;
  /** The desktop app's folder and save dialogs; null in the browser preview and the scripts. */
  fileDialogs: FileDialogs | null;
  /** First-run setup of a computer with no organisation. */
  setup: SetupService;
}
