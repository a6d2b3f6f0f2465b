/* The command lines of `saring watch` and `saring status`, and the config
 * file that holds the same settings. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "log.h"
#include "text/hscache.h"
#include "watch/journal.h"
#include "watch/watch.h"

static const char WATCH_USAGE[] =
    "usage: saring watch SCRIPT DIR [OPTIONS]\n"
    "       saring watch --config FILE\n"
    "\n"
    "Watches DIR (recursively) and runs every file that becomes ready through the\n"
    "pipeline SCRIPT exactly once, across crashes, restarts and full disks.\n"
    "\n"
    "folders:\n"
    "      --state DIR        journal and lock (default DIR/.saring)\n"
    "      --out DIR          documents.jsonl and failed.jsonl (default DIR/out)\n"
    "      --processed DIR    where committed inputs go (default DIR/processed)\n"
    "      --failed DIR       where failed inputs go, with NAME.error.json (default DIR/failed)\n"
    "      --after ACTION     move (default), delete or leave committed inputs\n"
    "      --duplicates P     skip (default) or process content seen before\n"
    "readiness:\n"
    "      --settle MS        unchanged size and mtime for MS makes a file ready (default 1000)\n"
    "      --quiet-window MS  a renamed-in file is ready after MS without change (default 20)\n"
    "      --marker SUFFIX    marker mode: NAME is ready when NAME+SUFFIX exists\n"
    "      --reconcile MS     full rescan period, for missed events (default 2000)\n"
    "      --follow-symlinks  take symbolic links (not followed by default)\n"
    "processing:\n"
    "  -w, --workers N        worker threads (default: cores)\n"
    "  -f, --format FMT       text, jsonl or lines (default: from each file's extension)\n"
    "      --text-field NAME, --id-field NAME, --utf8 repair|strict, --max-doc-bytes SIZE\n"
    "      --max-inflight-files N   files read but not committed (default 256)\n"
    "  -s, --set KEY=VALUE    an option for the script\n"
    "      --trusted          let the script run programs\n"
    "      --cache-dir DIR    keep compiled pattern sets in DIR (default: $SARING_CACHE_DIR,\n"
    "                         else $XDG_CACHE_HOME/saring or ~/.cache/saring)\n"
    "      --no-cache         compile pattern sets afresh; read and write no cache\n"
    "      --limit-instructions N, --limit-memory SIZE, --limit-time MS, --lua-memory SIZE\n"
    "                         stage limits, as for `saring run`\n"
    "operation:\n"
    "      --drain-timeout MS on SIGTERM/SIGINT, finish in-flight files within MS (default 30000)\n"
    "      --metrics ADDR:PORT   serve /metrics (Prometheus) and /health, e.g. 127.0.0.1:9464\n"
    "      --log-format FMT   text, logfmt (default for watch) or json\n"
    "      --log-level LEVEL  debug, info (default), warn, error\n"
    "      --config FILE      read settings from FILE (key = value lines, the long option names;\n"
    "                         `script` and `dir` too); the command line wins\n"
    "\n"
    "Signals: SIGHUP (or a change of SCRIPT) reloads the script at a document boundary;\n"
    "SIGTERM/SIGINT stop intake and drain; a second one exits at once.\n";

static const struct option WATCH_OPTS[] = {
  {"state", required_argument, NULL, 1},
  {"out", required_argument, NULL, 2},
  {"processed", required_argument, NULL, 3},
  {"failed", required_argument, NULL, 4},
  {"after", required_argument, NULL, 5},
  {"duplicates", required_argument, NULL, 6},
  {"settle", required_argument, NULL, 7},
  {"quiet-window", required_argument, NULL, 8},
  {"marker", required_argument, NULL, 9},
  {"reconcile", required_argument, NULL, 10},
  {"follow-symlinks", no_argument, NULL, 11},
  {"workers", required_argument, NULL, 'w'},
  {"format", required_argument, NULL, 'f'},
  {"text-field", required_argument, NULL, 12},
  {"id-field", required_argument, NULL, 13},
  {"utf8", required_argument, NULL, 14},
  {"max-doc-bytes", required_argument, NULL, 15},
  {"max-inflight-files", required_argument, NULL, 16},
  {"set", required_argument, NULL, 's'},
  {"trusted", no_argument, NULL, 17},
  {"drain-timeout", required_argument, NULL, 18},
  {"metrics", required_argument, NULL, 19},
  {"log-format", required_argument, NULL, 20},
  {"log-level", required_argument, NULL, 21},
  {"config", required_argument, NULL, 22},
  {"script", required_argument, NULL, 23},
  {"dir", required_argument, NULL, 24},
  {"explain", no_argument, NULL, 25},
  {"limit-instructions", required_argument, NULL, 26},
  {"limit-memory", required_argument, NULL, 27},
  {"limit-time", required_argument, NULL, 28},
  {"lua-memory", required_argument, NULL, 29},
  {"cache-dir", required_argument, NULL, 30},
  {"no-cache", no_argument, NULL, 31},
  {"help", no_argument, NULL, 'h'},
  {NULL, 0, NULL, 0},
};

static int bad(const char *fmt, const char *arg) {
  fprintf(stderr, "saring: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  sr_usage_hint(WATCH_USAGE);
  return 2;
}

static int num(const char *s, unsigned long long *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s || *end || errno) return -1;
  *out = v;
  return 0;
}

/* Reads FILE into "--key=value" arguments.  Returns the count, or -1 with a
 * message naming the file and line. */
