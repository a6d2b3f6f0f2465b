/* The surface forms of the spans tagged in a text (no Lua): how often each
 * distinct form occurs, which forms are also new in lower case, and the most
 * frequent ones.  The news pipeline's entities stage lists an entity once per
 * lower-cased spelling and picks its keywords from the frequent forms; this
 * does both without a Lua table per span.
 *
 * Forms are byte strings compared byte for byte; "lower case" is ASCII
 * lower case (what Lua's string.lower does in the C locale), so "JAKARTA"
 * and "Jakarta" are two forms with one lower case.  A form refers to its
 * first occurrence in the text, which is not copied: the text must stay in
 * place while the forms are used.
 *
 * One sr_forms is scratch memory reused from text to text (one per thread).
 */
#ifndef SARING_TEXT_FORMS_H
#define SARING_TEXT_FORMS_H

#include <stddef.h>
#include <stdint.h>

typedef struct sr_form {
  size_t start, len; /* first occurrence: 0-based byte offset and length */
  size_t count;      /* occurrences */
  int kind;          /* the caller's kind of the first occurrence */
  int listed;        /* 1 when no earlier form has the same lower case */
  uint64_t h, lh;    /* hashes of the form and of its lower case */
} sr_form;

typedef struct sr_forms sr_forms;

/* An empty set of forms, or NULL when out of memory. */
sr_forms *sr_forms_new(void);
void sr_forms_free(sr_forms *f);

/* Forgets every form and starts on `text` (not copied). */
void sr_forms_reset(sr_forms *f, const char *text, size_t len);

/* Counts one occurrence of text[start, start + len) (inside the text given
 * to sr_forms_reset) of the caller's `kind`.  Returns 0, SR_EINVAL for a
 * span outside the text, or SR_ENOMEM. */
int sr_forms_add(sr_forms *f, size_t start, size_t len, int kind);

/* The forms in the order of their first occurrence; *n is their number.
 * The array belongs to f and lives until its next add or reset. */
const sr_form *sr_forms_list(const sr_forms *f, size_t *n);

/* Stores in out[0..] the indexes (into sr_forms_list) of the k most frequent
 * forms, most frequent first and forms of equal count in byte order (a
 * prefix first); returns how many were stored (at most k) or SR_ENOMEM. */
long sr_forms_top(sr_forms *f, size_t k, size_t *out);

#endif
