/* Listing a run's inputs (see input.h). */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "error.h"

int sr_format_parse(const char *name) {
  if (!strcasecmp(name, "text") || !strcasecmp(name, "txt")) return SR_FORMAT_TEXT;
  if (!strcasecmp(name, "jsonl") || !strcasecmp(name, "ndjson")) return SR_FORMAT_JSONL;
  if (!strcasecmp(name, "lines")) return SR_FORMAT_LINES;
  return -1;
}

static int ends_with(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n >= k && !strncasecmp(s + n - k, suffix, k);
}

sr_format sr_format_from_path(const char *path) {
  size_t n = strlen(path);
  if (ends_with(path, n, ".gz")) n -= 3;
  else if (ends_with(path, n, ".zst")) n -= 4;
  else if (ends_with(path, n, ".zstd")) n -= 5;
  if (ends_with(path, n, ".jsonl") || ends_with(path, n, ".ndjson") || ends_with(path, n, ".json"))
    return SR_FORMAT_JSONL;
  return SR_FORMAT_TEXT;
}

static int push(sr_inputs *in, const char *path, sr_format format, int64_t size, const char *error) {
  if (in->n == in->cap) {
    size_t cap = in->cap ? 2 * in->cap : 64;
    sr_input *v = realloc(in->v, cap * sizeof *v);
    if (!v) return SR_ENOMEM;
    in->v = v;
    in->cap = cap;
  }
  sr_input *x = &in->v[in->n];
  x->path = strdup(path);
  x->format = format;
  x->size = size;
  x->error = error ? strdup(error) : NULL;
  if (!x->path || (error && !x->error)) return SR_ENOMEM;
  in->n++;
  if (size < 0 || in->total_bytes < 0) in->total_bytes = -1;
  else in->total_bytes += size;
  return 0;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(sr_inputs *in, const char *dir, sr_format forced, int depth) {
  if (depth > 64) return push(in, dir, SR_FORMAT_TEXT, 0, "folders nested too deeply");
  DIR *d = opendir(dir);
  if (!d) {
    char msg[256];
    snprintf(msg, sizeof msg, "cannot open folder: %s", strerror(errno));
    return push(in, dir, SR_FORMAT_TEXT, 0, msg);
  }
  size_t n = 0, cap = 64;
  char **names = malloc(cap * sizeof *names);
  struct dirent *e;
  int rc = 0;
  while (names && (e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      char **nn = realloc(names, 2 * cap * sizeof *nn);
      if (!nn) break;
      names = nn;
      cap *= 2;
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  if (!names) return SR_ENOMEM;
  qsort(names, n, sizeof *names, cmp_names);
  size_t dl = strlen(dir);
  for (size_t i = 0; i < n; i++) {
    if (!names[i]) continue;
    size_t pl = dl + strlen(names[i]) + 2;
    char *p = malloc(pl);
    if (!p) {
      rc = SR_ENOMEM;
      break;
    }
    snprintf(p, pl, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
    struct stat lst, st;
    if (lstat(p, &lst) == 0 && S_ISDIR(lst.st_mode)) {
      rc = walk(in, p, forced, depth + 1);
    } else if (stat(p, &st) == 0) {
      if (S_ISREG(st.st_mode))
        rc = push(in, p, forced ? forced : sr_format_from_path(p), (int64_t)st.st_size, NULL);
      /* Links to folders, sockets and devices are skipped. */
    } else {
      char msg[256];
      snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
      rc = push(in, p, SR_FORMAT_TEXT, 0, msg);
    }
    free(p);
    if (rc) break;
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  return rc;
}

int sr_inputs_add(sr_inputs *in, const char *arg, sr_format forced) {
  if (!strcmp(arg, "-")) return push(in, "-", forced ? forced : SR_FORMAT_TEXT, -1, NULL);
  struct stat st;
  if (stat(arg, &st) != 0) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s", errno == ENOENT ? "no such file or folder" : strerror(errno));
    return push(in, arg, SR_FORMAT_TEXT, 0, msg);
  }
  if (S_ISDIR(st.st_mode)) return walk(in, arg, forced, 0);
  return push(in, arg, forced ? forced : sr_format_from_path(arg), (int64_t)st.st_size, NULL);
}

void sr_inputs_free(sr_inputs *in) {
  for (size_t i = 0; i < in->n; i++) {
    free(in->v[i].path);
    free(in->v[i].error);
  }
  free(in->v);
  memset(in, 0, sizeof *in);
}

int sr_parse_size(const char *s, size_t *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || !(v >= 0)) return -1;
  switch (*end) {
    case 'k': case 'K': v *= 1024; end++; break;
    case 'm': case 'M': v *= 1024 * 1024; end++; break;
    case 'g': case 'G': v *= 1024.0 * 1024 * 1024; end++; break;
    default: break;
  }
  if (*end == 'B' || *end == 'b') end++;
  /* SIZE_MAX rounds up to 2^64 in a double (on 64-bit systems), so this
   * refuses every value the conversion below could not hold; infinity too. */
  if (*end || v >= (double)SIZE_MAX) return -1;
  *out = (size_t)v;
  return 0;
}
