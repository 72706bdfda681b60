import { spawn } from 'node:child_process';

const RESULT = 'GROWTH-RESULT ';

/**
 * Runs one step of the benchmark in a fresh Node process (its memory is its
 * own, so each size's peak is measured from a clean start) and returns the
 * figures it printed.
 */
export function runChild(script: string, args: readonly string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (code !== 0 || !line) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${String(code)}:\n${out}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT.length)) as Record<string, number>);
    });
  });
}

/** The child's side: runs the step and prints its figures for `runChild`. */
export function childMain(step: (args: string[]) => Promise<Record<string, number>>): void {
  step(process.argv.slice(2))
    .then((figures) => {
      process.stdout.write(`${RESULT}${JSON.stringify(figures)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

/**
 * The process's resident memory in MB, sampled every 10 ms while `work` runs
 * and at each `sample()` it calls; returns the peak. The engine can answer a
 * run of calls without the event loop turning once, so the interval alone may
 * never fire: work calls `sample` after each step.
 */
export async function peakRssDuring<T>(
  work: (sample: () => void) => Promise<T>,
): Promise<[T, number]> {
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 10);
  try {
    const value = await work(sample);
    sample();
    return [value, peak / 1e6];
  } finally {
    clearInterval(timer);
  }
}
