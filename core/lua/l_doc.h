/* The Lua view of a document: a userdata whose text stays in a C buffer until
 * a script reads `doc.text` (then it becomes one cached Lua string), whose
 * metadata stays parsed JSON until a script reads `doc.meta`, and whose tags
 * are a C array.  C stages and text helpers read the buffer directly.
 *
 * Uservalues: 1 = the text as a Lua string (when materialized),
 *             2 = the meta table, 3 = the meta keys' original order.
 */
#ifndef SARING_LUA_DOC_H
#define SARING_LUA_DOC_H

#include <jansson.h>
#include <lua.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SR_DOC_MT "saring.doc"

typedef struct sr_tag {
  size_t start, stop;  /* 1-based, inclusive byte positions */
  char *type;          /* owned (see pooled) */
  char *str;           /* owned string value, or NULL (see pooled) */
  double num;
  int kind;            /* 0 none, 1 number, 2 string */
  int pooled;          /* type and str live in the document's tag pool */
} sr_tag;

/* Memory for the strings of tags made in C (sr_ldoc_add_tag): chunks that
 * are only freed with the document, so a tag costs no malloc of its own. */
typedef struct sr_tagpool sr_tagpool;

typedef struct sr_ldoc {
  char *id;            /* owned */
  const char *source;  /* not owned: the input's name outlives the document */
  uint64_t line;
  char *text;          /* owned C buffer, or NULL when the text is uservalue 1 */
  size_t len;
  json_t *meta_json;   /* owned reference until the meta table is made */
  sr_tag *tags;
  size_t ntags, captags;
  sr_tagpool *pool;    /* owned chunk list, or NULL */
} sr_ldoc;

/* Pushes a new document.  Takes ownership of id, text and meta (any may be
 * NULL; text NULL means empty). */
sr_ldoc *sr_ldoc_push(lua_State *L, char *id, const char *source, uint64_t line, char *text,
                      size_t len, json_t *meta);
sr_ldoc *sr_ldoc_test(lua_State *L, int idx);
sr_ldoc *sr_ldoc_check(lua_State *L, int idx);

/* The document's text, wherever it lives. */
const char *sr_ldoc_text(lua_State *L, int idx, size_t *len);
/* Replaces the text with a malloc'd buffer (ownership passes to the doc). */
void sr_ldoc_set_text(lua_State *L, int idx, char *text, size_t len);

/* Appends a tag [start, stop] (1-based, inclusive; the caller checks them
 * against the text) of `type` with the string value str (or no value when
 * str is NULL), as doc:tag does.  The strings are copied into the
 * document's tag pool, which lives as long as the document (a tag cleared
 * by doc:clear_tags leaves them there).  Returns 0 or SR_ENOMEM (the
 * document is then unchanged). */
int sr_ldoc_add_tag(sr_ldoc *d, size_t start, size_t stop, const char *type, size_t tlen,
                    const char *str, size_t slen);
/* Makes room for `more` tags at once (the caller knows how many it will
 * add).  Returns 0 or SR_ENOMEM. */
int sr_ldoc_reserve_tags(sr_ldoc *d, size_t more);

/* Appends the document as one JSON object and a newline.  `fields` is the
 * stack index of an array of key names giving the output order, or 0.
 * Returns 0, or -1 with a message pushed. */
int sr_ldoc_write_json(lua_State *L, int idx, int fields, sr_buf *out);

/* Registers the metatable; called once per lua_State. */
void sr_ldoc_open(lua_State *L);

#endif
