/* saring's command line: `saring run`, `saring lua`, `saring version`. */
#include <getopt.h>
#include <limits.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "input.h"
#include "log.h"
#include "lua/modules.h"
#include "plugin/host.h"
#include "run.h"
#include "script.h"
#include "text/hscache.h"
#include "watch/watch.h"

static const char MAIN_USAGE[] =
    "usage: saring COMMAND [ARGS]\n"
    "\n"
    "Streams text documents through the stages of a Lua pipeline script.\n"
    "\n"
    "commands:\n"
    "  run SCRIPT INPUT...    run a pipeline over files, folders or - (stdin)\n"
    "  watch SCRIPT DIR       a daemon: every file dropped into DIR, processed exactly once\n"
    "  status --state DIR     what a watch daemon's journal holds\n"
    "  lua FILE [ARG...]      run a Lua file with saring's modules (tests, tools)\n"
    "  plugins                list the plugins found and what each offers\n"
    "  version                print the version\n"
    "  help [COMMAND]         show help\n"
    "\n"
    "`saring COMMAND --help` shows a command's options.\n";

static const char RUN_USAGE[] =
    "usage: saring run SCRIPT INPUT... [OPTIONS]\n"
    "\n"
    "Runs the pipeline returned by SCRIPT over INPUTs: files, folders (read\n"
    "recursively, in sorted order) or - for standard input.  Plain text is one\n"
    "document per file; JSONL is one document per line.  .gz and .zst inputs are\n"
    "decompressed.  Kept documents are written as JSONL, in input order.\n"
    "\n"
    "output:\n"
    "  -o, --out FILE         JSONL output (- for stdout, the default; .gz/.zst compress)\n"
    "      --failed FILE      dead-letter JSONL for failed documents\n"
    "                         (default: OUT with .failed.jsonl, created only if needed)\n"
    "      --stats FILE       write the run summary as JSON\n"
    "      --unordered        write results as they finish instead of in input order\n"
    "      --csv FILE         also a CSV summary, one row per kept document (columns:\n"
    "                         the pipeline's `csv` list, else its `fields` but text)\n"
    "      --mirror DIR       also the kept texts as DIR/ID.txt (names made safe)\n"
    "input:\n"
    "  -f, --format FMT       text, jsonl or lines (default: from each file's extension)\n"
    "      --text-field NAME  JSONL field holding the text (default: text)\n"
    "      --id-field NAME    JSONL field holding the id (default: id)\n"
    "      --utf8 MODE        repair (default: invalid bytes become U+FFFD) or strict\n"
    "      --max-doc-bytes N  larger documents fail with a reason (default: 1G)\n"
    "processing:\n"
    "  -w, --workers N        worker threads, each with its own Lua state (default: cores)\n"
    "      --batch N          documents per batch handed to a worker (default: 64)\n"
    "      --max-inflight N   documents read but not yet written (default: 4096)\n"
    "  -s, --set KEY=VALUE    an option for the script (saring.options.KEY)\n"
    "      --explain          ask stages to record why they removed what they removed\n"
    "      --trusted          let the script run programs (os.execute, io.popen)\n"
    "      --cache-dir DIR    keep compiled pattern sets in DIR (default: $SARING_CACHE_DIR,\n"
    "                         else $XDG_CACHE_HOME/saring or ~/.cache/saring)\n"
    "      --no-cache         compile pattern sets afresh; read and write no cache\n"
    "limits (per document and stage; a stage past one fails its document):\n"
    "      --limit-instructions N  Lua instructions (default: none; costs ~20% when set)\n"
    "      --limit-memory SIZE     memory a stage call may add (default 1G; 0: none)\n"
    "      --limit-time MS         wall-clock time (default 60000; 0: none)\n"
    "      --lua-memory SIZE       cap on each worker's whole Lua state (default 4G)\n"
    "      --max-failures N        stop after N failed documents in a row (default 1000; 0: never)\n"
    "plugins:\n"
    "      --plugin NAME      load a plugin (a name on the plugin path, or a .so file)\n"
    "      --plugin-path DIR  look for plugins in DIR first (repeatable)\n"
    "      --source NAME[:K=V,...]  read documents from a plugin source instead of INPUTs\n"
    "      --sink NAME[:K=V,...]    send kept documents to a plugin sink (and to -o\n"
    "                         only when -o is given)\n"
    "reporting:\n"
    "  -q, --quiet            no progress bar and no summary\n"
    "      --progress         a progress bar even when stderr is not a terminal\n"
    "      --log-format FMT   text (default), logfmt or json\n"
    "      --log-level LEVEL  debug, info (default), warn or error\n"
    "\n"
    "exit status: 0 success, 1 some documents or inputs failed (the run finished),\n"
    "2 usage, script or configuration error.\n";