static int read_config(const char *path, char ***args) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "saring: cannot read config %s: %s\n", path, strerror(errno));
    return -1;
  }
  char line[4096];
  int n = 0, cap = 16, lineno = 0;
  char **v = calloc((size_t)cap, sizeof *v);
  while (fgets(line, sizeof line, f)) {
    lineno++;
    char *s = line;
    while (*s == ' ' || *s == '\t') s++;
    s[strcspn(s, "\r\n")] = '\0';
    if (!*s || *s == '#' || *s == ';' || *s == '[') continue;
    char *eq = strchr(s, '=');
    char *key = s, *val = NULL;
    if (eq) {
      *eq = '\0';
      val = eq + 1;
      while (*val == ' ' || *val == '\t') val++;
      size_t vl = strlen(val);
      while (vl && (val[vl - 1] == ' ' || val[vl - 1] == '\t')) val[--vl] = '\0';
      if (vl >= 2 && val[0] == '"' && val[vl - 1] == '"') {
        val[vl - 1] = '\0';
        val++;
      }
    }
    size_t kl = strlen(key);
    while (kl && (key[kl - 1] == ' ' || key[kl - 1] == '\t')) key[--kl] = '\0';
    for (char *k = key; *k; k++)
      if (*k == '_') *k = '-';
    int known = 0;
    for (const struct option *o = WATCH_OPTS; o->name; o++)
      if (!strcmp(o->name, key)) known = 1;
    if (!known || !strcmp(key, "config")) {
      fprintf(stderr, "saring: %s:%d: unknown setting '%s'\n", path, lineno, key);
      fclose(f);
      for (int i = 0; i < n; i++) free(v[i]);
      free(v);
      return -1;
    }
    if (n + 1 >= cap) {
      cap *= 2;
      v = realloc(v, (size_t)cap * sizeof *v);
    }
    size_t len = kl + (val ? strlen(val) : 0) + 4;
    v[n] = malloc(len);
    if (val) snprintf(v[n], len, "--%s=%s", key, val);
    else snprintf(v[n], len, "--%s", key);
    n++;
  }
  fclose(f);
  *args = v;
  return n;
}

