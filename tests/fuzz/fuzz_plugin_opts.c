/* Fuzz target: the plugin option parser (sr_opts_parse in core/plugin/,
 * "key=value,key=value" from --source/--sink and saring.plugin).
 *
 * Invariants: no crash; a parse either fails with a message or gives
 * options with non-empty keys free of '=' and ','; written back as
 * key=value,... and parsed again, the options are the same (by their
 * canonical text).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plugin/host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *spec = malloc(size + 1);
  if (!spec) return 0;
  memcpy(spec, data, size);
  spec[size] = '\0';
  char *err = NULL;
  sr_opts *o = sr_opts_parse(spec, &err);
  if (!o) {
    CHECK(err != NULL);
    free(err);
    free(spec);
    return 0;
  }
  for (size_t i = 0; i < o->n; i++) {
    CHECK(o->keys[i] && o->values[i]);
    CHECK(!strchr(o->keys[i], ','));
  }
  /* Written back as key=value,... and parsed again: the same options. */
  size_t len = 1;
  for (size_t i = 0; i < o->n; i++) {
    CHECK(o->keys[i][0] && !strchr(o->keys[i], '='));
    len += strlen(o->keys[i]) + strlen(o->values[i]) + 2;
  }
  char *text = malloc(len), *p = text;
  CHECK(text);
  *p = '\0';
  for (size_t i = 0; i < o->n; i++) p += sprintf(p, "%s%s=%s", i ? "," : "", o->keys[i], o->values[i]);
  char *err2 = NULL;
  sr_opts *again = sr_opts_parse(text, &err2);
  CHECK(again);
  char *c1 = sr_opts_canonical(o), *c2 = sr_opts_canonical(again);
  CHECK(c1 && c2 && !strcmp(c1, c2));
  free(c1);
  free(c2);
  free(text);
  sr_opts_free(again);
  sr_opts_free(o);
  free(spec);
  return 0;
}
