/* Capitalised words of a text, for name taggers (no Lua; used by
 * saring.lines.capwords).
 *
 * A tagger that looks only at capitalised words wants them, their positions
 * and their lower-case forms in one pass instead of a pattern search, two
 * byte reads and two string copies per word.  Pure functions: safe from any
 * thread.
 */
#ifndef SARING_TEXT_CAPWORDS_H
#define SARING_TEXT_CAPWORDS_H

#include <stddef.h>

typedef struct sr_capword {
  size_t start;  /* byte offset of the word's first byte */
  size_t end;    /* offset just past its last byte */
  int hyphen;    /* 1 when a hyphen inside it is followed by a capital */
  int initial;   /* 1 when it opens a sentence (see sr_capword_next) */
} sr_capword;

/* Finds the next capitalised word at or after byte offset pos and fills
 * *out; returns 0 when there is none.  *next receives the offset where the
 * search goes on (past the whole run, also when the run was not a word).
 *
 * The rule, on bytes (it reads Latin text in UTF-8 without decoding):
 *  - a run starts at A-Z, 0xC3 (the lead byte of U+00C0-U+00FF) or a
 *    capital of Latin Extended-A (U+0100-U+017F) or Latin Extended
 *    Additional (U+1E00-U+1EFF, Vietnamese: "Đỗ", "Ấn"), and goes on over
 *    ASCII letters and digits, UTF-8 continuation bytes and the lead bytes
 *    0xC3-0xC9 and 0xE1 (Latin-1 Supplement, Latin Extended and Latin
 *    Extended Additional letters); when a hyphen, apostrophe or full stop
 *    follows, over those too (a small letter of the two extended blocks
 *    opens no run: its word is skipped);
 *  - it is a word when the byte before it is ASCII and not a letter or a
 *    digit, or the last byte of a three-byte sequence starting 0xE2
 *    (U+2000-U+2FFF: quotes, dashes and other punctuation), or it starts the
 *    text;
 *  - trailing hyphens, apostrophes and full stops are not part of the word.
 *
 * `initial`: going back from the word over spaces, tabs, straight quotes,
 * "(" and opening curly quotes (any byte 0x98 or 0x9C steps back three
 * bytes), the text starts, or the byte found is a line break, ".", "!",
 * "?", ":" or "-", or the last byte of an en dash, em dash or closing
 * curly double quote (E2 80 93/94/9D).
 */
int sr_capword_next(const char *s, size_t len, size_t pos, sr_capword *out, size_t *next);

/* The `initial` rule above for a word starting at byte offset start (which
 * may be inside a longer word: a tagger that splits "Rusia-Ukraina" asks it
 * for "Ukraina"). */
int sr_capword_initial(const char *s, size_t start);

#endif
