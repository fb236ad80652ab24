import type { CaseSummary } from '../../modules/case-run/case-summary.ts';
import { format } from '../i18n/format.ts';
import { lessonPath } from '../lib/paths.ts';
import { verdictHeading, type PlayerStrings } from './player-text.ts';
import { siteUrl } from '../lib/site-url.ts';
import { tableClass } from '../lib/table-class.ts';

interface Props {
  summary: CaseSummary;
  strings: PlayerStrings;
}

/**
 * The result that teaches, from summarizeRun: score and outcome and why the points are what they are,
 * how scoring works, each dangerous choice with why and what the meldcode asks, each wrong first
 * choice with why and a link to its lesson, each afweging beside the expert's, the steps, the verdict per phase.
 */
export function ResultDetails({ summary, strings }: Props) {
  const { score } = summary;
  return (
    <>
      <p class="player-score">
        {format(strings['player.result.score'], {
          total: score.total,
          max: score.max,
          percentage: score.percentage,
        })}{' '}
        <strong>{format(strings['player.result.verdict'], { verdict: summary.verdict })}</strong>
      </p>
      <p>{summary.firstChoices}</p>
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['player.result.howScored']}</h3>
      <ul class="player-how-scored">
        {summary.howScored.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      {summary.critical.length > 0 && (
        <section class="player-critical" aria-labelledby="gevaarlijke-keuzes">
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced" id="gevaarlijke-keuzes">
            {strings['player.result.critical']}
          </h3>
          <p>{strings['player.result.criticalIntro']}</p>
          {summary.critical.map((miss) => (
            <section aria-labelledby={`gevaarlijk-${miss.node}`}>
              <h4 class="utrecht-heading-4 utrecht-heading-4--distanced" id={`gevaarlijk-${miss.node}`}>
                {miss.name}
              </h4>
              <dl>
                <dt>{strings['player.result.criticalMoment']}</dt>
                <dd>{miss.moment}</dd>
                <dt>{strings['player.result.yours']}</dt>
                <dd>{miss.label}</dd>
                <dt>{strings['player.result.criticalWhy']}</dt>
                <dd>{miss.why}</dd>
                <dt>{strings['player.result.criticalAsks']}</dt>
                <dd>{miss.asks}</dd>
              </dl>
            </section>
          ))}
        </section>
      )}
      {summary.wrongFirstChoices.length > 0 && (
        <section class="player-wrong" aria-labelledby="eerste-keuzes">
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced" id="eerste-keuzes">
            {strings['player.result.wrong']}
          </h3>
          <p>{strings['player.result.wrongIntro']}</p>
          <ol>
            {summary.wrongFirstChoices.map((wrong) => (
              <li>
                <h4 class="utrecht-heading-4 utrecht-heading-4--distanced">{wrong.moment}</h4>
                <dl>
                  <dt>{strings['player.result.yours']}</dt>
                  <dd>
                    {wrong.label}{' '}
                    <span class="meta">
                      (
                      {format(strings['player.result.wrongPoints'], {
                        verdict: verdictHeading(strings, wrong.verdict),
                        points: wrong.points,
                        max: wrong.max,
                      })}
                      )
                    </span>
                  </dd>
                  <dt>{strings['player.result.wrongWhat']}</dt>
                  <dd>{wrong.feedback}</dd>
                  <dt>{strings['player.result.wrongWhy']}</dt>
                  <dd>{wrong.rationale}</dd>
                  <dt>{strings['player.result.better']}</dt>
                  <dd>{wrong.better}</dd>
                </dl>
                {wrong.lesson && (
                  <p>
                    <a
                      class="utrecht-link utrecht-link--html-a"
                      href={siteUrl(lessonPath(wrong.lesson.beroepsgroep, wrong.lesson.slug))}
                    >
                      {format(strings['player.result.lesson'], { title: wrong.lesson.title })}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {summary.acuteReason && (
        <p>{format(strings['player.result.acute'], { reason: summary.acuteReason })}</p>
      )}
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['player.result.afwegingen']}</h3>
      {summary.afwegingen.length === 0 && <p>{strings['player.result.noAfwegingen']}</p>}
      {summary.afwegingen.map((a) => (
        <section class="player-afweging" aria-labelledby={`afweging-${a.node}`}>
          <h4 class="utrecht-heading-4 utrecht-heading-4--distanced" id={`afweging-${a.node}`}>
            {a.name}
          </h4>
          <dl>
            <dt>{strings['player.result.yours']}</dt>
            <dd>
              {a.yours.label} <span class="meta">({format(strings['player.result.ledTo'], a.yours)})</span>
            </dd>
            <dt>{strings['player.result.expert']}</dt>
            <dd>
              {a.expert.label} <span class="meta">({format(strings['player.result.ledTo'], a.expert)})</span>
            </dd>
          </dl>
          <p>{strings[a.agrees ? 'player.result.agrees' : 'player.result.differs']}</p>
          <p>
            <strong>{strings['player.why']}</strong> {a.expert.rationale}
          </p>
        </section>
      ))}
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['player.result.steps']}</h3>
      <ol>
        {summary.steps.map((step) => (
          <li>{step.text}</li>
        ))}
      </ol>
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['player.result.phases']}</h3>
      <table class={tableClass.table}>
        <thead class={tableClass.thead}>
          <tr class={tableClass.tr}>
            <th class={tableClass.th} scope="col">
              {strings['player.result.phase']}
            </th>
            <th class={tableClass.th} scope="col">
              {strings['player.result.judgement']}
            </th>
          </tr>
        </thead>
        <tbody class={tableClass.tbody}>
          {summary.phases.map((p) => (
            <tr class={tableClass.tr}>
              <th class={tableClass.th} scope="row">
                {p.name}
              </th>
              <td class={tableClass.td}>{format(strings['player.result.judgementOf'], p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
