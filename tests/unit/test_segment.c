/* Unit tests for core/text/segment.c: words, sentences, lines, paragraphs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/segment.h"

typedef int (*next_fn)(const char *, size_t, size_t *, size_t *, size_t *);

/* Joins the segments of s with '|' into a static buffer, checking on the way
 * that spans are in bounds and in order. */
static const char *joined_n(next_fn next, const char *s, size_t len) {
  static char buf[4096];
  size_t o = 0, pos = 0, a, b, last = 0;
  int first = 1;
  buf[0] = '\0';
  while (next(s, len, &pos, &a, &b)) {
    assert_true(a <= b);
    assert_true(b <= len);
    assert_true(a >= last);
    assert_true(pos >= b);
    last = b;
    if (!first) buf[o++] = '|';
    first = 0;
    assert_true(o + (b - a) + 2 < sizeof buf);
    memcpy(buf + o, s + a, b - a);
    o += b - a;
    buf[o] = '\0';
  }
  assert_int_equal(pos, len);
  return buf;
}

static const char *joined(next_fn next, const char *s) {
  return joined_n(next, s, strlen(s));
}

#define WORDS(s) joined(sr_word_next, (s))
#define SENTS(s) joined(sr_sentence_next, (s))

static void test_words_basic(void **state) {
  (void)state;
  assert_string_equal(WORDS(""), "");
  assert_string_equal(WORDS("   ,.;  "), "");
  assert_string_equal(WORDS("hello world"), "hello|world");
  assert_string_equal(WORDS("  Kim Jong-un visited, e-paper."), "Kim|Jong-un|visited|e-paper");
  assert_string_equal(WORDS("harga 5.000 atau 1,3 juta, Rp12.000."), "harga|5.000|atau|1,3|juta|Rp12.000");
  assert_string_equal(WORDS("the U.S. and a.n. Budi"), "the|U.S.|and|a.n.|Budi");
  assert_string_equal(WORDS("don't Ma'ruf Amin's l\xE2\x80\x99" "homme"), "don't|Ma'ruf|Amin's|l\xE2\x80\x99homme");
  assert_string_equal(WORDS("'quoted' -dash- --x"), "quoted|dash|x");
  assert_string_equal(WORDS("COVID-19 3-4 snake_case"), "COVID-19|3-4|snake_case");
  assert_string_equal(WORDS("detik.com/berita?id=5"), "detik.com|berita|id|5");
  assert_string_equal(WORDS("1. Satu 2.Dua 3.5.x"), "1|Satu|2|Dua|3.5|x");
  assert_string_equal(WORDS("end."), "end");
  assert_string_equal(WORDS("A. Budi"), "A|Budi");
}