int sr_cmd_watch(int argc, char **argv) {
  /* A config file's settings come first, so the command line overrides. */
  char **cfg = NULL;
  int ncfg = 0;
  for (int i = 1; i < argc; i++) {
    const char *path = NULL;
    if (!strcmp(argv[i], "--config") && i + 1 < argc) path = argv[i + 1];
    else if (!strncmp(argv[i], "--config=", 9)) path = argv[i] + 9;
    if (path && (ncfg = read_config(path, &cfg)) < 0) return 2;
  }
  int nargs = argc + ncfg;
  char **args = calloc((size_t)nargs + 1, sizeof *args);
  /* getopt names the program in its messages after args[0]. */
  static char prog[] = "saring watch";
  args[0] = prog;
  for (int i = 0; i < ncfg; i++) args[1 + i] = cfg[i];
  for (int i = 1; i < argc; i++) args[ncfg + i] = argv[i];

  int rc = 2;
  sr_watch_opts o;
  sr_watch_opts_init(&o);
  const char **sets = calloc((size_t)nargs + 1, sizeof *sets);
  int nsets = 0, level = SR_LOG_INFO, format = SR_LOG_LOGFMT;
  const char *cache_dir = NULL;
  int no_cache = 0;
  unsigned long long v;
  int c;
  optind = 1;
  while ((c = getopt_long(nargs, args, "w:f:s:h", WATCH_OPTS, NULL)) != -1) {
    switch (c) {
      case 1: o.state_dir = optarg; break;
      case 2: o.out_dir = optarg; break;
      case 3: o.processed_dir = optarg; break;
      case 4: o.failed_dir = optarg; break;
      case 5:
        if (!strcmp(optarg, "move")) o.after = SR_INPUT_MOVE;
        else if (!strcmp(optarg, "delete")) o.after = SR_INPUT_DELETE;
        else if (!strcmp(optarg, "leave")) o.after = SR_INPUT_LEAVE;
        else { rc = bad("--after takes move, delete or leave, not '%s'", optarg); goto done; }
        break;
      case 6:
        if (!strcmp(optarg, "skip")) o.duplicates = SR_DUP_SKIP;
        else if (!strcmp(optarg, "process")) o.duplicates = SR_DUP_PROCESS;
        else { rc = bad("--duplicates takes skip or process, not '%s'", optarg); goto done; }
        break;
      case 7: if (num(optarg, &v)) { rc = bad("--settle takes milliseconds, not '%s'", optarg); goto done; } o.settle_ms = v; break;
      case 8: if (num(optarg, &v)) { rc = bad("--quiet-window takes milliseconds, not '%s'", optarg); goto done; } o.quiet_ms = v; break;
      case 9: o.marker = optarg; break;
      case 10: if (num(optarg, &v) || !v) { rc = bad("--reconcile takes milliseconds, not '%s'", optarg); goto done; } o.reconcile_ms = v; break;
      case 11: o.follow_symlinks = 1; break;
      case 'w': if (num(optarg, &v) || !v || v > 1024) { rc = bad("--workers takes 1 to 1024, not '%s'", optarg); goto done; } o.workers = (int)v; break;
      case 'f': {
        int fm = sr_format_parse(optarg);
        if (fm < 0) { rc = bad("unknown format '%s' (text, jsonl or lines)", optarg); goto done; }
        o.format = (sr_format)fm;
        break;
      }
      case 12: o.text_field = optarg; break;
      case 13: o.id_field = optarg; break;
      case 14:
        if (!strcmp(optarg, "strict")) o.utf8_strict = 1;
        else if (strcmp(optarg, "repair")) { rc = bad("--utf8 takes repair or strict, not '%s'", optarg); goto done; }
        break;
      case 15: if (sr_parse_size(optarg, &o.max_doc_bytes) || !o.max_doc_bytes) { rc = bad("--max-doc-bytes takes a size such as 200M, not '%s'", optarg); goto done; } break;
      case 16: if (num(optarg, &v) || !v) { rc = bad("--max-inflight-files takes a number, not '%s'", optarg); goto done; } o.max_inflight_files = v; break;
      case 's':
        if (!strchr(optarg, '=')) { rc = bad("--set takes KEY=VALUE, not '%s'", optarg); goto done; }
        sets[nsets++] = optarg;
        break;
      case 17: o.trusted = 1; break;
      case 18: if (num(optarg, &v)) { rc = bad("--drain-timeout takes milliseconds, not '%s'", optarg); goto done; } o.drain_ms = v; break;
      case 19: o.metrics = optarg; break;
      case 20: if ((format = sr_log_format_parse(optarg)) < 0) { rc = bad("--log-format takes text, logfmt or json, not '%s'", optarg); goto done; } break;
      case 21: if ((level = sr_log_level_parse(optarg)) < 0) { rc = bad("--log-level takes debug, info, warn or error, not '%s'", optarg); goto done; } break;
      case 22: break; /* read above */
      case 23: o.script = optarg; break;
      case 24: o.dir = optarg; break;
      case 25: o.explain = 1; break;
      case 26: if (num(optarg, &v)) { rc = bad("--limit-instructions takes a count, not '%s'", optarg); goto done; } o.limits.instructions = v; break;
      case 27: if (sr_parse_size(optarg, &o.limits.memory)) { rc = bad("--limit-memory takes a size such as 256M (0: none), not '%s'", optarg); goto done; } break;
      case 28: if (num(optarg, &v)) { rc = bad("--limit-time takes milliseconds, not '%s'", optarg); goto done; } o.limits.time_ms = v; break;
      case 29: if (sr_parse_size(optarg, &o.state_memory)) { rc = bad("--lua-memory takes a size such as 2G (0: none), not '%s'", optarg); goto done; } break;
      case 30: cache_dir = optarg; break;
      case 31: no_cache = 1; break;
      case 'h': fputs(WATCH_USAGE, stdout); rc = 0; goto done;
      default: sr_usage_hint(WATCH_USAGE); rc = 2; goto done;  /* getopt said what was wrong */
    }
  }
  sr_log_setup((sr_log_level)level, (sr_log_format)format);
  sr_hscache_configure(no_cache, cache_dir);
  if (!o.script && optind < nargs) o.script = args[optind++];
  if (!o.dir && optind < nargs) o.dir = args[optind++];
  if (!o.script) { rc = bad("%s", "missing SCRIPT"); goto done; }
  if (!o.dir) { rc = bad("%s", "missing DIR (the folder to watch)"); goto done; }
  if (optind < nargs) { rc = bad("unexpected argument '%s'", args[optind]); goto done; }
  o.set = sets;
  rc = sr_watch(&o);
done:
  free(sets);
  for (int i = 0; i < ncfg; i++) free(cfg[i]);
  free(cfg);
  free(args);
  return rc;
}

int sr_cmd_status(int argc, char **argv) {
  const char *state = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--state") && i + 1 < argc) state = argv[++i];
    else if (!strncmp(argv[i], "--state=", 8)) state = argv[i] + 8;
    else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      puts("usage: saring status --state DIR\n\nPrints what the journal of a watch daemon holds: files by state, "
           "committed output sizes, latency, recent failures.");
      return 0;
    } else if (!state) state = argv[i];
  }
  if (!state) {
    fprintf(stderr, "saring: status needs --state DIR\n");
    return 2;
  }
  char path[4200];
  snprintf(path, sizeof path, "%s/journal.db", state);
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "saring: no journal at %s: %s\n", path, strerror(errno));
    return 2;
  }
  fclose(f);
  sr_journal *j;
  char *err = NULL;
  if (sr_journal_open(&j, state, &err)) {
    fprintf(stderr, "saring: %s\n", err);
    free(err);
    return 2;
  }
  char *text = NULL;
  sr_journal_status(j, &text);
  fputs(text ? text : "", stdout);
  free(text);
  sr_journal_close(j);
  return 0;
}
