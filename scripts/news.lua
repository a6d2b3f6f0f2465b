-- The default news pipeline: clean scraped news pages, extract the headline,
-- date, authors, site and language, tag entities and quantities, export
-- JSONL.  See docs/news-pipeline.md.
--
--   saring run scripts/news.lua PAGES... -o out.jsonl [--csv summary.csv] [--mirror DIR]
--
-- Stages live in scripts/stages/, site rules in scripts/sites/.

local saring     = require "saring"
local clean      = require "stages.clean"
local lang       = require "stages.lang"
local entities   = require "stages.entities"
local quantities = require "stages.quantities"
local export     = require "stages.export"

local named = saring.stage and saring.stage.named or function(_, fn) return fn end
local normalize = saring.stage and saring.stage.normalize

local opts = saring.options or {}

local stages = {
  name = "news",
  fields = {"id", "source", "title", "published", "authors", "site", "lang",
            "words", "text", "entities", "quantities", "keywords", "stats",
            "removed"},
  -- `saring run ... --csv FILE`: one row per page
  csv = {"id", "source", "title", "published", "authors", "site", "lang",
         "words", "keywords"},
  -- `-s prepass=1`: count lines per site over the whole corpus first, so
  -- lines repeated across a site's pages are boilerplate; the clean stage
  -- works with or without it.  Off by default: it reads and cleans every
  -- page twice (about a third more time), needs inputs that can be read
  -- twice (not standard input), on our quality sets it changes nothing, and
  -- where a site's pages share headlines (the generated benchmark corpus) it
  -- removes them as repeats: 33 of the first 400 pages lose their title.  It
  -- pays off on large crawls of few sites with boilerplate our rules do not
  -- know.  saring.options converts values, so 1 and true both arrive as
  -- such (the string forms are accepted for callers that pass tables).
  prepass = (opts.prepass == 1 or opts.prepass == true or opts.prepass == "1"
             or opts.prepass == "true") and clean.prepass or nil,
}
if normalize then stages[#stages + 1] = normalize "NFC" end
stages[#stages + 1] = named("clean", clean.stage)
stages[#stages + 1] = named("lang", lang.stage)
stages[#stages + 1] = named("entities", entities.stage)
stages[#stages + 1] = named("quantities", quantities.stage)
stages[#stages + 1] = named("export", export.stage)

return saring.pipeline(stages)
