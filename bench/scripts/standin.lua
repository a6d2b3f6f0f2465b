-- A stand-in for scripts/news.lua, used by bench/run only while the real
-- pipeline does not exist yet (bench/run switches to scripts/news.lua as soon
-- as it is there).  It does a cut-down version of the peers' job so that the
-- harness measures real work: NFC through the built-in C stage, then one Lua
-- stage that walks the lines, drops empty and boilerplate lines with plain
-- string.find rules, takes the first kept line as the title and drops
-- documents of fewer than 50 words.
local saring = require "saring"
local text   = require "saring.text"

-- Substrings of a lower-cased line that mark it as boilerplate.
local BOILER = {
  "baca juga", "advertisement", "scroll to continue", "langganan",
  "artikel terkait", "berita terkait", "copyright", "hak cipta", "tag:",
  "editor:", "penulis:", "reporter:", "bagikan", "ikuti kami", "download",
  "halaman", "login", "masuk", "foto:",
}

local function is_boiler(lower)
  for i = 1, #BOILER do
    if lower:find(BOILER[i], 1, true) then return true end
  end
  if lower:find("|.*|") then return true end        -- a navigation bar
  return false
end

local function clean(doc)
  local kept, prev = {}, nil
  for line in text.lines(doc) do
    line = line:gsub("^%s+", ""):gsub("%s+$", "")
    if line ~= "" and line ~= prev and not is_boiler(line:lower()) then
      kept[#kept + 1] = line
      prev = line
    end
  end
  if #kept < 2 then return nil, "no body" end
  local title = table.remove(kept, 1)
  local body = table.concat(kept, "\n")
  if text.count_words(body) < 50 then return nil, "too short" end
  doc.meta.title = title
  doc.text = body
  return doc
end

return saring.pipeline {
  name = "bench-standin",
  fields = { "id", "title", "text" },
  saring.stage.normalize "NFC",
  saring.stage.named("clean", clean),
}
