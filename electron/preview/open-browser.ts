import open from 'open';

export type OpenDecision = { open: true } | { open: false; why: string };

type Env = Readonly<Record<string, string | undefined>>;

const isSet = (value: string | undefined): boolean =>
  value !== undefined && value !== '' && value !== '0' && value !== 'false';

/**
 * Whether `npm start` should open the preview in the default browser: never
 * when asked not to, in CI or under a test runner, nor where there is no
 * screen to open it on (a Linux session without a display, a remote shell).
 */
export function shouldOpenBrowser(env: Env, platform: NodeJS.Platform): OpenDecision {
  if (isSet(env.EXAM_NO_OPEN)) return { open: false, why: 'EXAM_NO_OPEN is set' };
  if (isSet(env.CI)) return { open: false, why: 'this is a CI run' };
  if (isSet(env.VITEST) || isSet(env.PLAYWRIGHT_TEST) || env.NODE_ENV === 'test') {
    return { open: false, why: 'this is a test run' };
  }
  // WSL opens the Windows browser, which needs no Linux display.
  const wsl = platform === 'linux' && isSet(env.WSL_DISTRO_NAME);
  const display = isSet(env.DISPLAY) || isSet(env.WAYLAND_DISPLAY);
  if (platform === 'linux' && !wsl && !display) {
    return { open: false, why: 'there is no graphical session here' };
  }
  if ((isSet(env.SSH_CONNECTION) || isSet(env.SSH_TTY)) && !display) {
    return { open: false, why: 'this is a remote shell' };
  }
  return { open: true };
}

/** Opens the URL in the default browser; where that fails, says so (the printed link still works). */
export async function openInBrowser(url: string): Promise<void> {
  try {
    const launcher = await open(url);
    launcher.once('error', (error) => {
      console.log(`Could not open a browser (${error.message}); open the link above yourself.`);
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`Could not open a browser (${reason}); open the link above yourself.`);
  }
}
