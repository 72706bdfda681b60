/**
 * The desktop app's own open, folder and save dialogs, through which a
 * person names the paths main reads and writes: the page never hands main a
 * path. The browser preview and the scripts have none.
 */
export interface FileDialogs {
  /** A folder the person picked, or null when they closed the dialog. */
  chooseFolder(title: string): Promise<string | null>;
  /** A file the person picked to open (of the kinds `filter` names), or null when they closed the dialog. */
  chooseOpenPath(
    title: string,
    filter: { name: string; extensions: string[] },
  ): Promise<string | null>;
  /** Where the person chose to save a file named `suggestedName`, or null when they closed the dialog. */
  chooseSavePath(title: string, suggestedName: string): Promise<string | null>;
}