static void test_words_unicode(void **state) {
  (void)state;
  assert_string_equal(WORDS("caf\xC3\xA9 na\xC3\xAFve"), "caf\xC3\xA9|na\xC3\xAFve");
  assert_string_equal(WORDS("cafe\xCC\x81!"), "cafe\xCC\x81");                 /* combining */
  assert_string_equal(WORDS("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xCE\xB1\xCE\xB2"),
                      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0|\xCE\xB1\xCE\xB2");
  assert_string_equal(WORDS("\xE4\xB8\xAD\xE6\x96\x87" "abc"), "\xE4\xB8\xAD|\xE6\x96\x87|abc"); /* Han */
  assert_string_equal(WORDS("a\xC2\xA0" "b\xE2\x80\x94" "c"), "a|b|c");                   /* NBSP, em dash */
  assert_string_equal(WORDS("x\xE2\x80\x90y"), "x\xE2\x80\x90y");                          /* U+2010 */
  assert_string_equal(WORDS("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7"), "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7");
  assert_string_equal(WORDS("\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87"),
                      "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87");
  assert_string_equal(WORDS("\xC2\xB2 x\xC2\xB2"), "\xC2\xB2|x\xC2\xB2");
}

static void test_words_bad_bytes(void **state) {
  (void)state;
  assert_string_equal(WORDS("ab\xFF" "cd \xE2\x82 ef"), "ab|cd|ef");
  assert_string_equal(WORDS("\xC3"), "");
  assert_string_equal(joined_n(sr_word_next, "ab\0cd", 5), "ab|cd");
  assert_int_equal(sr_word_count("ab\0cd", 5), 2);
  assert_int_equal(sr_word_count("", 0), 0);
  assert_int_equal(sr_word_count("Satu, dua; tiga-empat 5.000.", 28), 4);
}

static void test_words_huge(void **state) {
  (void)state;
  size_t len = 50u * 1000 * 1000;
  char *s = malloc(len);
  assert_non_null(s);
  static const char unit[] = "Harga Rp5.000 naik, kata Jong-un. "; /* 5 words, 34 bytes */
  size_t ul = sizeof unit - 1;
  for (size_t i = 0; i < len; i++) s[i] = unit[i % ul];
  size_t full = len / ul, rest = len % ul;
  size_t want = full * 5 + sr_word_count(unit, rest);
  assert_int_equal(sr_word_count(s, len), want);
  free(s);
}

/* The number of words of the iteration, which sr_word_count must give. */
static size_t iter_count(const char *s, size_t len) {
  size_t pos = 0, a, b, n = 0;
  while (sr_word_next(s, len, &pos, &a, &b)) n++;
  return n;
}

/* sr_word_count has its own loop (sixteen bytes at a time where it can):
 * on random strings of the pieces that its rules treat apart (joiners
 * between letters and digits, '_', initials, format characters, ideographs,
 * non-ASCII letters and spaces, cut and bad UTF-8) it counts what the
 * iteration finds. */
static void test_words_count_random(void **state) {
  (void)state;
  static const char *const pieces[] = {
    "a", "Z", "7", " ", "\n", "-", "'", ".", ",", "_", "__", "!", "\"",
    "\xE2\x80\x99",         /* right single quote: an apostrophe */
    "\xE2\x80\x90",         /* hyphen */
    "\xE2\x80\x8D",         /* zero-width joiner: a format character */
    "\xC2\xAD",             /* soft hyphen */
    "\xE4\xB8\xAD",         /* an ideograph */
    "\xC3\xA9",             /* e acute */
    "\xCC\x81",             /* a combining mark */
    "\xD9\xA3",             /* an Arabic-Indic digit */
    "\xC2\xA0",             /* no-break space */
    "\xEF\xBC\xBF",         /* fullwidth low line: a connector */
    "\xE2\x80\x9C",         /* left double quote */
    "\xC3", "\xFF", "\x80", /* cut and invalid UTF-8 */
    "U.S.", "5.000", "1,5", "Jong-un", "don't",
    "Harga beras naik ", "  ", "x9", "abcdefghijklmnopq", "12345678901234567",
  };
  size_t np = sizeof pieces / sizeof pieces[0];
  char buf[1024];
  unsigned seed = 12345;
  for (int round = 0; round < 200000; round++) {
    size_t len = 0;
    int n = (int)(seed % 60); /* up to a few sixteen-byte blocks */
    for (int k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 8) % np];
      size_t pl = strlen(p);
      if (len + pl > sizeof buf) break;
      memcpy(buf + len, p, pl);
      len += pl;
    }
    seed = seed * 1103515245u + 12345u;
    if (sr_word_count(buf, len) != iter_count(buf, len)) {
      fprintf(stderr, "differs on: ");
      for (size_t i = 0; i < len; i++) fprintf(stderr, "\\x%02X", (unsigned char)buf[i]);
      fprintf(stderr, "\n");
      fail();
    }
  }
}

static void test_sentences(void **state) {
  (void)state;
  assert_string_equal(SENTS(""), "");
  assert_string_equal(SENTS("  \n "), "");
  assert_string_equal(SENTS("One. Two! Three? Four"), "One.|Two!|Three?|Four");
  assert_string_equal(SENTS("Dia tinggal di Jl. Sudirman No. 5. Lalu pergi."),
                      "Dia tinggal di Jl. Sudirman No. 5.|Lalu pergi.");
  assert_string_equal(SENTS("Menurut Dr. Budi dan dr. Ani, dll. semua baik. Oke."),
                      "Menurut Dr. Budi dan dr. Ani, dll. semua baik.|Oke.");
  assert_string_equal(SENTS("Kata R. Heryanto hari ini. H. Agus dan Hj. Siti datang."),
                      "Kata R. Heryanto hari ini.|H. Agus dan Hj. Siti datang.");
  assert_string_equal(SENTS("Harga naik 1.5 persen. Rp. 5.000 cukup."),
                      "Harga naik 1.5 persen.|Rp. 5.000 cukup.");
  assert_string_equal(SENTS("He moved to the U.S. last year. Mr. Smith and Mrs. Jones agreed."),
                      "He moved to the U.S. last year.|Mr. Smith and Mrs. Jones agreed.");
  assert_string_equal(SENTS("\"Saya pergi.\" Lalu dia diam. (Ini catatan.) Akhir"),
                      "\"Saya pergi.\"|Lalu dia diam.|(Ini catatan.)|Akhir");
  assert_string_equal(SENTS("\xE2\x80\x9CSaya siap!\xE2\x80\x9D kata dia. Ya."),
                      "\xE2\x80\x9CSaya siap!\xE2\x80\x9D kata dia.|Ya.");
  assert_string_equal(SENTS("\"Kenapa?\" tanya dia. Entah."), "\"Kenapa?\" tanya dia.|Entah.");
  assert_string_equal(SENTS("Tunggu... Lalu apa?! Tidak tahu"), "Tunggu...|Lalu apa?!|Tidak tahu");
  assert_string_equal(SENTS("Buka detik.com sekarang. Ok"), "Buka detik.com sekarang.|Ok");
  assert_string_equal(SENTS("Transfer a.n. Budi Santoso. Selesai."), "Transfer a.n. Budi Santoso.|Selesai.");
  assert_string_equal(SENTS("Selesai tahun 2020. 50 orang hadir."), "Selesai tahun 2020.|50 orang hadir.");
  assert_string_equal(SENTS("Prof. Sdr. Bpk. St. Mrs. dsb. x. Y"), "Prof. Sdr. Bpk. St. Mrs. dsb. x.|Y");
}

