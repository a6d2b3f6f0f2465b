-- Named entities of a cleaned news body: person, location, organization.
--
-- The tagger walks the runs of capitalised words of the body (plain Lua
-- patterns: only capitalised words are looked at) and splits each run into
--   * gazetteer names (gazetteer.lua: places, organisations, public figures),
--     longest match first, acronyms in capitals only;
--   * person titles (Presiden, Menteri, Paus, President ...), dropped;
--   * organisation names opened by a head word (Kementerian, Dewan, Badan,
--     Ministry ...) and continued by institution vocabulary, ending at most
--     at one place or organisation name ("Kementerian Luar Negeri Rusia");
--   * place names opened by a place head ("Provinsi X", "Wilayah X"; a
--     generic head at a sentence start is dropped);
--   * the rest: two to four name-like words are a person; a single word is
--     a person after a title, next to a verb of saying ("kata Kirby"), or
--     when it is the first or last word of a person named in the same text.
-- An acronym in parentheses after a tagged name gets the name's type
-- ("Amerika Serikat (AS)").  The dateline's place and outlet are tagged.
-- Title Case lines (subheadings) only take gazetteer names.

local gaz      = require "stages.gazetteer"
local dateline = require "stages.dateline"

local M = {}
local find, sub, lower, byte, gmatch = string.find, string.sub, string.lower,
    string.byte, string.gmatch

-- ---------------------------------------------------------------------------
-- Tables built once per worker from the gazetteer
-- ---------------------------------------------------------------------------
local NAMES = {}       -- lower-cased name -> "person"|"location"|"organization"
local ACRO = {}        -- lower-cased name -> true when it must match in capitals
local MAXW = 1
local TITLES, TITLE_MAXW = {}, 1
local SURNAMES = {}    -- last words of well-known people

