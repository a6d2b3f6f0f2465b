/* Safe file names from document fields (see pathsafe.h). */
#include "pathsafe.h"

#include "text/utf8.h"

size_t sr_path_component(const char *str, size_t len, char *out, size_t cap) {
  const unsigned char *s = (const unsigned char *)str;
  size_t o = 0, i = 0;
  if (cap == 0) return 0;
  /* 200 bytes keeps NAME.txt and NAME.error.json under NAME_MAX (255). */
  size_t limit = cap - 1 < 200 ? cap - 1 : 200;
  while (i < len && o < limit) {
    unsigned c = s[i];
    if (c >= 0x80) {
      int cp;
      size_t n = sr_utf8_decode(s + i, len - i, &cp);
      if (n == 0 || cp < 0xA0) {
        out[o++] = '_';
        i += n ? n : 1;
        continue;
      }
      if (o + n > limit) break;
      for (size_t k = 0; k < n; k++) out[o++] = (char)s[i + k];
      i += n;
      continue;
    }
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
             c == '_' || (c == '.' && o > 0);
    out[o++] = ok ? (char)c : '_';
    i++;
  }
  if (o == 0) out[o++] = '_';
  out[o] = '\0';
  return o;
}
