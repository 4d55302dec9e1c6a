// Some list endpoints name the day they list (sina's GetTopDataList takes top_time=YYYYMMDD). A
// source writes the day as a placeholder, filled in with the poll's Beijing date.
import { shanghaiParts } from '../../core/clock.js';

const PLACEHOLDER = /\{(yyyymmdd|yyyy-mm-dd|yyyy|mm|dd)\}/g;

export function expandUrlTemplate(url: string, at: Date | string): string {
  const p = shanghaiParts(typeof at === 'string' ? Date.parse(at) : at);
  const mm = String(p.month).padStart(2, '0');
  const dd = String(p.day).padStart(2, '0');
  const values: Record<string, string> = { yyyymmdd: `${p.year}${mm}${dd}`, 'yyyy-mm-dd': `${p.year}-${mm}-${dd}`, yyyy: String(p.year), mm, dd };
  return url.replace(PLACEHOLDER, (_, k: string) => values[k]!);
}
