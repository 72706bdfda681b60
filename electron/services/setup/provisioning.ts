import type { ProvisionedEnrolment } from '@shared/api/contract/setup';
import { deviceNameSchema, parseEnrolmentFile } from '@shared/sync/enrolment';
import type { ProvisionedFile } from '../../app/machine-config';
import { enrol } from '../sync/enrolment-service';
import type { SyncService } from '../sync/sync-service';

/**
 * Silent lab deployment: on a computer not set up yet, the enrolment file the
 * centre's IT put in the machine-wide folder enrols it on first start, with
 * no one at the keyboard. The computer's name is its host name. If it cannot
 * (no network yet, a refused token), the first-run screen says why, and the
 * next start tries again.
 */
export class Provisioning {
  private state: ProvisionedEnrolment | null = null;

  constructor(
    private readonly deps: {
      file: ProvisionedFile;
      sync: () => SyncService;
      /** Whether the computer still holds no organisation. */
      needed: () => Promise<boolean>;
      log: (message: string, error?: unknown) => void;
    },
  ) {}

  status(): ProvisionedEnrolment | null {
    return this.state;
  }

  async run(): Promise<void> {
    const { file } = this.deps;
    if (file === null || !(await this.deps.needed())) return;
    if ('error' in file) {
      this.fail(
        file.path,
        `The pre-set enrolment file ${file.path} cannot be used: ${file.error}.`,
      );
      return;
    }
    const parsed = parseEnrolmentFile(file.text);
    if (!parsed.ok) {
      this.fail(
        file.path,
        `The pre-set enrolment file ${file.path} cannot be used: ${parsed.message}`,
      );
      return;
    }
    this.state = { path: file.path, state: 'enrolling', message: null };
    const service = this.deps.sync();
    const name = deviceNameSchema.safeParse(service.deps.device.get().name.slice(0, 100));
    try {
      const result = await enrol(service, null, {
        url: parsed.value.url,
        token: parsed.value.token,
        deviceName: name.success ? name.data : 'Exam Desk computer',
        ...(parsed.value.deviceRole ? { deviceRole: parsed.value.deviceRole } : {}),
        ...(parsed.value.organisationKey ? { organisationKey: parsed.value.organisationKey } : {}),
      });
      this.state = {
        path: file.path,
        state: 'enrolled',
        message: `Enrolled into ${result.organisation ?? parsed.value.url}.`,
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(file.path, `Enrolling with ${file.path} did not work: ${reason}`);
      this.deps.log('pre-set enrolment failed', error);
    }
  }

  private fail(path: string, message: string): void {
    this.state = { path, state: 'failed', message };
  }
}
