-- The smallest pipeline: every document goes through one Lua stage that
-- returns it unchanged.  Timing it measures the core's own cost (reading,
-- handing batches to workers, the Lua call, JSONL output): the floor under
-- any real pipeline.
local saring = require "saring"

return saring.pipeline {
  name = "passthrough",
  function(doc) return doc end,
}
