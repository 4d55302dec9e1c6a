// Homepage, ranking and channel list parsers (see homepage.ts, ranking.ts, channel.ts).
export { DEFAULT_LABELS, parseHomepage, type HomepageParseSpec, type HomepageSnapshotItem } from './homepage.js';
export { getPath, MAX_RANKING_BODY_CHARS, parseCount, parseHtmlRankings, parseJsonBody, parseRanking, type ListOutcome } from './ranking.js';
export { channelOf, homepageOf, rankingsOf, type SavedRanking } from './saved.js';
export { SnapshotParseError, type SnapshotErrorReason } from './errors.js';
export { channelEndpoint, MAX_CHANNEL_ITEMS, parseChannel, type ChannelItem } from './channel.js';
