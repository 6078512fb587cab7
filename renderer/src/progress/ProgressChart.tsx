import type { ChannelOutput } from '../../../main/ipc/contract';

type Day = ChannelOutput<'getProgress'>['timeline'][number];

/** A simple bar chart of mean score per day, with the same figures in a table for screen readers. */
export function ProgressChart({ days }: { days: Day[] }) {
  if (days.length === 0) return <p>Your scores will appear here after your first exercise.</p>;
  const shown = days.slice(-14);
  const w = 36;
  const h = 120;
  return (
    <figure className="chart">
      <svg width={shown.length * w + 40} height={h + 40} role="img" aria-label={`Mean score per day over the last ${shown.length === 1 ? 'day' : `${shown.length} days`} with attempts`}>
        <line x1={30} y1={10} x2={30} y2={h + 10} className="axis" />
        <line x1={30} y1={h + 10} x2={shown.length * w + 36} y2={h + 10} className="axis" />
        <text x={0} y={16} className="tick">100%</text>
        <text x={8} y={h + 12} className="tick">0%</text>
        {shown.map((d, i) => {
          const bh = Math.max(2, d.meanScore * h);
          return (
            <g key={d.day}>
              <rect x={36 + i * w} y={h + 10 - bh} width={w - 10} height={bh} className="bar" />
              <text x={36 + i * w} y={h + 26} className="tick">{d.day.slice(5)}</text>
              <text x={36 + i * w} y={h + 6 - bh} className="tick">{Math.round(d.meanScore * 100)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Attempts</th>
              <th scope="col">Mean score</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>{d.attempts}</td>
                <td>{Math.round(d.meanScore * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
