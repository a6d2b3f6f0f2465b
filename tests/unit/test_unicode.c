/* Unit tests for core/text/unicode.c and core/text/spaces.c. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <utf8proc.h>

#include "error.h"
#include "text/normalize.h"
#include "text/spaces.h"
#include "text/unicode.h"
#include "text/utf8.h"

#define S(lit) (lit), (sizeof(lit) - 1)

static void test_category(void **state) {
  (void)state;
  assert_string_equal(sr_unicode_category('A'), "Lu");
  assert_string_equal(sr_unicode_category('a'), "Ll");
  assert_string_equal(sr_unicode_category('5'), "Nd");
  assert_string_equal(sr_unicode_category(' '), "Zs");
  assert_string_equal(sr_unicode_category(0xA0), "Zs");
  assert_string_equal(sr_unicode_category('.'), "Po");
  assert_string_equal(sr_unicode_category(0), "Cc");
  assert_string_equal(sr_unicode_category(0x0301), "Mn");
  assert_string_equal(sr_unicode_category(0x4E2D), "Lo");
  assert_string_equal(sr_unicode_category(0x20AC), "Sc");
  assert_string_equal(sr_unicode_category(0x200B), "Cf");
  assert_string_equal(sr_unicode_category(0xE000), "Co");
  assert_string_equal(sr_unicode_category(0x0378), "Cn");
  assert_string_equal(sr_unicode_category(-1), "Cn");
  assert_string_equal(sr_unicode_category(0x110000), "Cn");
  assert_string_equal(sr_unicode_category(0xD800), "Cs");
}

static void test_script(void **state) {
  (void)state;
  static const struct { int cp; const char *script; } cases[] = {
    {'A', "Latin"}, {'z', "Latin"}, {0xE9, "Latin"}, {0x1EBF, "Latin"},
    {'1', "Common"}, {' ', "Common"}, {'.', "Common"}, {0xA0, "Common"},
    {0xD7, "Common"}, {0x20AC, "Common"}, {0x1F600, "Common"}, {0x3002, "Common"},
    {0x0964, "Common"}, {0x0E3F, "Common"}, {0x060C, "Common"},
    {0x03A9, "Greek"}, {0x1F00, "Greek"}, {0x0416, "Cyrillic"}, {0x05E9, "Hebrew"},
    {0x0639, "Arabic"}, {0x0660, "Arabic"}, {0xFEFB, "Arabic"}, {0x0915, "Devanagari"},
    {0x0E01, "Thai"}, {0x4E2D, "Han"}, {0x3005, "Han"}, {0x20000, "Han"},
    {0x3042, "Hiragana"}, {0x30A2, "Katakana"}, {0xFF71, "Katakana"},
    {0xD55C, "Hangul"}, {0x1100, "Hangul"}, {0x0301, "Inherited"},
    {0xA984, "Javanese"}, {0x1B83, "Sundanese"}, {0x1B05, "Balinese"},
    {0x1A00, "Buginese"}, {0x0378, "Unknown"}, {-5, "Unknown"}, {0x110000, "Unknown"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = sr_unicode_script(cases[i].cp);
    if (strcmp(got, cases[i].script) != 0)
      fail_msg("script(U+%04X) = %s, expected %s", cases[i].cp, got, cases[i].script);
  }
}

static void test_graphemes(void **state) {
  (void)state;
  assert_int_equal(sr_grapheme_count(S("")), 0);
  assert_int_equal(sr_grapheme_count(S("abc")), 3);
  assert_int_equal(sr_grapheme_count(S("e\xCC\x81")), 1);           /* e + U+0301 */
  assert_int_equal(sr_grapheme_count(S("caf\x65\xCC\x81s")), 5);
  assert_int_equal(sr_grapheme_count(S("\r\n")), 1);
  assert_int_equal(sr_grapheme_count(S("a\r\nb\n\r")), 5);
  assert_int_equal(sr_grapheme_count(S("\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9")), 1); /* flag ID */
  assert_int_equal(sr_grapheme_count(S("\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9\xF0\x9F\x87\xB2\xF0\x9F\x87\xBE")), 2);
  /* man ZWJ woman ZWJ girl */
  assert_int_equal(sr_grapheme_count(S("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7")), 1);
  /* thumbs up + skin tone */
  assert_int_equal(sr_grapheme_count(S("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!")), 2);
  assert_int_equal(sr_grapheme_count(S("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8")), 1); /* jamo L V T */
  assert_int_equal(sr_grapheme_count(S("\xFF\xFE")), 2);
  assert_int_equal(sr_grapheme_count(S("\xE2\x82")), 2);
  assert_int_equal(sr_grapheme_count(S("a\0b")), 3);
  assert_int_equal(sr_grapheme_count(S("a\xCC\x81\xCC\x82" "b")), 2);
}

