import type { Diagram, Shape } from '../lib/stappenplan-diagram.ts';

interface Props {
  diagram: Diagram;
  /** Unique on the page: the title and description are referenced by id. */
  id: string;
  /** Hidden from assistive technology when the text next to it says the same. */
  decorative?: boolean;
}

const stateClass = (state: string) => (state === 'plain' ? '' : ` sp-${state}`);

function ShapeView({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case 'box':
      return (
        <rect
          class={`sp-box${stateClass(shape.state)}${shape.dashed ? ' sp-dashed' : ''}`}
          x={shape.x + 1}
          y={shape.y + 1}
          width={shape.width - 2}
          height={shape.height - 2}
          rx={shape.rx}
        />
      );
    case 'circle':
      return <circle class={`sp-box${stateClass(shape.state)}`} cx={shape.cx} cy={shape.cy} r={shape.r} />;
    case 'line':
      return <line class="sp-line" x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} />;
    case 'text':
      return (
        <text
          class={`sp-text${stateClass(shape.state)}${shape.bold ? ' sp-bold' : ''}`}
          x={shape.x}
          y={shape.y}
          font-size={shape.size}
          text-anchor={shape.anchor === 'start' ? undefined : shape.anchor}
        >
          {/* The first line starts where the text does; "start" is SVG's default anchor. */}
          {shape.lines.map((line, i) => (
            <tspan x={i === 0 ? undefined : shape.x} dy={i === 0 ? undefined : Math.round(shape.size * 1.3)}>
              {line}
            </tspan>
          ))}
        </text>
      );
  }
}

/** The stappenplan as SVG, drawn from its layout; colours come from the site's tokens (light and dark). */
export function StappenplanSvg({ diagram, id, decorative = false }: Props) {
  const { width, height, shapes, title, description } = diagram;
  return (
    <svg
      class="sp-diagram"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative ? 'true' : undefined}
      aria-labelledby={decorative ? undefined : `${id}-title ${id}-desc`}
    >
      {!decorative && <title id={`${id}-title`}>{title}</title>}
      {!decorative && <desc id={`${id}-desc`}>{description}</desc>}
      {shapes.map((shape) => (
        <ShapeView shape={shape} />
      ))}
    </svg>
  );
}
