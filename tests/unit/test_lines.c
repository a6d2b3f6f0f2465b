/* Unit tests for core/text/lines.c: line splitting and per-line features. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <utf8proc.h>

#include "text/lines.h"

/* Splits s and checks the number of lines; fills up to 8 infos. */
static size_t split(const char *s, size_t len, sr_line_info *out, size_t max) {
  size_t n = 0, pos = 0;
  sr_line_info ln;
  while (sr_lines_next(s, len, pos, &ln)) {
    assert_true(ln.start <= ln.end);
    assert_true(ln.end <= ln.next);
    assert_true(ln.next <= len);
    assert_true(ln.next > pos || ln.next == len);
    if (n < max) out[n] = ln;
    n++;
    pos = ln.next;
    assert_true(n < 1000000);
  }
  return n;
}

static void test_empty(void **state) {
  (void)state;
  sr_line_info ln[8];
  assert_int_equal(split("", 0, ln, 8), 0);
  sr_line_info one;
  assert_int_equal(sr_lines_next("abc", 3, 3, &one), 0);
  assert_int_equal(sr_lines_next("abc", 3, 7, &one), 0);
}

static void test_breaks(void **state) {
  (void)state;
  sr_line_info ln[8];
  assert_int_equal(split("a", 1, ln, 8), 1);
  assert_int_equal(split("a\n", 2, ln, 8), 1);           /* no extra empty line */
  assert_int_equal(split("a\n\n", 3, ln, 8), 2);
  assert_int_equal(ln[1].start, 2);
  assert_int_equal(ln[1].end, 2);
  assert_int_equal(split("\n", 1, ln, 8), 1);
  assert_int_equal(ln[0].end, 0);
  assert_int_equal(split("ab\r\ncd", 6, ln, 8), 2);      /* CR LF: the CR is not in the line */
  assert_int_equal(ln[0].end, 2);
  assert_int_equal(ln[1].start, 4);
  assert_int_equal(ln[1].end, 6);
  assert_int_equal(split("a\rb", 3, ln, 8), 1);          /* a lone CR is no break */
  assert_int_equal(ln[0].end, 3);
}

static void test_words(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char *s = "  Satu dua\ttiga  \nempat,lima  enam\n";
  assert_int_equal(split(s, strlen(s), ln, 8), 2);
  assert_int_equal(ln[0].words, 3);
  assert_int_equal(ln[1].words, 2);                       /* runs of non-space bytes */
  assert_int_equal(split("   ", 3, ln, 8), 1);
  assert_int_equal(ln[0].words, 0);
}

static void test_caps_digits(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char *s = "Presiden Joko (JAKARTA) 5.000 orang di Éire dan école";
  assert_int_equal(split(s, strlen(s), ln, 8), 1);
  /* Presiden, Joko, JAKARTA, Éire (Lu); école is lower case */
  assert_int_equal(ln[0].caps, 4);
  assert_int_equal(ln[0].digits, 2);                      /* "5" and "000" */
  /* after a curly quote the run starts at the quote: not capitalised */
  const char *q = "\xE2\x80\x9CKami siap\xE2\x80\x9D kata Budi";
  assert_int_equal(split(q, strlen(q), ln, 8), 1);
  assert_int_equal(ln[0].caps, 1);
  assert_int_equal(ln[0].words, 4);
}

static void test_invalid_and_nul(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char s[] = "A\xC3 B\0C\n\xFF\xFE D";
  size_t len = sizeof s - 1;
  assert_int_equal(split(s, len, ln, 8), 2);
  assert_int_equal(ln[0].end, 6);                         /* the NUL is inside the line */
  assert_int_equal(ln[0].words, 2);
  assert_int_equal(ln[0].caps, 3);                        /* "A\xC3", "B" and, after the NUL, "C" */
  assert_int_equal(ln[1].caps, 1);                        /* invalid bytes are not letters */
}

static void test_long(void **state) {
  (void)state;
  size_t len = 1 << 20;
  char *s = malloc(len);
  assert_non_null(s);
  for (size_t i = 0; i < len; i++) s[i] = (i % 100 == 99) ? '\n' : (i % 10 == 0 ? ' ' : 'x');
  sr_line_info ln[1];
  assert_int_equal(split(s, len, ln, 1), len / 100 + 1);  /* and a last partial line */
  assert_int_equal(ln[0].words, 10);
  free(s);
}