static void test_sentences_lines(void **state) {
  (void)state;
  assert_string_equal(SENTS("Judul Berita Hari Ini\nJakarta - Presiden datang. Dia pidato."),
                      "Judul Berita Hari Ini|Jakarta - Presiden datang.|Dia pidato.");
  assert_string_equal(SENTS("a wrapped line that\ngoes on here. Next."),
                      "a wrapped line that\ngoes on here.|Next.");
  assert_string_equal(SENTS("Para 1\n\nPara 2  \r\n\r\nPara 3"), "Para 1|Para 2|Para 3");
  assert_string_equal(SENTS("Penulis: Ani\nEditor: Budi\n"), "Penulis: Ani|Editor: Budi");
  assert_string_equal(SENTS("\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"),
                      "\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82|\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82");
  assert_string_equal(SENTS("Satu.\xC2\xA0" "Dua."), "Satu.|Dua.");
  assert_string_equal(joined_n(sr_sentence_next, "A.\0B. C.", 8), "A.\0B.|C.");
  assert_string_equal(SENTS("bad \xFF. Next \xE2\x82"), "bad \xFF.|Next \xE2\x82");
}

static void test_lines(void **state) {
  (void)state;
  assert_string_equal(joined(sr_line_next, ""), "");
  assert_string_equal(joined(sr_line_next, "a"), "a");
  assert_string_equal(joined(sr_line_next, "a\n"), "a");
  assert_string_equal(joined(sr_line_next, "\n"), "");
  size_t pos = 0, a, b, n = 0;
  while (sr_line_next("\n", 1, &pos, &a, &b)) n++;
  assert_int_equal(n, 1);
  assert_string_equal(joined(sr_line_next, "a\r\nb\n\nc"), "a|b||c");
  assert_string_equal(joined(sr_line_next, "a\rb"), "a\rb");
  pos = 0;
  assert_true(sr_line_next("ab\r\ncd", 6, &pos, &a, &b));
  assert_int_equal(a, 0);
  assert_int_equal(b, 2);
  assert_int_equal(pos, 4);
  assert_true(sr_line_next("ab\r\ncd", 6, &pos, &a, &b));
  assert_int_equal(a, 4);
  assert_int_equal(b, 6);
  assert_false(sr_line_next("ab\r\ncd", 6, &pos, &a, &b));
}

static void test_paragraphs(void **state) {
  (void)state;
  assert_string_equal(joined(sr_paragraph_next, ""), "");
  assert_string_equal(joined(sr_paragraph_next, "\n \n\t\n"), "");
  assert_string_equal(joined(sr_paragraph_next, "a\nb\n\nc\n"), "a\nb|c");
  assert_string_equal(joined(sr_paragraph_next, "\n\n  x\r\ny\r\n \r\n\r\nz"), "  x\r\ny|z");
  assert_string_equal(joined(sr_paragraph_next, "one\n\xC2\xA0\ntwo"), "one|two");
}

static void test_sentences_huge(void **state) {
  (void)state;
  size_t len = 50u * 1000 * 1000;
  char *s = malloc(len);
  assert_non_null(s);
  static const char unit[] = "Dr. Budi tinggal di Jl. Mawar No. 5. Harga Rp5.000 naik! ";
  size_t ul = sizeof unit - 1;
  for (size_t i = 0; i < len; i++) s[i] = unit[i % ul];
  size_t pos = 0, a, b, n = 0, last = 0;
  while (sr_sentence_next(s, len, &pos, &a, &b)) {
    assert_true(a >= last && b > a && b <= len);
    last = b;
    n++;
  }
  assert_in_range(n, 2 * (len / ul), 2 * (len / ul) + 2);
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_words_basic),
    cmocka_unit_test(test_words_unicode),
    cmocka_unit_test(test_words_bad_bytes),
    cmocka_unit_test(test_words_huge),
    cmocka_unit_test(test_sentences),
    cmocka_unit_test(test_sentences_lines),
    cmocka_unit_test(test_lines),
    cmocka_unit_test(test_paragraphs),
    cmocka_unit_test(test_sentences_huge),
    cmocka_unit_test(test_words_count_random),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