static void test_grapheme_prefix(void **state) {
  (void)state;
  const char *s = "e\xCC\x81" "e\xCC\x81" "x";
  size_t len = strlen(s);
  assert_int_equal(sr_grapheme_prefix(s, len, 0), 0);
  assert_int_equal(sr_grapheme_prefix(s, len, 1), 3);
  assert_int_equal(sr_grapheme_prefix(s, len, 2), 6);
  assert_int_equal(sr_grapheme_prefix(s, len, 3), 7);
  assert_int_equal(sr_grapheme_prefix(s, len, 100), 7);
  assert_int_equal(sr_grapheme_prefix(S(""), 5), 0);
  assert_int_equal(sr_grapheme_prefix(S("ab\r\ncd"), 3), 4);
}

static void check_strip(const char *in, size_t len, const char *want, size_t wantlen) {
  char *out;
  size_t outlen;
  assert_int_equal(sr_strip_accents(in, len, &out, &outlen), 0);
  if (!out) {
    assert_int_equal(len, wantlen);
    assert_memory_equal(in, want, len);
    return;
  }
  assert_int_equal(outlen, wantlen);
  assert_memory_equal(out, want, wantlen);
  assert_int_equal(out[outlen], '\0');
  free(out);
}

static void test_strip_accents(void **state) {
  (void)state;
  check_strip(S(""), S(""));
  check_strip(S("plain ASCII"), S("plain ASCII"));
  check_strip(S("B\xC3\xA0s\xC3\xA0\xC3\xB1"), S("Basan"));
  check_strip(S("caf\xC3\xA9"), S("cafe"));
  check_strip(S("cafe\xCC\x81 ok"), S("cafe ok"));
  check_strip(S("\xC3\x85ngstr\xC3\xB6m"), S("Angstrom"));
  check_strip(S("Ti\xE1\xBA\xBFng Vi\xE1\xBB\x87t"), S("Tieng Viet"));
  check_strip(S("na\xC3\xAFve \xE2\x80\x94 ok"), S("naive \xE2\x80\x94 ok"));
  check_strip(S("\xC3\xB8 \xC4\x91"), S("\xC3\xB8 \xC4\x91"));            /* no decomposition */
  check_strip(S("\xED\x95\x9C\xEA\xB5\xAD"), S("\xED\x95\x9C\xEA\xB5\xAD")); /* Hangul stays */
  check_strip(S("a\0\xC3\xA9"), S("a\0e"));
  check_strip(S("\xEF\xAC\x81"), S("\xEF\xAC\x81")); /* ligature fi: compatibility only */
  char *out = (char *)1;
  size_t outlen;
  assert_int_equal(sr_strip_accents(S("caf\xC3\xA9\xFF"), &out, &outlen), SR_EUTF8);
  assert_null(out);
}

static void test_strip_accents_huge(void **state) {
  (void)state;
  /* 50 MB of "é " (3 bytes each) with some ASCII runs. */
  size_t n = 50u * 1000 * 1000 / 3, len = n * 3;
  char *s = malloc(len);
  assert_non_null(s);
  for (size_t i = 0; i < n; i++) memcpy(s + 3 * i, (i % 7) ? "\xC3\xA9 " : "xyz", 3);
  char *out;
  size_t outlen;
  assert_int_equal(sr_strip_accents(s, len, &out, &outlen), 0);
  assert_non_null(out);
  assert_int_equal(outlen, n * 2 + (n + 6) / 7);
  assert_memory_equal(out, "xyze e e e e e xyz", 18);
  free(out);
  free(s);
}