static void test_runs_first_ends(void **state) {
  (void)state;
  sr_line_info ln[8];
  const char *s = "\xE2\x80\xA2 Baca juga: Harga naik.\n-- 12 Mei\n*** ***\n\xE2\x80\x9CKata dia\xE2\x80\x9D  ";
  assert_int_equal(split(s, strlen(s), ln, 8), 4);
  assert_int_equal(ln[0].runs, 5);                        /* the bullet counts: it is non-ASCII */
  assert_int_equal(ln[0].first, 4);                       /* after the bullet and the space */
  assert_int_equal(ln[0].first_end, 8);                   /* "Baca" */
  assert_int_equal(ln[0].ends, 1);
  assert_int_equal(ln[1].first, ln[1].first_end);         /* a digit: no first word */
  assert_int_equal(ln[1].ends, 0);
  assert_int_equal(ln[2].runs, 0);                        /* symbols only */
  assert_int_equal(ln[2].ends, 0);
  assert_int_equal(ln[3].first, ln[3].first_end);         /* an opening curly quote is no bullet */
  assert_int_equal(ln[3].ends, 1);                        /* a closing curly quote, then spaces */
}

static void test_ends_sentence(void **state) {
  (void)state;
  assert_true(sr_lines_ends_sentence("Kata dia.", 9));
  assert_true(sr_lines_ends_sentence("Kata dia. **", 12)); /* stars, then spaces */
  assert_true(sr_lines_ends_sentence("(ANTARA)", 8));
  assert_true(sr_lines_ends_sentence("dia\xE2\x80\x99 ", 7));
  assert_false(sr_lines_ends_sentence("Kata dia", 8));
  assert_false(sr_lines_ends_sentence("Kata dia.* x", 12));
  assert_false(sr_lines_ends_sentence("", 0));
  assert_false(sr_lines_ends_sentence("\x80\x9D", 2));     /* a cut-off quote */
}

static void test_lower(void **state) {
  (void)state;
  char out[64];
  const char *s = "Sumber  : ANTARA : Foto:X  ";
  size_t n = sr_lines_lower(s, strlen(s), out);
  assert_int_equal(n, strlen("sumber: antara: foto:x  "));
  assert_memory_equal(out, "sumber: antara: foto:x  ", n);
  assert_int_equal(sr_lines_lower(" :", 2, out), 1);
  assert_int_equal(out[0], ':');
  const char u[] = "\xC3\x89" "cole \0A";
  n = sr_lines_lower(u, sizeof u - 1, out);
  assert_int_equal(n, sizeof u - 1);
  assert_memory_equal(out, "\xC3\x89" "cole \0a", n);     /* non-ASCII bytes and NUL kept */
}

static void test_head(void **state) {
  (void)state;
  size_t a, b;
  const char *s = "\xE2\x80\x9CKami sangat prihatin dengan perkembangan ini";
  assert_true(sr_lines_head(s, strlen(s), 0, 5, &a, &b));
  assert_int_equal(a, 3);
  assert_memory_equal(s + a, "Kami sangat prihatin dengan perkembangan", b - a);
  /* the skipped prefix gives back a dash when the words after it run out */
  const char *d = "- Satu dua tiga empat";
  assert_true(sr_lines_head(d, strlen(d), 0, 5, &a, &b));
  assert_int_equal(a, 0);
  assert_int_equal(b, strlen(d));
  assert_false(sr_lines_head("satu dua tiga", 13, 0, 5, &a, &b));
  assert_false(sr_lines_head("satu  dua tiga empat lima", 25, 0, 5, &a, &b)); /* two spaces */
  assert_false(sr_lines_head("satu dua tiga empat .", 21, 0, 5, &a, &b));     /* no alnum last */
  const char *l = "a b c d e5\xC3\xA9, f";
  assert_true(sr_lines_head(l, strlen(l), 0, 5, &a, &b));
  assert_int_equal(b, 12);                                /* the last word stops at the comma */
  assert_true(sr_lines_head(l, strlen(l), 2, 2, &a, &b));
  assert_memory_equal(l + a, "b c", b - a);
  assert_false(sr_lines_head(l, strlen(l), 0, 0, &a, &b));
  assert_false(sr_lines_head(l, strlen(l), strlen(l) + 1, 5, &a, &b));
}

static void test_sentence_next(void **state) {
  (void)state;
  size_t c;
  const char *s = "Ia pergi. Dia datang.\xE2\x80\x9D \"Kami ikut.x Lalu. kata!  \xE2\x80\x9C" "Budi";
  assert_true(sr_lines_sentence_next(s, strlen(s), 0, &c));
  assert_int_equal(c, 10);                                /* "Dia" */
  assert_true(sr_lines_sentence_next(s, strlen(s), c + 1, &c));
  assert_memory_equal(s + c, "Kami", 4);                  /* after a closing and an opening quote */
  assert_true(sr_lines_sentence_next(s, strlen(s), c + 1, &c));
  assert_memory_equal(s + c, "Budi", 4);                  /* not after "x" (no space) nor "kata" */
  assert_false(sr_lines_sentence_next(s, strlen(s), c + 1, &c));
  assert_false(sr_lines_sentence_next("Akhir.", 6, 0, &c));
  assert_false(sr_lines_sentence_next("Akhir. ", 7, 0, &c));
}

