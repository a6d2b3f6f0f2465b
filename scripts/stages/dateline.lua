-- Datelines: the "PLACE, OUTLET -" opening of a news story's first paragraph.
--
-- Forms recognised (place and outlet in either order, any dash or a colon):
--   JAKARTA, KOMPAS.com -          Bisnis.com, JAKARTA —
--   Jakarta, CNBC Indonesia -      Ntvnews.id, Pyongyang -
--   KUALA LUMPUR: ...              WASHINGTON (Reuters) -
--   LONDON, June 5 (Reuters) -     SERAMBINEWS.COMKorea ... (glued domain)
--   Suara.com - ...                Jakarta - ...
-- parse(line) returns a table {stop = last byte of the dateline (separator
-- included), place = , place_start = , place_stop = , outlet = ,
-- outlet_start = , outlet_stop = , and for "CITY, Country -" region = ,
-- region_start = , region_stop = } or nil.

local adapt = require "stages.adapt"
local KICKERS = require("stages.boiler").KICKERS

local M = {}

local SEPS = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- ", " --", "-- ",
              " \xE2\x80\x94", "\xE2\x80\x94 ", ": ", " | "}

-- The first separator in head from byte 2: start and separator, the one
-- that starts first, or of those starting at the same byte the first in
-- SEPS.  A byte-mode regex with the separators as alternatives in SEPS
-- order finds exactly that (leftmost match, first alternative) in one
-- pass; without saring.re, one plain find per separator.
local function find_sep_lua(head)
  -- every separator holds a hyphen, a colon, a bar or a dash (E2 80 9x)
  if not head:find("[%-:|\xE2]", 2) then return nil end
  local best, bsep
  for _, sep in ipairs(SEPS) do
    local s = head:find(sep, 2, true)
    if s and (not best or s < best) then best, bsep = s, sep end
  end
  return best, bsep
end
local find_sep = find_sep_lua
if adapt.re and adapt.re.compile and adapt.re.escape then
  local alts = {}
  for i, sep in ipairs(SEPS) do alts[i] = adapt.re.escape(sep) end
  local ok, rx = pcall(adapt.re.compile, table.concat(alts, "|"), "b")
  if ok and rx then
    find_sep = function(head)
      local s, e = rx:find(head, 2)
      if s then return s, head:sub(s, e) end
      return nil
    end
  end
end
M.find_sep_lua = find_sep_lua   -- for tests

-- Whether s has at least five words from byte init (what nwords(s:sub(init))
-- >= 5 says, without counting the words of a whole paragraph).
local function five_words(s, init)
  return s:find("^%s*%S+%s+%S+%s+%S+%s+%S+%s+%S", init) ~= nil
end

local TLDS = {"%.co%.id", "%.com%.my", "%.or%.id", "%.go%.id", "%.ac%.id",
              "%.com", "%.id", "%.net", "%.org", "%.co", "%.my", "%.tv",
              "%.news", "%.info", "%.sg", "%.ph", "%.example"}

