/* Pattern sets: thousands of literals (and some regexes) matched in one pass,
 * for gazetteers and boilerplate lists.
 *
 * The engine is Hyperscan when saring is built with it (SARING_HAVE_HYPERSCAN)
 * and an Aho-Corasick automaton over bytes otherwise (regex entries then go
 * through PCRE2 one by one, with PCRE2's leftmost-first rule instead of
 * leftmost-longest).  Both report the same literal matches.
 *
 * Threads: a compiled set is read-only while scanning, and all the mutable
 * state of a scan lives in a scratch, so one set may be scanned from several
 * threads with one scratch per thread -- except a fallback (non-Hyperscan)
 * set with regex entries, whose PCRE2 match data lives in the set: scan such
 * a set from one thread at a time.  A scratch serves any number of sets
 * (sr_patset_scratch_prepare sizes it for each) but one scan at a time.
 *
 * Offsets are 0-based bytes; a match is [start, end).
 */
#ifndef SARING_TEXT_PATSET_H
#define SARING_TEXT_PATSET_H

#include <stddef.h>

typedef struct sr_patset sr_patset;
typedef struct sr_patset_scratch sr_patset_scratch;

typedef struct sr_patset_entry {
  const char *pattern; /* not NUL-terminated; NUL bytes allowed in literals */
  size_t len;
  int regex;           /* 0: a literal; 1: a PCRE-style regex */
} sr_patset_entry;

/* Compile flags. */
enum {
  /* Case-insensitive: ASCII, and Unicode simple case folding for literals
   * and regexes with non-ASCII letters (the text must then be valid UTF-8). */
  SR_PATSET_CASELESS = 1u << 0,
  /* Whole words only: where the match begins (ends) with a letter, digit or
   * mark, the character before (after) it must not be one (the rule of \b
   * with Unicode classes). */
  SR_PATSET_WORDS = 1u << 1,
  /* Use the Aho-Corasick/PCRE2 fallback even when Hyperscan is there. */
  SR_PATSET_FALLBACK = 1u << 2,
  /* Whole tokens only, a token being a run of characters other than white
   * space with ASCII punctuation stripped from its ends (Python's
   * [w.strip(string.punctuation) for w in s.split()]): between the match and
   * the white space (or the text's ends) before and after it there may only
   * be ASCII punctuation.  White space is Python's str.isspace(): ASCII
   * \t \n \v \f \r, space, \x1c-\x1f, U+0085 and Unicode's Zs, Zl, Zp. */
  SR_PATSET_TOKENS = 1u << 3,
};

/* Scan modes. */
enum {
  SR_PATSET_LONGEST = 0, /* leftmost-longest, non-overlapping */
  SR_PATSET_OVERLAP = 1, /* every match: each pattern at each place it occurs */
};

typedef struct sr_patmatch {
  size_t start, end; /* [start, end) */
  unsigned index;    /* the entry's index in the compile list */
} sr_patmatch;

/* Compiles n entries.  Returns 0 and *out, or a negative SR_E* code with a
 * message in msg ("pattern 3: ...") and the 0-based index of the faulty
 * entry in *bad (or -1 when no single entry is at fault).  An empty entry is
 * an error (it would match everywhere). */
int sr_patset_compile(const sr_patset_entry *entries, size_t n, unsigned flags,
                      sr_patset **out, char *msg, size_t msglen, long *bad);

void sr_patset_free(sr_patset *set);

size_t sr_patset_count(const sr_patset *set);

/* "hyperscan" or "aho-corasick". */
const char *sr_patset_engine(const sr_patset *set);

/* True when scanning needs valid UTF-8 text (a regex entry, or caseless
 * non-ASCII literals); sr_patset_scan then checks the text and returns
 * SR_EUTF8 for invalid text. */
int sr_patset_needs_utf8(const sr_patset *set);

sr_patset_scratch *sr_patset_scratch_new(void);
void sr_patset_scratch_free(sr_patset_scratch *sc);

/* Makes sc able to scan set (allocates or grows Hyperscan scratch space).
 * sr_patset_scan does it too when needed; calling it once when the set is
 * made keeps that work out of the scanning loop.  Returns 0 or SR_ENOMEM. */
int sr_patset_scratch_prepare(sr_patset_scratch *sc, const sr_patset *set);

/* Scans s[0..len).  Returns the number of matches and points *matches at
 * them (sorted by start, then longest first, then by index; the array
 * belongs to sc and lives until its next scan), or a negative SR_E* code:
 * SR_EUTF8 (with *bad_utf8 the offset of the first invalid byte, when
 * bad_utf8 is not NULL), SR_ENOMEM. */
long sr_patset_scan(const sr_patset *set, sr_patset_scratch *sc, const char *s, size_t len,
                    int mode, const sr_patmatch **matches, size_t *bad_utf8);

/* Returns 1 when any entry matches s, 0 when none does, or SR_E* as above.
 * Stops at the first match. */
int sr_patset_test(const sr_patset *set, sr_patset_scratch *sc, const char *s, size_t len,
                   size_t *bad_utf8);

/* The word characters of SR_PATSET_WORDS, for code that must draw the same
 * word boundaries: 1 when the character that starts at pos (that ends just
 * before pos) is a letter, mark or digit, 0 when it is anything else, is
 * invalid UTF-8 or lies outside s[0, len). */
int sr_patset_word_char_at(const char *s, size_t len, size_t pos);
int sr_patset_word_char_before(const char *s, size_t pos);

#endif
