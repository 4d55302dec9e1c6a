// How city credit sites name their disclosure columns. There is no common platform (each city has
// its own vendor), so a column is recognised by the label variants found on real sites.
import type { CreditColumn } from '../../core/types.js';

export const COLUMN_LABELS: Record<CreditColumn, readonly string[]> = {
  信用动态: ['信用动态', '工作动态', '信用新闻', '新闻动态', '信用要闻', '动态信息', '信用资讯'],
  政策法规: ['政策法规', '政策文件', '法规政策', '法律法规', '制度文件', '政策法规库', '信用制度'],
  '双公示-许可': ['行政许可', '许可公示', '双公示许可', '许可信息', '行政许可公示'],
  '双公示-处罚': ['行政处罚', '处罚公示', '双公示处罚', '处罚信息', '行政处罚公示'],
  红黑名单: ['红黑名单', '黑名单', '红名单', '失信惩戒', '守信激励', '联合奖惩', '失信名单'],
  信用承诺: ['信用承诺', '承诺公示', '信用承诺公示'],
  信用修复: ['信用修复', '修复公示', '信用修复公示'],
};

/** Labels of a combined 双公示 entry whose own page links to 许可 and 处罚. */
export const DOUBLE_PUBLICITY_LABELS = ['双公示', '双公示信息', '行政许可和行政处罚'];

const normalise = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * How well a link text names a label: 2 for an exact match, 1 when the text contains a variant and is
 * short (a menu label, not a headline that mentions the word), 0 otherwise.
 */
export function labelScore(text: string, variants: readonly string[]): number {
  const t = normalise(text);
  if (!t) return 0;
  if (variants.includes(t)) return 2;
  if (t.length <= 12 && variants.some((v) => t.includes(v))) return 1;
  return 0;
}
