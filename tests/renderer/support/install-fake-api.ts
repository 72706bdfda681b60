import { FakeExamApi } from './fake-exam-api';

/**
 * Puts the fake where the preload puts the real bridge. The renderer's API
 * client picks its bridge once, at the first call, so each test file installs
 * one fake before anything calls and resets it between tests.
 */
export function installFakeExamApi(): FakeExamApi {
  const api = new FakeExamApi();
  window.examApi = api.bridge;
  return api;
}
