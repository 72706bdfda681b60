import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { demoOrganisationIds } from '@db/repositories/demo-organisation';
import { hasAnyOrganisation, insertOrganisation } from '@db/repositories/organisations';
import { emailTaken, insertPerson } from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import type { SetupStatus } from '@shared/api/contract/setup';
import { conflict, invalid } from '@shared/api/result';
import { STRONG_PASSWORD_RULE } from '@shared/auth/password-rule';
import { PIN_RULE } from '@shared/auth/pin-rules';
import { diffObjects } from '@shared/audit/diff';
import type { SessionInfo } from '@shared/domain/organisation';
import type { EnrolmentResult, ServerCheck } from '@shared/domain/sync';
import type { DeviceRole, EnrolmentInput } from '@shared/sync/enrolment';
import { demoOrganisationName, seedDemoOrganisation } from '../../app/demo-seed';
import { sessionInfo } from '../auth/auth-service';
import { newSealedHash } from '../auth/sealed-hashes';
import { makeContentKey } from '@db/sealing/content-keys';
import { weakPasswordReason } from '../auth/password-strength';
import type { ServiceEnv } from '../service-env';
import { checkServer, enrol, enrolFromFile } from '../sync/enrolment-service';
import type { SyncService } from '../sync/sync-service';
import type { Provisioning } from './provisioning';

export interface NewOrganisation {
  organisationName: string;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
  adminPin: string;
}

/**
 * First-run setup. The router opens these methods only while the computer
 * holds no organisation; here they also run one at a time and check again
 * inside, so two windows clicking at once cannot set it up twice.
 */
export class SetupService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: {
      env: ServiceEnv;
      sync: () => SyncService;
      production: boolean;
      provisioning: Provisioning;
      readOnlyReason: (tenant: TenantContext) => Promise<string | null>;
    },
  ) {}

  async status(): Promise<SetupStatus> {
    const db = this.deps.env.db();
    return {
      needed: !(await hasAnyOrganisation(db)),
      production: this.deps.production,
      demo: (await demoOrganisationIds(db)).length > 0,
      provisioned: this.deps.provisioning.status(),
      passwordRule: STRONG_PASSWORD_RULE,
      pinRule: PIN_RULE,
    };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue
      .catch(() => undefined)
      .then(async () => {
        if (this.deps.provisioning.status()?.state === 'enrolling') {
          throw conflict('setup.enrolling');
        }
        if (await hasAnyOrganisation(this.deps.env.db())) throw conflict('api.alreadySetUp');
        return work();
      });
    this.queue = run;
    return run;
  }

  /** Creates the organisation with its first admin (password and PIN), and signs that admin in. */
  createOrganisation(sessionKey: string, input: NewOrganisation): Promise<SessionInfo> {
    const { env } = this.deps;
    const weak = weakPasswordReason(input.adminPassword, [
      input.adminName,
      input.adminEmail,
      input.organisationName,
    ]);
    if (weak) {
      throw weak.hint === ''
        ? invalid('adminPassword', 'setup.weakPassword')
        : invalid('adminPassword', 'setup.weakPasswordHint', weak);
    }
    return this.exclusive(async () => {
      const clientId = env.ids();
      const adminId = env.ids();
      const nowIso = nowIsoOf(env);
      // The organisation's content key is made with it; the admin's hashes are sealed under it.
      makeContentKey(clientId);
      const admin = { clientId, rowId: adminId };
      const [passwordHash, pinHash] = await Promise.all([
        newSealedHash(
          { ...admin, column: 'profiles.password_hash' },
          input.adminPassword,
          env.scrypt,
        ),
        newSealedHash({ ...admin, column: 'profiles.pin_hash' }, input.adminPin, env.scrypt),
      ]);
      await mutate(env, { clientId, profileId: adminId }, async (tx) => {
        // A person from an archived or half-joined file may hold the address (emails are unique).
        if (await emailTaken(tx, input.adminEmail)) {
          throw invalid('adminEmail', 'setup.emailUsedHere');
        }
        await insertOrganisation(tx, { id: clientId, name: input.organisationName, nowIso });
        await insertPerson(
          tx,
          { clientId },
          {
            id: adminId,
            name: input.adminName,
            email: input.adminEmail,
            role: 'admin',
            passwordHash,
            pinHash,
            nowIso,
          },
        );
        return {
          value: null,
          audit: {
            action: 'organisation.create',
            resourceType: 'client',
            resourceId: clientId,
            changes: diffObjects(null, {
              name: input.organisationName,
              adminEmail: input.adminEmail.trim().toLowerCase(),
              adminPin: '(set)',
            }),
          },
        };
      });
      const tenant: TenantContext = { clientId, profileId: adminId, role: 'admin' };
      const session = {
        key: sessionKey,
        tenant,
        name: input.adminName,
        email: input.adminEmail.trim().toLowerCase(),
        signedInAt: nowIso,
      };
      env.sessions.set(session);
      return sessionInfo(env, session, this.deps.readOnlyReason);
    });
  }

  /** The demo organisation: its sample data and published passwords, marked as a demo everywhere. */
  openDemo(): Promise<{ organisation: string }> {
    return this.exclusive(async () => {
      await seedDemoOrganisation(this.deps.env);
      return { organisation: demoOrganisationName };
    });
  }

  checkServer(input: { url: string; token: string }): Promise<ServerCheck> {
    return checkServer(this.deps.sync(), input);
  }

  enrol(input: EnrolmentInput): Promise<EnrolmentResult> {
    return this.exclusive(() => enrol(this.deps.sync(), null, input));
  }

  enrolFromFile(input: {
    fileText: string;
    deviceName: string;
    deviceRole?: DeviceRole | undefined;
  }): Promise<EnrolmentResult> {
    return this.exclusive(() => enrolFromFile(this.deps.sync(), null, input));
  }
}