static void test_key(void **state) {
  (void)state;
  char out[64];
  const char *s = "Harga: Rp 5.000, \xE2\x80\x9C" "Naik\xE2\x80\x9D!";
  size_t n = sr_lines_key(s, strlen(s), out);
  assert_int_equal(n, strlen("hargarp5000\xE2\x80\x9Cnaik\xE2\x80\x9D"));
  assert_memory_equal(out, "hargarp5000\xE2\x80\x9C" "naik\xE2\x80\x9D", n);
  assert_int_equal(sr_lines_key(" .,;\0\n", 6, out), 0);
  assert_int_equal(sr_lines_key("", 0, out), 0);
}

/* An independent reading of the counts of sr_lines_next, from its header,
 * for the differential test below. */
static void ref_counts(const unsigned char *u, size_t n, unsigned *words, unsigned *caps,
                       unsigned *digits, unsigned *runs) {
  *words = *caps = *digits = *runs = 0;
  for (size_t i = 0; i < n; i++) {
    int sp = u[i] == ' ' || u[i] == '\t' || u[i] == '\v' || u[i] == '\f' || u[i] == '\r';
    int psp = i == 0 || u[i - 1] == ' ' || u[i - 1] == '\t' || u[i - 1] == '\v' ||
              u[i - 1] == '\f' || u[i - 1] == '\r';
    if (!sp && psp) (*words)++;
#define ALNUM(c) ((c) >= 0x80 || ((c) >= '0' && (c) <= '9') || (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z'))
    if (ALNUM(u[i]) && (i == 0 || !ALNUM(u[i - 1]))) {
      (*runs)++;
      if (u[i] >= 'A' && u[i] <= 'Z') {
        (*caps)++;
      } else if (u[i] >= '0' && u[i] <= '9') {
        (*digits)++;
      } else if (u[i] >= 0x80) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k > 0) {
          utf8proc_category_t cat = utf8proc_category(cp);
          if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) (*caps)++;
        }
      }
    }
#undef ALNUM
  }
}

static void test_counts_differential(void **state) {
  (void)state;
  static const char *const pieces[] = {
    "a", "Kata", " ", "  ", "\t", "\r", "\v", "\f", "5", "2025", "x9", ".", ",", "-",
    "\xC3\x89" "cole", "\xC3\xA9", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC3", "\xFF", "\x80",
    "Presiden Joko Widodo ", "lorem ipsum dolor sit amet ", "\xC7\x85", "\xCE\xA3", "_", "\n",
  };
  const size_t np = sizeof pieces / sizeof pieces[0];
  char buf[2048];
  uint32_t seed = 4242;
  for (int round = 0; round < 100000; round++) {
    size_t len = 0;
    seed = seed * 1103515245u + 12345u;
    int k = (int)((seed >> 16) % 48);
    for (int j = 0; j < k; j++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % np];
      size_t pl = strlen(p);
      memcpy(buf + len, p, pl);
      len += pl;
    }
    size_t pos = 0;
    sr_line_info ln;
    while (sr_lines_next(buf, len, pos, &ln)) {
      unsigned w, c, d, r;
      ref_counts((const unsigned char *)buf + ln.start, ln.end - ln.start, &w, &c, &d, &r);
      assert_int_equal(ln.words, w);
      assert_int_equal(ln.caps, c);
      assert_int_equal(ln.digits, d);
      assert_int_equal(ln.runs, r);
      pos = ln.next;
    }
  }
}

static void test_again(void **state) {
  (void)state;
  const char *s = "Presiden di Jakarta. (Foto: Antara) Presiden di Jakarta. (Foto: Antara)";
  size_t len = strlen(s);
  assert_int_equal(sr_lines_again(s, len, 20, 11), 36);   /* the second copy */
  assert_int_equal(sr_lines_again(s, len, 20, 37), -1);   /* none after it */
  assert_int_equal(sr_lines_again(s, 39, 20, 11), -1);    /* fewer than 2n bytes */
  assert_int_equal(sr_lines_again("aaaaaaaaaa", 10, 5, 1), 1);
  assert_int_equal(sr_lines_again("aaaaaaaaaa", 10, 5, 6), -1); /* fewer than n bytes from 6 */
  assert_int_equal(sr_lines_again("abcdeabcde", 10, 5, 0), 0); /* from 0: the start itself */
  assert_int_equal(sr_lines_again("abcdeabcdx", 10, 5, 1), -1);
  assert_int_equal(sr_lines_again("ab\0deab\0de", 10, 5, 1), 5); /* NUL bytes compared too */
  assert_int_equal(sr_lines_again("abc", 3, 0, 0), -1);
}