static void check_clean(const char *in, size_t len, const char *want, size_t wantlen) {
  char *out;
  size_t outlen;
  assert_int_equal(sr_clean_spaces(in, len, &out, &outlen), 0);
  const char *got = out ? out : in;
  if (outlen != wantlen || memcmp(got, want, wantlen) != 0)
    fail_msg("clean_spaces(\"%.*s\") = \"%.*s\", expected \"%.*s\"", (int)len, in, (int)outlen,
             got, (int)wantlen, want);
  if (out) {
    /* Cleaning is idempotent. */
    char *again;
    size_t againlen;
    assert_int_equal(sr_clean_spaces(out, outlen, &again, &againlen), 0);
    assert_null(again);
    assert_int_equal(out[outlen], '\0');
    free(out);
  }
}

static void test_clean_spaces(void **state) {
  (void)state;
  check_clean(S(""), S(""));
  check_clean(S("already clean\nyes"), S("already clean\nyes"));
  check_clean(S("a  b\t\tc"), S("a b c"));
  check_clean(S("  lead and trail  \n  x  "), S("lead and trail\nx"));
  check_clean(S("a\xC2\xA0" "b\xE2\x80\xAF" "c\xE3\x80\x80" "d\xE2\x80\x83" "e"), S("a b c d e"));
  check_clean(S("zero\xE2\x80\x8Bwidth\xEF\xBB\xBF soft\xC2\xADhy"), S("zerowidth softhy"));
  check_clean(S("\xEF\xBB\xBFTitle"), S("Title"));
  check_clean(S("a\r\nb\rc\n"), S("a\nb\nc\n"));
  check_clean(S("ctl\x01\x02\x1b[0m\x7f ok"), S("ctl[0m ok"));
  check_clean(S("c1\xC2\x80\xC2\x9F" "x\xC2\x85y"), S("c1x\ny"));
  check_clean(S("p1\xE2\x80\xA8p2\xE2\x80\xA9p3"), S("p1\np2\n\np3"));
  check_clean(S("blank\n \t \n\nlines"), S("blank\n\n\nlines"));
  check_clean(S("a \xE2\x80\x8B b"), S("a b"));
  check_clean(S("tab\tx"), S("tab x"));
  check_clean(S("nul\0byte"), S("nulbyte"));
  check_clean(S("bad \xFF\xFE  utf8"), S("bad \xFF\xFE utf8"));
  check_clean(S("trunc \xE2\x80"), S("trunc \xE2\x80"));
  check_clean(S("   "), S(""));
  check_clean(S("\n\n"), S("\n\n"));
  check_clean(S("caf\xC3\xA9  \xE2\x80\x94  ok"), S("caf\xC3\xA9 \xE2\x80\x94 ok"));
}

static void test_clean_spaces_huge(void **state) {
  (void)state;
  size_t len = 50u * 1000 * 1000;
  char *s = malloc(len);
  assert_non_null(s);
  static const char unit[] = "word\xC2\xA0\xC2\xA0word \r\n";  /* 14 bytes */
  for (size_t i = 0; i < len; i++) s[i] = unit[i % 14];
  char *out;
  size_t outlen;
  assert_int_equal(sr_clean_spaces(s, len, &out, &outlen), 0);
  assert_non_null(out);
  assert_int_equal(outlen, (len / 14) * 10 + 4 /* "word" of the last partial unit */);
  assert_memory_equal(out, "word word\nword word\n", 20);
  free(out);
  free(s);
}