local function lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do
    l = l:gsub("^%s+", ""):gsub("%s+$", "")
    if l ~= "" then t[#t + 1] = l end
  end
  return t
end

local function nwords(s)
  local _, n = s:gsub("%S+", "")
  return n
end

local function words_set(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end

for _, kind in ipairs({"location", "organization", "person"}) do
  for _, name in ipairs(lines(gaz[kind])) do
    local key = lower(name)
    if not NAMES[key] then NAMES[key] = kind end
    if not name:find("%l") and #name <= 5 then ACRO[key] = true end
    local n = nwords(name)
    if n > MAXW then MAXW = n end
    if kind == "person" and n >= 2 then
      local last = name:match("(%S+)$")
      if #last >= 4 and not last:find("%.$") then SURNAMES[lower(last)] = true end
    end
  end
end
for _, t in ipairs(lines(gaz.titles)) do
  TITLES[lower(t)] = true
  local n = nwords(t)
  if n > TITLE_MAXW then TITLE_MAXW = n end
end
local ORG_HEADS = words_set(gaz.org_heads)
local ORG_WORDS = words_set(gaz.org_words)
local LOC_HEADS = {}
for _, l in ipairs(lines(gaz.loc_heads)) do LOC_HEADS[l] = true end
local GENERIC_LOC_HEAD = {Wilayah = true, Kawasan = true, Daerah = true,
  Region = true, Negeri = true, Bandar = true, Kota = false}
local COMMON = words_set(gaz.common)
local SPEECH = words_set(gaz.speech)

M.NAMES, M.TITLES = NAMES, TITLES

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

-- Is the position `s` at a sentence start (after . ! ? : a dash, a line
-- break, or the text start, skipping spaces and opening quotes)?
local function sentence_start(text, s)
  local i = s - 1
  while i >= 1 do
    local c = byte(text, i)
    if c == 32 or c == 34 or c == 39 or c == 40 or c == 9 then
      i = i - 1
    elseif c == 0x9C or c == 0x98 then      -- “ ‘ (last byte)
      i = i - 3
    elseif c >= 0x80 and c <= 0xBF and i >= 3 and byte(text, i - 2) == 0xE2 then
      -- a dash or other punctuation sign
      local c2 = byte(text, i)
      return c2 == 0x94 or c2 == 0x93 or c2 == 0x9D
    else
      return c == 10 or c == 46 or c == 33 or c == 63 or c == 58 or c == 45
    end
  end
  return true
end

-- An Indonesian/Malay derived word (ke-an, pe-an, ber-, me-kan, di-i ...):
-- a common noun or verb when it opens a sentence.
local function derived(w)
  if #w < 7 then return false end
  if find(w, "an$") and (find(w, "^ke") or find(w, "^pe") or find(w, "^se")
      or find(w, "^be")) then return true end
  if find(w, "^me") or find(w, "^di") or find(w, "^ber") or find(w, "^ter") then
    return find(w, "kan$") or find(w, "nya$") or find(w, "i$") or #w >= 8
  end
  if find(w, "an$") and #w >= 8 and not find(w, "[wmy]an$") then return true end
  return find(w, "nya$") ~= nil
end

local name_shape
local function name_like(tok)
  return name_shape(tok) and not ORG_WORDS[tok] and not ORG_HEADS[tok]
      and not LOC_HEADS[tok]
end
name_shape = function(tok)
  return find(tok, "^[%u\195][%l\128-\191][%l\128-\191%-']*$") ~= nil
      or find(tok, "^[%u\195][%l\128-\191]+%-[%u%l][%l]+$") ~= nil
      or find(tok, "^%u[%l]+%-%l+$") ~= nil
end

-- ---------------------------------------------------------------------------
-- The tagger
-- ---------------------------------------------------------------------------

-- Tag entities of `text`; calls emit(start, stop, type) for each span.
-- `skip_to` is the last byte of a dateline not to scan.
function M.find_all(text, skip_to)
  local spans = {}
  local function emit(s, e, kind)
    spans[#spans + 1] = {s, e, kind}
  end

  -- heading lines: Title Case lines without a sentence end
  local heading = {}     -- array of {start, stop}
  do
    local pos = 1
    local n = #text
    while pos <= n do
      local e = find(text, "\n", pos, true) or (n + 1)
      local line = sub(text, pos, e - 1)
      local w = nwords(line)
      if w > 0 and w <= 12 and not find(line, "[%.!?:;,\"”]%s*$") then
        local _, caps = line:gsub("%f[%w\128-\255][%u\195]", "")
        if caps >= 0.6 * w then heading[#heading + 1] = {pos, e - 1} end
      end
      pos = e + 1
    end
  end
  local function in_heading(s)
    for i = 1, #heading do
      local h = heading[i]
      if s >= h[1] and s <= h[2] then return true end
    end
    return false
  end

  -- collect runs of capitalised tokens
  local toks, ts, te = {}, {}, {}
  local nt = 0
  for s, tok, e in gmatch(text, "()%f[%w\195-\201]([%u\195][%w\128-\191\195-\201%-'%.]*)()") do
    if s > (skip_to or 0) then
      -- strip trailing dots, hyphens and quotes
      local t2 = tok:gsub("[%.%-']+$", "")
      if t2 ~= "" then
        if find(t2, "%-[%u\195]") and not NAMES[lower(t2)] then
          -- "Utara-Rusia", "Rusia-Ukraina": two names
          local off = s
          for part in (t2 .. "-"):gmatch("([^-]*)%-") do
            if part ~= "" then
              nt = nt + 1
              toks[nt], ts[nt], te[nt] = part, off, off + #part - 1
            end
            off = off + #part + 1
          end
        else
          nt = nt + 1
          toks[nt], ts[nt], te[nt] = t2, s, s + #t2 - 1
        end
      end
    end
  end

  local singles = {}      -- unresolved single words {s, e, tok}
  local persons_parts = {}
  local i = 1
  while i <= nt do
    -- extend the run
    local j = i
    while j < nt do
      local gap = sub(text, te[j] + 1, ts[j + 1] - 1)
      if gap == " " or gap == "-" or gap == " of " or gap == " bin " or gap == " binti "
          or gap == " van " or gap == " von " or gap == " de " or gap == " al-"
          or gap == " der " or gap == " da " then
        j = j + 1
      else
        break
      end
    end
    local rs, re_ = i, j
    local initial = sentence_start(text, ts[rs])
    local head_only = in_heading(ts[rs])
    local k = rs
    local pending_s
    local after_title = false

    local function flush(upto)
      -- classify pending unknown tokens pending_s..upto
      if not pending_s then return end
      local a, b = pending_s, upto
      pending_s = nil
      if head_only then return end
      -- split at common words
      local p = a
      while p <= b do
        while p <= b and (COMMON[toks[p]] or not name_like(toks[p])) do p = p + 1 end
        if p > b then break end
        local q = p
        while q + 1 <= b and not COMMON[toks[q + 1]] and name_like(toks[q + 1]) do q = q + 1 end
        if initial and p == rs and q > p and persons_parts[lower(toks[p + 1])]
            and not persons_parts[lower(toks[p])] then
          p = p + 1                    -- "Kunjungan Shoigu": a word + a known name
        end
        local cnt = q - p + 1
        if cnt >= 2 and cnt <= 4 then
          emit(ts[p], te[q], "person")
          persons_parts[lower(toks[p])] = true
          persons_parts[lower(toks[q])] = true
        elseif cnt == 1 then
          local tok = toks[p]
          local prev = sub(text, math.max(1, ts[p] - 12), ts[p] - 1):match("(%a+)[%s,]*$")
          local nxt = sub(text, te[p] + 1, te[p] + 14):match("^[%s,]*(%a+)")
          if (after_title and p == a) or (prev and SPEECH[lower(prev)])
              or (nxt and SPEECH[lower(nxt)] and not (initial and p == rs)) then
            emit(ts[p], te[p], "person")
            persons_parts[lower(tok)] = true
          elseif SURNAMES[lower(tok)] then
            emit(ts[p], te[p], "person")
          else
            singles[#singles + 1] = {ts[p], te[p], tok}
          end
        end
        p = q + 1
      end
    end

    -- a sentence-initial common first word is no name
    if initial and k <= re_ then
      local t1 = toks[k]
      local key1 = lower(t1)
      if (COMMON[t1] or (not NAMES[key1] and not SURNAMES[key1]
            and (find(text, " " .. key1 .. " ", 1, true) or derived(key1))))
          and not LOC_HEADS[t1] and not ORG_HEADS[t1] and not TITLES[key1] then
        -- keep it only if it starts a longer gazetteer name
        local long = false
        for m = math.min(re_, k + MAXW - 1), k + 1, -1 do
          if NAMES[lower(sub(text, ts[k], te[m]))] then long = true; break end
        end
        if not long then k = k + 1 end
      end
    end

    while k <= re_ do
      local matched = false
      -- an organisation head that reaches further than any gazetteer name
      local org_end
      if ORG_HEADS[toks[k]] and k < re_ and not head_only then
        local m = k + 1
        while m <= re_ and (ORG_WORDS[toks[m]] or (find(toks[m], "^%u%u+$") and #toks[m] <= 6 and not NAMES[lower(toks[m])])) do
          m = m + 1
        end
        -- one trailing place or organisation name
        if m <= re_ then
          for q = math.min(re_, m + MAXW - 1), m, -1 do
            local kind = NAMES[lower(sub(text, ts[m], te[q]))]
            if kind == "location" or kind == "organization" then
              m = q + 1
              break
            end
          end
        end
        if m - 1 > k then org_end = m - 1 end
      end
      local gaz_end
      for m = math.min(re_, k + MAXW - 1), k, -1 do
        local surface = sub(text, ts[k], te[m])
        local key = lower(surface)
        if NAMES[key] and (not ACRO[key] or not find(surface, "%l")) then
          gaz_end = m
          break
        end
      end
      if org_end and (not gaz_end or org_end > gaz_end) then
        flush(k - 1)
        emit(ts[k], te[org_end], "organization")
        k = org_end + 1
        matched = true
        after_title = false
      end
      -- gazetteer, longest first
      for m = math.min(re_, k + MAXW - 1), k, -1 do
        if matched or k > re_ then break end
        local surface = sub(text, ts[k], te[m])
        local key = lower(surface)
        local kind = NAMES[key]
        if kind and (not ACRO[key] or not find(surface, "%l")) then
          flush(k - 1)
          emit(ts[k], te[m], kind)
          if kind == "person" then
            persons_parts[lower(toks[k])] = true
            persons_parts[lower(toks[m])] = true
          end
          k = m + 1
          matched = true
          after_title = false
          break
        end
      end
      if not matched then
        -- titles
        for m = math.min(re_, k + TITLE_MAXW - 1), k, -1 do
          if TITLES[lower(sub(text, ts[k], te[m]))] then
            flush(k - 1)
            k = m + 1
            matched = true
            after_title = true
            break
          end
        end
      end
      if not matched and LOC_HEADS[toks[k]] and k < re_ and not head_only then
        local m = k + 1
        local q = m
        while q <= re_ and q < m + 3 and name_like(toks[q]) and not COMMON[toks[q]]
            and not TITLES[lower(toks[q])] and not ORG_HEADS[toks[q]] do
          q = q + 1
        end
        if q > m then
          flush(k - 1)
          local from = k
          if GENERIC_LOC_HEAD[toks[k]] and initial and k == rs then from = k + 1 end
          emit(ts[from], te[q - 1], "location")
          k = q
          matched = true
          after_title = false
        end
      end
      if not matched then
        pending_s = pending_s or k
        k = k + 1
      end
    end
    flush(re_)
    i = re_ + 1
  end

  -- single words that repeat a person's first or last name
  for x = 1, #singles do
    local sgl = singles[x]
    if persons_parts[lower(sgl[3])] and not COMMON[sgl[3]] then
      emit(sgl[1], sgl[2], "person")
    end
  end

  -- acronyms in parentheses after a tagged name: "Amerika Serikat (AS)"
  local extra = {}
  for x = 1, #spans do
    local sp = spans[x]
    local as, acr, ae = text:match("^ %(()(%u[%u%d]+)()%)", sp[2] + 1)
    if acr and #acr <= 8 then
      extra[#extra + 1] = {as, ae - 1, sp[3]}
    end
  end
  for x = 1, #extra do spans[#spans + 1] = extra[x] end
  table.sort(spans, function(a, b) return a[1] < b[1] end)
  -- drop overlaps (keep the first)
  local out, last = {}, 0
  for x = 1, #spans do
    local sp = spans[x]
    if sp[1] > last then
      out[#out + 1] = sp
      last = sp[2]
    end
  end
  return out
end

function M.stage(doc)
  local text = doc.text
  local ents = {person = {}, location = {}, organization = {}}
  local seen = {}
  local function add(kind, s, e)
    local surface = sub(text, s, e)
    doc:tag(s, e, kind, surface)
    local key = lower(surface)
    if not seen[key] then
      seen[key] = true
      local list = ents[kind]
      list[#list + 1] = surface
    end
  end
  -- the dateline's place and outlet
  local first_line = text:match("^[^\n]*")
  local skip = 0
  local dl = first_line and dateline.parse(first_line)
  if dl then
    skip = dl.stop
    if dl.place then add("location", dl.place_start, dl.place_stop) end
    if dl.outlet then add("organization", dl.outlet_start, dl.outlet_stop) end
  end
  local spans = M.find_all(text, skip)
  for x = 1, #spans do
    local sp = spans[x]
    add(sp[3], sp[1], sp[2])
  end
  doc.meta.entities = ents
  return doc
end

return M
