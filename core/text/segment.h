/* Text segmentation: words, sentences, lines and paragraphs (no Lua).
 *
 * Every segmenter is a cursor: it takes the text and a byte offset *pos,
 * finds the next segment at or after it, stores its span as 0-based offsets
 * [*start, *stop) and advances *pos past it.  It returns 1 when it found a
 * segment and 0 at the end of the text.  No state lives outside *pos, so a
 * Lua iterator only keeps the offset, and the text may be a document's own
 * buffer that is never copied.  All functions accept any bytes: invalid
 * UTF-8 and NUL bytes are separators for words and ordinary text elsewhere.
 */
#ifndef SARING_TEXT_SEGMENT_H
#define SARING_TEXT_SEGMENT_H

#include <stddef.h>

/* Words: runs of letters, marks, digits and connector punctuation (_), in
 * any script.  Inside a word these join the characters around them:
 *   - a hyphen (- U+2010 U+2011) between letters or digits: "e-paper",
 *     "Jong-un", "COVID-19";
 *   - an apostrophe (' U+2019) between letters: "don't", "Ma'ruf";
 *   - a full stop between letters or between digits: "5.000", "detik.com";
 *   - a comma between digits: "1,3", "12,500";
 *   - a format character (zero-width joiner, soft hyphen) before a letter.
 * A word made of single letters and full stops keeps its final full stop:
 * "U.S.", "a.n.".  Each Han ideograph is a word of its own; other scripts
 * written without spaces (Thai, Khmer, Japanese kana) give one word per run,
 * as there is no dictionary here. */
int sr_word_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop);

/* The number of words sr_word_next would find. */
size_t sr_word_count(const char *s, size_t len);

/* Tokens as Python's [t for t in (w.strip(string.punctuation) for w in
 * s.split()) if t] finds them: runs of characters other than white space
 * that hold a character other than ASCII punctuation.  White space is
 * Python's str.isspace() (ASCII \t-\r, space, \x1c-\x1f, U+0085, Unicode's
 * Zs, Zl, Zp), and the nseps code points seps[] separate tokens as white
 * space does.  An invalid UTF-8 byte is a character of a token. */
size_t sr_token_count(const char *s, size_t len, const int *seps, size_t nseps);

/* Sentences, trimmed of surrounding white space.  A sentence ends after
 * . ! ? … (and the CJK, Arabic and Devanagari terminators), taking along any
 * closing quotes and brackets, when white space follows and the next word
 * does not start with a lower-case letter; or at a line break, unless the
 * next line starts with a lower-case letter (a wrapped line); or at a blank
 * line.  A full stop ends no sentence after an abbreviation ("Jl.", "No.",
 * "Dr.", "dll.", "Prof.", ...), an initial ("R. Heryanto"), a dotted
 * abbreviation ("U.S.", "a.n.") or inside a number ("1.5"). */
int sr_sentence_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop);

/* Lines, without their "\n" or "\r\n".  A final line break does not start
 * an empty last line ("a\n" is one line, "" none, "\n" one empty line). */
int sr_line_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop);

/* Paragraphs: runs of lines that are not blank (a blank line holds only
 * spaces, tabs and CR), from the start of the first to the end of the last
 * line (its line break excluded). */
int sr_paragraph_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *stop);

#endif