/* A usage error: the message, then the usage lines alone and where the
 * options are, so that the message stays in sight instead of scrolling away
 * above the whole help. */
static int usage_error(const char *usage, const char *fmt, const char *arg) {
  fprintf(stderr, "saring: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  sr_usage_hint(usage);
  return 2;
}

static int parse_count(const char *s, long min, long max, long *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (end == s || *end || v < min || v > max) return -1;
  *out = v;
  return 0;
}

/* The body of `saring run`; sets and load (argc + 1 slots each) collect the
 * --set and --load arguments and are freed by cmd_run, whichever way the
 * parsing ends. */
static int run_with(int argc, char **argv, const char **sets, const char **load) {
  enum {
    OPT_FAILED = 256, OPT_STATS, OPT_UNORDERED, OPT_TEXT_FIELD, OPT_ID_FIELD, OPT_UTF8,
    OPT_MAX_DOC, OPT_BATCH, OPT_INFLIGHT, OPT_EXPLAIN, OPT_TRUSTED, OPT_PROGRESS,
    OPT_LOG_FORMAT, OPT_LOG_LEVEL, OPT_PLUGIN, OPT_PLUGIN_PATH, OPT_SOURCE, OPT_SINK,
    OPT_LIM_INSN, OPT_LIM_MEM, OPT_LIM_TIME, OPT_LUA_MEM, OPT_MAX_FAIL, OPT_CSV, OPT_MIRROR,
    OPT_CACHE_DIR, OPT_NO_CACHE,
  };
  static const struct option longopts[] = {
    {"out", required_argument, NULL, 'o'},
    {"failed", required_argument, NULL, OPT_FAILED},
    {"stats", required_argument, NULL, OPT_STATS},
    {"unordered", no_argument, NULL, OPT_UNORDERED},
    {"format", required_argument, NULL, 'f'},
    {"text-field", required_argument, NULL, OPT_TEXT_FIELD},
    {"id-field", required_argument, NULL, OPT_ID_FIELD},
    {"utf8", required_argument, NULL, OPT_UTF8},
    {"max-doc-bytes", required_argument, NULL, OPT_MAX_DOC},
    {"workers", required_argument, NULL, 'w'},
    {"batch", required_argument, NULL, OPT_BATCH},
    {"max-inflight", required_argument, NULL, OPT_INFLIGHT},
    {"set", required_argument, NULL, 's'},
    {"explain", no_argument, NULL, OPT_EXPLAIN},
    {"trusted", no_argument, NULL, OPT_TRUSTED},
    {"quiet", no_argument, NULL, 'q'},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"log-format", required_argument, NULL, OPT_LOG_FORMAT},
    {"log-level", required_argument, NULL, OPT_LOG_LEVEL},
    {"plugin", required_argument, NULL, OPT_PLUGIN},
    {"plugin-path", required_argument, NULL, OPT_PLUGIN_PATH},
    {"source", required_argument, NULL, OPT_SOURCE},
    {"sink", required_argument, NULL, OPT_SINK},
    {"csv", required_argument, NULL, OPT_CSV},
    {"mirror", required_argument, NULL, OPT_MIRROR},
    {"limit-instructions", required_argument, NULL, OPT_LIM_INSN},
    {"limit-memory", required_argument, NULL, OPT_LIM_MEM},
    {"limit-time", required_argument, NULL, OPT_LIM_TIME},
    {"lua-memory", required_argument, NULL, OPT_LUA_MEM},
    {"max-failures", required_argument, NULL, OPT_MAX_FAIL},
    {"cache-dir", required_argument, NULL, OPT_CACHE_DIR},
    {"no-cache", no_argument, NULL, OPT_NO_CACHE},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
  };
  sr_run_opts o;
  sr_run_opts_init(&o);
  int nsets = 0;
  int nload = 0;
  int log_level = SR_LOG_INFO, log_format = SR_LOG_TEXT;
  long v;
  int c;
  const char *cache_dir = NULL;
  int no_cache = 0;
  optind = 1;
  /* "+" is not used: options may follow the inputs, as users type them. */
  while ((c = getopt_long(argc, argv, "o:f:w:s:qh", longopts, NULL)) != -1) {
    switch (c) {
      case 'o': o.out = optarg; break;
      case OPT_FAILED: o.failed = optarg; break;
      case OPT_STATS: o.stats = optarg; break;
      case OPT_UNORDERED: o.unordered = 1; break;
      case 'f': {
        int f = sr_format_parse(optarg);
        if (f < 0) return usage_error(RUN_USAGE, "unknown format '%s' (text, jsonl or lines)", optarg);
        o.format = (sr_format)f;
        break;
      }
      case OPT_TEXT_FIELD: o.text_field = optarg; break;
      case OPT_ID_FIELD: o.id_field = optarg; break;
      case OPT_UTF8:
        if (!strcmp(optarg, "strict")) o.utf8_strict = 1;
        else if (!strcmp(optarg, "repair")) o.utf8_strict = 0;
        else return usage_error(RUN_USAGE, "--utf8 takes repair or strict, not '%s'", optarg);
        break;
      case OPT_MAX_DOC:
        if (sr_parse_size(optarg, &o.max_doc_bytes) || o.max_doc_bytes == 0)
          return usage_error(RUN_USAGE, "--max-doc-bytes takes a size such as 200M, not '%s'", optarg);
        break;
      case 'w':
        if (parse_count(optarg, 1, 1024, &v)) return usage_error(RUN_USAGE, "--workers takes a number from 1 to 1024, not '%s'", optarg);
        o.workers = (int)v;
        break;
      case OPT_BATCH:
        if (parse_count(optarg, 1, 1 << 20, &v)) return usage_error(RUN_USAGE, "--batch takes a positive number, not '%s'", optarg);
        o.batch_docs = (size_t)v;
        break;
      case OPT_INFLIGHT:
        if (parse_count(optarg, 1, 1 << 24, &v)) return usage_error(RUN_USAGE, "--max-inflight takes a positive number, not '%s'", optarg);
        o.max_inflight_docs = (size_t)v;
        break;
      case 's':
        if (!strchr(optarg, '=')) return usage_error(RUN_USAGE, "--set takes KEY=VALUE, not '%s'", optarg);
        sets[nsets++] = optarg;
        break;
      case OPT_EXPLAIN: o.explain = 1; break;
      case OPT_TRUSTED: o.trusted = 1; break;
      case 'q': o.quiet = 1; break;
      case OPT_PROGRESS: o.progress = 1; break;
      case OPT_LOG_FORMAT:
        if ((log_format = sr_log_format_parse(optarg)) < 0)
          return usage_error(RUN_USAGE, "--log-format takes text, logfmt or json, not '%s'", optarg);
        break;
      case OPT_LOG_LEVEL:
        if ((log_level = sr_log_level_parse(optarg)) < 0)
          return usage_error(RUN_USAGE, "--log-level takes debug, info, warn or error, not '%s'", optarg);
        break;
      case OPT_PLUGIN: load[nload++] = optarg; break;
      case OPT_PLUGIN_PATH: sr_plugin_path_add(optarg); break;
      case OPT_SOURCE: o.source = optarg; break;
      case OPT_SINK: o.sink = optarg; break;
      case OPT_CSV: o.csv = optarg; break;
      case OPT_MIRROR: o.mirror = optarg; break;
      case OPT_LIM_INSN:
        if (parse_count(optarg, 0, LONG_MAX, &v)) return usage_error(RUN_USAGE, "--limit-instructions takes a count (0: none), not '%s'", optarg);
        o.limits.instructions = (uint64_t)v;
        break;
      case OPT_LIM_MEM:
        if (sr_parse_size(optarg, &o.limits.memory)) return usage_error(RUN_USAGE, "--limit-memory takes a size such as 256M (0: none), not '%s'", optarg);
        break;
      case OPT_LIM_TIME:
        if (parse_count(optarg, 0, LONG_MAX, &v)) return usage_error(RUN_USAGE, "--limit-time takes milliseconds (0: none), not '%s'", optarg);
        o.limits.time_ms = (uint64_t)v;
        break;
      case OPT_LUA_MEM:
        if (sr_parse_size(optarg, &o.state_memory)) return usage_error(RUN_USAGE, "--lua-memory takes a size such as 2G (0: none), not '%s'", optarg);
        break;
      case OPT_MAX_FAIL:
        if (parse_count(optarg, 0, LONG_MAX, &v)) return usage_error(RUN_USAGE, "--max-failures takes a count (0: never stop), not '%s'", optarg);
        o.max_failures = (uint64_t)v;
        break;
      case OPT_CACHE_DIR: cache_dir = optarg; break;
      case OPT_NO_CACHE: no_cache = 1; break;
      case 'h': fputs(RUN_USAGE, stdout); return 0;
      default: sr_usage_hint(RUN_USAGE); return 2;  /* getopt said what was wrong */
    }
  }
  sr_log_setup((sr_log_level)log_level, (sr_log_format)log_format);
  sr_hscache_configure(no_cache, cache_dir);
  for (int i = 0; i < nload; i++) {
    char *perr = NULL;
    if (!sr_plugin_load(load[i], &perr)) {
      fprintf(stderr, "saring: %s\n", perr ? perr : "cannot load plugin");
      free(perr);
      return 2;
    }
  }
  if (optind >= argc) return usage_error(RUN_USAGE, "%s", "missing SCRIPT");
  o.script = argv[optind++];
  if (o.source && optind < argc)
    return usage_error(RUN_USAGE, "--source replaces the INPUTs; '%s' was given too", argv[optind]);
  if (!o.source && optind >= argc) return usage_error(RUN_USAGE, "%s", "missing INPUT (a file, a folder, or - for stdin)");
  o.inputs = (const char *const *)(argv + optind);
  o.ninputs = argc - optind;
  o.set = sets;
  if (o.max_inflight_docs < o.batch_docs) o.max_inflight_docs = o.batch_docs;
  int rc = sr_run(&o);
  return rc;
}

