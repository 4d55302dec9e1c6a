// How city credit sites name their disclosure columns. There is no common platform (each city has
// its own vendor), so a column is recognised by its usual labels, or by a short menu label carrying
// the column's key word (修复, 承诺, 红黑…) and no other column's.
import { CREDIT_COLUMNS, type CreditColumn } from '../../core/types.js';

export const COLUMN_LABELS: Record<CreditColumn, readonly string[]> = {
  信用动态: ['信用动态', '工作动态', '信用新闻', '新闻动态', '信用要闻', '动态信息', '信用资讯'],
  政策法规: ['政策法规', '政策文件', '法规政策', '法律法规', '法规制度', '制度文件', '政策法规库'],
  '双公示-许可': ['行政许可', '许可公示', '双公示许可', '许可信息', '行政许可公示'],
  '双公示-处罚': ['行政处罚', '处罚公示', '双公示处罚', '处罚信息', '行政处罚公示'],
  红黑名单: ['红黑名单', '黑名单', '红名单', '红黑榜', '联合奖惩', '失信名单'],
  信用承诺: ['信用承诺', '承诺公示', '信用承诺公示', '承诺书公示'],
  信用修复: ['信用修复', '修复公示', '信用修复公示', '修复结果公示'],
};

/** Key words of each column in a short menu label. */
const COLUMN_KEYWORDS: Record<CreditColumn, readonly string[]> = {
  信用动态: ['动态', '新闻', '资讯', '要闻'],
  政策法规: ['法规', '政策', '制度'],
  '双公示-许可': ['许可'],
  '双公示-处罚': ['处罚'],
  红黑名单: ['红黑', '黑红', '黑名单', '红名单', '联合奖惩', '失信惩戒', '守信激励'],
  信用承诺: ['承诺'],
  信用修复: ['修复'],
};

/** Labels of a combined 双公示 entry whose own page links to 许可 and 处罚. */
export const DOUBLE_PUBLICITY_LABELS = ['双公示', '双公示信息', '行政许可和行政处罚', '行政许可和行政处罚公示', '双公示专栏'];

/** Menu labels are short; a longer link text is a headline that merely mentions a column. */
const MAX_MENU_LABEL = 12;

const normalise = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

/**
 * How well a link text names a column: 2 for one of its usual labels, 1 for a short label carrying
 * the column's key word and no other column's (行政许可和行政处罚公示 names neither alone), else 0.
 */
export function labelScore(text: string, column: CreditColumn): number {
  const t = normalise(text);
  if (!t) return 0;
  if (COLUMN_LABELS[column].includes(t)) return 2;
  if (t.length > MAX_MENU_LABEL) return 0;
  const hits = CREDIT_COLUMNS.filter((c) => COLUMN_KEYWORDS[c].some((k) => t.includes(k)));
  return hits.length === 1 && hits[0] === column ? 1 : 0;
}

/** 2 for one of the combined 双公示 labels, else 0. */
export function doublePublicityScore(text: string): number {
  return DOUBLE_PUBLICITY_LABELS.includes(normalise(text)) ? 2 : 0;
}