static void test_utf8_validate_repair(void **state) {
  (void)state;
  assert_int_equal(sr_utf8_validate(S("")), 0);
  assert_int_equal(sr_utf8_validate(S("plain")), 5);
  assert_int_equal(sr_utf8_validate(S("caf\xC3\xA9 \xF0\x9F\x98\x80")), 10);
  assert_int_equal(sr_utf8_validate(S("a\0b")), 3);
  assert_int_equal(sr_utf8_validate(S("ab\xFF")), 2);
  assert_int_equal(sr_utf8_validate(S("\xC0\xAF")), 0);          /* overlong */
  assert_int_equal(sr_utf8_validate(S("x\xED\xA0\x80")), 1);     /* surrogate */
  assert_int_equal(sr_utf8_validate(S("xy\xF4\x90\x80\x80")), 2); /* > U+10FFFF */
  assert_int_equal(sr_utf8_validate(S("12345678\xE2\x82")), 8);  /* truncated */
  size_t n;
  char *r = sr_utf8_repair(S("a\xFF" "b\xE2\x82" "c\xED\xA0\x80"), &n);
  assert_non_null(r);
  /* One U+FFFD per maximal subpart: FF; E2 82; ED; A0; 80 (a surrogate). */
  assert_int_equal(n, 3 + 5 * 3);
  assert_memory_equal(r, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", n);
  assert_int_equal(sr_utf8_validate(r, n), n);
  free(r);
  r = sr_utf8_repair(S(""), &n);
  assert_non_null(r);
  assert_int_equal(n, 0);
  free(r);
}

static void check_norm(const char *in, size_t len, sr_norm_form form, const char *want,
                       size_t wantlen) {
  char *out;
  size_t outlen;
  assert_int_equal(sr_normalize(in, len, form, &out, &outlen), 0);
  const char *got = out ? out : in;
  size_t gotlen = out ? outlen : len;
  if (gotlen != wantlen || memcmp(got, want, wantlen) != 0)
    fail_msg("normalize(\"%.*s\", %d) = \"%.*s\"", (int)len, in, (int)form, (int)gotlen, got);
  free(out);
}

static void test_normalize(void **state) {
  (void)state;
  check_norm(S(""), SR_NFC, S(""));
  check_norm(S("ascii only"), SR_NFC, S("ascii only"));
  check_norm(S("cafe\xCC\x81"), SR_NFC, S("caf\xC3\xA9"));
  check_norm(S("caf\xC3\xA9"), SR_NFD, S("cafe\xCC\x81"));
  check_norm(S("\xE2\x84\xAB"), SR_NFC, S("\xC3\x85"));                 /* Angstrom sign */
  check_norm(S("\xE2\x80\x9Cq\xE2\x80\x9D e\xCC\x81"), SR_NFC, S("\xE2\x80\x9Cq\xE2\x80\x9D \xC3\xA9"));
  check_norm(S("e\xCC\xA3\xCC\x82"), SR_NFC, S("\xE1\xBB\x87"));        /* reordered marks */
  check_norm(S("e\xCC\x82\xCC\xA3"), SR_NFC, S("\xE1\xBB\x87"));
  check_norm(S("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8"), SR_NFC, S("\xEA\xB0\x81")); /* jamo */
  check_norm(S("\xEA\xB0\x80\xE1\x86\xA8"), SR_NFC, S("\xEA\xB0\x81"));  /* LV + T */
  /* U+11A7 is no trailing consonant: it stays (utf8proc_map would drop it). */
  check_norm(S("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA7"), SR_NFC, S("\xEA\xB0\x80\xE1\x86\xA7"));
  check_norm(S("\xEA\xB0\x81"), SR_NFD, S("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8"));
  check_norm(S("\xE0\xA6\x95\xE0\xA7\x87\xE0\xA6\xBE"), SR_NFC, S("\xE0\xA6\x95\xE0\xA7\x8B")); /* Bengali */
  check_norm(S("\xEF\xAC\x81 \xC2\xBD \xE2\x91\xA0"), SR_NFKC, S("fi 1\xE2\x81\x84" "2 1"));
  check_norm(S("\xC2\xA0"), SR_NFC, S("\xC2\xA0"));
  check_norm(S("\xC2\xA0"), SR_NFKC, S(" "));
  check_norm(S("a\0e\xCC\x81"), SR_NFC, S("a\0\xC3\xA9"));
  char *out = (char *)1;
  size_t outlen;
  assert_int_equal(sr_normalize(S("e\xCC\x81\xFF"), SR_NFC, &out, &outlen), SR_EUTF8);
  assert_null(out);
  assert_int_equal(sr_casefold(S("StraSSe \xE1\xBA\x9E \xC3\x84"), &out, &outlen), 0);
  assert_int_equal(outlen, strlen("strasse ss \xC3\xA4"));
  assert_memory_equal(out, "strasse ss \xC3\xA4", outlen);
  free(out);
  assert_int_equal(sr_casefold(S("already folded \xC3\xA4"), &out, &outlen), 0);
  assert_null(out);
  assert_int_equal(sr_norm_form_parse("nfkd"), SR_NFKD);
  assert_int_equal(sr_norm_form_parse("NFX"), -1);
}

/* The fast path must agree with mapping the whole text through utf8proc:
 * pseudo-random strings over an alphabet rich in marks, jamo and composites. */
static void test_normalize_differential(void **state) {
  (void)state;
  static const char *const alphabet[] = {
    "a", "e", "K", " ", "\xCC\x81", "\xCC\xA3", "\xCC\x82", "\xC3\xA9", "\xE2\x84\xAB",
    "\xE1\x84\x80", "\xE1\x85\xA1", "\xE1\x86\xA8", "\xEA\xB0\x80", "\xE0\xA6\x95",
    "\xE0\xA7\x87", "\xE0\xA6\xBE", "\xEF\xAC\x81", "\xC2\xBD", "\xE2\x80\x9C", "\xC3\x84",
    "\xE1\xBA\x9E", "\xCE\xA3", "\xE3\x81\x8B", "\xE3\x82\x99", "\xEF\xBD\xB6", "\xEF\xBE\x9E",
    "\xCD\x84", "\xE0\xBD\xB3", "\xC4\xB0", "\xE1\xBF\xA3",
  };
  static const utf8proc_option_t opts[] = {
    UTF8PROC_STABLE | UTF8PROC_COMPOSE, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
    UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
  };
  uint32_t seed = 12345;
  char buf[256];
  for (int iter = 0; iter < 20000; iter++) {
    size_t len = 0;
    int parts = (int)(seed % 12);
    for (int k = 0; k < parts; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *a = alphabet[(seed >> 16) % (sizeof alphabet / sizeof alphabet[0])];
      memcpy(buf + len, a, strlen(a));
      len += strlen(a);
    }
    seed = seed * 1103515245u + 12345u;
    for (int f = 0; f < 5; f++) {
      char *out;
      size_t outlen;
      int rc = f < 4 ? sr_normalize(buf, len, (sr_norm_form)f, &out, &outlen)
                     : sr_casefold(buf, len, &out, &outlen);
      assert_int_equal(rc, 0);
      utf8proc_uint8_t *ref;
      utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)buf, (utf8proc_ssize_t)len, &ref, opts[f]);
      assert_true(n >= 0);
      const char *got = out ? out : buf;
      size_t gotlen = out ? outlen : len;
      if ((size_t)n != gotlen || memcmp(ref, got, gotlen) != 0)
        fail_msg("form %d differs from utf8proc_map on \"%.*s\"", f, (int)len, buf);
      free(ref);
      free(out);
    }
  }
}