/* `saring plugins`: what the plugin path holds, loaded and checked. */
static int cmd_plugins(int argc, char **argv) {
  static const char usage[] =
      "usage: saring plugins [--plugin-path DIR]... [--plugin NAME|FILE]...\n"
      "\n"
      "Lists the plugins found in --plugin-path folders, SARING_PLUGIN_PATH, the\n"
      "build tree's plugins/ and the installed plugin folder, with their versions\n"
      "and the stages, sources, sinks and Lua modules each offers.  A plugin built\n"
      "for another plugin API is listed as refused, with the reason.\n";
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(usage, stdout);
      return 0;
    }
    if (!strcmp(argv[i], "--plugin-path") && i + 1 < argc) {
      sr_plugin_path_add(argv[++i]);
    } else if (!strcmp(argv[i], "--plugin") && i + 1 < argc) {
      char *err = NULL;
      if (!sr_plugin_load(argv[++i], &err)) {
        fprintf(stderr, "saring: %s\n", err ? err : "cannot load plugin");
        free(err);
        return 1;
      }
    } else {
      fprintf(stderr, "saring: unknown argument '%s'\n\n%s", argv[i], usage);
      return 2;
    }
  }
  return sr_plugin_list(stdout);
}

static int cmd_run(int argc, char **argv) {
  /* getopt names the program in its messages ("saring run: unrecognized
   * option '--x'") after argv[0], which is "run" here. */
  static char prog[] = "saring run";
  argv[0] = prog;
  const char **sets = calloc((size_t)argc + 1, sizeof *sets);
  const char **load = calloc((size_t)argc + 1, sizeof *load);
  int rc = 2;
  if (sets && load) rc = run_with(argc, argv, sets, load);
  else fprintf(stderr, "saring: out of memory\n");
  free(sets);
  free(load);
  return rc;
}

