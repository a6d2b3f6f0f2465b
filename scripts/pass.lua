-- pass.lua: keeps every document as it is; for loading documents into a
-- sink (docs/distributed.md: `saring run scripts/pass.lua crawl/ --sink redis:...`)
-- and for converting between input formats.
local saring = require "saring"
return saring.pipeline { saring.stage.named("pass", function(doc) return doc end) }
