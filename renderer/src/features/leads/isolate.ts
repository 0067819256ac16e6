/**
 * First Strong Isolate … Pop Directional Isolate: a Persian name inside an English sentence
 * (or the reverse) keeps its own direction, and the quotation marks around it stay in place,
 * in plain strings where <bdi> cannot go (titles, notifications, labels).
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
