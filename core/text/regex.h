/* Regular expressions on PCRE2 (8-bit code units), JIT-compiled.
 *
 * A regex is compiled once and matched many times.  Its match data lives
 * inside it, so one sr_regex must be used by one thread at a time: each
 * worker compiles its own (saring.re keeps them in a per-lua_State cache).
 * Offsets are 0-based bytes; a match is [start, end).
 */
#ifndef SARING_TEXT_REGEX_H
#define SARING_TEXT_REGEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct sr_regex sr_regex;

/* Compile flags; UTF mode (with Unicode properties for \w, \d, \b and
 * classes) is the default, SR_RE_BYTES turns it off. */
enum {
  SR_RE_CASELESS = 1u << 0,  /* "i" */
  SR_RE_MULTILINE = 1u << 1, /* "m": ^ and $ match at line breaks */
  SR_RE_DOTALL = 1u << 2,    /* "s": . matches \n */
  SR_RE_EXTENDED = 1u << 3,  /* "x": whitespace and # comments ignored */
  SR_RE_BYTES = 1u << 4,     /* "b": bytes, no UTF-8 and no Unicode properties */
};

/* Match options. */
enum {
  /* The caller has already validated the subject as UTF-8 (sr_utf8_validate),
   * so PCRE2 need not check it again: loops over one subject check it once. */
  SR_RE_VALID_UTF = 1u << 0,
  /* The match must start exactly at `start`. */
  SR_RE_ANCHORED = 1u << 1,
  /* An empty match at `start` is not accepted. */
  SR_RE_NOTEMPTY_ATSTART = 1u << 2,
};

/* Parses a flag string such as "im" into *flags.  "u" is accepted and means
 * the default.  Returns 0, or the first unknown character. */
int sr_regex_flags_parse(const char *s, unsigned *flags);

/* Compiles pattern[0..len) (NUL bytes allowed).  On failure returns NULL and,
 * when msg is not NULL, writes PCRE2's message and the byte offset of the
 * error into msg and *erroffset (msg may be truncated to msglen). */
sr_regex *sr_regex_compile(const char *pattern, size_t len, unsigned flags,
                           char *msg, size_t msglen, size_t *erroffset);

void sr_regex_free(sr_regex *re);

/* Number of capture groups (not counting the whole match). */
unsigned sr_regex_ngroups(const sr_regex *re);

unsigned sr_regex_flags(const sr_regex *re);

/* Number of the group called name, or -1. */
int sr_regex_group_number(const sr_regex *re, const char *name);

/* Searches subject[0..len) from byte `start`.  Returns 1 on a match (then
 * sr_regex_group gives the offsets), 0 when there is none, and a negative
 * PCRE2 error code otherwise (invalid UTF-8, match limit, ...); see
 * sr_regex_error_message. */
int sr_regex_exec(sr_regex *re, const char *subject, size_t len, size_t start,
                  unsigned options);

/* Offsets of group i (0 = the whole match) of the last successful
 * sr_regex_exec.  Returns 0 and leaves *s, *e alone when the group did not
 * take part in the match, 1 otherwise. */
int sr_regex_group(const sr_regex *re, unsigned i, size_t *s, size_t *e);

/* The message for a negative code of sr_regex_exec or of compilation. */
void sr_regex_error_message(int code, char *buf, size_t buflen);

/* Iterates over the successive non-overlapping matches of re in a subject
 * with the Perl/Python rule for empty matches: after an empty match at p, the
 * next match is a non-empty one at p or any match after p.  The subject is
 * checked as UTF-8 once when the regex is in UTF mode (returns
 * SR_EUTF8-style failures through sr_regex_next).
 *
 *   sr_regex_iter it; sr_regex_iter_init(&it, re, s, len, 0);
 *   while ((rc = sr_regex_next(&it)) == 1) { sr_regex_group(re, 0, &a, &b); }
 */
typedef struct sr_regex_iter {
  sr_regex *re;
  const char *s;
  size_t len;
  size_t pos;      /* where the next search starts */
  int last_empty;  /* the previous match was empty and ended at pos */
  int done;
  unsigned options;
} sr_regex_iter;

/* Starts iteration at byte `start`; validates the subject (UTF mode only).
 * Returns 0, or SR_EUTF8 with *bad set to the offset of the first invalid
 * byte (bad may be NULL). */
int sr_regex_iter_init(sr_regex_iter *it, sr_regex *re, const char *s, size_t len,
                       size_t start, size_t *bad);

/* Returns 1 for the next match, 0 at the end, a negative PCRE2 code on
 * failure. */
int sr_regex_next(sr_regex_iter *it);

#endif
