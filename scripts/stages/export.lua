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

M.STOP = STOP   -- for tests

-- The five most frequent entity forms (ties in byte order), from the
-- document's tags: what the entities stage hands over as meta._entity_top,
-- for documents tagged some other way.
local function top_forms(doc, text)
  local order, counts = {}, {}
  for _, t in ipairs(doc:tags()) do
    if t.type == "person" or t.type == "location" or t.type == "organization" then
      local k = tostring(t.value or text:sub(t.start, t.stop))
      if not counts[k] then order[#order + 1] = k; counts[k] = 0 end
      counts[k] = counts[k] + 1
    end
  end
  -- kept in one pass: most forms lose against the fifth and cost one
  -- comparison
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
  return top
end

-- The top forms, then the headline's words (lower case, 4 bytes or more,
-- no stop word) that the body holds in any case, up to ten keywords.
local function keywords_lua(text, top, title)
  local out, seen = {}, {}
  for x = 1, #top do
    out[x] = top[x]
    seen[top[x]:lower()] = true
  end
  if title then
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
M.keywords_lua = keywords_lua   -- for tests

local native_keywords = adapt.ner and adapt.ner.keywords

local function keywords(doc, text, top)
  top = top or top_forms(doc, text)
  local title = doc.meta.title
  if type(title) ~= "string" then title = nil end
  if native_keywords then return native_keywords(text, title, top, STOP, 10) end
  return keywords_lua(text, top, title)
end

function M.stage(doc)
  local m = doc.meta
  local text = doc.text
  local st = m._stats or {}
  local top = m._entity_top
  m._stats = nil
  m._entity_top = nil
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
  m.keywords = array(keywords(doc, text, top))
  if m.removed then m.removed = array(m.removed) end
  return doc
end

return M
