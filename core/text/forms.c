/* The surface forms of tagged spans (see forms.h).
 *
 * Two open-addressing tables of form indexes (plus one, 0 = free) sit over
 * the array of forms: one keyed by the form's bytes, one by its lower case
 * (holding only the listed forms, the first of each lower case).  Both are
 * at most half full and are rebuilt from the stored hashes when they grow,
 * so a span costs one hash and one probe sequence, and a new form a second
 * hash of its lower case.
 */
#include "text/forms.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "text/wordtab.h"

struct sr_forms {
  const char *text; /* not owned */
  size_t len;
  sr_form *forms;
  size_t n, capforms;
  uint32_t *exact, *lower; /* cap slots each */
  size_t cap;
  unsigned char *low; /* lower-case scratch of one form */
  size_t caplow;
  size_t *tmp; /* merge-sort scratch for sr_forms_top */
  size_t captmp;
};

sr_forms *sr_forms_new(void) { return calloc(1, sizeof(sr_forms)); }

void sr_forms_free(sr_forms *f) {
  if (!f) return;
  free(f->forms);
  free(f->exact);
  free(f->lower);
  free(f->low);
  free(f->tmp);
  free(f);
}

void sr_forms_reset(sr_forms *f, const char *text, size_t len) {
  f->text = text;
  f->len = len;
  f->n = 0;
  if (f->cap) {
    memset(f->exact, 0, f->cap * sizeof *f->exact);
    memset(f->lower, 0, f->cap * sizeof *f->lower);
  }
}

static inline unsigned char ascii_lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static int same_lower(const unsigned char *a, const unsigned char *b, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return 0;
  return 1;
}

/* Puts form i in the table `t` under hash h (no duplicate check). */
static void place(uint32_t *t, size_t cap, uint64_t h, size_t i) {
  size_t mask = cap - 1;
  size_t j = (size_t)h & mask;
  while (t[j]) j = (j + 1) & mask;
  t[j] = (uint32_t)(i + 1);
}

/* Makes room for one more form in the tables and the array. */
static int reserve(sr_forms *f) {
  if (f->n == f->capforms) {
    size_t cap = f->capforms ? 2 * f->capforms : 64;
    sr_form *nf = realloc(f->forms, cap * sizeof *nf);
    if (!nf) return SR_ENOMEM;
    f->forms = nf;
    f->capforms = cap;
  }
  if ((f->n + 1) * 2 <= f->cap) return 0;
  if (f->n >= UINT32_MAX - 1) return SR_ENOMEM;
  size_t cap = f->cap ? 2 * f->cap : 128;
  uint32_t *e = calloc(cap, sizeof *e), *l = calloc(cap, sizeof *l);
  if (!e || !l) {
    free(e);
    free(l);
    return SR_ENOMEM;
  }
  for (size_t i = 0; i < f->n; i++) {
    place(e, cap, f->forms[i].h, i);
    if (f->forms[i].listed) place(l, cap, f->forms[i].lh, i);
  }
  free(f->exact);
  free(f->lower);
  f->exact = e;
  f->lower = l;
  f->cap = cap;
  return 0;
}

int sr_forms_add(sr_forms *f, size_t start, size_t len, int kind) {
  if (start > f->len || len > f->len - start) return SR_EINVAL;
  const unsigned char *s = (const unsigned char *)f->text + start;
  const unsigned char *t = (const unsigned char *)f->text;
  /* (the word table's inline hash: forms are a few bytes long, and XXH3
   * was a library call per span; the hashes never leave these tables) */
  uint64_t h = sr_wordtab_hash(s, len);
  size_t mask = f->cap - 1, j = 0;
  if (f->cap) {
    for (j = (size_t)h & mask; f->exact[j]; j = (j + 1) & mask) {
      sr_form *o = &f->forms[f->exact[j] - 1];
      if (o->h == h && o->len == len && sr_wordtab_same(t + o->start, s, len)) {
        o->count++;
        return 0;
      }
    }
  }
  /* A new form: is its lower case new too? */
  if (len > f->caplow) {
    size_t cap = f->caplow ? f->caplow : 64;
    while (cap < len) cap *= 2;
    unsigned char *nl = realloc(f->low, cap);
    if (!nl) return SR_ENOMEM;
    f->low = nl;
    f->caplow = cap;
  }
  for (size_t i = 0; i < len; i++) f->low[i] = ascii_lower(s[i]);
  uint64_t lh = sr_wordtab_hash(f->low, len);
  int listed = 1;
  if (f->cap) {
    for (size_t k = (size_t)lh & mask; f->lower[k]; k = (k + 1) & mask) {
      const sr_form *o = &f->forms[f->lower[k] - 1];
      if (o->lh == lh && o->len == len && same_lower(t + o->start, s, len)) {
        listed = 0;
        break;
      }
    }
  }
  if (reserve(f) < 0) return SR_ENOMEM;
  size_t i = f->n++;
  f->forms[i] = (sr_form){start, len, 1, kind, listed, h, lh};
  place(f->exact, f->cap, h, i);
  if (listed) place(f->lower, f->cap, lh, i);
  return 0;
}

const sr_form *sr_forms_list(const sr_forms *f, size_t *n) {
  *n = f->n;
  return f->forms;
}

/* Does form a come before form b: more frequent, or as frequent and first
 * in byte order? */
static int before(const sr_forms *f, size_t a, size_t b) {
  const sr_form *x = &f->forms[a], *y = &f->forms[b];
  if (x->count != y->count) return x->count > y->count;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(f->text + x->start, f->text + y->start, n);
  if (c) return c < 0;
  return x->len < y->len;
}

static void merge_sort(const sr_forms *f, size_t *a, size_t *tmp, size_t n) {
  if (n < 2) return;
  size_t h = n / 2;
  merge_sort(f, a, tmp, h);
  merge_sort(f, a + h, tmp, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = before(f, a[j], a[i]) ? a[j++] : a[i++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, n * sizeof *a);
}

long sr_forms_top(sr_forms *f, size_t k, size_t *out) {
  if (k > f->n) k = f->n;
  if (k == 0) return 0;
  if (k <= 16) {
    /* Keep the best k in one pass: most forms lose against the last. */
    size_t nt = 0;
    for (size_t i = 0; i < f->n; i++) {
      if (nt == k && !before(f, i, out[k - 1])) continue;
      size_t pos = nt < k ? nt++ : k - 1;
      while (pos > 0 && before(f, i, out[pos - 1])) {
        out[pos] = out[pos - 1];
        pos--;
      }
      out[pos] = i;
    }
    return (long)nt;
  }
  /* Many wanted: sort them all. */
  if (f->n > f->captmp) {
    size_t *nt = realloc(f->tmp, 2 * f->n * sizeof *nt);
    if (!nt) return SR_ENOMEM;
    f->tmp = nt;
    f->captmp = f->n;
  }
  size_t *all = f->tmp, *tmp = f->tmp + f->n;
  for (size_t i = 0; i < f->n; i++) all[i] = i;
  merge_sort(f, all, tmp, f->n);
  memcpy(out, all, k * sizeof *out);
  return (long)k;
}
