/** Question-to-question navigation on a 200-question paper, measured in Chromium (filled in with the exam UI). */
export async function measureNavigation(): Promise<{ nav_step_p95_ms?: number }> {
  return {};
}
