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
  char *type;          /* in the document's string blocks (sr_ldoc_strdup) */
  char *str;           /* string value, in the same blocks, or NULL */
  double num;
  int kind;            /* 0 none, 1 number, 2 string */
} sr_tag;

/* Blocks of NUL-terminated strings that live as long as their document:
 * tag types and values, which were two mallocs per tag, a hundred tags per
 * page. */
typedef struct sr_strblock {
  struct sr_strblock *next;
  size_t used, cap;
  char data[];
} sr_strblock;

typedef struct sr_ldoc {
  char *id;            /* owned */
  const char *source;  /* not owned: the input's name outlives the document */
  uint64_t line;
  char *text;          /* owned C buffer, or NULL when the text is uservalue 1 */
  size_t len;
  json_t *meta_json;   /* owned reference until the meta table is made */
  sr_tag *tags;
  size_t ntags, captags;
  sr_strblock *strs;   /* owned; newest block first */
} sr_ldoc;

/* Pushes a new document.  Takes ownership of id, text and meta (any may be
 * NULL; text NULL means empty). */
sr_ldoc *sr_ldoc_push(lua_State *L, char *id, const char *source, uint64_t line, char *text,
                      size_t len, json_t *meta);
sr_ldoc *sr_ldoc_test(lua_State *L, int idx);
sr_ldoc *sr_ldoc_check(lua_State *L, int idx);

/* A copy of s[0..n) plus a NUL in the document's string blocks, valid
 * until the document is collected; NULL when out of memory. */
char *sr_ldoc_strdup(sr_ldoc *d, const char *s, size_t n);

/* The document's text, wherever it lives. */
const char *sr_ldoc_text(lua_State *L, int idx, size_t *len);
/* Replaces the text with a malloc'd buffer (ownership passes to the doc). */
void sr_ldoc_set_text(lua_State *L, int idx, char *text, size_t len);

/* Appends the document as one JSON object and a newline.  `fields` is the
 * stack index of an array of key names giving the output order, or 0.
 * Returns 0, or -1 with a message pushed. */
int sr_ldoc_write_json(lua_State *L, int idx, int fields, sr_buf *out);

/* Registers the metatable; called once per lua_State. */
void sr_ldoc_open(lua_State *L);

#endif
