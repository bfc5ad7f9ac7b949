/**
 * The on-topic rule: deliberately simple enough to state on the site's "Over" page in two
 * sentences (TOPIC_RULE_NL). The word lists live in src/data/topic.json.
 */
import topicData from '../data/topic.json' with { type: 'json' };
import { findPerson, scanStripped, stripMarks, type Tags } from './tag.ts';

export interface TopicInput extends Tags {
  title: string;
  text: string;
}

interface Side {
  countries: string[];
  places: string[];
  organisations: string[];
  words: string[];
}

interface TopicConfig {
  minUkraineMentions: number;
  ukraine: Side;
  us: Side;
  russia: Side;
  ruleNl: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`topic.json: ${where} must be a list of strings`);
  }
  return value;
}

function side(data: Record<string, unknown>, key: string): Side {
  const value = data[key];
  if (!isRecord(value)) throw new Error(`topic.json: "${key}" must be an object`);
  return {
    countries: strings(value.countries ?? [], `${key}.countries`),
    places: strings(value.places ?? [], `${key}.places`),
    organisations: strings(value.organisations ?? [], `${key}.organisations`),
    words: strings(value.words ?? [], `${key}.words`),
  };
}

export function parseTopicConfig(data: unknown): TopicConfig {
  if (!isRecord(data)) throw new Error('topic.json: top level must be an object');
  const min = data.minUkraineMentions;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) {
    throw new Error('topic.json: minUkraineMentions must be a positive integer');
  }
  if (typeof data.ruleNl !== 'string' || data.ruleNl.trim() === '') {
    throw new Error('topic.json: ruleNl must be a non-empty string');
  }
  return {
    minUkraineMentions: min,
    ukraine: side(data, 'ukraine'),
    us: side(data, 'us'),
    russia: side(data, 'russia'),
    ruleNl: data.ruleNl,
  };
}

const config = parseTopicConfig(topicData as unknown);

/** The rule in Dutch, for the site's "Over" page. */
export const TOPIC_RULE_NL: string = config.ruleNl;

function wordPattern(words: string[]): RegExp | null {
  const alternatives = words.map((w) => stripMarks(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).filter((w) => w !== '');
  if (alternatives.length === 0) return null;
  alternatives.sort((a, b) => b.length - a.length);
  // No lookbehind: it would defeat V8's first-character scan; the left edge is checked by hand.
  return new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const ukraineWords = wordPattern(config.ukraine.words);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** First paragraph: up to the first line break, capped so a text without breaks is not all "lede". */
const LEDE_MAX_CHARS = 600;

/** Offsets of every Ukraine mention (its places, its people, the words in topic.json) in stripped text. */
function ukraineOffsets(stripped: string): number[] {
  const offsets: number[] = [];
  const mentions = scanStripped(stripped);
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as (typeof mentions)[number];
    const ukrainian =
      mention.kind === 'places'
        ? config.ukraine.places.includes(mention.name)
        : mention.kind === 'organisations'
          ? config.ukraine.organisations.includes(mention.name)
          : config.ukraine.countries.includes(findPerson(mention.name)?.country ?? '');
    if (ukrainian) offsets.push(mention.index);
  }
  if (ukraineWords) {
    // exec on the shared global regex (reset first) rather than matchAll, which clones it per call.
    ukraineWords.lastIndex = 0;
    for (let match = ukraineWords.exec(stripped); match !== null; match = ukraineWords.exec(stripped)) {
      if (match.index === 0 || !WORD_CHAR.test(stripped[match.index - 1] ?? '')) offsets.push(match.index);
    }
  }
  return offsets;
}

/** How often `text` mentions Ukraine: its places, its people, and the words in topic.json. */
export function countUkraineMentions(text: string): number {
  return ukraineOffsets(stripMarks(text)).length;
}

function names(tags: Tags, s: Side): boolean {
  return (
    tags.people.some((name) => s.countries.includes(findPerson(name)?.country ?? '')) ||
    tags.places.some((name) => s.places.includes(name)) ||
    tags.organisations.some((name) => s.organisations.includes(name))
  );
}

/**
 * True when the article is about US–Russian diplomacy over Ukraine: Ukraine in the title or
 * first paragraph (or mentioned at least `minUkraineMentions` times), and both a US and a
 * Russian party named. Parties come from the caller's tags (the whole article).
 */
export function isOnTopic(input: TopicInput): boolean {
  return isOnTopicJoined(`${input.title}\n${input.text}`, input.title, input);
}

/**
 * isOnTopic for a caller that already holds `title + "\n" + text` (ingest tags that string):
 * passing the very string it tagged makes stripMarks and the scan memo hits without a copy.
 */
export function isOnTopicJoined(joined: string, title: string, tags: Tags): boolean {
  // Both parties named is a cheap test on the tags; the Ukraine test scans the text, so it goes second.
  if (!names(tags, config.us) || !names(tags, config.russia)) return false;
  // One scan over title + body; the title and the first paragraph are the leading stretch of it.
  const all = stripMarks(joined);
  const titleLength = stripMarks(title).length;
  const body = all.slice(titleLength + 1);
  const bodyStart = titleLength + 1 + (body.length - body.trimStart().length);
  const breakAt = body.trimStart().search(/\r?\n/);
  const ledeEnd = bodyStart + Math.min(breakAt === -1 ? LEDE_MAX_CHARS : breakAt, LEDE_MAX_CHARS);
  const offsets = ukraineOffsets(all);
  return offsets.some((o) => o < ledeEnd) || offsets.length >= config.minUkraineMentions;
}
