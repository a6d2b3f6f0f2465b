/* What the pieces of the plugin host share: the document accessors (Lua
 * side), the source emitter, and the Lua entry points. */
#ifndef SARING_PLUGIN_INTERNAL_H
#define SARING_PLUGIN_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "saring/plugin.h"

/* Every member of the first version of the table: a plugin claiming a
 * smaller table was not built against any released header. */
#define SR_HOST_API_V1_SIZE (offsetof(sr_host_api, lua_worker) + sizeof(void *))

/* A document as a stage sees it: the Lua document at a stack slot of the
 * worker's state, for the duration of one process call. */
struct sr_pdoc {
  struct lua_State *L;
  int idx;
  char num[40];  /* a number tag value formatted for doc_tag_get */
};

const char *sr_pdoc_id(sr_pdoc *d);
const char *sr_pdoc_source(sr_pdoc *d);
const char *sr_pdoc_text(sr_pdoc *d, size_t *len);
int sr_pdoc_set_text(sr_pdoc *d, const char *text, size_t len);
char *sr_pdoc_meta_get(sr_pdoc *d, const char *key);
int sr_pdoc_meta_set(sr_pdoc *d, const char *key, const char *json);
int sr_pdoc_tag(sr_pdoc *d, size_t start, size_t end, const char *type, const char *value);
size_t sr_pdoc_tag_count(sr_pdoc *d);
int sr_pdoc_tag_get(sr_pdoc *d, size_t i, size_t *start, size_t *end, const char **type, const char **value);

/* Documents a source's read call emits, with their acknowledgement tokens. */
struct sr_emitter {
  const char *source;   /* the documents' source name; outlives them */
  sr_doc *head, *tail;
  char **tokens;        /* one per document; entries may be NULL */
  size_t n, cap;
  size_t bytes;
  uint64_t *counter;    /* numbers documents without an id */
};

int sr_emitter_emit(sr_emitter *em, const char *id, const char *text, size_t len, const char *meta_json,
                    const char *ack_token);
int sr_emitter_emit_json(sr_emitter *em, const char *json, size_t len, const char *ack_token);

const char *sr_plugin_lua_checktext(struct lua_State *L, int arg, size_t *len);
int sr_plugin_lua_worker(struct lua_State *L);

#endif
