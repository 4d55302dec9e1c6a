// Line-level cleanup of the body: what a reader does not count as the article although it sits in the
// article's container (原标题 lines, bylines, editor/credit lines, share and related-link tails).

/** Lines at the head of the body that are metadata, not prose. */
const HEAD_META = /^[（(【\[]?\s*(?:(?:原标题|原题|来源|作者|记者|编辑|责任编辑|责编|发布时间|发布日期|时间|日期|稿源|字号|阅读|浏览|点击)\s*[:：]|文\s*[/／|｜])/;
/** Lines at the tail that are editorial furniture. */
const TAIL_META =
  /^[（(【\[<]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|终审|初审|复审|监制|主编|总编辑|值班编辑|来源|本文来源|文章来源|稿件来源|供稿|出处|作者|记者|通讯员|摄影|图片来源|原题|原标题|编审|美编|制作|策划|统筹|排版|实习生|翻译|编译|注|标签|关键词|tags?)\s*[:：/|｜]/i;
const TAIL_EXACT = /^(?:[（(【\[]?\s*完\s*[）)】\]]?|[（(]\s*完\s*[）)]|【纠错】.*|返回搜狐，?查看更多.*|分享到.*|分享：?|打开\S{0,10}APP.*|扫一扫.*|点击进入专题.*|举报.*|阅读原文.*|展开全文.*|微信扫一扫.*|相关新闻.*|相关阅读.*|推荐阅读.*|延伸阅读.*|相关链接.*|热点推荐.*|更多精彩.*|声明：.*|免责声明.*|特别声明.*|版权声明.*|郑重声明.*|本文为.{0,30}原创.*|转载请注明.*|[(（]?\s*转载请注明.*|[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[】\]:：].*|网友评论.*|我要评论.*|热门评论.*|\S{0,8}【\S{0,6}】\S{0,8})$/;
/** A trailing byline such as （记者 张三 李四） or (李楠). */
const BYLINE = /^[（(]\s*(?:记者|通讯员|本报记者|实习生|编辑|文|图)?[\s\u4e00-\u9fa5·、，,/|｜]{1,40}[）)]$/;
/** Once a related-links header appears at the tail, everything after it is links. */
const TAIL_SECTION = /^(?:相关新闻|相关阅读|推荐阅读|延伸阅读|相关链接|相关文章|热点推荐|猜你喜欢|为你推荐|精彩推荐|热门推荐|24小时热文|大家都在看)[:：]?$/;

export interface CleanLinesOptions {
  title: string;
}

export function cleanBodyLines(input: string[], opts: CleanLinesOptions): string[] {
  let lines = input.map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim().length > 0);
  const title = squash(opts.title);

  const cut = lines.findIndex((l, i) => i > 0 && i >= lines.length / 2 && TAIL_SECTION.test(l.trim()));
  if (cut > 0) lines = lines.slice(0, cut);

  // Head: the headline repeated, 原标题/byline/date lines.
  let start = 0;
  while (start < lines.length && start < 8) {
    const l = lines[start]!.trim();
    const sq = squash(l);
    if ((title && sq === title) || (l.length <= 80 && HEAD_META.test(l)) || (l.length <= 40 && /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}/.test(l))) {
      start++;
      continue;
    }
    break;
  }
  lines = lines.slice(start);
  // 原标题 lines can follow a lead image caption.
  lines = lines.filter((l, i) => !(i < 4 && /^[（(【\[]?\s*原标题\s*[:：]/.test(l.trim()) && l.length <= 120));

  let end = lines.length;
  while (end > 0) {
    const l = lines[end - 1]!.trim();
    if ((l.length <= 80 && (TAIL_META.test(l) || TAIL_EXACT.test(l) || BYLINE.test(l))) || l.length <= 1) {
      end--;
      continue;
    }
    break;
  }
  lines = lines.slice(0, end);
  if (lines.length) {
    const last = lines.length - 1;
    lines[last] = stripTrailingCredit(lines[last]!);
  }
  return lines.filter((l) => l.trim().length > 0);
}

/** `……交代。（责任编辑：张三）` → `……交代。` */
function stripTrailingCredit(line: string): string {
  return line.replace(/\s*[（(【\[]\s*(?:责任编辑|责编|编辑|校对|来源|记者|完)[^）)】\]]{0,40}[）)】\]]\s*$/, '').replace(/\s*[（(]完[）)]\s*$/, '');
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}
