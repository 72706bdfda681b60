import { readDisplaySettings, updateDisplaySettings } from '../../services/display/display-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerDisplayHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  router.handle('display.settings', (_input, ctx) => readDisplaySettings(env, ctx.tenant));
  router.handle('display.update', (input, ctx) => updateDisplaySettings(env, ctx.tenant, input));
}
