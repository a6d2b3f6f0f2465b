-- The gazetteer's tagging done in Lua, for bench.py: the same list, folding
-- (case and accents), whole words and longest match, over saring.text.
local saring = require "saring"
local text = require "saring.text"

local file = assert(saring.options.file, "-s file=names.tsv")

local function fold(s)
  return (text.strip_accents(text.casefold(s)))
end

local dict, maxw = {}, 1
for line in io.lines(file) do
  if line:sub(1, 1) ~= "#" then
    local name, typ, id = line:match("^([^\t]+)\t?([^\t]*)\t?([^\t]*)")
    if name then
      local words = {}
      for w in text.words(name) do words[#words + 1] = fold(w) end
      if #words > 0 then
        local key = table.concat(words, " ")
        if not dict[key] then
          dict[key] = {typ ~= "" and typ or "entity", id ~= "" and id or name}
          if #words > maxw then maxw = #words end
        end
      end
    end
  end
end

return saring.pipeline {
  saring.stage.named("gazetteer.lua", function(doc)
    local ws, starts, stops = {}, {}, {}
    for w, a, b in text.words(doc) do
      ws[#ws + 1] = fold(w); starts[#starts + 1] = a; stops[#stops + 1] = b
    end
    local i, n = 1, #ws
    while i <= n do
      local hit = false
      for k = math.min(maxw, n - i + 1), 1, -1 do
        local key = k == 1 and ws[i] or table.concat(ws, " ", i, i + k - 1)
        local e = dict[key]
        if e then
          doc:tag(starts[i], stops[i + k - 1], e[1], e[2])
          i = i + k
          hit = true
          break
        end
      end
      if not hit then i = i + 1 end
    end
    return doc
  end),
}
