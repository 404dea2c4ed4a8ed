/** Weekly counts as a small inline line, oldest to newest; the numbers are said in words beside it. */
export function Sparkline({
  values,
  width = 72,
  height = 20,
}: {
  values: readonly number[];
  width?: number;
  height?: number;
}) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const points = values.map((value, index) => `${2 + index * step},${height - 2 - (value / max) * (height - 4)}`);
  const last = points.at(-1)?.split(',') ?? ['0', '0'];
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden>
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <circle cx={last[0]} cy={last[1]} r="2" fill="currentColor" />
    </svg>
  );
}
