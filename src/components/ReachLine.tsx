type Reach = { telefoon?: string; email?: string; web?: string; wanneer?: string };

const tel = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** How to reach someone: phone and e-mail as links (tel:, mailto:), a web page (https only), and when. */
export function ReachLine({ reach }: { reach: Reach }) {
  const parts = [
    reach.telefoon && (
      <a class="utrecht-link utrecht-link--html-a" href={tel(reach.telefoon)}>
        {reach.telefoon}
      </a>
    ),
    reach.email && (
      <a class="utrecht-link utrecht-link--html-a" href={`mailto:${reach.email}`}>
        {reach.email}
      </a>
    ),
    reach.web && (
      <a class="utrecht-link utrecht-link--html-a" href={reach.web}>
        {reach.web}
      </a>
    ),
  ].filter(Boolean);
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && ' · '}
          {part}
        </>
      ))}
      {reach.wanneer && <span class="note">{reach.wanneer}</span>}
    </>
  );
}
