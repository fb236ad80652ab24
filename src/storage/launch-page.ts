import type { LmsModule } from '../../modules/lms/lms-module.ts';
import { lmsText } from '../../modules/strings/lms.ts';
import { launch } from './lms-launch.ts';

/**
 * Wires the launch page (src/lms/launch.astro): reads its module, starts the LMS session, shows each
 * notice in the status region, opens the module in the frame (its title follows the page shown), and
 * ends the session on "Module afsluiten" or when the page goes away (pagehide).
 */
export function startLaunchPage(doc: Document): void {
  const win = doc.defaultView!;
  const module = JSON.parse(doc.getElementById('lms-module')!.textContent!) as LmsModule;
  const notices = doc.getElementById('lms-meldingen')!;
  const frame = doc.getElementById('lms-inhoud') as HTMLIFrameElement;
  const button = doc.getElementById('lms-afsluiten') as HTMLButtonElement;
  const baseTitle = doc.title;
  const notify = (text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    notices.append(p);
  };
  // The package's root: the launch page is lms/<module>/index.html.
  const root = new URL('../../', doc.baseURI).href;
  let shown: (path: string) => void = () => {};
  frame.addEventListener('load', () => {
    try {
      const inner = frame.contentDocument?.title;
      doc.title = inner ? `${inner} (${baseTitle})` : baseTitle;
      const href = frame.contentWindow?.location.href.split('#')[0] ?? '';
      if (href.startsWith(root)) shown(href.slice(root.length));
    } catch {
      doc.title = baseTitle;
    }
  });
  const started = launch(win, {
    module,
    notify,
    open: (path) => {
      // Only a page of the package, as written by this launch page: never an address from elsewhere.
      const resume = path && /^[a-z0-9-]+(\/[a-z0-9-]+)*\/index\.html$|^index\.html$/.test(path);
      frame.src = resume ? new URL(path, root).href : frame.dataset.start!;
    },
    onFinished: (returnUrl) => {
      if (returnUrl) win.location.assign(returnUrl);
    },
  });
  void started.then((session) => (shown = (path) => session.remember(path)));
  let finishing: Promise<void> | null = null;
  const finish = () => (finishing ??= started.then((session) => session.finish()));
  win.addEventListener('pagehide', () => void finish());
  button.addEventListener('click', () => {
    button.disabled = true;
    void finish().then(() => notify(lmsText.finished));
  });
}
