-- Tests of saring.newsdates against the plain-Lua date finder of the news
-- pipeline.  Run as: build/saring lua tests/lua/test_newsdates.lua
package.path = "scripts/?.lua;" .. package.path
local nd = require "saring.newsdates"
local dates = require "stages.dates"

local expect = dofile("tests/lua/expect.lua")
local eq, raises = expect.eq, expect.raises

local function ser(all)
  local o = {}
  for _, d in ipairs(all) do
    o[#o + 1] = table.concat({d.iso, d.start, d.stop, d.form, tostring(d.weekday)}, ",")
  end
  return table.concat(o, ";")
end

local M, D = dates.MONTHS, dates.DAYS
for _, s in ipairs{
  "Senin (28/4/2025)", "Rabu, 30 April 2025", "Tuesday, March 4, 2025",
  "x123 Mei 2025", "12/5/2025 dan 2025-05-13", "Jum'at, 6 Nov. 2025",
  "1/12/2025 /3/4/2025 Nov 31, 2025 Feb 29, 2024 Feb 29, 2025",
  "30 April 20251", "April  5,2025 and May 6, 2025May 7, 2025",
  "Khamis, 6 Mac 2025", "no date here", "", "1989-12-01 2100-01-01",
  "23rd Sep 2025", "Updated: 1st Oct 2025 and 2ND NOV 2025", "Sep 23rd, 2025", "12ab March 2025",
  "2025.10.14", "Updated 2025.10.15 05:12 PM ET", "2025.10-14 2025-10.14", "x2025.01.02",
  "Tuesday, 3rd June 2025", "1.2025.10.14",
} do
  eq(ser(nd.find_all(s, M, D)), ser(dates.find_all_lua(s)), s)
  local iso, d = nd.first(s, M, D)
  local all = dates.find_all_lua(s)
  eq(iso or nil, all[1] and all[1].iso, s .. " first")
  eq(d and d.start, all[1] and all[1].start, s .. " first start")
  -- first_iso: the first date's iso alone; latest: the greatest iso of all
  -- dates and of those with a weekday, as a loop over find_all finds them
  eq(nd.first_iso(s, M, D) or nil, all[1] and all[1].iso, s .. " first_iso")
  local any, wd
  for _, x in ipairs(all) do
    if not any or x.iso > any then any = x.iso end
    if x.weekday and (not wd or x.iso > wd) then wd = x.iso end
  end
  local gany, gwd = nd.latest(s, M, D)
  eq(gany or nil, any, s .. " latest")
  eq(gwd or nil, wd, s .. " latest weekday")
  local lany, lwd = dates.latest(s)
  eq(lany, any, s .. " dates.latest")
  eq(lwd, wd, s .. " dates.latest weekday")
  eq(dates.first_iso(s), all[1] and all[1].iso, s .. " dates.first_iso")
end
-- Lines made of date pieces, from a fixed pseudo-random sequence: the C
-- scanner (which skips the forms whose year has the wrong neighbours)
-- finds what the patterns find.
do
  local pieces = {"12/5/", "30 April ", "April 30, ", "17-6-", "6 Nov., ", "Nov. 6,",
    "Senin (28/4/", "1.1.", "Tuesday, March 4, ", "31 Mac ", "29 Feb ", "Feb 29, ", "9/",
    "2020/01/", "19", "99", "2025", "12", "5", "April", "Nov.", "Rabu,", ",", ", ", " ",
    "/", "-", ".", "\t", "2024-01-31", "x", "20251", "Jum'at", "march"}
  local seed = 12345
  local function rnd(k)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % k + 1
  end
  for _ = 1, 20000 do
    local parts = {}
    for k = 1, rnd(12) do parts[k] = pieces[rnd(#pieces)] end
    local s = table.concat(parts)
    eq(ser(nd.find_all(s, M, D)), ser(dates.find_all_lua(s)), s)
  end
end
eq(nd.first_iso("Rabu, 30 April 2025", M, D), "2025-04-30")
eq(nd.first_iso("tanpa tanggal", M, D), false)
do
  local any, wd = nd.latest("1/5/2025, Senin 28/4/2025 dan 2024-12-31", M, D)
  eq(any, "2025-05-01")
  eq(wd, "2025-04-28")
  any, wd = nd.latest("tanpa tanggal", M, D)
  eq(any, false)
  eq(wd, false)
end
eq(nd.first("Rabu, 30 April 2025", M, D), "2025-04-30")
eq(nd.first("tanpa tanggal", M, D), false)

-- out is filled from index 1 and returned
local out = {}
eq(nd.find_all("17/6/2025", M, D, out), out)
eq(out[1].iso, "2025-06-17")

-- more shapes than the scanner keeps: nothing (the script falls back)
eq(nd.find_all(("1/1/2020 "):rep(70), M, D), nil)
eq(#dates.find_all(("1/1/2020 "):rep(70)), 70)
eq(select("#", nd.latest(("1/1/2020 "):rep(70), M, D)), 0)
eq(select("#", nd.first_iso(("1/1/2020 "):rep(70), M, D)), 0)
do
  -- (past the scanner's limit dates.latest reads the line in Lua)
  local any, wd = dates.latest(("1/1/2020 "):rep(69) .. "Senin 2/1/2020")
  eq(any, "2020-01-02")
  eq(wd, "2020-01-02")
end
eq(dates.first_iso(("1/1/2020 "):rep(70)), "2020-01-01")

raises("table expected", nd.find_all, "17/6/2025")
raises("string expected", nd.first, {}, M, D)
raises("table expected", nd.first_iso, "17/6/2025")
raises("table expected", nd.latest, "17/6/2025", M)
print("test_newsdates ok")
