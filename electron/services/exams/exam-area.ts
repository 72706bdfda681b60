import type { ServiceEnv } from '../service-env';
import { ProctorService } from '../proctor/proctor-service';
import { ExamRuntime } from './exam-runtime';
import { ExamService } from './exam-service';
import { realScheduler, type Scheduler } from './scheduler';

/** The exam area as the composition root builds it: one runtime (the clocks) and its two services. */
export interface ExamArea {
  runtime: ExamRuntime;
  exams: ExamService;
  proctor: ProctorService;
}

export function createExamArea(
  env: ServiceEnv,
  options: {
    scheduler?: Scheduler | undefined;
    logError: (what: string, error: unknown) => void;
  },
): ExamArea {
  const runtime = new ExamRuntime(env, options.scheduler ?? realScheduler, options.logError);
  return {
    runtime,
    exams: new ExamService(env, runtime),
    proctor: new ProctorService(env, runtime),
  };
}
