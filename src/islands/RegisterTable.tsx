import { useMemo, useState } from 'preact/hooks';
import { tableClass, tablePartClass } from '../lib/table-class.ts';
import {
  formatDate,
  formatEdition,
  formatMeasured,
  formatMinutes,
  formatScore,
} from '../../modules/certificate/certificate-format.ts';
import { CHECKED, NOT_PROVEN, VALID_TEXT, VERDICT_WORD } from '../../modules/certificate/verdict-text.ts';
import { flagText, registerCsv, type RegisterRow } from '../../modules/certificate/register-csv.ts';
import {
  rowName,
  shownForm,
  viewRows,
  visibleRows,
  type RegisterView,
  type SortKey,
} from '../../modules/certificate/register-view.ts';
import { format } from '../i18n/format.ts';
import { downloadText } from './download-text.ts';
import type { OrganisationStrings } from './OrganisationCheck.tsx';
import RegisterFilter from './RegisterFilter.tsx';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  rows: RegisterRow[];
  strings: OrganisationStrings;
}

/** Rows drawn at first and per "show more": a thousand rows at once would hold up the page. */
const PAGE = 100;

/** The columns in order: those with a sort key have a sort button in their header. */
const COLUMNS: { sort?: SortKey; label: keyof OrganisationStrings }[] = [
  { sort: 'name', label: 'organisation.col.name' },
  { sort: 'organisation', label: 'organisation.col.organisation' },
  { sort: 'beroepsgroep', label: 'organisation.col.beroepsgroep' },
  { sort: 'module', label: 'organisation.col.module' },
  { sort: 'date', label: 'organisation.col.date' },
  { sort: 'time', label: 'organisation.col.time' },
  { label: 'organisation.col.tries' },
  { sort: 'score', label: 'organisation.col.score' },
  { label: 'organisation.col.code' },
  { sort: 'status', label: 'organisation.col.status' },
  { label: 'organisation.col.file' },
  { label: 'organisation.col.note' },
];

/** What was checked, as the second line of a valid row's outcome: "De keuzes halen de norm …". */
const CHECKED_LINE = `${CHECKED.charAt(0).toUpperCase()}${CHECKED.slice(1)}.`;

/**
 * The register: a filter, a table sorted by the column whose header button was chosen (aria-sort says
 * which), and the CSV export of every row. Each row shows the measured time and tries, the
 * verification code and module edition (to compare with a PDF), and the outcome: "klopt" with what was
 * checked, or "klopt niet" with the reason (verdict-text.ts). Names are text nodes, never HTML.
 */
export default function RegisterTable({ rows, strings }: Props) {
  const [view, setView] = useState<RegisterView>({
    sort: 'name',
    descending: false,
    text: '',
    status: 'alle',
  });
  const all = useMemo(() => viewRows(rows), [rows]);
  const shown = useMemo(() => visibleRows(all, view), [all, view]);
  const [limit, setLimit] = useState(PAGE);
  const count = { shown: Math.min(limit, shown.length), matching: shown.length, total: rows.length };
  const sortBy = (key: SortKey) =>
    setView({ ...view, sort: key, descending: view.sort === key ? !view.descending : false });
  const exportCsv = () =>
    downloadText(
      `register-bewijzen-${new Date().toISOString().slice(0, 10)}.csv`,
      registerCsv(rows),
      'text/csv;charset=utf-8',
    );
  return (
    <section aria-labelledby="overzicht">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="overzicht">
        {strings['organisation.results']}
      </h2>
      <RegisterFilter view={view} onChange={setView} strings={strings} />
      <p role="status">
        {format(strings[`organisation.shown.${shownForm(count)}`], count)} {strings['organisation.csvNote']}
      </p>
      <p>
        <button class={buttonClass('secondary')} type="button" onClick={exportCsv}>
          {strings['organisation.export']}
        </button>
      </p>
      <p>
        {VALID_TEXT} {NOT_PROVEN}
      </p>
      <p>{strings['organisation.timeNote']}</p>
      <p>{strings['organisation.codeNote']}</p>
      <div class="table-scroll" role="region" aria-label={strings['organisation.tableRegion']} tabIndex={0}>
        <table class={tablePartClass('table', 'register')}>
          <caption class={tableClass.caption}>{strings['organisation.caption']}</caption>
          <thead class={tableClass.thead}>
            <tr class={tableClass.tr}>
              {COLUMNS.map(({ sort, label }) =>
                sort ? (
                  <th
                    class={tableClass.th}
                    scope="col"
                    aria-sort={
                      view.sort === sort ? (view.descending ? 'descending' : 'ascending') : undefined
                    }
                  >
                    <button
                      class="utrecht-button utrecht-button--subtle sort"
                      type="button"
                      onClick={() => sortBy(sort)}
                    >
                      {strings[label]}
                    </button>
                  </th>
                ) : (
                  <th class={tableClass.th} scope="col">
                    {strings[label]}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody class={tableClass.tbody}>
            {shown.slice(0, limit).map((row) => {
              const { verdict } = row;
              const s = verdict.status === 'geldig' ? verdict.summary : undefined;
              const name = rowName(row);
              return (
                <tr class={tableClass.tr} key={row.index}>
                  <td class={tablePartClass('td', name.fromFile ? 'name-from-file' : undefined)}>
                    {name.name}
                    {name.fromFile && <span class="reason">{strings['organisation.fileAsName']}</span>}
                  </td>
                  <td class={tableClass.td}>{s?.organisation}</td>
                  <td class={tableClass.td}>{s?.beroepsgroep}</td>
                  <td class={tableClass.td}>{s?.module}</td>
                  <td class={tableClass.td}>{s && formatDate(s.date)}</td>
                  <td class={tableClass.td}>
                    {s && (
                      <>
                        {formatMeasured(s.measured)}
                        <span class="reason">
                          {format(strings['organisation.timeEstimate'], {
                            time: formatMinutes(s.studyMinutes),
                          })}
                        </span>
                      </>
                    )}
                  </td>
                  <td class={tableClass.td}>
                    {s?.measured ? (
                      <>
                        {format(strings['organisation.tries.cases'], { count: s.measured.caseAttempts })}
                        <span class="reason">
                          {format(strings['organisation.tries.questions'], {
                            count: s.measured.questionTries,
                          })}
                        </span>
                      </>
                    ) : (
                      s && formatMeasured(null)
                    )}
                  </td>
                  <td class={tableClass.td}>{s && formatScore(s.score)}</td>
                  <td class={tableClass.td}>
                    {s && (
                      <>
                        {s.code}
                        <span class="reason">
                          {format(strings['organisation.edition'], {
                            edition: formatEdition(s.contentVersion),
                          })}
                        </span>
                      </>
                    )}
                  </td>
                  <td class={tablePartClass('td', 'status-cell')}>
                    <strong class={s ? 'valid' : 'invalid'}>{VERDICT_WORD[verdict.status]}</strong>
                    <span class="reason">
                      {verdict.status === 'ongeldig' ? verdict.reason : CHECKED_LINE}
                    </span>
                  </td>
                  <td class={tablePartClass('td', 'file-cell')}>{row.file}</td>
                  <td class={tableClass.td}>{flagText(row.flags, s)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <p>
          <button class={buttonClass('secondary')} type="button" onClick={() => setLimit(limit + PAGE)}>
            {format(strings['organisation.more'], { count: Math.min(PAGE, shown.length - limit) })}
          </button>
        </p>
      )}
    </section>
  );
}
