/* Regular expressions on PCRE2 (see regex.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "text/regex.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/utf8.h"

struct sr_regex {
  pcre2_code *code;
  pcre2_match_data *md; /* owned; reused by every match (one thread at a time) */
  unsigned flags;
  unsigned ngroups;
  int jit;              /* JIT compilation succeeded */
};

int sr_regex_flags_parse(const char *s, unsigned *flags) {
  unsigned f = 0;
  for (; s && *s; s++) {
    switch (*s) {
      case 'i': f |= SR_RE_CASELESS; break;
      case 'm': f |= SR_RE_MULTILINE; break;
      case 's': f |= SR_RE_DOTALL; break;
      case 'x': f |= SR_RE_EXTENDED; break;
      case 'b': f |= SR_RE_BYTES; break;
      case 'u': break;
      default: return (unsigned char)*s;
    }
  }
  *flags = f;
  return 0;
}

/* Whether to JIT-compile patterns: yes unless SARING_REGEX_JIT is "0". */
static int jit_enabled(void) {
  const char *v = getenv("SARING_REGEX_JIT");
  return !(v && strcmp(v, "0") == 0);
}

sr_regex *sr_regex_compile(const char *pattern, size_t len, unsigned flags,
                           char *msg, size_t msglen, size_t *erroffset) {
  uint32_t opts = 0;
  if (flags & SR_RE_CASELESS) opts |= PCRE2_CASELESS;
  if (flags & SR_RE_MULTILINE) opts |= PCRE2_MULTILINE;
  if (flags & SR_RE_DOTALL) opts |= PCRE2_DOTALL;
  if (flags & SR_RE_EXTENDED) opts |= PCRE2_EXTENDED;
  if (!(flags & SR_RE_BYTES)) opts |= PCRE2_UTF | PCRE2_UCP;

  int errcode = 0;
  PCRE2_SIZE off = 0;
  /* An empty pattern may come with a NULL pointer; PCRE2 wants a real one. */
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)(pattern ? pattern : ""), len, opts,
                                   &errcode, &off, NULL);
  if (!code) {
    if (msg && msglen) sr_regex_error_message(errcode, msg, msglen);
    if (erroffset) *erroffset = off;
    return NULL;
  }
  sr_regex *re = calloc(1, sizeof *re);
  if (!re) {
    pcre2_code_free(code);
    if (msg && msglen) snprintf(msg, msglen, "out of memory");
    if (erroffset) *erroffset = 0;
    return NULL;
  }
  re->code = code;
  re->flags = flags;
  uint32_t n = 0;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &n);
  re->ngroups = n;
  /* JIT is an optimization: a pattern or platform without it still works
   * through the interpreter.  SARING_REGEX_JIT=0 turns it off: valgrind
   * cannot follow JIT code (it reports the compiled matcher's reads of
   * words that straddle the subject's end as uninitialised). */
  re->jit = jit_enabled() && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
  re->md = pcre2_match_data_create_from_pattern(code, NULL);
  if (!re->md) {
    sr_regex_free(re);
    if (msg && msglen) snprintf(msg, msglen, "out of memory");
    if (erroffset) *erroffset = 0;
    return NULL;
  }
  return re;
}

void sr_regex_free(sr_regex *re) {
  if (!re) return;
  pcre2_match_data_free(re->md);
  pcre2_code_free(re->code);
  free(re);
}

unsigned sr_regex_ngroups(const sr_regex *re) { return re->ngroups; }

unsigned sr_regex_flags(const sr_regex *re) { return re->flags; }

int sr_regex_group_number(const sr_regex *re, const char *name) {
  int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
  return n > 0 ? n : -1;
}

int sr_regex_exec(sr_regex *re, const char *subject, size_t len, size_t start,
                  unsigned options) {
  uint32_t o = 0;
  if ((options & SR_RE_VALID_UTF) && !(re->flags & SR_RE_BYTES)) o |= PCRE2_NO_UTF_CHECK;
  if (options & SR_RE_ANCHORED) o |= PCRE2_ANCHORED;
  if (options & SR_RE_NOTEMPTY_ATSTART) o |= PCRE2_NOTEMPTY_ATSTART;
  if (start > len) return 0;
  int rc = pcre2_match(re->code, (PCRE2_SPTR)(subject ? subject : ""), len, start, o,
                       re->md, NULL);
  if (rc >= 0) return 1; /* rc == 0 only when the ovector is too small: not here */
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  return rc;
}

int sr_regex_group(const sr_regex *re, unsigned i, size_t *s, size_t *e) {
  if (i > re->ngroups) return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
  if (ov[2 * i] == PCRE2_UNSET) return 0;
  *s = ov[2 * i];
  *e = ov[2 * i + 1];
  /* \K in a lookbehind can put the start after the end; clamp so callers
   * always get a well-formed span. */
  if (*s > *e) *s = *e;
  return 1;
}

void sr_regex_error_message(int code, char *buf, size_t buflen) {
  if (!buf || !buflen) return;
  if (code == SR_EUTF8) {
    snprintf(buf, buflen, "invalid UTF-8");
    return;
  }
  if (pcre2_get_error_message(code, (PCRE2_UCHAR *)buf, buflen) < 0 && buflen)
    snprintf(buf, buflen, "PCRE2 error %d", code);
}

int sr_regex_iter_init(sr_regex_iter *it, sr_regex *re, const char *s, size_t len,
                       size_t start, size_t *bad) {
  memset(it, 0, sizeof *it);
  it->re = re;
  it->s = s;
  it->len = len;
  it->pos = start;
  if (start > len) it->done = 1;
  if (!(re->flags & SR_RE_BYTES)) {
    /* Checked once here rather than by PCRE2 on each match: a loop over n
     * matches would otherwise read the whole subject n times. */
    size_t b = sr_utf8_validate(s, len);
    if (b < len) {
      if (bad) *bad = b;
      it->done = 1;
      return SR_EUTF8;
    }
    it->options = SR_RE_VALID_UTF;
    /* Starting inside a character would make PCRE2 read a broken sequence. */
    while (it->pos < len && ((unsigned char)s[it->pos] & 0xC0) == 0x80) it->pos++;
  }
  return 0;
}

/* The length of the character at s[pos] (1 in byte mode or at a bad byte). */
static size_t char_len(const sr_regex_iter *it, size_t pos) {
  if (it->re->flags & SR_RE_BYTES) return 1;
  size_t n = 1;
  while (pos + n < it->len && ((unsigned char)it->s[pos + n] & 0xC0) == 0x80) n++;
  return n;
}

int sr_regex_next(sr_regex_iter *it) {
  if (it->done) return 0;
  sr_regex *re = it->re;
  int rc = 0;
  if (it->last_empty) {
    /* After an empty match, first try a non-empty match at the same place
     * (the pcre2demo approach); failing that, move on one character and
     * search normally. */
    rc = sr_regex_exec(re, it->s, it->len, it->pos,
                       it->options | SR_RE_ANCHORED | SR_RE_NOTEMPTY_ATSTART);
    if (rc == 0) {
      if (it->pos >= it->len) {
        it->done = 1;
        return 0;
      }
      it->pos += char_len(it, it->pos);
    }
  }
  if (rc == 0) rc = sr_regex_exec(re, it->s, it->len, it->pos, it->options);
  if (rc <= 0) {
    it->done = 1;
    return rc;
  }
  size_t s = it->pos, e = it->pos;
  sr_regex_group(re, 0, &s, &e);
  it->last_empty = (s == e);
  it->pos = e;
  return 1;
}
