import { useEffect, useState } from 'preact/hooks';
import { resumePoint } from '../../modules/progress/resume-point.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { ResumeTargets } from '../lib/resume-targets.ts';
import { buttonLinkClass } from '../lib/button-link-class.ts';
import { siteUrl } from '../lib/site-url.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { readState } from '../storage/update-progress.ts';
import { resumeView } from './resume-view.ts';

interface Props {
  targets: ResumeTargets;
  strings: UiSection<'resume.'>;
  /** The primary action without progress: "Begin met de basismodule". */
  start: { href: string; text: string };
}

/**
 * The home page's one primary action: "Verder waar je was", the last lesson or case the learner worked
 * on; without progress (and before the progress is read), "Begin met de basismodule".
 */
export default function ResumeLink({ targets, strings, start }: Props) {
  const [view, setView] = useState<{ link: ReturnType<typeof resumeView>; notice?: string }>();
  useEffect(() => {
    void readState(selectProgressStore()).then((state) =>
      setView({ link: resumeView(resumePoint(state.progress), targets, strings), notice: state.notice }),
    );
  }, []);
  const begin = (
    <p class="home-action">
      <a class={buttonLinkClass.primary} href={siteUrl(start.href)}>
        {start.text}
      </a>
    </p>
  );
  if (!view?.link && !view?.notice) return begin;
  return (
    <section class="resume" aria-labelledby="verder-waar-je-was">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="verder-waar-je-was">
        {strings['resume.heading']}
      </h2>
      {view.notice && <p role="status">{view.notice}</p>}
      {view.link ? (
        <>
          <p>{strings['resume.text']}</p>
          <p class="home-action">
            <a class={buttonLinkClass.primary} href={siteUrl(view.link.href)}>
              {view.link.text}
            </a>
          </p>
        </>
      ) : (
        begin
      )}
    </section>
  );
}
