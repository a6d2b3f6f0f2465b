-- Export stage of the news pipeline: final statistics and keywords, JSON
-- shapes (empty lists stay lists), internal fields removed.

local adapt = require "stages.adapt"

local M = {}

local json = adapt.json
local function array(t)
  if json and json.array then return json.array(t) end
  return t
end

-- Keywords: the most frequent entity forms, then the headline's content
-- words that the body repeats.
local STOP = {}
for w in ([[yang dan di ke dari ini itu dengan untuk pada tidak dalam akan
  juga adalah oleh atau telah sudah mereka kami kita ia dia para sebagai
  antara lebih serta namun bagi secara tersebut hal masih kata hingga ada
  apa bisa the of and to in is that for on with as was by it from at are
  has have will be this its new says said after over amid usai jadi kini
  makin soal bikin begini ini-itu]]):gmatch("%S+") do STOP[w] = true end

local function keywords(doc, text, counts)
  local order = {}
  if counts then
    -- counted by the entities stage (no tag tables to make)
    for k in pairs(counts) do order[#order + 1] = k end
  else
    counts = {}
    for _, t in ipairs(doc:tags()) do
      if t.type == "person" or t.type == "location" or t.type == "organization" then
        local k = tostring(t.value or text:sub(t.start, t.stop))
        if not counts[k] then order[#order + 1] = k; counts[k] = 0 end
        counts[k] = counts[k] + 1
      end
    end
  end
  -- the five most frequent forms (ties in byte order), kept in one pass:
  -- most forms lose against the fifth and cost one comparison
  local top, nt = {}, 0
  for x = 1, #order do
    local k = order[x]
    local c = counts[k]
    local last = top[nt]
    if nt < 5 or c > counts[last] or (c == counts[last] and k < last) then
      local pos = nt < 5 and nt + 1 or 5
      while pos > 1 do
        local p = top[pos - 1]
        local pc = counts[p]
        if c > pc or (c == pc and k < p) then
          top[pos] = p
          pos = pos - 1
        else
          break
        end
      end
      top[pos] = k
      if nt < 5 then nt = nt + 1 end
    end
  end
  local out, seen = {}, {}
  for x = 1, nt do
    out[x] = top[x]
    seen[top[x]:lower()] = true
  end
  local title = doc.meta.title
  if type(title) == "string" then
    local low = text:lower()
    for w in title:lower():gmatch("[%a][%a%-]+") do
      if #out >= 10 then break end
      if #w >= 4 and not STOP[w] and not seen[w] and low:find(w, 1, true) then
        seen[w] = true
        out[#out + 1] = w
      end
    end
  end
  return out
end

function M.stage(doc)
  local m = doc.meta
  local text = doc.text
  local st = m._stats or {}
  local ecounts = m._entity_counts
  m._stats = nil
  m._entity_counts = nil
  m._dateline = nil
  local words = adapt.count_words(text)
  -- a page with no article left (an index or paywall page) is dropped
  if words == 0 then return nil, "no body" end
  m.words = words
  m.stats = {
    words = words,
    chars = #text,
    lines_kept = st.lines_kept or 0,
    lines_removed = st.lines_removed or 0,
  }
  m.authors = array(m.authors or {})
  local e = m.entities or {}
  m.entities = {person = array(e.person or {}), location = array(e.location or {}),
                organization = array(e.organization or {})}
  m.quantities = array(m.quantities or {})
  m.keywords = array(keywords(doc, text, ecounts))
  if m.removed then m.removed = array(m.removed) end
  return doc
end

return M
