/**
 * Reads where something was said from the words right after a reporting verb: "in a
 * statement", "on Facebook", "in an interview with X", "told reporters". Returns the channel
 * phrase and how many characters of `after` it spans (0 when none).
 */
export function findChannel(after: string): { channel: string | null; length: number } {
  const m = CHANNEL_RE.exec(after);
  if (!m) return { channel: null, length: 0 };
  // A sentence period or comma caught by a name pattern is not part of the channel ("on Truth Social.");
  // a dotted abbreviation keeps its last period ("in a letter to D.C.").
  const raw = m[0].replace(/\s+$/u, '');
  const cut = /(?:\p{L}\.){2,}$/u.test(raw) ? null : /[.,;:!?]+$/u.exec(raw);
  const whole = cut ? raw.slice(0, cut.index) : raw;
  const lead = whole.length - whole.trimStart().length;
  return { channel: whole.slice(lead) || null, length: whole.length };
}

const MEDIUM =
  'statement|news release|press release|release|email|e-mail|letter|interview|post|video|note|memo|filing|advisory|report|paper|study|conference call|call|news conference|press conference|briefing|speech|hearing|podcast|broadcast|text message|message|op-ed|essay|blog post|court filing|motion|brief|ruling|opinion|decision|tweet';
/** One to three lower-case words, no connector: "transport ministry" in "a filing with Japan's transport ministry". */
const LOWER_WORDS = String.raw`(?:(?!(?:that|which|who|and|but|or|in|on|at|to|as)\b)\p{Ll}[\w-]*\s?){1,3}`;
const CHANNEL_RE = new RegExp(
  String.raw`^\s*((?:in|on|during|at|via|through)\s+(?:a|an|the|his|her|their|its|this|that|one|another)?\s*(?:[\w’'-]+\s+){0,3}?(?:${MEDIUM})(?:\s+(?:to|with|from|on)\s+(?:[\p{Lu}][\w.-]*[’']s\s+${LOWER_WORDS}|(?:the\s+)?(?:[\p{Lu}][\w’'.-]*\s?){1,5}))?|on\s+(?:the\s+)?(?:social media|[\p{Lu}][\w’'.-]*(?:\s[\p{Lu}][\w’'.-]*){0,2})(?:\s+(?:floor|website|page|account|feed|show|program|podcast|channel))?(?:\s+\(formerly\s+\w+\))?)`,
  'u',
);
