import { phaseInfo, type Phase } from '../stappenplan/phases.ts';
import { stappen1tot3Klaar } from '../stappenplan/stappenplan.rules.ts';
import { fill } from '../strings/fill.ts';
import { acuteText } from '../strings/nl-acute.ts';
import { caseText } from '../strings/nl-case.ts';
import { wijzerText } from '../strings/nl-wijzer.ts';
import type { OrganisationProfile } from '../organisation/organisation-profile.schema.ts';
import { organisationContacts } from './organisation-contacts.ts';
import { wijzerMoment } from './wijzer-moment.ts';
import type { WijzerRun } from './wijzer-run.ts';
import { formatDate } from './format-date.ts';

// The wijzer's storage shows dates without loading the summary (format-date.ts).
export { formatDate };

/** A dated summary of the steps and afwegingen, for the professional's dossier: sections of lines. */
export interface WijzerSummary {
  title: string;
  made: string;
  sections: { heading: string | null; lines: string[] }[];
}

export interface SummaryInput {
  /** The name of the beroepsgroep, as the site shows it. */
  groupName: string;
  /** The five afweging questions in this beroepsgroep's words (from its naslag). */
  questions: readonly string[];
  date: Date;
  /** An IANA time zone; the device's own when left out. */
  timeZone?: string;
  note?: string;
  /** The organisation's own meldcode, where it applies to this beroepsgroep: whom to contact next. */
  organisation?: OrganisationProfile;
}

const w = wijzerText.wijzer;

/**
 * Summarises a wijzer run: who it is about, steps 1–3, each afweging with its outcome, where it stands,
 * and, with the organisation's profile, whom to contact there next.
 */
export function summarizeWijzer(run: WijzerRun, input: SummaryInput): WijzerSummary {
  const ctx = run.snapshot.context;
  const intro = [
    fill(w.group, { group: input.groupName }),
    fill(w.about, { client: w.client[run.setup.client] }),
  ];
  const stappen: string[] = [ctx.signalenVastgelegd ? w.signalen.ja : w.signalen.nee];
  if (ctx.client === 'volwassene' || ctx.kindcheck !== null)
    stappen.push(
      ctx.kindcheck === null
        ? w.kindcheck.open
        : ctx.kindcheck.zorgen
          ? w.kindcheck.zorgen
          : w.kindcheck.geenZorgen,
    );
  stappen.push(
    ctx.overleg.length > 0
      ? fill(w.overlegMet, { list: listInDutch(ctx.overleg.map((met) => w.overleg[met])) })
      : w.overlegOpen,
  );
  stappen.push(
    ctx.gesprek === null
      ? w.gesprekOpen
      : ctx.gesprek === 'gevoerd'
        ? w.gesprekGevoerd
        : fill(w.gesprekOvergeslagen, { reason: w.gesprekReden[ctx.gesprek.overgeslagen] }),
  );
  const afwegingen = ([1, 2, 3, 4, 5] as const).flatMap((n) => {
    const answer = ctx.antwoorden[n];
    if (!answer) return [];
    const line = fill(w.afweging, {
      n,
      question: input.questions[n - 1] ?? phaseInfo(`afweging-${n}`).name,
      answer: caseText.answer[answer],
      outcome: caseText.outcome[`afweging-${n}-${answer}`],
    });
    return n === 4 && answer === 'ja' && ctx.hulpGevolgd ? [line, w.hulpGevolgd] : [line];
  });
  const stand: string[] = [];
  if (ctx.acuut) stand.push(fill(w.acuut, { reason: acuteText.acuteReason[ctx.acuut] }));
  if (run.snapshot.matches('gemeld') && ctx.melding)
    stand.push(ctx.melding.hulpGaatDoor ? w.gemeldMetHulp : w.gemeld);
  stand.push(standLine(run));
  const note = input.note?.trim();
  return {
    title: w.title,
    made: fill(w.made, { date: formatDate(input.date, input.timeZone) }),
    sections: [
      { heading: null, lines: intro },
      { heading: w.stappen, lines: stappen },
      { heading: w.afwegingen, lines: afwegingen.length > 0 ? afwegingen : [w.geenAfwegingen] },
      { heading: w.stand, lines: note ? [...stand, fill(w.note, { note })] : stand },
      ...(input.organisation ? [organisationContacts(run, input.organisation)] : []),
      { heading: null, lines: [w.disclaimer] },
    ],
  };
}

/** The summary as plain text, for the clipboard or a dossier. */
export function summaryText(summary: WijzerSummary): string {
  const blocks = [
    `${summary.title}\n${summary.made}`,
    ...summary.sections.map(({ heading, lines }) =>
      [...(heading ? [heading] : []), ...lines.map((line) => (heading ? `- ${line}` : line))].join('\n'),
    ),
  ];
  return blocks.join('\n\n') + '\n';
}

function standLine(run: WijzerRun): string {
  const moment = wijzerMoment(run.snapshot);
  switch (moment.kind) {
    case 'klaar':
      return w.end[moment.end];
    case 'melden':
      return fill(w.next, { step: w.nextStep.melden });
    case 'hulp-volgen':
      return fill(w.next, { step: w.nextStep.hulpVolgen });
    case 'afweging':
      if (moment.nummer === 1 && !stappen1tot3Klaar(run.snapshot.context))
        return fill(w.next, { step: w.nextStep.stappen });
      return fill(w.next, { step: phaseInfo(`afweging-${moment.nummer}` as Phase).name });
    default:
      return fill(w.next, { step: phaseInfo('collega-route').name });
  }
}

/** "a", "a en b", "a, b en c". */
function listInDutch(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