static unsigned shape(const char *s) { return sr_lines_shape(s, strlen(s)); }

static void test_shape(void **state) {
  (void)state;
  assert_int_equal(shape(""), 0);
  assert_int_equal(shape("#tag") & SR_SHAPE_HASH, SR_SHAPE_HASH);
  assert_int_equal(shape("a #tag") & SR_SHAPE_HASH, 0);
  assert_int_equal(shape("kata") & SR_SHAPE_LOWER, SR_SHAPE_LOWER);
  assert_int_equal(shape("Kata") & SR_SHAPE_LOWER, 0);
  assert_int_equal(shape("a/b") & SR_SHAPE_SLASH, SR_SHAPE_SLASH);
  /* full stop, then closing quotes and white space */
  assert_int_equal(shape("Kata dia.") & SR_SHAPE_PERIOD, SR_SHAPE_PERIOD);
  assert_int_equal(shape("Kata dia.\" ") & SR_SHAPE_PERIOD, SR_SHAPE_PERIOD);
  assert_int_equal(shape("Kata dia.\xE2\x80\x9D") & SR_SHAPE_PERIOD, SR_SHAPE_PERIOD);
  assert_int_equal(shape("Kata dia") & SR_SHAPE_PERIOD, 0);
  assert_int_equal(shape("Kata dia..") & SR_SHAPE_DOTDOT, SR_SHAPE_DOTDOT);
  assert_int_equal(shape(".") & SR_SHAPE_DOTDOT, 0);
  /* a mark, maybe a closing curly quote */
  assert_int_equal(shape("Apa?") & SR_SHAPE_MARK, SR_SHAPE_MARK);
  assert_int_equal(shape("Apa?\xE2\x80\x9D ") & SR_SHAPE_MARK, SR_SHAPE_MARK);
  assert_int_equal(shape("Apa!\x9D") & SR_SHAPE_MARK, SR_SHAPE_MARK);
  assert_int_equal(shape("Apa!\x80") & SR_SHAPE_MARK, SR_SHAPE_MARK);
  assert_int_equal(shape("\x9D") & SR_SHAPE_MARK, 0);
  assert_int_equal(shape("Apa,") & SR_SHAPE_MARK, 0);
  /* "%f[%w]%l%l+ %l%l+" */
  assert_int_equal(shape("ab cd") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("Xab cd") & SR_SHAPE_LOWPAIR, 0); /* no frontier before "ab" */
  assert_int_equal(shape("9ab cd") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("(ab cd") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("\xC3\xA9" "ab cd") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("a cd") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("ab c") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("ab  cd") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("abC cd") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("Ab cd ef") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR); /* "cd ef" */
  /* (found from the spaces: the run before the space starts after a
   * non-alphanumeric byte or at the line's start) */
  assert_int_equal(shape("ab cd") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("9ab cd") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("a-bc de") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("Xab cd 9ef gh") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("Xab cd, ef gh") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR); /* "ef gh" */
  assert_int_equal(shape(" ab cd") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("ab cd ") & SR_SHAPE_LOWPAIR, SR_SHAPE_LOWPAIR);
  assert_int_equal(shape("ab c") & SR_SHAPE_LOWPAIR, 0);
  assert_int_equal(shape("abc1") & SR_SHAPE_DIGIT, SR_SHAPE_DIGIT);
  assert_int_equal(shape("abc") & SR_SHAPE_DIGIT, 0);
  /* from a line's counts: the same flags */
  const char *text = "Harga naik 5 persen, kata dia.\nTanpa angka sama sekali di sini ya\n"
                     "x9\n\n#Tag ab cd\xE2\x80\x9D";
  size_t len = strlen(text), pos = 0;
  sr_line_info ln;
  while (sr_lines_next(text, len, pos, &ln)) {
    assert_int_equal(sr_lines_shape_of(text, &ln), sr_lines_shape(text + ln.start, ln.end - ln.start));
    pos = ln.next;
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_empty),         cmocka_unit_test(test_breaks),
    cmocka_unit_test(test_words),         cmocka_unit_test(test_caps_digits),
    cmocka_unit_test(test_invalid_and_nul), cmocka_unit_test(test_long),
    cmocka_unit_test(test_runs_first_ends), cmocka_unit_test(test_ends_sentence),
    cmocka_unit_test(test_lower),          cmocka_unit_test(test_head),
    cmocka_unit_test(test_sentence_next),  cmocka_unit_test(test_key),
    cmocka_unit_test(test_counts_differential), cmocka_unit_test(test_again),
    cmocka_unit_test(test_shape),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
