import { useRef, useState } from 'preact/hooks';
import type { RegisterRow, RegisterVerdict } from '../../modules/certificate/register-csv.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import { siteUrl } from '../lib/site-url.ts';
import FilePicker from './FilePicker.tsx';
import RegisterTable from './RegisterTable.tsx';
import { verifyInWorkers } from './verify-pool.ts';

export type OrganisationStrings = UiSection<'organisation.'>;

interface Props {
  strings: OrganisationStrings;
  /** Where the verify workers fetch the archives (siteUrl applied by the page). */
  contextUrl: string;
}

const number = (n: number) => n.toLocaleString('nl-NL');

/** How often the progress bar is brought up to date while the workers run, ms. */
const PROGRESS_MS = 250;

/**
 * The organisation page's checker: files in, verified in Web Workers with a progress bar, then the
 * register table. The live region speaks at the start and at the end only; the table appears when all
 * files are checked, so the page does no table work while the workers run.
 */
export default function OrganisationCheck({ strings, contextUrl }: Props) {
  const [total, setTotal] = useState(0);
  const [done, setDone] = useState(0);
  const [rows, setRows] = useState<RegisterRow[]>();
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string>();
  const stop = useRef<() => void>();

  function check(files: File[]) {
    stop.current?.();
    setRows(undefined);
    setError(undefined);
    if (files.length === 0) return;
    const verdicts: RegisterVerdict[] = new Array(files.length);
    let count = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setTotal(files.length);
    setDone(0);
    setAnnounce(format(strings['organisation.started'], { total: number(files.length) }));
    const reasons = {
      error: strings['organisation.notChecked.error'],
      stalled: strings['organisation.notChecked.stalled'],
    };
    const stopPool = verifyInWorkers(
      files,
      siteUrl(contextUrl),
      {
        verdict(index, verdict) {
          verdicts[index] = verdict;
          count++;
          // A few times a second: drawing the progress bar on every frame costs the page more than
          // the messages it counts (a frame took several milliseconds on a busy machine).
          timer ??= setTimeout(() => ((timer = undefined), setDone(count)), PROGRESS_MS);
        },
        failed(message) {
          setAnnounce('');
          setError(message);
        },
        done() {
          clearTimeout(timer);
          const made = files.map((file, i) => ({ file: file.name, verdict: verdicts[i]! }));
          const valid = made.filter((row) => row.verdict.status === 'geldig').length;
          setDone(files.length);
          setRows(made);
          setAnnounce(
            format(strings['organisation.finished'], {
              total: number(made.length),
              valid: number(valid),
              invalid: number(made.length - valid),
            }),
          );
        },
      },
      { reasons },
    );
    stop.current = () => {
      clearTimeout(timer);
      stopPool();
    };
  }

  return (
    <div class="organisatie-check">
      <FilePicker strings={strings} onFiles={check} />
      {total > 0 && (
        <div class="utrecht-form-field utrecht-form-field--distanced">
          <label class="utrecht-form-field__label utrecht-form-label" for="controle-voortgang">
            {strings['organisation.progress']}
          </label>
          <progress class="utrecht-form-field__input" id="controle-voortgang" max={total} value={done} />
          <div class="utrecht-form-field__description utrecht-form-field-description">
            {format(strings['organisation.counted'], { done: number(done), total: number(total) })}
          </div>
        </div>
      )}
      <p role="status" class="announce">
        {announce}
      </p>
      {error && (
        <p role="alert" class="utrecht-form-field-error-message">
          <strong>{error}</strong>
        </p>
      )}
      {rows && <RegisterTable rows={rows} strings={strings} />}
    </div>
  );
}
