// The article text with its span layers highlighted. The text is rendered as React text
// nodes only (it is data, never markup); hovering or focusing a highlight shows its coding,
// clicking an entity opens its actor, clicking a trigger selects its event.
import { memo, useState, type FocusEvent, type MouseEvent } from 'react';
import type { Annotation, Segment } from '../layers.js';

export interface Tip {
  anns: Annotation[];
  x: number;
  y: number;
}

interface Props {
  text: string;
  segments: Segment[];
  /** The selected span [start, end) (from the URL), outlined and scrolled to. */
  selected: [number, number] | null;
  /** Source and target spans of the selected event. */
  roles: { start: number; end: number; cls: string }[];
  onOpen: (a: Annotation) => void;
}

function classes(seg: Segment, selected: [number, number] | null, roles: Props['roles']): string {
  const cls = seg.anns.map((a) => a.cls);
  if (selected && seg.start >= selected[0] && seg.end <= selected[1]) cls.push('selected');
  for (const r of roles) if (seg.start >= r.start && seg.end <= r.end) cls.push(r.cls);
  return cls.join(' ');
}

/** What a click or Enter on a segment opens: an entity's actor first, else an event. */
function target(seg: Segment): Annotation | undefined {
  return seg.anns.find((a) => a.actor) ?? seg.anns.find((a) => a.kind === 'trigger');
}

const Segments = memo(function Segments({ text, segments, selected, roles, onOpen, setTip }: Props & { setTip: (t: Tip | null) => void }) {
  const show = (seg: Segment) => (e: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setTip({ anns: seg.anns, x: r.left, y: r.bottom });
  };
  const hide = () => setTip(null);
  return (
    <>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.anns.length === 0 && !roles.length) return piece;
        const cls = classes(seg, selected, roles);
        if (!cls) return piece;
        const open = target(seg);
        const interactive = open !== undefined;
        return (
          <span key={seg.start} className={cls} data-start={seg.start} data-end={seg.end}
            data-kinds={seg.anns.map((a) => a.kind).join(' ')}
            tabIndex={interactive ? 0 : undefined} role={interactive ? 'button' : undefined}
            onMouseEnter={seg.anns.length ? show(seg) : undefined} onMouseLeave={hide}
            onFocus={seg.anns.length ? show(seg) : undefined} onBlur={hide}
            onClick={open ? () => onOpen(open) : undefined}
            onKeyDown={open ? (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onOpen(open); } } : undefined}>
            {piece}
          </span>
        );
      })}
    </>
  );
});

function Tooltip({ tip }: { tip: Tip }) {
  const left = Math.min(tip.x, window.innerWidth - 360);
  return (
    <div className="tip" role="tooltip" style={{ left: Math.max(8, left), top: tip.y + 6 }}>
      {tip.anns.map((a) => (
        <div key={`${a.kind}${a.id}`} className={`tip-item tip-${a.kind}`}>
          <strong>{a.title}</strong>
          {a.facts.length > 0 && (
            <dl>{a.facts.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
          )}
        </div>
      ))}
    </div>
  );
}

export function ArticleText(props: Props & { lang: string }) {
  const [tip, setTip] = useState<Tip | null>(null);
  return (
    <div className="article-text-wrap">
      <div className="article-text" lang={props.lang} data-testid="article-text">
        <Segments {...props} setTip={setTip} />
      </div>
      {tip && tip.anns.length > 0 && <Tooltip tip={tip} />}
    </div>
  );
}
