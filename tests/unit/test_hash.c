/* Unit tests of core/text/hash.c and core/text/shared.c, including several
 * threads hammering one shared set and one counter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#include <cmocka.h>

#include "error.h"
#include "text/hash.h"
#include "text/shared.h"

static void test_xxh(void **state) {
  (void)state;
  /* Published XXH3 values for the empty input. */
  assert_true(sr_hash64("", 0, 0) == 0x2D06800538D394C2ULL);
  assert_true(sr_hash64(NULL, 0, 0) == 0x2D06800538D394C2ULL);
  char hex[33];
  sr_hash128_hex("", 0, hex);
  assert_string_equal(hex, "99aa06d3014798d86001c324468d497f");
  assert_true(sr_hash64("abc", 3, 0) != sr_hash64("abc", 3, 1));
  /* NUL bytes count. */
  assert_true(sr_hash64("a\0b", 3, 0) != sr_hash64("a\0c", 3, 0));
  sr_hash128_hex("a\0b", 3, hex);
  assert_int_equal(strlen(hex), 32);
}

static void count_cb(uint64_t h, void *ud) {
  (void)h;
  (*(long *)ud)++;
}

static void test_shingles(void **state) {
  (void)state;
  long n = 0;
  assert_int_equal(sr_shingles("satu dua tiga empat", 19, 2, count_cb, &n), 3);
  assert_int_equal(n, 3);
  n = 0;
  assert_int_equal(sr_shingles("satu dua", 8, 5, count_cb, &n), 1); /* fewer words */
  assert_int_equal(sr_shingles("", 0, 3, count_cb, &n), 0);
  assert_int_equal(sr_shingles(" ,.! ", 5, 1, count_cb, &n), 0);
  assert_int_equal(sr_shingles("a", 1, 0, count_cb, &n), SR_EINVAL);
  /* Invalid bytes separate words and do not crash. */
  assert_int_equal(sr_shingles("ab\xff" "cd\xc3", 6, 1, count_cb, &n), 2);
  /* Case and punctuation do not matter; accents do. */
  uint64_t a, b, c;
  assert_int_equal(sr_simhash("Kata Satu, kata DUA!", 20, 1, &a), 0);
  assert_int_equal(sr_simhash("kata satu kata dua", 18, 1, &b), 0);
  assert_true(a == b);
  assert_int_equal(sr_simhash("\xc3\x89" "t\xc3\xa9", 5, 1, &a), 0); /* Été */
  assert_int_equal(sr_simhash("\xc3\xa9" "t\xc3\xa9", 5, 1, &b), 0); /* été */
  assert_int_equal(sr_simhash("ete", 3, 1, &c), 0);
  assert_true(a == b);
  assert_true(a != c);
  assert_int_equal(sr_simhash("", 0, 3, &a), 0);
  assert_true(a == 0);
}

static void test_near_duplicates(void **state) {
  (void)state;
  const char *x = "Presiden meresmikan jalan tol baru di Jawa Barat pada hari Senin pagi "
                  "bersama para menteri dan gubernur setempat untuk mempercepat arus barang";
  const char *y = "Presiden meresmikan jalan tol baru di Jawa Tengah pada hari Senin pagi "
                  "bersama para menteri dan gubernur setempat untuk mempercepat arus barang";
  const char *z = "Tim nasional sepak bola menang dua gol tanpa balas dalam laga persahabatan "
                  "yang digelar di stadion utama pada Sabtu malam di depan puluhan ribu penonton";
  uint64_t hx, hy, hz;
  sr_simhash(x, strlen(x), 3, &hx);
  sr_simhash(y, strlen(y), 3, &hy);
  sr_simhash(z, strlen(z), 3, &hz);
  assert_true(sr_hamming64(hx, hy) < sr_hamming64(hx, hz));
  assert_true(sr_hamming64(hx, hx) == 0);

  uint64_t sx[128], sy[128], sz[128], se[128];
  assert_true(sr_minhash(x, strlen(x), 3, 128, 0, sx) > 0);
  sr_minhash(y, strlen(y), 3, 128, 0, sy);
  sr_minhash(z, strlen(z), 3, 128, 0, sz);
  /* True Jaccard of x and y on 3-shingles: 18 shared of 24 -> 0.6 (say). */
  double jxy = sr_minhash_similarity(sx, sy, 128), jxz = sr_minhash_similarity(sx, sz, 128);
  assert_true(jxy > 0.5 && jxy < 0.95);
  assert_true(jxz < 0.1);
  assert_true(sr_minhash_similarity(sx, sx, 128) == 1.0);
  for (int i = 0; i < 128; i++) assert_true(sx[i] < SR_MINHASH_EMPTY);
  /* No words: every entry is the empty value. */
  assert_int_equal(sr_minhash("...", 3, 3, 128, 0, se), 0);
  for (int i = 0; i < 128; i++) assert_true(se[i] == SR_MINHASH_EMPTY);
  /* Another seed gives another signature. */
  uint64_t s2[128];
  sr_minhash(x, strlen(x), 3, 128, 7, s2);
  assert_true(memcmp(sx, s2, sizeof sx) != 0);
  assert_int_equal(sr_minhash(x, strlen(x), 3, 0, 0, s2), SR_EINVAL);
}

