/* Unit tests for core/slab.c, the small-block allocator under every Lua
 * state: blocks are aligned, never overlap while out, are reused after
 * being freed, and a state that churns through strings and tables on it
 * computes what it should. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <lauxlib.h>
#include <lualib.h>

#include "slab.h"
#include "stage_limits.h"

typedef struct live {
  unsigned char *p;
  size_t n;
  unsigned char fill;
} live;

static void test_random_blocks(void **state) {
  (void)state;
  sr_slab s;
  sr_slab_init(&s);
  enum { N = 5000 };
  live *v = calloc(N, sizeof *v);
  uint64_t rng = 0x2545F4914F6CDD1Dull;
  for (int iter = 0; iter < 400000; iter++) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    size_t i = (size_t)(rng % N);
    if (v[i].p) {
      /* The block still holds what was written: nothing else overlapped. */
      for (size_t k = 0; k < v[i].n; k++) assert_int_equal(v[i].p[k], v[i].fill);
      sr_slab_free(&s, v[i].p, v[i].n);
      v[i].p = NULL;
    } else {
      size_t n = 1 + (size_t)((rng >> 20) % SR_SLAB_MAX);
      unsigned char *p = sr_slab_alloc(&s, n);
      assert_non_null(p);
      assert_int_equal((uintptr_t)p % 16, 0);
      v[i].p = p;
      v[i].n = n;
      v[i].fill = (unsigned char)(rng >> 40);
      memset(p, v[i].fill, n);
    }
  }
  for (size_t i = 0; i < N; i++)
    if (v[i].p) {
      for (size_t k = 0; k < v[i].n; k++) assert_int_equal(v[i].p[k], v[i].fill);
      sr_slab_free(&s, v[i].p, v[i].n);
    }
  free(v);
  sr_slab_destroy(&s);
}

static void test_reuse(void **state) {
  (void)state;
  sr_slab s;
  sr_slab_init(&s);
  void *a = sr_slab_alloc(&s, 40);
  sr_slab_free(&s, a, 40);
  /* Any size of the same class gets the freed block back. */
  void *b = sr_slab_alloc(&s, 33);
  assert_ptr_equal(a, b);
  void *c = sr_slab_alloc(&s, 48);
  assert_ptr_not_equal(b, c);
  sr_slab_free(&s, b, 33);
  sr_slab_free(&s, c, 48);
  /* Filling more than one chunk of one class, then of another, works; the
   * tail of a chunk is not lost. */
  enum { M = 3000 };
  void **ps = malloc(M * sizeof *ps);
  for (int i = 0; i < M; i++) ps[i] = sr_slab_alloc(&s, 256);
  for (int i = 0; i < M; i++) assert_non_null(ps[i]);
  for (int i = 0; i < M; i++) sr_slab_free(&s, ps[i], 256);
  for (int i = 0; i < M; i++) ps[i] = sr_slab_alloc(&s, 16);
  for (int i = 0; i < M; i++) sr_slab_free(&s, ps[i], 16);
  free(ps);
  sr_slab_destroy(&s);
}

/* A Lua state on the slab: string and table churn with resizes across the
 * small/large boundary, checked by its own result. */
static void test_lua_state(void **state) {
  (void)state;
  lua_State *L = sr_limits_newstate(0);
  assert_non_null(L);
  luaL_openlibs(L);
  const char *code =
      "local t, sum = {}, 0\n"
      "for i = 1, 20000 do\n"
      "  local s = string.rep('x', i % 300) .. i\n"
      "  t[i % 997] = { s, #s, tostring(i) }\n"
      "  local grow = {}\n"
      "  for k = 1, i % 40 do grow[k] = k end\n"
      "  sum = sum + #s + #grow\n"
      "end\n"
      "collectgarbage()\n"
      "local n = 0\n"
      "for _, v in pairs(t) do n = n + v[2] end\n"
      "return sum, n\n";
  assert_int_equal(luaL_dostring(L, code), 0);
  /* sum of #s over i: (i % 300) + digits(i); sum of #grow: i % 40. */
  long long want = 0;
  for (int i = 1; i <= 20000; i++) {
    char d[16];
    want += i % 300 + snprintf(d, sizeof d, "%d", i) + i % 40;
  }
  assert_int_equal(lua_tointeger(L, -2), want);
  assert_true(lua_tointeger(L, -1) > 0);
  sr_limits_close(L);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_random_blocks),
    cmocka_unit_test(test_reuse),
    cmocka_unit_test(test_lua_state),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
