import { useMemo, useState } from 'preact/hooks';
import {
  formatDate,
  formatMeasured,
  formatMinutes,
  formatScore,
} from '../../modules/certificate/certificate-format.ts';
import { flagText, registerCsv, type RegisterRow } from '../../modules/certificate/register-csv.ts';
import {
  viewRows,
  visibleRows,
  type RegisterView,
  type SortKey,
} from '../../modules/certificate/register-view.ts';
import { format } from '../i18n/ui.ts';
import { downloadText } from './download-text.ts';
import type { OrganisationStrings } from './OrganisationCheck.tsx';
import RegisterFilter from './RegisterFilter.tsx';

interface Props {
  rows: RegisterRow[];
  strings: OrganisationStrings;
}

/** Rows drawn at first and per "show more": a thousand rows at once would hold up the page. */
const PAGE = 100;

const COLUMNS: SortKey[] = [
  'name',
  'organisation',
  'beroepsgroep',
  'module',
  'date',
  'time',
  'score',
  'status',
];

/**
 * The register: a filter, a table sorted by the column whose header button was chosen (aria-sort says
 * which), and the CSV export of every row. Names are text nodes, never HTML.
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
      <h2 id="overzicht">{strings['organisation.results']}</h2>
      <RegisterFilter view={view} onChange={setView} strings={strings} />
      <p>
        {format(strings['organisation.shown'], {
          shown: Math.min(limit, shown.length),
          matching: shown.length,
          total: rows.length,
        })}
      </p>
      <p>
        <button type="button" onClick={exportCsv}>
          {strings['organisation.export']}
        </button>
      </p>
      <p>{strings['organisation.timeNote']}</p>
      <div class="table-scroll" role="region" aria-labelledby="overzicht" tabIndex={0}>
        <table class="register">
          <caption>{strings['organisation.caption']}</caption>
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th
                  scope="col"
                  aria-sort={view.sort === key ? (view.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" class="sort" onClick={() => sortBy(key)}>
                    {strings[`organisation.col.${key}`]}
                  </button>
                </th>
              ))}
              <th scope="col">{strings['organisation.col.file']}</th>
              <th scope="col">{strings['organisation.col.note']}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((row) => {
              const { verdict } = row;
              const s = verdict.status === 'geldig' ? verdict.summary : undefined;
              return (
                <tr key={row.index}>
                  <td>{s?.name}</td>
                  <td>{s?.organisation}</td>
                  <td>{s?.beroepsgroep}</td>
                  <td>{s?.module}</td>
                  <td>{s && formatDate(s.date)}</td>
                  <td>
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
                  <td>{s && formatScore(s.score)}</td>
                  <td class="status-cell">
                    <strong class={s ? 'valid' : 'invalid'}>
                      {strings[s ? 'organisation.valid' : 'organisation.invalid']}
                    </strong>
                    {verdict.status === 'ongeldig' && <span class="reason">{verdict.reason}</span>}
                  </td>
                  <td class="file-cell">{row.file}</td>
                  <td>{flagText(row.flags, s)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <p>
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {format(strings['organisation.more'], { count: Math.min(PAGE, shown.length - limit) })}
          </button>
        </p>
      )}
    </section>
  );
}