/* `saring lua FILE [ARG...]`: like the lua interpreter, with saring's
 * modules preloaded; `arg` holds the arguments. */
static int cmd_lua(int argc, char **argv) {
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    fputs("usage: saring lua FILE [ARG...]\n\nRuns a Lua file with every saring module available (require \"saring.text\" ...).\n",
          argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  sr_hscache_configure(0, NULL);
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  sr_lua_preload(L);
  luaL_requiref(L, "saring", luaopen_saring, 0);
  lua_pop(L, 1);
  lua_createtable(L, argc, 1);
  for (int i = 1; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - 1);
  }
  lua_setglobal(L, "arg");
  lua_getglobal(L, "debug");
  lua_getfield(L, -1, "traceback");
  lua_remove(L, -2);
  int rc = luaL_loadfile(L, argv[1]);
  if (rc == LUA_OK) {
    for (int i = 2; i < argc; i++) lua_pushstring(L, argv[i]);
    rc = lua_pcall(L, argc - 2, 0, 1);
  }
  if (rc != LUA_OK) {
    fprintf(stderr, "saring: %s\n", lua_tostring(L, -1));
    lua_close(L);
    return 1;
  }
  lua_close(L);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(MAIN_USAGE, stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "run")) return cmd_run(argc - 1, argv + 1);
  if (!strcmp(cmd, "lua")) return cmd_lua(argc - 1, argv + 1);
  if (!strcmp(cmd, "plugins")) return cmd_plugins(argc - 1, argv + 1);
  if (!strcmp(cmd, "watch")) return sr_cmd_watch(argc - 1, argv + 1);
  if (!strcmp(cmd, "status")) return sr_cmd_status(argc - 1, argv + 1);
  if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
    printf("saring %s (%s, libuv %s, utf8proc)\n", SARING_VERSION, LUA_RELEASE, uv_version_string());
    return 0;
  }
  if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
    /* `saring help COMMAND` is `saring COMMAND --help`. */
    if (argc > 2) {
      char help[] = "--help";
      char *args[] = {argv[2], help, NULL};
      if (!strcmp(argv[2], "run")) return cmd_run(2, args);
      if (!strcmp(argv[2], "lua")) return cmd_lua(2, args);
      if (!strcmp(argv[2], "plugins")) return cmd_plugins(2, args);
      if (!strcmp(argv[2], "watch")) return sr_cmd_watch(2, args);
      if (!strcmp(argv[2], "status")) return sr_cmd_status(2, args);
      if (strcmp(argv[2], "version") && strcmp(argv[2], "help")) {
        fprintf(stderr, "saring: unknown command '%s'\n\n%s", argv[2], MAIN_USAGE);
        return 2;
      }
    }
    fputs(MAIN_USAGE, stdout);
    return 0;
  }
  fprintf(stderr, "saring: unknown command '%s'\n\n%s", cmd, MAIN_USAGE);
  return 2;
}
