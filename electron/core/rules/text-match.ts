/**
 * Text comparisons are case-insensitive for A–Z only, which is what SQLite's lower() does; the
 * reference evaluator folds the same way, so both agree on every name.
 */
export const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * A user's pattern (`*` any run of characters, `?` one character, everything else literal) as a
 * GLOB pattern: `[` is the one character GLOB would read as syntax, so it is bracketed.
 */
export const globOf = (pattern: string): string => asciiLower(pattern).replace(/\[/g, '[[]');
