/* Fuzz target: UTF-8 validation and repair, and the transformations that
 * must keep valid UTF-8 valid (normalization, case folding, accent stripping,
 * whitespace repair, grapheme clusters).
 *
 * Invariants checked:
 *  - validate(s) <= len; when it is len, repair(s) == s and decoding walks
 *    the whole buffer; otherwise the decoder rejects the byte at the offset;
 *  - repair(s) always validates, and repairing it again changes nothing;
 *  - normalize / casefold / strip_accents of valid text give valid text,
 *    normalize and casefold give exactly what utf8proc_map gives for the
 *    whole text (the chunked fast path changes nothing), and NFC is
 *    idempotent; clean_spaces never grows the text and, on valid
 *    text, keeps it valid and is idempotent;
 *  - grapheme clusters tile the text and there are at most len of them.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text/normalize.h"
#include "text/spaces.h"
#include "text/unicode.h"
#include "text/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

/* The reference: the whole text through utf8proc_map, as normalize.c did
 * before its inert-character fast path. */
static void check_same_as_utf8proc(const char *s, size_t len, const char *r, size_t rlen,
                                   utf8proc_option_t opt) {
  /* utf8proc 2.8 composes an LV syllable with U+11A7 (TBase itself, not a
   * trailing consonant) and loses the U+11A7; Unicode and Python keep it,
   * and so do we.  Such texts cannot be compared. */
  if (memmem(s, len, "\xE1\x86\xA7", 3)) return;
  utf8proc_uint8_t *ref = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &ref, opt);
  CHECK(n >= 0);
  CHECK((size_t)n == rlen && memcmp(ref, r, rlen) == 0);
  free(ref);
}

static const utf8proc_option_t form_options[] = {
  UTF8PROC_STABLE | UTF8PROC_COMPOSE,
  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
};

static void check_valid_transform(const char *s, size_t len) {
  for (int form = SR_NFC; form <= SR_NFKD; form++) {
    char *out;
    size_t outlen;
    CHECK(sr_normalize(s, len, (sr_norm_form)form, &out, &outlen) == 0);
    const char *r = out ? out : s;
    size_t rlen = out ? outlen : len;
    CHECK(sr_utf8_validate(r, rlen) == rlen);
    check_same_as_utf8proc(s, len, r, rlen, form_options[form]);
    if (form == SR_NFC) {
      char *again;
      size_t againlen;
      CHECK(sr_normalize(r, rlen, SR_NFC, &again, &againlen) == 0);
      CHECK(!again || (againlen == rlen && memcmp(again, r, rlen) == 0));
      free(again);
    }
    free(out);
  }
  char *out;
  size_t outlen;
  CHECK(sr_casefold(s, len, &out, &outlen) == 0);
  if (out) CHECK(sr_utf8_validate(out, outlen) == outlen);
  check_same_as_utf8proc(s, len, out ? out : s, out ? outlen : len,
                         UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  free(out);
  CHECK(sr_strip_accents(s, len, &out, &outlen) == 0);
  if (out) CHECK(sr_utf8_validate(out, outlen) == outlen);
  free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  size_t v = sr_utf8_validate(s, size);
  CHECK(v <= size);

  size_t rlen;
  char *r = sr_utf8_repair(s, size, &rlen);
  CHECK(r != NULL);
  CHECK(sr_utf8_validate(r, rlen) == rlen);
  CHECK(r[rlen] == '\0');
  if (v == size) {
    CHECK(rlen == size && memcmp(r, s, size) == 0);
    size_t i = 0;
    while (i < size) {
      int cp;
      size_t n = sr_utf8_decode(data + i, size - i, &cp);
      CHECK(n >= 1 && n <= 4 && cp >= 0 && cp <= 0x10FFFF);
      CHECK(cp < 0xD800 || cp > 0xDFFF);
      i += n;
    }
    CHECK(i == size);
  } else {
    int cp;
    CHECK(sr_utf8_decode(data + v, size - v, &cp) == 0);
    CHECK(memcmp(r, s, v) == 0); /* the valid prefix is kept */
  }
  size_t r2len;
  char *r2 = sr_utf8_repair(r, rlen, &r2len);
  CHECK(r2 && r2len == rlen && memcmp(r2, r, rlen) == 0);
  free(r2);

  check_valid_transform(r, rlen);
  /* Invalid input is refused, never mangled. */
  if (v != size) {
    char *out;
    size_t outlen;
    CHECK(sr_normalize(s, size, SR_NFD, &out, &outlen) < 0 || out == NULL);
    CHECK(sr_strip_accents(s, size, &out, &outlen) < 0);
  }

  /* Whitespace repair works on any bytes. */
  char *c;
  size_t clen;
  CHECK(sr_clean_spaces(s, size, &c, &clen) == 0);
  if (c) {
    CHECK(clen <= size);
    /* Idempotent on valid text (in invalid text, dropping a control can
     * join two stray bytes into a valid character). */
    if (v == size) {
      CHECK(sr_utf8_validate(c, clen) == clen);
      char *c2;
      size_t c2len;
      CHECK(sr_clean_spaces(c, clen, &c2, &c2len) == 0);
      CHECK(c2 == NULL);
    }
    free(c);
  }

  /* Grapheme clusters tile the text. */
  size_t pos = 0, count = 0;
  while (pos < size) {
    size_t next = sr_grapheme_next(s, size, pos);
    CHECK(next > pos && next <= size);
    pos = next;
    count++;
  }
  CHECK(count == sr_grapheme_count(s, size));
  CHECK(sr_grapheme_prefix(s, size, count) == size);
  if (count > 0) CHECK(sr_grapheme_prefix(s, size, count - 1) < size);

  free(r);
  return 0;
}
