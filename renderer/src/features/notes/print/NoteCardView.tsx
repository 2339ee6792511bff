import { useLayoutEffect, useRef, useState } from 'react';
import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NoteCard } from '@/db/note-cards';
import { fontFamilies, sizeSpecs, type CardFont, type CardSize } from './sizes';
import classes from './print.module.css';

export interface Fit {
  /** Body text size in pt. */
  size: number;
  /** Still too long at the smallest size: the end is clipped. */
  overflow: boolean;
  /** When clipped: the whole lines that fit, so the cut falls between lines (with an ellipsis). */
  lines?: number;
}

/** Whether the text fits its box at `pt` (measured, so it holds for the real font and card size). */
function fitsAt(text: HTMLElement, box: HTMLElement, pt: number): boolean {
  text.style.fontSize = `${pt}pt`;
  return text.offsetHeight <= box.clientHeight + 0.5 && text.scrollWidth <= box.clientWidth + 0.5;
}

/** Leaves the element as `fit` renders it, so React's next render finds the DOM already matching. */
function apply(text: HTMLElement, fit: Fit): Fit {
  text.style.fontSize = `${fit.size}pt`;
  text.style.webkitLineClamp = fit.lines ? String(fit.lines) : '';
  if (fit.lines) text.setAttribute('data-clamped', 'true');
  else text.removeAttribute('data-clamped');
  return fit;
}

/**
 * The largest size from `start` down to `min` (in quarter points) at which the text fits; below that,
 * `min` with as many whole lines as fit.
 */
export function fitText(text: HTMLElement, box: HTMLElement, start: number, min: number): Fit {
  // Measure the whole text: no clamp from an earlier fit.
  apply(text, { size: start, overflow: false });
  if (fitsAt(text, box, start)) return apply(text, { size: start, overflow: false });
  if (!fitsAt(text, box, min)) {
    const lines = Math.floor(box.clientHeight / parseFloat(getComputedStyle(text).lineHeight));
    return apply(
      text,
      Number.isFinite(lines) && lines > 0
        ? { size: min, overflow: true, lines }
        : { size: min, overflow: true },
    );
  }
  let lo = min; // fits
  let hi = start; // does not
  while (hi - lo > 0.25) {
    const mid = Math.round(((lo + hi) / 2) * 4) / 4;
    if (mid === lo || mid === hi) break;
    if (fitsAt(text, box, mid)) lo = mid;
    else hi = mid;
  }
  return apply(text, { size: lo, overflow: false });
}

interface Props {
  card: NoteCard;
  size: CardSize;
  font: CardFont;
  /** "For <name>" in the customer's language, or null to leave it off. */
  recipient: string | null;
  shopName: string;
  /** Measure again once the fonts are in (a fallback font has other widths). */
  fontsLoaded: boolean;
  onFit?: (orderId: string, fit: Fit) => void;
}

/** One note card, at its printed size. The note is React text (never HTML), shrunk to fit or clipped. */
export function NoteCardView({ card, size, font, recipient, shopName, fontsLoaded, onFit }: Props) {
  const { t } = useTranslation('print');
  const spec = sizeSpecs[size];
  const { start, min } = spec.text[font];
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLParagraphElement>(null);
  const [fit, setFit] = useState<Fit>({ size: start, overflow: false });

  useLayoutEffect(() => {
    const box = boxRef.current;
    const text = textRef.current;
    if (!box || !text) return;
    const next = fitText(text, box, start, min);
    setFit((prev) =>
      prev.size === next.size && prev.overflow === next.overflow && prev.lines === next.lines ? prev : next,
    );
    onFit?.(card.orderId, next);
  }, [card.orderId, card.body, start, min, font, size, recipient, shopName, fontsLoaded, onFit]);

  return (
    <article
      className={`${classes.card} ${fit.overflow ? classes.overflowing : ''}`}
      style={{ width: `${spec.card.width}mm`, height: `${spec.card.height}mm`, padding: `${spec.padding}mm` }}
      lang={card.language}
      aria-label={t('cardLabel', { name: card.customerName })}
      data-overflow={fit.overflow || undefined}
      data-testid="note-card"
    >
      {fit.overflow && (
        <Badge
          className={classes.tooLong}
          color="orange"
          variant="filled"
          size="sm"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
        >
          {t('tooLong')}
        </Badge>
      )}
      {recipient !== null && (
        <p className={classes.recipient} style={{ fontSize: `${spec.small}pt` }}>
          {recipient}
        </p>
      )}
      <div className={classes.body} ref={boxRef}>
        <p
          ref={textRef}
          className={`${classes.text} ${font === 'hand' ? classes.hand : classes.plain}`}
          style={{
            fontFamily: fontFamilies[font],
            fontSize: `${fit.size}pt`,
            ...(fit.lines ? { WebkitLineClamp: fit.lines } : {}),
          }}
          data-clamped={fit.lines ? true : undefined}
          data-testid="note-text"
        >
          {card.body}
        </p>
      </div>
      {shopName !== '' && (
        <p className={classes.shop} style={{ fontSize: `${spec.small * 0.85}pt` }}>
          {shopName}
        </p>
      )}
    </article>
  );
}