/* The inert maps are built a block at a time, on first use: every code
 * point, alone and before a combining accent, still normalizes as
 * utf8proc_map says, in every form.  Two threads start on fresh blocks at
 * once for the race. */
static const utf8proc_option_t all_opts[] = {
  UTF8PROC_STABLE | UTF8PROC_COMPOSE, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
};

static void *every_code_point(void *arg) {
  int from = *(const int *)arg, step = 2;
  for (int cp = from; cp < 0x110000; cp += step) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    unsigned char buf[16];
    size_t len = (size_t)utf8proc_encode_char(cp, buf);
    for (int accent = 0; accent < 2; accent++) {
      if (accent) {
        memcpy(buf + len, "\xCC\x81", 2);
        len += 2;
      }
      for (int f = 0; f < 5; f++) {
        char *out;
        size_t outlen;
        int rc = f < 4 ? sr_normalize((const char *)buf, len, (sr_norm_form)f, &out, &outlen)
                       : sr_casefold((const char *)buf, len, &out, &outlen);
        if (rc != 0) return (void *)(intptr_t)(cp + 1);
        utf8proc_uint8_t *ref;
        utf8proc_ssize_t n = utf8proc_map(buf, (utf8proc_ssize_t)len, &ref, all_opts[f]);
        const char *got = out ? out : (const char *)buf;
        size_t gotlen = out ? outlen : len;
        int same = n >= 0 && (size_t)n == gotlen && memcmp(ref, got, gotlen) == 0;
        free(ref);
        free(out);
        if (!same) return (void *)(intptr_t)(cp + 1);
      }
    }
  }
  return NULL;
}

