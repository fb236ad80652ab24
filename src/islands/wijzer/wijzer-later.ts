// What the stappenplan-wijzer needs once the professional begins or a kept situation opens: the
// stappenplan machine's run, the screens after the start (steps 1–3, the afwegingen, acute danger, the
// summary), saving on this device, and their strings. Wijzer.tsx loads it apart on the first touch of the
// wijzer, so a first visit shows the start screen without it.
export { explainToProfessional } from '../../../modules/stappenplan/explain-to-professional.ts';
export { caseText } from '../../../modules/strings/nl-case.ts';
export { checklistEvents } from '../../../modules/wijzer/stappen-checklist.ts';
export { formatDate } from '../../../modules/wijzer/format-date.ts';
export { acuutMogelijk, wijzerMoment } from '../../../modules/wijzer/wijzer-moment.ts';
export { restoreWijzer, wijzerRecord } from '../../../modules/wijzer/wijzer-record.ts';
export {
  resumeWijzer,
  sendAllInWijzer,
  sendInWijzer,
  startWijzer,
} from '../../../modules/wijzer/wijzer-run.ts';
export { wijzerLaterStrings } from '../../i18n/wijzer-later-strings.ts';
export { createWijzerStore } from '../../storage/wijzer-store.ts';
export { WijzerAcuut } from './WijzerAcuut.tsx';
export { WijzerQuestion } from './WijzerQuestion.tsx';
export { WijzerSteps } from './WijzerSteps.tsx';
export { WijzerSummary } from './WijzerSummary.tsx';
