-- The gazetteer plugin's stage, for bench.py.
local saring = require "saring"
return saring.pipeline { saring.plugin("gazetteer", {file = assert(saring.options.file)}).stage }
