import classes from './print.module.css';

/** How far each mark reaches in from the sheet's edge, in mm: past a printer's unprintable margin. */
const EDGE = 9;
/** Half the arms of the cross where the four cards meet, in mm. */
const CROSS = 4;

/**
 * Cut marks for four A6 cards on an A4 sheet (210 x 297 mm): ticks where the two cut lines meet the
 * sheet's edges, and a cross where the four cards' corners meet. Drawn in mm, so they print exactly.
 */
export function CutMarks() {
  const x = 105;
  const y = 148.5;
  const lines: [number, number, number, number][] = [
    [x, 0, x, EDGE],
    [x, 297 - EDGE, x, 297],
    [0, y, EDGE, y],
    [210 - EDGE, y, 210, y],
    [x - CROSS, y, x + CROSS, y],
    [x, y - CROSS, x, y + CROSS],
  ];
  return (
    <svg
      className={classes.cutMarks}
      viewBox="0 0 210 297"
      preserveAspectRatio="none"
      aria-hidden
      data-testid="cut-marks"
    >
      {lines.map(([x1, y1, x2, y2]) => (
        <line
          key={`${x1},${y1},${x2},${y2}`}
          x1={x1}
          y1={y1}
          x2={x2}
          y2={y2}
          stroke="#555"
          strokeWidth={0.2}
          shapeRendering="crispEdges"
        />
      ))}
    </svg>
  );
}
