import { shell, type WebContents } from 'electron';
import { isNavigationAllowed } from '../security/navigation-policy';
import { decideWindowOpen } from '../security/window-open-policy';

/** Applied to every WebContents the app ever creates, including ones nobody meant to create. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
