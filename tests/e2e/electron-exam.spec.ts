import { expect, test } from '@playwright/test';
import { describeWithElectron, withElectronApp } from './support/electron-app';
import { DEMO_QUESTIONS } from './support/exam-pages';

describeWithElectron('the locked exam window (needs the Electron binary)', 'electron-exam', () => {
  test('opens in its own kiosk window with shortcuts blocked, and only a proctor PIN closes it', async () => {
    await withElectronApp(async (app) => {
      const main = await app.firstWindow();
      await main.getByLabel('Email').fill('student1@northfield.example');
      await main.getByLabel('Password').fill('demo1234');
      await main.getByRole('button', { name: 'Sign in' }).click();
      await main.getByRole('button', { name: 'Start exam' }).click();
      const examWindow = app.waitForEvent('window');
      await main.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
      const exam = await examWindow;
      await expect(
        exam.getByRole('heading', { name: `Question 1 of ${DEMO_QUESTIONS}`, exact: true }),
      ).toBeVisible();

      const state = await app.evaluate(({ BrowserWindow }) => {
        const win = BrowserWindow.getAllWindows().find((w) => w.isKiosk());
        return win
          ? {
              kiosk: win.isKiosk(),
              onTop: win.isAlwaysOnTop(),
              fullScreen: win.isFullScreen(),
              protectedContent: win.isContentProtected(),
              menu: win.isMenuBarVisible(),
            }
          : null;
      });
      expect(state).toEqual({
        kiosk: true,
        onTop: true,
        fullScreen: true,
        protectedContent: true,
        menu: false,
      });

      // Reload is swallowed: the question is still there, the page did not restart.
      await exam.keyboard.press('F5');
      await exam.keyboard.press('Control+R');
      await expect(
        exam.getByRole('heading', { name: `Question 1 of ${DEMO_QUESTIONS}`, exact: true }),
      ).toBeVisible();

      // Closing asks for a proctor PIN; a wrong one keeps the exam open.
      await app.evaluate(({ BrowserWindow }) => {
        BrowserWindow.getAllWindows()
          .find((w) => w.isKiosk())
          ?.close();
      });
      const dialog = exam.getByRole('dialog', { name: 'Leave the exam?' });
      await expect(dialog).toBeVisible();
      await dialog.getByLabel('Proctor PIN').fill('0000');
      await dialog.getByRole('button', { name: 'Unlock and close' }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      const closed = app.waitForEvent('close');
      await dialog.getByLabel('Proctor PIN').fill('2468');
      await dialog.getByRole('button', { name: 'Unlock and close' }).click();
      await closed;
    });
  });
});
