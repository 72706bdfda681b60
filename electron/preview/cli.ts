import { previewStartFailure, runPreview } from './run';

/** `npm run preview:web`: only the browser preview, on the built renderer; it opens no browser. */
runPreview({ openBrowser: false }).catch((error: unknown) => {
  console.error(previewStartFailure(error));
  process.exit(1);
});
