// Cheap synthetic articles for the SQLite process tests.
import type { ArticleInput } from '../../../../core/types.js';
import type { Segmenter } from '../../../../indexer/segment/types.js';

/** Characters as tokens: cheap, so the time goes into the transaction, not into segmentation. */
export const charSegmenter: Segmenter = {
  cut: (t) => [...t].filter((c) => /[\p{L}\p{N}]/u.test(c)),
  indexText: (t) => charSegmenter.cut(t).join(' '),
};

/** A character that names the batch in the text (the char segmenter makes it a token of its own). */
export function batchMark(batch: number): string {
  return '甲乙丙丁戊己庚辛壬癸'[batch % 10]!;
}

export function syntheticArticle(batch: number, i: number): ArticleInput {
  return {
    url: `https://w.example.cn/b${batch}/${i}.html`,
    sourceId: 'people',
    title: `第${batch}批第${i}篇 苏州食品企业失信`,
    publishedAt: '2026-11-20T10:00:00+08:00',
    source: '人民网',
    body: `批次${batchMark(batch)}。` + '市场监督管理局通报了食品安全抽检情况，相关企业被列入失信名单并限期整改。'.repeat(8),
    fetchedAt: '2026-11-20T02:00:00.000Z',
  };
}