static void test_normalize_every_code_point(void **state) {
  (void)state;
  pthread_t t;
  int even = 0, odd = 1;
  assert_int_equal(pthread_create(&t, NULL, every_code_point, &odd), 0);
  void *bad_even = every_code_point(&even), *bad_odd;
  pthread_join(t, &bad_odd);
  if (bad_even) fail_msg("U+%04X normalizes differently", (unsigned)((intptr_t)bad_even - 1));
  if (bad_odd) fail_msg("U+%04X normalizes differently", (unsigned)((intptr_t)bad_odd - 1));
}

static void test_normalize_huge(void **state) {
  (void)state;
  /* 50 MB of mostly-ASCII news-like text with curly quotes and decomposed
   * accents: the result must match utf8proc_map. */
  static const char unit[] = "Kata \xE2\x80\x9C" "cafe\xCC\x81\xE2\x80\x9D di Jakarta. ";
  size_t ul = sizeof unit - 1, len = 50u * 1000 * 1000 / ul * ul;
  char *s = malloc(len);
  assert_non_null(s);
  for (size_t i = 0; i < len; i += ul) memcpy(s + i, unit, ul);
  char *out;
  size_t outlen;
  assert_int_equal(sr_normalize(s, len, SR_NFC, &out, &outlen), 0);
  assert_non_null(out);
  assert_int_equal(outlen, len / ul * (ul - 1));
  assert_memory_equal(out, "Kata \xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D di", 17);
  char *again;
  size_t againlen;
  assert_int_equal(sr_normalize(out, outlen, SR_NFC, &again, &againlen), 0);
  assert_null(again);
  free(out);
  free(s);
}

/* The byte-at-a-time cleaner from before the eight-byte fast path of
 * sr_clean_spaces, kept as the oracle of test_clean_spaces_differential. */
static int ref_high_class(int cp) {
  if (cp <= 0x9F) return cp == 0x85 ? 2 : 4;
  switch (cp) {
  case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: return 1;
  case 0x00AD: case 0x180E: case 0xFEFF: return 4;
  case 0x2028: return 2;
  default: break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return 1;
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069))
    return 4;
  return 0;
}

/* 0 text, 1 space, 2 line break, 3 CR, 4 dropped; writes to o, returns n. */
static size_t ref_clean_spaces(const unsigned char *u, size_t len, char *o) {
  size_t i = 0, n = 0;
  int pending = 0, content = 0;
  while (i < len) {
    unsigned char b = u[i];
    int cls;
    size_t step = 1;
    if (b >= 0x80) {
      int cp;
      step = sr_utf8_decode(u + i, len - i, &cp);
      if (step == 0) {
        cls = 0;
        step = 1;
      } else if (cp == 0x2029) {
        o[n++] = '\n';
        o[n++] = '\n';
        pending = content = 0;
        i += step;
        continue;
      } else {
        cls = ref_high_class(cp);
      }
    } else if (b == '\n') {
      cls = 2;
    } else if (b == '\r') {
      cls = 3;
    } else if (b == ' ' || b == '\t' || b == '\v' || b == '\f') {
      cls = 1;
    } else if (b < 0x20 || b == 0x7F) {
      cls = 4;
    } else {
      cls = 0;
    }
    if (cls == 0) {
      if (pending) o[n++] = ' ';
      pending = 0;
      content = 1;
      memcpy(o + n, u + i, step);
      n += step;
    } else if (cls == 1) {
      if (content) pending = 1;
    } else if (cls == 2 || cls == 3) {
      if (!(b == '\r' && i + 1 < len && u[i + 1] == '\n')) {
        o[n++] = '\n';
        pending = content = 0;
      }
    }
    i += step;
  }
  return n;
}