static void test_shared_basic(void **state) {
  (void)state;
  sr_shared_set *s = sr_shared_set_get("basic");
  assert_non_null(s);
  assert_ptr_equal(s, sr_shared_set_get("basic"));
  assert_ptr_not_equal((void *)s, (void *)sr_shared_counter_get("basic"));
  assert_string_equal(sr_shared_set_name(s), "basic");
  assert_int_equal(sr_shared_set_add(s, sr_shared_key_str("a", 1)), 1);
  assert_int_equal(sr_shared_set_add(s, sr_shared_key_str("a", 1)), 0);
  assert_int_equal(sr_shared_set_add(s, sr_shared_key_int(1)), 1);
  assert_int_equal(sr_shared_set_add(s, sr_shared_key_str("1", 1)), 1);
  assert_int_equal(sr_shared_set_add(s, 0), 1); /* key 0 is storable */
  assert_int_equal(sr_shared_set_add(s, 0), 0);
  assert_int_equal(sr_shared_set_has(s, 0), 1);
  assert_int_equal(sr_shared_set_has(s, 12345), 0);
  assert_int_equal(sr_shared_set_size(s), 4);
  sr_shared_counter *c = sr_shared_counter_get("basic");
  int64_t v = 0;
  assert_int_equal(sr_shared_counter_incr(c, 42, 1, &v), 0);
  assert_int_equal(v, 1);
  assert_int_equal(sr_shared_counter_incr(c, 42, -5, &v), 0);
  assert_int_equal(v, -4);
  assert_int_equal(sr_shared_counter_value(c, 42), -4);
  assert_int_equal(sr_shared_counter_value(c, 43), 0);
  assert_int_equal(sr_shared_counter_size(c), 1);
  /* Many keys: stripes grow. */
  for (int64_t i = 0; i < 200000; i++) sr_shared_set_add(s, sr_shared_key_int(i + 1000));
  assert_int_equal(sr_shared_set_size(s), 200004);
  for (int64_t i = 0; i < 200000; i += 997) assert_int_equal(sr_shared_set_has(s, sr_shared_key_int(i + 1000)), 1);
  sr_shared_teardown();
  s = sr_shared_set_get("basic");
  assert_int_equal(sr_shared_set_size(s), 0);
  sr_shared_teardown();
}

#define NTHREADS 8
#define PER_THREAD 100000
#define OVERLAP 50000 /* keys each thread shares with the next */

static void *hammer(void *arg) {
  int64_t t = (int64_t)(intptr_t)arg;
  /* Every thread looks the objects up by name itself, as workers do. */
  sr_shared_set *s = sr_shared_set_get("hammer");
  sr_shared_counter *c = sr_shared_counter_get("hammer");
  long added = 0;
  for (int64_t i = 0; i < PER_THREAD; i++) {
    /* Thread t covers keys [t*(PER-OVERLAP), t*(PER-OVERLAP)+PER). */
    int64_t k = t * (PER_THREAD - OVERLAP) + i;
    int r = sr_shared_set_add(s, sr_shared_key_int(k));
    if (r == 1) added++;
    sr_shared_counter_incr(c, sr_shared_key_int(k % 1000), 1, NULL);
    if (i % 64 == 0) (void)sr_shared_set_has(s, sr_shared_key_int(k));
  }
  return (void *)(intptr_t)added;
}

static void test_shared_threads(void **state) {
  (void)state;
  pthread_t th[NTHREADS];
  for (int i = 0; i < NTHREADS; i++)
    assert_int_equal(pthread_create(&th[i], NULL, hammer, (void *)(intptr_t)i), 0);
  long total_added = 0;
  for (int i = 0; i < NTHREADS; i++) {
    void *r;
    pthread_join(th[i], &r);
    total_added += (long)(intptr_t)r;
  }
  size_t distinct = (size_t)(NTHREADS - 1) * (PER_THREAD - OVERLAP) + PER_THREAD;
  sr_shared_set *s = sr_shared_set_get("hammer");
  assert_int_equal(sr_shared_set_size(s), distinct);
  /* Exactly one thread saw each key as new. */
  assert_int_equal(total_added, (long)distinct);
  sr_shared_counter *c = sr_shared_counter_get("hammer");
  assert_int_equal(sr_shared_counter_size(c), 1000);
  int64_t sum = 0;
  for (int64_t k = 0; k < 1000; k++) sum += sr_shared_counter_value(c, sr_shared_key_int(k));
  assert_int_equal(sum, (int64_t)NTHREADS * PER_THREAD);
  sr_shared_teardown();
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_xxh),           cmocka_unit_test(test_shingles),
    cmocka_unit_test(test_near_duplicates), cmocka_unit_test(test_shared_basic),
    cmocka_unit_test(test_shared_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
