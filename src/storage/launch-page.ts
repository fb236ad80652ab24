import type { LmsModule } from '../../modules/lms/lms-module.ts';
import { launch } from './lms-launch.ts';

/**
 * Wires the launch page (src/lms/launch.astro): reads its module, starts the LMS session, shows each
 * notice in the status region, opens the module in the frame (its title follows the page shown), and
 * ends the session on "Module afsluiten" (then shows the closed state) or when the page goes away (pagehide).
 */
export function startLaunchPage(doc: Document): void {
  const win = doc.defaultView!;
  const module = JSON.parse(doc.getElementById('lms-module')!.textContent!) as LmsModule;
  const notices = doc.getElementById('lms-meldingen')!;
  const frame = doc.getElementById('lms-inhoud') as HTMLIFrameElement;
  const button = doc.getElementById('lms-afsluiten') as HTMLButtonElement;
  const baseTitle = doc.title;
  // Each notice is a copy of the page's alert template (src/lms/launch.astro) with its text.
  const template = doc.getElementById('lms-melding') as HTMLTemplateElement;
  const notify = (text: string) => {
    const box = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    box.querySelector('p')!.textContent = text;
    notices.append(box);
  };
  // The package's root: the launch page is lms/<module>/index.html.
  const root = new URL('../../', doc.baseURI).href;
  let shown: (path: string) => void = () => {};
  // Where the platform wants the learner after finishing (cmi5 returnURL), once it said so.
  let returnTo: string | null = null;
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
      // Only a page of the package, as written by this launch page: never an address from elsewhere,
      // nor a page of another module the learner wandered to in a course that holds every module.
      const others = (frame.dataset.otherModules ?? '').split(' ').filter(Boolean);
      const resume =
        path &&
        /^[a-z0-9-]+(\/[a-z0-9-]+)*\/index\.html$|^index\.html$/.test(path) &&
        !others.includes(path.split('/')[0]);
      frame.src = resume ? new URL(path, root).href : frame.dataset.start!;
    },
    onFinished: (returnUrl) => {
      returnTo = returnUrl;
      if (returnUrl) win.location.assign(returnUrl);
    },
  });
  void started.then((session) => (shown = (path) => session.remember(path)));
  let finishing: Promise<void> | null = null;
  const finish = () => (finishing ??= started.then((session) => session.finish()));
  win.addEventListener('pagehide', () => void finish());
  button.addEventListener('click', () => {
    button.disabled = true;
    void finish().then(() => showClosed(doc, returnTo ?? platformHome(doc)));
  });
}

/**
 * The closed state after "Module afsluiten": the module's frame and the button go (nothing left that
 * records anything, so nothing reaches the LMS after LMSFinish or terminated), a notice says that
 * work in this window is no longer kept, and a link leads back to the platform when its address is known.
 */
function showClosed(doc: Document, platform: string | null): void {
  doc.getElementById('lms-inhoud')?.remove();
  doc.getElementById('lms-afsluiten')?.remove();
  const closed = doc.getElementById('lms-gesloten')!;
  const back = doc.getElementById('lms-terug')!;
  if (platform) {
    back.querySelector('a')!.href = platform;
    back.hidden = false;
  }
  closed.hidden = false;
  doc.getElementById('lms-gesloten-kop')!.focus();
}

/** The platform that opened the package: the start of the site the launch page was opened from (http or https), if the browser says. */
function platformHome(doc: Document): string | null {
  try {
    const from = new URL(doc.referrer);
    return from.protocol === 'https:' || from.protocol === 'http:' ? `${from.origin}/` : null;
  } catch {
    return null;
  }
}
