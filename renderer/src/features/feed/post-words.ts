/** Words too common to be worth muting, in the languages the sample and most feeds use. */
const COMMON = new Set(
  (
    'the and for that this with from have your about what when where which while will would there their they them ' +
    'then than into just also only more most some such been were being over very here after before because could ' +
    "should these those other our ours yours mine his her hers its it’s it's i’m i'm you’re we’re can’t don’t does " +
    'did done how why who whom all any each few many much not nor now new one two out off own same so too was are ' +
    'but has had him she per via der die das und ein eine les des une pour avec dans sur est'
  ).split(' '),
);

/**
 * Words from a post worth offering as "Mute a word": the longer and more repeated first,
 * each once (case-insensitively), in the post's own spelling.
 */
export function wordsToOffer(text: string, limit = 8): string[] {
  const seen = new Map<string, { word: string; count: number; first: number }>();
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu) ?? [];
  words.forEach((word, index) => {
    const key = word.toLocaleLowerCase();
    if (key.length < 4 || COMMON.has(key) || /^\d+$/.test(key)) return;
    const entry = seen.get(key);
    if (entry) entry.count += 1;
    else seen.set(key, { word, count: 1, first: index });
  });
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || b.word.length - a.word.length || a.first - b.first)
    .slice(0, limit)
    .map((entry) => entry.word);
}
