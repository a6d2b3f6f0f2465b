/* The locales saring's date and number helpers know.  The language decides
 * how ambiguous forms are read: "6/7/2025" is 6 July in Indonesian and Malay
 * but June 7 in US English; "12,500" is twelve and a half in Indonesian but
 * twelve thousand five hundred in English. */
#ifndef SARING_TEXT_LOCALE_H
#define SARING_TEXT_LOCALE_H

#include <string.h>

typedef enum sr_loc_lang {
  SR_LOC_AUTO = 0, /* guess from the form itself (see each helper) */
  SR_LOC_ID,       /* Indonesian */
  SR_LOC_MS,       /* Malay */
  SR_LOC_EN        /* English */
} sr_loc_lang;

/* Maps "id", "ms", "en" (and "auto" or "") to a locale; -1 when unknown.
 * "jv" and "su" read numbers and dates like Indonesian. */
static inline int sr_loc_lang_parse(const char *code) {
  if (code == NULL || code[0] == '\0' || strcmp(code, "auto") == 0) return SR_LOC_AUTO;
  if (strcmp(code, "id") == 0 || strcmp(code, "jv") == 0 || strcmp(code, "su") == 0)
    return SR_LOC_ID;
  if (strcmp(code, "ms") == 0) return SR_LOC_MS;
  if (strcmp(code, "en") == 0) return SR_LOC_EN;
  return -1;
}

#endif
