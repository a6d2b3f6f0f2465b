-- Finding calendar dates in a line of a news page (Indonesian, Malay and
-- English forms).  Plain Lua on purpose: the rules that pick the article's
-- date need to know the form of each date (a weekday stamp "Senin
-- (28/4/2025)" means something different from "28 April 2025"), which a
-- generic parser does not report.

local adapt = require "stages.adapt"

local M = {}

local MONTHS = {
  januari = 1, februari = 2, maret = 3, april = 4, mei = 5, juni = 6,
  juli = 7, agustus = 8, september = 9, oktober = 10, november = 11,
  desember = 12,
  jan = 1, feb = 2, mar = 3, apr = 4, jun = 6, jul = 7, agu = 8, agt = 8,
  ags = 8, agust = 8, sep = 9, sept = 9, okt = 10, nov = 11, des = 12,
  january = 1, february = 2, march = 3, may = 5, june = 6, july = 7,
  august = 8, october = 10, december = 12, aug = 8, oct = 10, dec = 12,
  -- Malay
  mac = 3, julai = 7, ogos = 8, ogo = 8, disember = 12, dis = 12,
}
M.MONTHS = MONTHS

local DAYS = {
  senin = true, selasa = true, rabu = true, kamis = true, jumat = true,
  ["jum'at"] = true, sabtu = true, minggu = true, ahad = true,
  isnin = true, khamis = true,
  monday = true, tuesday = true, wednesday = true, thursday = true,
  friday = true, saturday = true, sunday = true,
  mon = true, tue = true, wed = true, thu = true, fri = true, sat = true,
  sun = true,
}
M.DAYS = DAYS

local MDAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

local function valid(y, m, d)
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if not (y and m and d) then return nil end
  if y < 1990 or y > 2099 or m < 1 or m > 12 or d < 1 or d > MDAYS[m] then
    return nil
  end
  if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then
    return nil
  end
  return string.format("%04d-%02d-%02d", y, m, d)
end
M.valid = valid

-- Is the word before position `pos` a weekday name?  ("Senin (28/4/2025)",
-- "Rabu, 30 April 2025", "Tuesday, March 4, 2025")
local function weekday_before(line, pos)
  local head = line:sub(math.max(1, pos - 14), pos - 1):lower()
  local w = head:match("([%a']+)[%s,(]*$")
  return w ~= nil and DAYS[w] == true
end

-- The date forms as byte-level finders (adapt.byte_finder: a JIT-compiled
-- regex that skips to the digits, else the Lua pattern given first).  Each
-- regex reads exactly like its pattern: %d is [0-9], %a [A-Za-z], %s the six
-- ASCII white-space bytes.
local S_ = "[ \\t\\n\\x0b\\f\\r]"
local find_year = adapt.byte_finder("%d%d%d%d", "[0-9]{4}")
-- (a day may carry an English ordinal's suffix: "23rd Sep 2025", "Sep
-- 23rd, 2025"; ORDINAL below tells which letters are one)
local find_dmy_text = adapt.byte_finder("(%d%d?)(%a?%a?)%s+(%a+)%.?,?%s+(%d%d%d%d)",
  "([0-9][0-9]?)([A-Za-z]{0,2})" .. S_ .. "+([A-Za-z]+)\\.?,?" .. S_ .. "+([0-9]{4})")
local find_comma_year = adapt.byte_finder("%d%a?%a?,%s*%d%d%d%d", "[0-9][A-Za-z]{0,2}," .. S_ .. "*[0-9]{4}")
local find_mdy_text = adapt.byte_finder("(%a+)%.?%s+(%d%d?)(%a?%a?),%s*(%d%d%d%d)",
  "([A-Za-z]+)\\.?" .. S_ .. "+([0-9][0-9]?)([A-Za-z]{0,2})," .. S_ .. "*([0-9]{4})")
local find_dmy_num = adapt.byte_finder("(%d%d?)[/%-.](%d%d?)[/%-.](%d%d%d%d)",
  "([0-9][0-9]?)[/.-]([0-9][0-9]?)[/.-]([0-9]{4})")
local find_ymd = adapt.byte_finder("(%d%d%d%d)([%-/%.])(%d%d)([%-/%.])(%d%d)",
  "([0-9]{4})([-/.])([0-9]{2})([-/.])([0-9]{2})")
local ORDINAL = {[""] = true, st = true, nd = true, rd = true, th = true}

-- All dates of a line, in order: array of {iso=, start=, stop=, weekday=,
-- form="text"|"num"|"iso"}.  (The plain-Lua reading; find_all below asks
-- saring.newsdates, which scans the same four forms in one C pass.)
local function find_all_lua(line, out)
  out = out or {}
  -- every form below has a four-digit year
  if not find_year(line, 1) then return out end
  -- 30 April 2025, 6 Nov. 2025, 6 Nov 2025
  local pos = 1
  while true do
    local s, e, d, suf, mon, y = find_dmy_text(line, pos)
    if not s then break end
    local m = ORDINAL[suf:lower()] and MONTHS[mon:lower()]
    local iso = m and valid(y, m, d)
    if iso and not line:sub(s - 1, s - 1):find("%d") then
      out[#out + 1] = {iso = iso, start = s, stop = e, form = "text",
                       weekday = weekday_before(line, s)}
    end
    pos = e + 1
  end
  -- April 30, 2025 / Nov. 6, 2025
  pos = 1
  while true do
    -- "(%a+)" backtracks through every word: look for the ", 2025" first
    if pos == 1 and not (line:find(",", 1, true) and find_comma_year(line, 1)) then
      break
    end
    local s, e, mon, d, suf, y = find_mdy_text(line, pos)
    if not s then break end
    local m = ORDINAL[suf:lower()] and MONTHS[mon:lower()]
    local iso = m and valid(y, m, d)
    if iso then
      out[#out + 1] = {iso = iso, start = s, stop = e, form = "text",
                       weekday = weekday_before(line, s)}
    end
    pos = e + 1
  end
  -- 17/6/2025, 17-6-2025, 17.6.2025
  pos = 1
  while true do
    local s, e, d, m, y = find_dmy_num(line, pos)
    if not s then break end
    local iso = valid(y, m, d)
    if iso and not line:sub(s - 1, s - 1):find("[%d/]") then
      out[#out + 1] = {iso = iso, start = s, stop = e, form = "num",
                       weekday = weekday_before(line, s)}
    end
    pos = e + 1
  end
  -- 2025-06-17, 2025/06/17, 2025.06.17
  pos = 1
  while true do
    local s, e, y, s1, m, s2, d = find_ymd(line, pos)
    if not s then break end
    -- (dotted only both ways: "2025.06.17")
    local iso = (s1 == ".") == (s2 == ".") and valid(y, m, d)
    if iso then
      out[#out + 1] = {iso = iso, start = s, stop = e, form = "iso",
                       weekday = false}
    end
    pos = e + 1
  end
  if #out > 1 then
    table.sort(out, function(a, b) return a.start < b.start end)
  end
  return out
end

M.find_all_lua = find_all_lua

local native = adapt.newsdates
local native_all = native and native.find_all
local native_first = native and native.first
local native_first_iso = native and native.first_iso
local native_latest = native and native.latest

-- All dates of a line, in order (find_all_lua), appended to out.
function M.find_all(line, out)
  if native_all and (not out or out[1] == nil) then
    local all = native_all(line, MONTHS, DAYS, out)
    if all then return all end
  end
  return find_all_lua(line, out)
end

-- The first date of a line, or nil.
function M.first(line)
  if native_first then
    local iso, d = native_first(line, MONTHS, DAYS)
    if iso then return iso, d end
    if iso == false then return nil end
  end
  -- (most lines asked about have no year: no table for them)
  if not find_year(line, 1) then return nil end
  local all = find_all_lua(line)
  local d = all[1]
  return d and d.iso, d
end

-- The first date's iso of a line, or nil: M.first without the date's table.
function M.first_iso(line)
  if native_first_iso then
    local iso = native_first_iso(line, MONTHS, DAYS)
    if iso then return iso end
    if iso == false then return nil end
  end
  return (M.first(line))
end

-- The latest iso among a line's dates and the latest among those with a
-- weekday before them (nil when none): what a loop over find_all keeping
-- the greatest isos finds, without a table per date.
function M.latest(line)
  if native_latest then
    local any, wd = native_latest(line, MONTHS, DAYS)
    if any ~= nil then return any or nil, wd or nil end
  end
  local best_any, best_wd
  local all = find_all_lua(line)
  for j = 1, #all do
    local d = all[j]
    if d.weekday and (not best_wd or d.iso > best_wd) then best_wd = d.iso end
    if not best_any or d.iso > best_any then best_any = d.iso end
  end
  return best_any, best_wd
end

-- Does the line hold a clock time (12:30, 07.00 WIB, pukul 10)?
function M.has_time(line)
  return line:find("%f[%d]%d%d?[:.]%d%d%f[%D]") ~= nil
      or line:find("[Pp]ukul %d") ~= nil
end

return M