static void test_clean_spaces_differential(void **state) {
  (void)state;
  static const char *const pieces[] = {
    "a", "Kata", "lorem ipsum dolor sit amet, ", " ", "  ", "   ", "\t", "\n", "\r\n", "\r",
    "\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\xA9", "\x01", "\x7F", "\xE2\x80\x9C", "\xFF", "\xC3",
    ".", "x y", "abcdefgh", "abcdefg ", " abcdefg", "ab  cd", "\xC2\x85", "~}|{", "0123456789",
  };
  const size_t np = sizeof pieces / sizeof pieces[0];
  char in[1024], want[2048];
  uint32_t seed = 12345;
  for (int round = 0; round < 200000; round++) {
    size_t len = 0;
    seed = seed * 1103515245u + 12345u;
    int k = (int)((seed >> 16) % 24);
    for (int j = 0; j < k; j++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % np];
      size_t pl = strlen(p);
      memcpy(in + len, p, pl);
      len += pl;
    }
    size_t wn = ref_clean_spaces((const unsigned char *)in, len, want);
    char *out = NULL;
    size_t outlen = 0;
    assert_int_equal(sr_clean_spaces(in, len, &out, &outlen), 0);
    const char *got = out ? out : in;
    assert_int_equal(outlen, wn);
    assert_memory_equal(got, want, wn);
    free(out);
  }
}

/* Prose copied in blocks (16 and 8 bytes): one byte or pair that needs a
 * change at every offset of a long run of prose, against the oracle. */
static void test_clean_spaces_blocks(void **state) {
  (void)state;
  static const char *const odd[] = {"  ", "\t", "\n", "\r\n", "\x7F", "\x01", "\xC2\xA0",
                                    "\xE2\x80\x9C", " \n", "\xFF", "~", " "};
  const char *prose = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do";
  char in[256], want[512];
  for (size_t o = 0; o < sizeof odd / sizeof odd[0]; o++) {
    for (size_t at = 0; at <= 40; at++) {
      size_t ol = strlen(odd[o]), pl = strlen(prose);
      memcpy(in, prose, at);
      memcpy(in + at, odd[o], ol);
      memcpy(in + at + ol, prose + at, pl - at);
      size_t len = pl + ol;
      for (size_t cut = len - 20; cut <= len; cut++) {
        size_t wn = ref_clean_spaces((const unsigned char *)in, cut, want);
        char *out = NULL;
        size_t outlen = 0;
        assert_int_equal(sr_clean_spaces(in, cut, &out, &outlen), 0);
        const char *got = out ? out : in;
        assert_int_equal(outlen, wn);
        assert_memory_equal(got, want, wn);
        free(out);
      }
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_utf8_validate_repair),
    cmocka_unit_test(test_normalize),
    cmocka_unit_test(test_normalize_differential),
    cmocka_unit_test(test_normalize_every_code_point),
    cmocka_unit_test(test_normalize_huge),
    cmocka_unit_test(test_category),
    cmocka_unit_test(test_script),
    cmocka_unit_test(test_graphemes),
    cmocka_unit_test(test_grapheme_prefix),
    cmocka_unit_test(test_strip_accents),
    cmocka_unit_test(test_strip_accents_huge),
    cmocka_unit_test(test_clean_spaces),
    cmocka_unit_test(test_clean_spaces_blocks),
    cmocka_unit_test(test_clean_spaces_huge),
    cmocka_unit_test(test_clean_spaces_differential),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
