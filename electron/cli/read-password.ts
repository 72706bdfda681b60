import { stdin, stdout } from 'node:process';

/**
 * The password for a command line run: EXAM_PASSWORD when set (scripts), or
 * typed at a terminal without echo. Never an argument, so it stays out of the
 * shell history and the process list.
 */
export async function readPassword(prompt: string): Promise<string | null> {
  const fromEnv = process.env.EXAM_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!stdin.isTTY) return null;
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n' || c === '\u0004') {
          finish(typed);
          return;
        }
        if (c === '\u0003') {
          finish(null);
          return;
        }
        typed = c === '\u007f' || c === '\b' ? typed.slice(0, -1) : typed + c;
      }
    };
    const finish = (value: string | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      resolve(value);
    };
    stdin.on('data', onData);
  });
}
