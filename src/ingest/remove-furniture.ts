/**
 * Page furniture: text a news page puts around an article that is not part of it (share
 * buttons, "Related:" links, newsletter and donation prompts, author bios, copyright lines).
 *
 * Two strengths of rule. A line matching FURNITURE_LINE is a whole line no article sentence
 * looks like, so it is removed wherever it stands. The looser TRAILING_FURNITURE rules (and any
 * short line that is not a sentence) are applied only to the run of lines at the end of the
 * article, where pages put bios and prompts; in the middle they could match real reporting.
 */
const FURNITURE_LINE: readonly RegExp[] = [
  // Ad slots and "continue reading" breaks.
  /^(advertisement|advertising|sponsored( content)?|paid content|ad|skip (this )?ad(vertisement)?)\s*[:.]?$/i,
  /^(story|article) continues (below|after)\b.{0,40}$/i,
  /^(continue reading|scroll (down )?to continue|read the full (story|article))\b.{0,60}$/i,
  // Link lists: "Related: ...", "Read more: ...", "Most read: ...", "More health news: ...".
  /^(related( (stories|story|coverage|articles?|content|links?|video|reading))?|read (more|also|next)|also read|see also|recommended( for you)?|most (read|popular|viewed|shared)|trending( now)?|top stories|watch( now)?|listen|don'?t miss|editor'?s picks?|you (may|might) also like|more( [\p{L}'’-]+){0,4})\s*[:|»›>]/iu,
  /^(read more|more stories|more news|related (stories|coverage|articles))$/i,
  /^(tags?|topics?|filed under|categories|category|keywords)\s*:/i,
  // Share and tool bars.
  /^(share|share this( article| story| post| page)?|share on [\p{L}]+|tweet( this)?|email this( (article|story))?|print( this( article| story| page)?)?|copy (the )?link|save( (article|story))?|comments?|\d+ comments?|gift (this )?article)\s*[:.!]?$/iu,
  /^((facebook|twitter|x|linkedin|email|e-mail|print|whatsapp|reddit|pinterest|share|copy link|link|messenger|telegram|threads|bluesky|flipboard|sms|comments?)[\s|·•,/]*){2,}$/i,
  /^(\d+\s*(min|minute)s?\s*read|listen to (this|the) (article|story)\b.{0,40}|(click|tap) here\b.{0,120})$/i,
  /^(photo|image|video|graphic|caption|illustration)( credit)?\s*:.{0,200}$/i,
  // Newsletter, subscription and donation prompts.
  /^(sign up|subscribe|donate|make a donation|become a (member|subscriber|supporter))\b.{0,200}$/i,
  /^newsletters?\s*:/i,
  /^support (our|independent|local|quality|nonprofit|this) (journalism|reporting|newsroom)\b.{0,80}$/i,
  // Copyright lines.
  /^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
];

const TRAILING_FURNITURE: readonly RegExp[] = [
  /\b(sign up|subscribe|newsletters?|in your inbox|news ?tips?|tip line)\b/i,
  /\b(follow|reach|contact|e-?mail|write to) (us|him|her|them|me|the (author|writer|reporter))( on| at|:)/i,
  /^(please )?(donate|make a (donation|gift))\b|\b(donate|give) (today|now|here)\b/i,
  /^support\b/i,
  /\S+@\S+\.\S+/,
  /(^|\s)@\w{2,}/,
  /^(have|got) a (news )?tip\b/i,
  /^(like|liked|enjoy|enjoyed|love|loved) (this|our|the) (story|article|reporting|newsletter)\b/i,
  /^(what do you think|tell us what you think|let us know|join the (conversation|discussion))\b/i,
  /\b(contributed (to )?(this )?(report|reporting|story|article)|(editing|reporting|writing|additional reporting) by)\b/i,
  /^this (article|story|report) (was|has been) (updated|corrected|published|produced)\b/i,
  // Author bios: "Jane Doe is a reporter for ...", "Jane Doe covers education for ...".
  /^(\p{Lu}[\p{L}'’.-]*\s+){1,4}(covers|writes (about|for|on)|reports (on|for)|has (covered|reported on))\b/u,
  /^(\p{Lu}[\p{L}'’.-]*\s+){1,4}(is|was|joined)\b.{0,200}\b(reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|photographer)\b/u,
];

/** A short line that does not end like a sentence ("Just the Facts Spotlight") ends no article. */
const MAX_LABEL_WORDS = 8;
const SENTENCE_END = /[.!?…:;"”'’)\]]$/;
/** Trailing rules apply only to lines this short; a long paragraph at the end is reporting. */
const MAX_TRAILING_FURNITURE_WORDS = 60;

/** Removes page furniture from clean paragraphs; the order of the rest is kept. */
export function removeFurniture(paragraphs: readonly string[]): string[] {
  const kept = paragraphs.filter((p) => !FURNITURE_LINE.some((rule) => rule.test(p)));
  let end = kept.length;
  // The looser trailing rules never take the first paragraph: a one-line body is the article.
  while (end > 1 && isTrailingFurniture(kept[end - 1] ?? '')) end -= 1;
  return kept.slice(0, end);
}

function isTrailingFurniture(paragraph: string): boolean {
  const words = paragraph.split(' ').length;
  if (words > MAX_TRAILING_FURNITURE_WORDS) return false;
  if (words <= MAX_LABEL_WORDS && !SENTENCE_END.test(paragraph)) return true;
  return TRAILING_FURNITURE.some((rule) => rule.test(paragraph));
}
