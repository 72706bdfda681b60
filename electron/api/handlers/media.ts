import { readMedia, StudentMediaAccess, uploadMedia } from '../../services/media/media-service';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerMediaHandlers(router: ApiRouter, { env }: HandlerDeps): void {
  const access = new StudentMediaAccess();
  router.handle('media.upload', (input, ctx) => uploadMedia(env, ctx.tenant, input));
  router.handle('media.get', (input, ctx) => readMedia(env, access, ctx.tenant, input.hash));
}
