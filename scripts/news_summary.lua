-- Second step of the news export: a CSV summary (one row per document) and,
-- optionally, the cleaned texts mirrored as .txt files.
--
--   saring lua scripts/news_summary.lua OUT.jsonl SUMMARY.csv [TXT_DIR]
--
-- Reads the JSONL that scripts/news.lua wrote.  Kept as a separate script
-- until the core has a sink API for per-document side outputs.

local json = require "saring.json"

local inpath, csvpath, txtdir = ...
if not inpath or not csvpath then
  io.stderr:write("usage: saring lua scripts/news_summary.lua OUT.jsonl SUMMARY.csv [TXT_DIR]\n")
  os.exit(2)
end

local function csv(v)
  if v == nil or v == json.null then return "" end
  v = tostring(v)
  if v:find('[",\n\r]') then v = '"' .. v:gsub('"', '""') .. '"' end
  return v
end

local COLUMNS = {"id", "source", "title", "published", "site", "lang",
                 "authors", "words", "lines_kept", "lines_removed",
                 "persons", "locations", "organizations", "quantities"}

local inf = assert(io.open(inpath, "r"))
local out = assert(io.open(csvpath, "w"))
out:write(table.concat(COLUMNS, ","), "\n")
local n = 0
for line in inf:lines() do
  if line ~= "" then
    local rec, err = json.decode(line)
    if not rec then error(inpath .. ": " .. tostring(err)) end
    local st = rec.stats or {}
    local e = rec.entities or {}
    local row = {
      rec.id, rec.source, rec.title, rec.published, rec.site, rec.lang,
      table.concat(rec.authors or {}, "; "), st.words, st.lines_kept,
      st.lines_removed, #(e.person or {}), #(e.location or {}),
      #(e.organization or {}), #(rec.quantities or {}),
    }
    for i = 1, #COLUMNS do row[i] = csv(row[i]) end
    out:write(table.concat(row, ","), "\n")
    if txtdir then
      local name = tostring(rec.id or n):gsub("[^%w%-_.]", "_")
      local f = assert(io.open(txtdir .. "/" .. name .. ".txt", "w"))
      if type(rec.title) == "string" then f:write(rec.title, "\n\n") end
      f:write(rec.text or "", "\n")
      f:close()
    end
    n = n + 1
  end
end
inf:close()
out:close()
io.stderr:write(string.format("news_summary: %d documents -> %s\n", n, csvpath))