local GLUED = {}
for _, tld in ipairs(TLDS) do
  GLUED[#GLUED + 1] = "^(%a[%w%-]*" .. tld .. ")%u%l"
  GLUED[#GLUED + 1] = "^(%a[%w%-]*" .. tld:upper():gsub("%%%.", "%%.") .. ")%u%l"
end

local function is_domain(s)
  return s:find("^[%w%-]+%.[%w%.]*%a$") ~= nil and s:find("%a%a") ~= nil
end
M.is_domain = is_domain

local function nwords(s)
  local _, n = s:gsub("%S+", "")
  return n
end

-- A place: at most four words, each capitalised (or all capitals), no digits.
local function is_place(s)
  if s == "" or #s > 40 or s:find("%d") or s:find("[%.!?;:,()]") then
    return false
  end
  for w in s:gmatch("%S+") do
    if not w:find("^[%u\195]") then return false end
  end
  return nwords(s) <= 4
end

-- An outlet name: a domain, or up to five capitalised words.
local function is_outlet(s)
  if is_domain(s) then return true end
  if s == "" or #s > 40 or s:find("[!?;:,()]") then return false end
  for w in s:gmatch("%S+") do
    if not w:find("^[%u%d\195]") then return false end
  end
  return nwords(s) <= 5
end

-- Known place names (lower case), from the gazetteer, made when first
-- needed: "MANILA, Philippines -" names a city and its country, not an
-- outlet.
local PLACES
local function known_place(s)
  if not PLACES then
    PLACES = {}
    local gaz = require "stages.gazetteer"
    for l in gaz.location:gmatch("[^\n]+") do
      l = l:gsub("^%s+", ""):gsub("%s+$", "")
      if l ~= "" then PLACES[l:lower()] = true end
    end
  end
  return PLACES[s:lower()] == true
end

local function all_caps(s)
  return s:find("%u") ~= nil and not s:find("%l")
end

-- A date without a year: a day number and a month name or abbreviation in
-- either order ("Nov 17", "10 Mac", "June 5"), maybe with a weekday.  Such
-- words after the place are the story's date, not an outlet.
local MONTHS
local function is_short_date(s)
  if not s:find("%d") then return false end
  if not MONTHS then MONTHS = require("stages.dates").MONTHS end
  local month = false
  for w in s:gmatch("[^%s,]+") do
    local l = w:lower():gsub("%.$", "")
    if MONTHS[l] then
      month = true
    elseif not l:find("^%d%d?$") then
      return false
    end
  end
  return month
end
M.is_short_date = is_short_date

-- The fields of a dateline that its head (the text before the separator)
-- gives: place, outlet, region and their spans, set in r; r, or nil when the
-- head is no dateline's.  `bsep` is the separator, `lower_start` whether the
-- head starts with a lower-case letter.  A pure function of its arguments
-- (parse remembers its answers).
local function read_head(prefix, bsep, lower_start, r)
  -- a headline's kicker ("LANGSUNG: ...") is no place
  if KICKERS[prefix:lower()] then return nil end
  local colon = bsep == ": "
  local bar = bsep == " | "
  if lower_start then
    -- "jpnn.com, BANDUNG -": the domain and the place
    local dom, sp, place = prefix:match("^([^,]+),(%s*)(.+)$")
    if dom and is_domain(dom) and is_place(place) and all_caps(place) then
      r.outlet, r.outlet_start, r.outlet_stop = dom, 1, #dom
      local ps = #dom + #sp + 2
      r.place, r.place_start, r.place_stop = place, ps, ps + #place - 1
      return r
    end
    if not is_domain(prefix) then return nil end
    r.outlet, r.outlet_start, r.outlet_stop = prefix, 1, #prefix
    return r
  end
  -- "PLACE (Outlet)" / "PLACE, June 5 (Outlet)"
  local before, outlet = prefix:match("^(.-)%s*%(([^()]+)%)$")
  if before and is_short_date(outlet) and is_place(before) then
    -- "KUALA LUMPUR (Nov 21):" a place and the story's date
    r.place, r.place_start, r.place_stop = before, 1, #before
    return r
  end
  if before and is_outlet(outlet) then
    local place = before:match("^([^,]+)") or before
    if place ~= "" and not is_place(place) then return nil end
    if place ~= "" then
      r.place, r.place_start, r.place_stop = place, 1, #place
    end
    local os_ = prefix:find("(", 1, true) + 1
    r.outlet, r.outlet_start, r.outlet_stop = outlet, os_, os_ + #outlet - 1
    return r
  end
  if prefix:find("[()]") then return nil end

  local a, b = prefix:match("^([^,]+),%s*(.+)$")
  if a then
    local place_a = is_place(a)
    local bs = #a + (prefix:match("^[^,]+,(%s*)"):len()) + 2
    if is_domain(a) and is_place(b) then
      r.outlet, r.outlet_start, r.outlet_stop = a, 1, #a
      r.place, r.place_start, r.place_stop = b, bs, bs + #b - 1
      return r
    end
    if place_a and is_place(b) and not is_domain(b) and known_place(b) then
      -- "MANILA, Philippines -": the place and its region
      r.place, r.place_start, r.place_stop = a, 1, #a
      r.region, r.region_start, r.region_stop = b, bs, bs + #b - 1
      return r
    end
    if place_a and is_short_date(b) then
      -- "JOHOR BARU, Nov 17 -": a place and the story's date
      r.place, r.place_start, r.place_stop = a, 1, #a
      return r
    end
    if place_a and (is_domain(b) or (is_outlet(b) and not colon)) then
      r.place, r.place_start, r.place_stop = a, 1, #a
      r.outlet, r.outlet_start, r.outlet_stop = b, bs, bs + #b - 1
      return r
    end
    -- "WASHINGTON, March 5 -": a place and a date
    if all_caps(a) and place_a and b:find("%d") and #b < 25 then
      r.place, r.place_start, r.place_stop = a, 1, #a
      return r
    end
    return nil
  end
  if bar then return nil end
  if is_domain(prefix) then
    r.outlet, r.outlet_start, r.outlet_stop = prefix, 1, #prefix
    return r
  end
  if is_place(prefix) and (all_caps(prefix) or nwords(prefix) <= 2
                           or (colon and nwords(prefix) <= 3)) then
    r.place, r.place_start, r.place_stop = prefix, 1, #prefix
    return r
  end
  return nil
end

-- Memo of read_head by separator and head, for up to HEADS_MAX heads, then
-- forgotten all at once; each entry the values of HEAD_FIELDS in order
-- (false for a field not set), or false for a head that is no dateline's.
local HEAD_FIELDS = {"place", "place_start", "place_stop", "outlet", "outlet_start",
                     "outlet_stop", "region", "region_start", "region_stop"}
local HEADS_MAX = 2000
local HEADS, heads_n = {}, 0

local function parse(line)
  if #line < 20 then return nil end
  local first = line:byte(1)
  if not first then return nil end
  -- A-Z; a lower-case start only for an outlet's domain ("tirto.id - ...")
  local lower_start = first >= 97 and first <= 122
  if not lower_start and (first < 65 or first > 90) then return nil end

  -- Glued domain: "SERAMBINEWS.COMKorea Utara ..."
  if line:find("^%a[%w%-]*%.%a") then
    for i = 1, #GLUED do
      local dom = line:match(GLUED[i])
      if dom then
        return {stop = #dom, outlet = dom, outlet_start = 1,
                outlet_stop = #dom}
      end
    end
  end

  local best, bsep = find_sep(#line > 90 and line:sub(1, 90) or line)
  if not best then return nil end
  local prefix = line:sub(1, best - 1)
  local rest = best + #bsep                 -- where the story goes on
  if #prefix > 60 or not five_words(line, rest) then return nil end
  if not line:find("^[%s\"'\xE2]*[%u%d\195\xE2\"']", rest) then return nil end
  local stop = best + #bsep - 1
  -- the separator may be followed by more spaces
  local extra = line:match("^ +", stop + 1)
  if extra then stop = stop + #extra end

  -- the head's reading, remembered (a site prints the same head on each
  -- of its stories): the fields it sets, copied into a new table per call
  local key = bsep .. prefix
  local fields = HEADS[key]
  if fields == nil then
    local t = read_head(prefix, bsep, lower_start, {})
    fields = false
    if t then
      fields = {}
      for x = 1, #HEAD_FIELDS do fields[x] = t[HEAD_FIELDS[x]] or false end
    end
    if heads_n >= HEADS_MAX then HEADS, heads_n = {}, 0 end
    HEADS[key] = fields
    heads_n = heads_n + 1
  end
  if not fields then return nil end
  local r = {stop = stop}
  for x = 1, #HEAD_FIELDS do
    local v = fields[x]
    if v then r[HEAD_FIELDS[x]] = v end
  end
  return r
end

-- The last RECENT lines parsed and their results (false for none), in a
-- ring: the entities stage parses the body's first line, which the clean
-- stage has almost always just parsed (among the page's first lines).
local RECENT = 16
local recent_line, recent_dl, recent_i = {}, {}, 0

function M.parse(line)
  local r = parse(line)
  if #line >= 20 then           -- shorter lines are rejected at once
    recent_i = recent_i % RECENT + 1
    recent_line[recent_i], recent_dl[recent_i] = line, r or false
  end
  return r
end

-- parse(line), reusing the result of a recent parse of the same line.
-- The result may be the very table an earlier caller got: callers only
-- read it.
function M.parse_again(line)
  local i = recent_i
  for _ = 1, RECENT do           -- the latest first
    if i < 1 then i = RECENT end
    if recent_line[i] == line then return recent_dl[i] or nil end
    i = i - 1
  end
  return M.parse(line)
end

return M
